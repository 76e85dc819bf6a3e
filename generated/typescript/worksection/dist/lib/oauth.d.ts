import { WorksectionError } from './errors.js';
import { type Transport } from './transport.js';
/** The vendor's refresh endpoint (on its central host, not the account's). */
export declare const REFRESH_URL = "https://worksection.com/oauth2/refresh";
/** An access token, the refresh token that renews it, and when the access token expires (Unix time, seconds). */
export interface Tokens {
    accessToken: string;
    refreshToken?: string | null;
    expiresAt?: number | null;
}
/** The OAuth app's id and secret, which a refresh needs. */
export interface AppCredentials {
    clientId: string;
    clientSecret: string;
}
export interface TokenOptions {
    /** The person's tokens, or just the access token (which then cannot be renewed). */
    tokens: Tokens | string;
    /** The OAuth app's credentials: with a refresh token, an expired access token is renewed. */
    app?: AppCredentials;
    /** Receives the new tokens after a refresh, to store them. */
    onRefresh?: (tokens: Tokens) => void;
    /** Where tokens are renewed (default `REFRESH_URL`). */
    refreshUrl?: string;
}
/** The refresh endpoint refused to renew the tokens (`error` is its OAuth error name). */
export declare class WorksectionOAuthError extends WorksectionError {
    readonly error: string | null;
    constructor(status: number, error: string | null, description: string);
}
/** Sends the access token and renews it when it expires; the tokens and the app secret stay private. */
export declare class TokenHolder {
    #private;
    readonly refreshUrl: string;
    constructor(options: TokenOptions, transport: Transport);
    toJSON(): object;
    send(request: Request): Promise<Response>;
}
