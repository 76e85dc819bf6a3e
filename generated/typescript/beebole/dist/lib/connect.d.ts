import { type Client } from '../gen/client/index.js';
export declare const BASE_URL = "https://beebole-apps.com";
/** Without a timeout a service that stops answering holds the caller forever. */
export declare const DEFAULT_TIMEOUT_MS = 30000;
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
export declare function connect(options: ConnectOptions): Client;
/** Sends the generated calls' requests; the token stays private and out of every message it makes. */
export declare class BeeboleTransport {
    #private;
    constructor(options: ConnectOptions);
    toJSON(): object;
    send(request: Request): Promise<Response>;
}
