// The 5pm session protocol around fetch: sign in once, put `sessionId` and `retType=json` on every
// request, sign in again (once) when the service says the session is gone.

import { type Client, createClient, createConfig } from '../gen/client/index.js';
import { errorFromResponse, FivepmUnauthorized } from './errors.js';

const SIGN_IN = '/service/get/authentication/signIn';
const SIGN_OUT = '/service/get/authentication/signOut';

/** Without a timeout a service that stops answering holds the caller forever. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface ConnectOptions {
  /** The account's API root, e.g. `https://<account>.5pmweb.com/api/v2`. */
  baseUrl: string;
  login: string;
  password: string;
  /** Each request's time limit, the sign-in included (default 30 s); `null` waits forever. */
  timeoutMs?: number | null;
  /** The fetch to send with (default: the global one). */
  fetch?: typeof fetch;
}

/**
 * A client for the generated calls (`projectsGetList({ client })`) that signs in on first use,
 * reuses the session, signs in again when it expires, asks for JSON, and throws `FivepmError`s.
 */
export function connect(options: ConnectOptions): Client {
  const session = new FivepmSession(options);
  return createClient(
    createConfig({
      baseUrl: options.baseUrl,
      // The generated client hands over a Request of its own: it is sent on, not copied.
      fetch: (input, init) => session.send(input instanceof Request && !init ? input : new Request(input, init)),
      throwOnError: true,
    }),
  );
}

/** Holds the session; its credentials stay private and out of every message it makes. */
export class FivepmSession {
  readonly #login: string;
  readonly #password: string;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number | null;
  #sessionId: Promise<string> | null = null;

  constructor(options: ConnectOptions) {
    this.#login = options.login;
    this.#password = options.password;
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#timeoutMs = options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : options.timeoutMs;
  }

  get signedIn(): boolean {
    return this.#sessionId !== null;
  }

  toJSON(): object {
    return { login: this.#login, password: '<hidden>', session: '<hidden>' };
  }

  async send(request: Request): Promise<Response> {
    const path = pathOf(request.url);
    if (path.endsWith(SIGN_IN)) {
      return this.#checked(await this.#fetchWithin(request, withParams(request.url, { retType: 'json' })));
    }
    const fresh = this.#sessionId === null;
    // A body can be read once: the first try sends a copy when a second may be needed.
    let response = await this.#authorised(request.body === null || fresh ? request : request.clone());
    if (response.status === 401 && !fresh) {
      this.#sessionId = null; // the session expired: one new sign-in, one retry
      response = await this.#authorised(request);
    }
    const checked = await this.#checked(response);
    if (path.endsWith(SIGN_OUT)) {
      this.#sessionId = null;
    }
    return checked;
  }

  async #authorised(request: Request): Promise<Response> {
    const sessionId = await this.#session(request.url);
    return this.#fetchWithin(request, withParams(request.url, { retType: 'json', sessionId }));
  }

  /** The session id, signing in when there is none; concurrent callers share one sign-in. */
  #session(url: string): Promise<string> {
    if (this.#sessionId === null) {
      const signing = this.#signIn(url);
      this.#sessionId = signing;
      signing.catch(() => {
        if (this.#sessionId === signing) this.#sessionId = null;
      });
    }
    return this.#sessionId;
  }

  async #signIn(url: string): Promise<string> {
    const { origin, pathname } = new URL(url);
    const signIn = origin + (pathname.split('/service/')[0] ?? '') + SIGN_IN;
    const credentials = { login: this.#login, password: this.#password, retType: 'json' };
    const response = await this.#checked(await this.#fetchWithin(new Request(signIn), withParams(signIn, credentials)));
    const body = (await response.json()) as { data?: { sessionId?: unknown } };
    if (typeof body.data?.sessionId !== 'string' && typeof body.data?.sessionId !== 'number') {
      throw new FivepmUnauthorized(response.status, null, 'sign-in answer carried no sessionId');
    }
    return String(body.data.sessionId);
  }

  #fetchWithin(request: Request, url: string): Promise<Response> {
    const signal =
      this.#timeoutMs === null ? request.signal : AbortSignal.any([request.signal, AbortSignal.timeout(this.#timeoutMs)]);
    if (request.body === null) {
      return this.#fetch(url, { method: request.method, headers: request.headers, signal });
    }
    return this.#fetch(new Request(url, request), { signal });
  }

  async #checked(response: Response): Promise<Response> {
    if (response.status >= 400) throw await errorFromResponse(response);
    return response;
  }
}

function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const end = url.search(/[?#]/);
  return url.slice(start, end === -1 ? undefined : end);
}

/**
 * `url` with `params` set in its query. When the query has none of their names yet they are appended
 * as they are, with no parse of the URL (a tenth of a call's time on a fast network).
 */
function withParams(url: string, params: Record<string, string>): string {
  const withoutFragment = url.split('#', 1)[0] ?? '';
  const mark = withoutFragment.indexOf('?');
  // Everything after the first `?` is the query, even a `?` inside it (split with a limit drops it).
  const base = mark === -1 ? withoutFragment : withoutFragment.slice(0, mark);
  const query = mark === -1 ? '' : withoutFragment.slice(mark + 1);
  const names = new Set(query.split('&').map((pair) => decodeURIComponent(pair.split('=', 1)[0] ?? '')));
  if (Object.keys(params).every((name) => !names.has(name))) {
    const added = new URLSearchParams(params).toString();
    return query ? `${base}?${query}&${added}` : `${base}?${added}`;
  }
  const copy = new URL(url);
  for (const [name, value] of Object.entries(params)) copy.searchParams.set(name, value);
  return copy.href;
}
