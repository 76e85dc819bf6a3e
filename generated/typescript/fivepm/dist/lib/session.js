// The 5pm session protocol around the generated client: sign in once, put `sessionId` and
// `retType=json` on every request, sign in again (once) when the service says the session is gone.
//
// A plain call (no body, no interceptor, validator, transformer or `auth`: every 5pm read and
// write but a file upload) is sent with one `fetch(url, init)`, as a hand-written call would be.
// The generated client's own path builds a `Request` that `fetch` then copies, signal and all,
// which costs more than the rest of the call's work together; every other call takes that path.
import { createClient, createConfig } from '../gen/client/index.js';
import { buildUrl, getParseAs, mergeHeaders } from '../gen/client/utils.gen.js';
import { errorFromResponse, FivepmUnauthorized } from './errors.js';
const SIGN_IN = '/service/get/authentication/signIn';
const SIGN_OUT = '/service/get/authentication/signOut';
const METHODS = ['connect', 'delete', 'get', 'head', 'options', 'patch', 'post', 'put', 'trace'];
/** Without a timeout a service that stops answering holds the caller forever. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * A client for the generated calls (`projectsGetList({ client })`) that signs in on first use,
 * reuses the session, signs in again when it expires, asks for JSON, and throws `FivepmError`s.
 */
export function connect(options) {
    const session = new FivepmSession(options);
    const generated = createClient(createConfig({ baseUrl: options.baseUrl, fetch: (input, init) => session.sendChecked(input, init), throwOnError: true }));
    const request = ((call) => session.call(generated, call));
    const client = { ...generated, request };
    for (const method of METHODS) {
        client[method] = ((call) => request({ ...call, method: method.toUpperCase() }));
    }
    return client;
}
/** Holds the session; its credentials stay private and out of every message it makes. */
export class FivepmSession {
    #login;
    #password;
    #fetch;
    #timeoutMs;
    #sessionId = null;
    constructor(options) {
        this.#login = options.login;
        this.#password = options.password;
        this.#fetch = options.fetch ?? globalThis.fetch;
        this.#timeoutMs = options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : options.timeoutMs;
    }
    get signedIn() {
        return this.#sessionId !== null;
    }
    toJSON() {
        return { login: this.#login, password: '<hidden>', session: '<hidden>' };
    }
    /** One generated call, with the session's parameters; a 401 on a session not just made is retried once. */
    async call(client, options) {
        if (options.url === SIGN_IN)
            return this.#attempt(client, options, { retType: 'json' });
        const fresh = this.#sessionId === null;
        let outcome = await this.#attempt(client, options, await this.#params(client, options.signal));
        if (!fresh && unauthorized(outcome)) {
            this.#sessionId = null; // the session expired: one new sign-in, one retry
            outcome = await this.#attempt(client, options, await this.#params(client, options.signal));
        }
        if (options.url === SIGN_OUT && !failed(outcome))
            this.#sessionId = null;
        if (outcome instanceof Thrown)
            throw outcome.error;
        return outcome;
    }
    /** The generated client's fetch: the answer, or the `FivepmError` it stands for. */
    async sendChecked(input, init) {
        return checked(await this.#fetch(input, init));
    }
    /** The session's parameters; a caller who gives up stops waiting for the sign-in (others may still share it). */
    async #params(client, signal) {
        return { retType: 'json', sessionId: await untilAborted(this.#session(client), signal) };
    }
    /** The session id, signing in when there is none; concurrent callers share one sign-in. */
    #session(client) {
        if (this.#sessionId === null) {
            const signing = this.#signIn(client);
            this.#sessionId = signing;
            signing.catch(() => {
                if (this.#sessionId === signing)
                    this.#sessionId = null;
            });
        }
        return this.#sessionId;
    }
    async #signIn(client) {
        const credentials = { login: this.#login, password: this.#password, retType: 'json' };
        const outcome = await this.#attempt(client, { url: SIGN_IN, method: 'GET', throwOnError: true }, credentials);
        if (outcome instanceof Thrown)
            throw outcome.error;
        const body = outcome.data;
        const sessionId = body?.data?.sessionId;
        if (typeof sessionId !== 'string' && typeof sessionId !== 'number') {
            throw new FivepmUnauthorized(200, null, 'sign-in answer carried no sessionId');
        }
        return String(sessionId);
    }
    /** One try of a call, within the time limit; a thrown error comes back wrapped, to be retried or thrown. */
    async #attempt(client, options, params) {
        const deadline = this.#deadline(options.signal ?? null);
        try {
            const config = client.getConfig();
            const headers = mergeHeaders(config.headers, options.headers);
            const call = { ...config, ...options, headers, signal: deadline.signal };
            if (plain(client, call))
                return await this.#sendPlain(call, params);
            return (await client.request({ ...call, ...sessionQuery(call, params) }));
        }
        catch (error) {
            return new Thrown(error);
        }
        finally {
            deadline.done();
        }
    }
    /** A call with nothing for the generated client's own path to do, sent as one `fetch(url, init)`. */
    async #sendPlain(call, params) {
        const url = withParams(buildUrl(call), params);
        const headers = call.headers;
        headers.delete('Content-Type'); // the generated default, and there is no body (as the generated client does)
        const init = { method: call.method, headers, redirect: 'follow' };
        if (call.signal)
            init.signal = call.signal;
        const response = await this.#fetch(url, init);
        // The Request stands for what was sent only if a caller asks: building it is what this path saves.
        const outcome = {};
        Object.defineProperty(outcome, 'request', { enumerable: true, get: () => new Request(url, init) });
        outcome.response = response;
        if (response.status >= 400) {
            outcome.error = await errorFromResponse(response);
            if (call.throwOnError)
                throw outcome.error;
            return call.responseStyle === 'data' ? undefined : outcome;
        }
        outcome.data = await parsed(response, call.parseAs);
        return call.responseStyle === 'data' ? outcome.data : outcome;
    }
    #deadline(signal) {
        if (this.#timeoutMs === null)
            return { signal, done: () => { } };
        // One controller and a timer cleared when the call ends: AbortSignal.timeout would leave a live
        // timer behind every call for the whole limit, and AbortSignal.any costs more than the call.
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), this.#timeoutMs);
        const abort = () => controller.abort(signal?.reason);
        signal?.addEventListener('abort', abort, { once: true });
        if (signal?.aborted)
            abort();
        return {
            signal: controller.signal,
            done: () => {
                clearTimeout(timer);
                signal?.removeEventListener('abort', abort);
            },
        };
    }
}
/** An error a try threw, kept to be thrown after a retry was considered. */
class Thrown {
    error;
    constructor(error) {
        this.error = error;
    }
}
function untilAborted(promise, signal) {
    if (!signal)
        return promise;
    return new Promise((resolve, reject) => {
        const abort = () => reject(signal.reason);
        if (signal.aborted)
            abort();
        signal.addEventListener('abort', abort, { once: true });
        promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
    });
}
function unauthorized(outcome) {
    const error = outcome instanceof Thrown ? outcome.error : outcome.error;
    return error instanceof FivepmUnauthorized;
}
function failed(outcome) {
    return outcome instanceof Thrown || outcome.error !== undefined;
}
async function checked(response) {
    if (response.status >= 400)
        throw await errorFromResponse(response);
    return response;
}
function plain(client, call) {
    const { request, response, error } = client.interceptors;
    return (call.body === undefined &&
        call.auth === undefined &&
        call.requestValidator === undefined &&
        call.responseValidator === undefined &&
        call.responseTransformer === undefined &&
        [request, response, error].every((interceptors) => interceptors.fns.every((fn) => fn === null)));
}
/** The session's parameters for the generated client's own path: in the query, or after a query serialized by hand. */
function sessionQuery(call, params) {
    const serialize = call.querySerializer;
    if (typeof serialize === 'function') {
        // An empty query still goes through the serializer, which is what adds them.
        return { query: call.query ?? {}, querySerializer: (query) => withParams(`?${serialize(query)}`, params).slice(1) };
    }
    return { query: { ...call.query, ...params } };
}
/** The answer's body read as the call asks (`auto` by its content type), as the generated client reads it. */
async function parsed(response, parseAs) {
    const as = (parseAs === 'auto' ? getParseAs(response.headers.get('Content-Type')) : parseAs) ?? 'json';
    switch (as) {
        case 'stream':
            return response.body;
        case 'arrayBuffer':
        case 'blob':
        case 'formData':
        case 'text':
            return response[as]();
        case 'json': {
            const text = await response.text();
            return text ? JSON.parse(text) : {};
        }
    }
}
/**
 * `url` with `params` set in its query. When the query has none of their names yet they are appended
 * as they are, with no parse of the URL (a tenth of a call's time on a fast network).
 */
function withParams(url, params) {
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
    const copy = new URL(url, 'http://relative.invalid');
    for (const [name, value] of Object.entries(params))
        copy.searchParams.set(name, value);
    return url.startsWith('?') ? copy.search : copy.href;
}
