import { type Client } from '../gen/client/index.js';
/** Without a timeout a service that stops answering holds the caller forever. */
export declare const DEFAULT_TIMEOUT_MS = 30000;
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
type CallOptions = Parameters<Client['request']>[0];
type Method = CallOptions['method'];
/**
 * A client for the generated calls (`projectsGetList({ client })`) that signs in on first use,
 * reuses the session, signs in again when it expires, asks for JSON, and throws `FivepmError`s.
 */
export declare function connect(options: ConnectOptions): Client;
/** Holds the session; its credentials stay private and out of every message it makes. */
export declare class FivepmSession {
    #private;
    constructor(options: ConnectOptions);
    get signedIn(): boolean;
    toJSON(): object;
    /** `generated` with this session on every call: the client `connect` gives. */
    around(generated: Client): Client;
    /** One call with the session's parameters; a 401 on a session not just made is retried once. */
    call(options: CallOptions, method: Method): Promise<unknown>;
    /** The generated client's fetch: the answer, or the `FivepmError` it stands for. */
    sendChecked(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
}
export {};
