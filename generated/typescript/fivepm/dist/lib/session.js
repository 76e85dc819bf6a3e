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
    return session.around(generated);
}
/** Holds the session; its credentials stay private and out of every message it makes. */
export class FivepmSession {
    #login;
    #password;
    #fetch;
    #timeoutMs;
    #sessionId = null;
    /** The session's parameters once its sign-in has answered: most calls need not wait for anything. */
    #signedIn = null;
    #generated = null;
    #config = {};
    #plainHeaders;
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
    /** `generated` with this session on every call: the client `connect` gives. */
    around(generated) {
        this.#generated = generated;
        this.#configure(generated.getConfig());
        const client = {
            ...generated,
            setConfig: (config) => this.#configure(generated.setConfig(config)),
            request: ((call) => this.call(call, call.method)),
        };
        for (const method of METHODS) {
            const verb = method.toUpperCase();
            client[method] = ((call) => this.call(call, verb));
        }
        return client;
    }
    /** One call with the session's parameters; a 401 on a session not just made is retried once. */
    async call(options, method) {
        let outcome;
        if (options.url === SIGN_IN) {
            outcome = await this.#attempt(options, method, { retType: 'json' });
        }
        else {
            const fresh = this.#sessionId === null;
            outcome = await this.#attempt(options, method, this.#signedIn ?? (await this.#params(options.signal)));
            if (!fresh && unauthorized(outcome)) {
                this.#forget(); // the session expired: one new sign-in, one retry
                outcome = await this.#attempt(options, method, await this.#params(options.signal));
            }
            if (options.url === SIGN_OUT && !failed(outcome))
                this.#forget();
        }
        if (outcome instanceof Thrown)
            throw outcome.error;
        return (options.responseStyle ?? this.#config.responseStyle) === 'data' ? outcome.data : outcome;
    }
    /** The generated client's fetch: the answer, or the `FivepmError` it stands for. */
    async sendChecked(input, init) {
        return checked(await this.#fetch(input, init));
    }
    #configure(config) {
        this.#config = config;
        this.#plainHeaders = plainHeaders(mergeHeaders(config.headers));
        return config;
    }
    /** The session's parameters; a caller who gives up stops waiting for the sign-in (others may still share it). */
    async #params(signal) {
        return sessionParams(await untilAborted(this.#session(), signal));
    }
    /** The session id, signing in when there is none; concurrent callers share one sign-in. */
    #session() {
        if (this.#sessionId === null) {
            const signing = this.#signIn();
            this.#sessionId = signing;
            signing.then((sessionId) => {
                if (this.#sessionId === signing)
                    this.#signedIn = sessionParams(sessionId);
            }, () => {
                if (this.#sessionId === signing)
                    this.#forget();
            });
        }
        return this.#sessionId;
    }
    #forget() {
        this.#sessionId = null;
        this.#signedIn = null;
    }
    async #signIn() {
        const credentials = { login: this.#login, password: this.#password, retType: 'json' };
        const outcome = await this.#attempt({ url: SIGN_IN, method: 'GET', throwOnError: true }, 'GET', credentials);
        if (outcome instanceof Thrown)
            throw outcome.error;
        const body = outcome.data;
        const sessionId = body?.data?.sessionId;
        if (typeof sessionId !== 'string' && typeof sessionId !== 'number') {
            throw new FivepmUnauthorized(200, null, 'sign-in answer carried no sessionId');
        }
        return String(sessionId);
    }
    /** One try of a call within the time limit; what it threw comes back wrapped, to be retried or thrown. */
    async #attempt(options, method, params) {
        const deadline = this.#deadline(options.signal ?? null);
        try {
            if (this.#isPlain(options))
                return await this.#sendPlain(options, method, params, deadline.signal);
            const serializer = options.querySerializer ?? this.#config.querySerializer;
            const call = { ...options, method, responseStyle: 'fields', signal: deadline.signal };
            return (await this.#client().request({ ...call, ...sessionQuery(call.query, serializer, params) }));
        }
        catch (error) {
            return new Thrown(error);
        }
        finally {
            deadline.done();
        }
    }
    #isPlain(options) {
        const config = this.#config;
        const { request, response, error } = this.#client().interceptors;
        return (options.body === undefined &&
            (options.auth ?? config.auth) === undefined &&
            (options.requestValidator ?? config.requestValidator) === undefined &&
            (options.responseValidator ?? config.responseValidator) === undefined &&
            (options.responseTransformer ?? config.responseTransformer) === undefined &&
            noneInstalled(request) &&
            noneInstalled(response) &&
            noneInstalled(error));
    }
    /** A call with nothing for the generated client's own path to do, sent as one `fetch(url, init)`. */
    async #sendPlain(options, method, params, signal) {
        const config = this.#config;
        const querySerializer = options.querySerializer ?? config.querySerializer;
        const url = withParams(buildUrl({ ...options, baseUrl: config.baseUrl, querySerializer }), params);
        const init = {};
        if (method !== 'GET')
            init.method = method;
        const headers = options.headers === undefined ? this.#plainHeaders : plainHeaders(mergeHeaders(config.headers, options.headers));
        if (headers)
            init.headers = headers;
        if (signal)
            init.signal = signal;
        const response = await this.#fetch(url, init);
        if (response.status < 400)
            return new PlainOutcome(url, init, response, await parsed(response, options.parseAs ?? config.parseAs));
        const error = await errorFromResponse(response);
        if (options.throwOnError ?? config.throwOnError)
            throw error;
        return new PlainOutcome(url, init, response, undefined, error);
    }
    #client() {
        if (this.#generated === null)
            throw new Error('FivepmSession: use the client connect() gives');
        return this.#generated;
    }
    #deadline(signal) {
        if (this.#timeoutMs === null)
            return { signal, done: () => { } };
        // One controller and a timer cleared when the call ends: AbortSignal.timeout would leave a live
        // timer behind every call for the whole limit, and AbortSignal.any costs more than the call.
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), this.#timeoutMs);
        if (signal === null)
            return { signal: controller.signal, done: () => clearTimeout(timer) };
        const abort = () => controller.abort(signal.reason);
        signal.addEventListener('abort', abort, { once: true });
        if (signal.aborted)
            abort();
        return {
            signal: controller.signal,
            done: () => {
                clearTimeout(timer);
                signal.removeEventListener('abort', abort);
            },
        };
    }
}
/** What a plain call got. Its `request` is made only when asked for: not making it is what the path saves. */
class PlainOutcome {
    response;
    #url;
    #init;
    constructor(url, init, response, data, error) {
        this.#url = url;
        this.#init = init;
        this.response = response;
        if (error === undefined)
            Object.assign(this, { data });
        else
            Object.assign(this, { error });
    }
    get request() {
        return new Request(this.#url, this.#init);
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
/** What every call after the sign-in carries in its query. */
function sessionParams(sessionId) {
    return { retType: 'json', sessionId };
}
/** No interceptor of this kind is in use (the client keeps `null` where one was ejected). */
function noneInstalled(interceptors) {
    return interceptors.fns.every((fn) => fn === null);
}
function unauthorized(outcome) {
    return outcome.error instanceof FivepmUnauthorized;
}
function failed(outcome) {
    return outcome instanceof Thrown || outcome.error !== undefined;
}
async function checked(response) {
    if (response.status >= 400)
        throw await errorFromResponse(response);
    return response;
}
/** The headers of a call without a body: the generated client's default `Content-Type` is for bodies. */
function plainHeaders(headers) {
    headers.delete('Content-Type');
    return headers.keys().next().done ? undefined : headers;
}
/** The session's parameters for the generated client's own path: in the query, or after a query serialized by hand. */
function sessionQuery(query, serializer, params) {
    if (typeof serializer === 'function') {
        // An empty query still goes through the serializer, which is what adds them.
        return { query: query ?? {}, querySerializer: (given) => withParams(`?${serializer(given)}`, params).slice(1) };
    }
    return { query: { ...query, ...params } };
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
 * `url` with `params` set in its query. When no name of theirs occurs in it they are appended as
 * they are, with no parse of the URL (a tenth of a call's time on a fast network).
 */
function withParams(url, params) {
    const names = Object.keys(params);
    if (names.every((name) => !url.includes(`${name}=`))) {
        const added = names.map((name) => `${name}=${encodeURIComponent(params[name] ?? '')}`).join('&');
        const withoutFragment = url.split('#', 1)[0] ?? '';
        return `${withoutFragment}${withoutFragment.includes('?') ? '&' : '?'}${added}`;
    }
    // A name occurs somewhere: set the parameters in a parsed copy. Everything after the first `?` is
    // the query, even a `?` inside it.
    const copy = new URL(url, 'http://relative.invalid');
    for (const [name, value] of Object.entries(params))
        copy.searchParams.set(name, value);
    return url.startsWith('?') ? copy.search : copy.href;
}
