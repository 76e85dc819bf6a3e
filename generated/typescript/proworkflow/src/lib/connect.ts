// The ProWorkflow protocol around fetch: the account's API key and the user's Basic credentials on
// every request, 429 answers waited out and retried, error answers thrown as `ProworkflowError`s.

import { type Client, createClient, createConfig } from '../gen/client/index.js';
import { errorFromResponse, ProworkflowNotModified } from './errors.js';

export const DEFAULT_BASE_URL = 'https://api.proworkflow.net';
/** Without a timeout a service that stops answering holds the caller forever. */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 3;
/** The longest rate-limit window the service documents, and the wait when an answer names none. */
export const MAX_RATE_LIMIT_WAIT_MS = 30_000;

const RATE_LIMITED = 429;
const NOT_MODIFIED = 304;

export interface ConnectOptions {
  /** The account's API key, sent as the `apikey` header. */
  apiKey: string;
  /** The user's name or e-mail address, sent with the password as HTTP Basic credentials. */
  username: string;
  password: string;
  /** The API root (default `https://api.proworkflow.net`). */
  baseUrl?: string;
  /** How often a 429 answer is waited out and the request sent again (default 3). */
  maxRetries?: number;
  /** Each request's time limit (default 30 s), waits for the rate limit excluded; `null` waits forever. */
  timeoutMs?: number | null;
  /** The fetch to send with (default: the global one). */
  fetch?: typeof fetch;
}

/**
 * A client for the generated calls (`companiesList({ client })`) that sends the API key and the
 * user's credentials, waits out the rate limit and throws `ProworkflowError`s.
 */
export function connect(options: ConnectOptions): Client {
  const auth = new ProworkflowAuth(options);
  return createClient(
    createConfig({
      baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
      fetch: (input, init) => auth.send(new Request(input, init)),
      throwOnError: true,
    }),
  );
}

/** Signs and sends requests; its credentials stay private and out of every message it makes. */
export class ProworkflowAuth {
  readonly #apiKey: string;
  readonly #username: string;
  readonly #basic: string;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number | null;
  readonly #maxRetries: number;

  constructor(options: ConnectOptions) {
    this.#apiKey = options.apiKey;
    this.#username = options.username;
    this.#basic = basicCredentials(options.username, options.password);
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#timeoutMs = options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : options.timeoutMs;
    this.#maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  }

  toJSON(): object {
    return { username: this.#username, apiKey: '<hidden>', password: '<hidden>' };
  }

  /** The answer to `request`, sent signed; a 429 is waited out (without blocking) and sent again. */
  async send(request: Request): Promise<Response> {
    const signed = this.#signed(request);
    for (let retries = 0; ; retries += 1) {
      // Each attempt sends a copy: a body can be read only once.
      const response = await this.#fetchWithin(signed.clone());
      if (response.status !== RATE_LIMITED || retries >= this.#maxRetries) return checked(response);
      await response.body?.cancel(); // frees the connection for the retry
      await pause(rateLimitWaitMs(response.headers), request.signal);
    }
  }

  #signed(request: Request): Request {
    const headers = new Headers(request.headers);
    headers.set('apikey', this.#apiKey);
    headers.set('authorization', `Basic ${this.#basic}`);
    return new Request(request, { headers });
  }

  #fetchWithin(request: Request): Promise<Response> {
    const signals = [request.signal];
    if (this.#timeoutMs !== null) signals.push(AbortSignal.timeout(this.#timeoutMs));
    return this.#fetch(request, { signal: AbortSignal.any(signals) });
  }
}

async function checked(response: Response): Promise<Response> {
  if (response.status === NOT_MODIFIED) throw new ProworkflowNotModified(response.headers.get('etag'));
  if (response.status >= 400) throw await errorFromResponse(response);
  return response;
}

/** `user:password` in base64, UTF-8 encoded first so that any name or password can be sent. */
function basicCredentials(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * How long to wait before the limit window resets: `x-ratelimit-reset` seconds (ProWorkflow's
 * header; a proxy's `Retry-After` seconds otherwise), at most the documented window.
 */
function rateLimitWaitMs(headers: Headers): number {
  const text = headers.get('x-ratelimit-reset') ?? headers.get('retry-after');
  const seconds = text === null || text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(seconds)) return MAX_RATE_LIMIT_WAIT_MS;
  return Math.min(Math.max(seconds * 1000, 0), MAX_RATE_LIMIT_WAIT_MS);
}

/** Resolves after `ms` on a timer, so other work runs meanwhile; rejects when the caller aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const abort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal.addEventListener('abort', abort, { once: true });
  });
}
