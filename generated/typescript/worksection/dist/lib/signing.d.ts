import { type Transport } from './transport.js';
/** Which signature `connect` puts on each call. */
export type Signing = 'hash' | 'hmac';
/** The `hash` value for a query string (as sent, without `hash`). */
export declare function queryHash(query: string, apiKey: string): string;
/** The `Authorization` value that signs `action` at `unixTime` (whole seconds). */
export declare function adminAuthorization(action: string, apiKey: string, unixTime: number): string;
/** Signs each call with the API key, which it keeps private and out of every message it makes. */
export declare class AdminSigner {
    #private;
    readonly signing: Signing;
    constructor(apiKey: string, signing: Signing, transport: Transport);
    toJSON(): object;
    send(request: Request): Promise<Response>;
}
