// A generated `Client` for one Worksection account: signed with the admin API key (`connect`), or
// acting as one person with an OAuth access token (`connectUser`). The protocol work happens in the
// custom `fetch` each hands the generated client.
import { createClient, createConfig } from '../gen/client/index.js';
import { TokenHolder } from './oauth.js';
import { AdminSigner } from './signing.js';
import { DEFAULT_TIMEOUT_MS } from './transport.js';
/**
 * A client for the admin actions (`getProjects({ client })`) that signs every call with the API key
 * and throws `WorksectionError` for the error envelope, `WorksectionHTTPError` for any other HTTP status.
 */
export function connect(options) {
    const signer = new AdminSigner(options.apiKey, options.signing ?? 'hash', transportOf(options));
    return clientFor(options, (request) => signer.send(request));
}
/**
 * A client for the user-token actions (`me({ client })`) acting as the person whose access token
 * `tokens` holds; with `app` and a refresh token, an expired token is renewed and the call sent again.
 */
export function connectUser(options) {
    const holder = new TokenHolder(options, transportOf(options));
    return clientFor(options, (request) => holder.send(request));
}
function clientFor(address, send) {
    return createClient(createConfig({
        baseUrl: address.baseUrl ?? `https://${address.account}.worksection.com`,
        fetch: (input, init) => send(new Request(input, init)),
        throwOnError: true,
    }));
}
function transportOf(options) {
    return {
        fetch: options.fetch ?? globalThis.fetch,
        timeoutMs: options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : options.timeoutMs,
    };
}
