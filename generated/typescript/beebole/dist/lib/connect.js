// Beebole's protocol around fetch: the token as HTTP Basic user name, the service named in the body
// from the operation's path (`/api/v2#project.get`), and the HTTP-200 error envelope thrown.
import { createClient, createConfig } from '../gen/client/index.js';
import { errorIn } from './errors.js';
export const BASE_URL = 'https://beebole-apps.com';
/** Without a timeout a service that stops answering holds the caller forever. */
export const DEFAULT_TIMEOUT_MS = 30_000;
const TOKEN_PASSWORD = 'x'; // the service ignores the password; its docs say to send "x"
/** The path fragment of the batch call, whose body already names each call's service. */
const BATCH = 'services';
/**
 * A client for the generated calls (`projectGet({ client, body: { id } })`) that sends the token,
 * names each call's service in its body, and throws `BeeboleError`s.
 */
export function connect(options) {
    const transport = new BeeboleTransport(options);
    return createClient(createConfig({
        baseUrl: options.baseUrl ?? BASE_URL,
        fetch: (input, init) => transport.send(new Request(input, init)),
        throwOnError: true,
    }));
}
/** Sends the generated calls' requests; the token stays private and out of every message it makes. */
export class BeeboleTransport {
    #authorization;
    #fetch;
    #timeoutMs;
    constructor(options) {
        this.#authorization = `Basic ${base64(`${options.token}:${TOKEN_PASSWORD}`)}`;
        this.#fetch = options.fetch ?? globalThis.fetch;
        this.#timeoutMs = options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : options.timeoutMs;
    }
    toJSON() {
        return { token: '<hidden>' };
    }
    async send(request) {
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
        if (error !== null)
            throw error;
        return response;
    }
    #headers(given) {
        const headers = new Headers(given);
        headers.set('Authorization', this.#authorization);
        headers.set('Content-Type', 'application/json'); // also for a call made without a body
        return headers;
    }
    #signal(given) {
        return this.#timeoutMs === null ? given : AbortSignal.any([given, AbortSignal.timeout(this.#timeoutMs)]);
    }
}
/** The request's JSON body with `service` set; a service that takes nothing else comes without one. */
async function withService(request, service) {
    const text = await request.text();
    const fields = text ? JSON.parse(text) : {};
    return JSON.stringify({ service, ...fields });
}
/** Base64 of the UTF-8 bytes, as HTTP Basic encodes credentials (`btoa` alone takes Latin-1 only). */
function base64(text) {
    return btoa(Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join(''));
}
