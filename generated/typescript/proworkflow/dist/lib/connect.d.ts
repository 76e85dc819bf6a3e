import { type Client } from '../gen/client/index.js';
export declare const DEFAULT_BASE_URL = "https://api.proworkflow.net";
/** Without a timeout a service that stops answering holds the caller forever. */
export declare const DEFAULT_TIMEOUT_MS = 30000;
export declare const DEFAULT_MAX_RETRIES = 3;
/** The longest rate-limit window the service documents, and the wait when an answer names none. */
export declare const MAX_RATE_LIMIT_WAIT_MS = 30000;
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
export declare function connect(options: ConnectOptions): Client;
/** Signs and sends requests; its credentials stay private and out of every message it makes. */
export declare class ProworkflowAuth {
    #private;
    constructor(options: ConnectOptions);
    toJSON(): object;
    /** The answer to `request`, sent signed; a 429 is waited out (without blocking) and sent again. */
    send(request: Request): Promise<Response>;
}
