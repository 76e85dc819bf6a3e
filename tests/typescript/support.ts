// What the clients' tests share: a fetch that records what it sends, and one that never answers.
import assert from 'node:assert/strict';

/** A fetch that forwards to the mock and keeps a copy of every request it sends. */
export function recording(): { fetch: typeof fetch; sent: Request[] } {
  const sent: Request[] = [];
  return {
    sent,
    fetch: (input, init) => {
      const request = new Request(input, init);
      sent.push(request.clone());
      return fetch(request);
    },
  };
}

/** A fetch to a server that never answers: as an open connection would, it keeps the process
 * alive until the request is aborted (AbortSignal.timeout's timer alone does not). */
export const silent: typeof fetch = (input, init) =>
  new Promise((_, reject) => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const pending = setTimeout(() => reject(new Error('the timeout never came')), 10_000);
    signal?.addEventListener('abort', () => {
      clearTimeout(pending);
      reject(signal.reason);
    });
  });

/** For `assert.rejects`: the call gave up with the timeout's own error. */
export function timedOut(error: unknown): true {
  assert.ok(error instanceof DOMException, String(error));
  assert.equal(error.name, 'TimeoutError');
  return true;
}
