// Beebole's protocol around fetch: the token as HTTP Basic user name, the service named in the body
// from the operation's path (`/api/v2#project.get`), and the HTTP-200 error envelope thrown.

import { type Client, createClient, createConfig } from '../gen/client/index.js';
import { errorIn } from './errors.js';

export const BASE_URL = 'https://beebole-apps.com';
/** Without a timeout a service that stops answering holds the caller forever. */
export const DEFAULT_TIMEOUT_MS = 30_000;
const TOKEN_PASSWORD = 'x'; // the service ignores the password; its docs say to send "x"
/** The path fragment of the batch call, whose body already names each call's service. */
const BATCH = 'services';

export interface ConnectOptions {
  /** The "API token" of the user's account settings. */
  token: string;
  /** The service's host (default `https://beebole-apps.com`); every call goes to `/api/v2` on it. */
  baseUrl?: string;
  /** Each request's time limit (default 30 s); `null` waits forever. */
  timeoutMs?: number | null;
  /** The fetch to send with (default: the global one). */
  fetch?: typeof fetch;
}

/**
 * A client for the generated calls (`projectGet({ client, body: { id } })`) that sends the token,
 * names each call's service in its body, and throws `BeeboleError`s.
 */
export function connect(options: ConnectOptions): Client {
  const transport = new BeeboleTransport(options);
  return createClient(
    createConfig({
      baseUrl: options.baseUrl ?? BASE_URL,
      fetch: (input, init) => transport.send(new Request(input, init)),
      throwOnError: true,
    }),
  );
}

/** Sends the generated calls' requests; the token stays private and out of every message it makes. */
export class BeeboleTransport {
  readonly #authorization: string;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number | null;

  constructor(options: ConnectOptions) {
    this.#authorization = `Basic ${base64(`${options.token}:${TOKEN_PASSWORD}`)}`;
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#timeoutMs = options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : options.timeoutMs;
  }

  toJSON(): object {
    return { token: '<hidden>' };
  }

  async send(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const selector = decodeURIComponent(url.hash.slice(1));
    url.hash = '';
    const service = selector && selector !== BATCH ? selector : null;
    const body = service === null ? await request.text() : await withService(request, service);
    const response = await this.#fetch(url, {
      method: request.method,
      headers: this.#headers(request.headers),
      body,
      signal: this.#signal(request.signal),
    });
    const error = await errorIn(response, service);
    if (error !== null) throw error;
    return response;
  }

  #headers(given: Headers): Headers {
    const headers = new Headers(given);
    headers.set('Authorization', this.#authorization);
    headers.set('Content-Type', 'application/json'); // also for a call made without a body
    return headers;
  }

  #signal(given: AbortSignal): AbortSignal {
    return this.#timeoutMs === null ? given : AbortSignal.any([given, AbortSignal.timeout(this.#timeoutMs)]);
  }
}

/** The request's JSON body with `service` set; a service that takes nothing else comes without one. */
async function withService(request: Request, service: string): Promise<string> {
  const text = await request.text();
  const fields: object = text ? JSON.parse(text) : {};
  return JSON.stringify({ service, ...fields });
}

/** Base64 of the UTF-8 bytes, as HTTP Basic encodes credentials (`btoa` alone takes Latin-1 only). */
function base64(text: string): string {
  return btoa(Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join(''));
}
