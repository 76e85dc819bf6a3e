import { type Client } from '../gen/client/index.js';
import { type TokenOptions } from './oauth.js';
import { type Signing } from './signing.js';
/** Where the account is: `https://<account>.worksection.com` unless `baseUrl` says otherwise (e.g. a mock). */
export type AccountAddress = {
    account: string;
    baseUrl?: string;
} | {
    baseUrl: string;
    account?: string;
};
export interface TransportOptions {
    /** Each request's time limit, a token refresh included (default 30 s); `null` waits forever. */
    timeoutMs?: number | null;
    /** The fetch to send with (default: the global one). */
    fetch?: typeof fetch;
}
export type ConnectOptions = AccountAddress & TransportOptions & {
    /** The account's admin API key. */
    apiKey: string;
    /** `hash` (default): the documented md5 query parameter; `hmac`: the `Authorization: Admin` header. */
    signing?: Signing;
};
export type ConnectUserOptions = AccountAddress & TransportOptions & TokenOptions;
/**
 * A client for the admin actions (`getProjects({ client })`) that signs every call with the API key
 * and throws `WorksectionError` for the error envelope, `WorksectionHTTPError` for any other HTTP status.
 */
export declare function connect(options: ConnectOptions): Client;
/**
 * A client for the user-token actions (`me({ client })`) acting as the person whose access token
 * `tokens` holds; with `app` and a refresh token, an expired token is renewed and the call sent again.
 */
export declare function connectUser(options: ConnectUserOptions): Client;
