// What every Worksection call goes through, whoever signs it. The spec writes each action as the
// fragment of one endpoint's path (`/api/admin/v2/#get_projects`), so a generated call asks for
// `/api/admin/v2/#get_projects?filter=active`; the service reads `/api/admin/v2/?action=get_projects&filter=active`.
// Every request gets the time limit, and every answer is checked for the error envelope.

import { errorIn } from './errors.js';

/** Without a timeout a service that stops answering holds the caller forever. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** A request as the service reads it: the action in the query, the body read once (so it can be sent again). */
export interface ActionRequest {
  readonly url: URL;
  readonly action: string | null;
  readonly method: string;
  /** Where a signature or token goes: set before each sending. */
  readonly headers: Headers;
  readonly body: ArrayBuffer | string | undefined;
  readonly signal: AbortSignal;
}

/** `request` with its `#<action>` moved into the query, where the service reads it (as the first parameter). */
export async function actionRequest(request: Request): Promise<ActionRequest> {
  const url = new URL(request.url);
  const { method, signal } = request;
  const headers = new Headers(request.headers);
  const body = method === 'GET' || method === 'HEAD' ? undefined : await request.arrayBuffer();
  if (!url.hash) return { url, action: url.searchParams.get('action'), method, headers, body, signal };
  const fragment = url.hash.slice(1);
  const split = fragment.indexOf('?');
  const action = decodeURIComponent(split < 0 ? fragment : fragment.slice(0, split));
  const query = split < 0 ? '' : fragment.slice(split + 1);
  const search = query ? `action=${encodeURIComponent(action)}&${query}` : `action=${encodeURIComponent(action)}`;
  // Parsed again, so that the query is exactly what goes on the wire (a signature covers it as sent).
  return { url: new URL(`${url.origin}${url.pathname}?${search}`), action, method, headers, body, signal };
}

export interface Transport {
  fetch: typeof fetch;
  timeoutMs: number | null;
}

/** Sends `call` to `url` (by default its own) within the time limit. */
export function sendWithin(transport: Transport, call: ActionRequest, url: URL = call.url): Promise<Response> {
  const signals = [call.signal];
  if (transport.timeoutMs !== null) signals.push(AbortSignal.timeout(transport.timeoutMs));
  const { method, headers, body } = call;
  return transport.fetch(new Request(url, { method, headers, body, signal: AbortSignal.any(signals) }));
}

/** `response` if it is a success; else its `WorksectionError`, thrown. */
export async function checked(response: Response, action: string | null, secrets: string[]): Promise<Response> {
  const error = await errorIn(response, action, secrets);
  if (error !== null) throw error;
  return response;
}
