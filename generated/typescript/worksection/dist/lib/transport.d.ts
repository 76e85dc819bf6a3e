/** Without a timeout a service that stops answering holds the caller forever. */
export declare const DEFAULT_TIMEOUT_MS = 30000;
/** A request as the service reads it: the action in the query, the body read once (so it can be sent again). */
export interface ActionRequest {
    readonly url: URL;
    readonly action: string | null;
    readonly method: string;
    /** Where a signature or token goes: set before each sending. */
    readonly headers: Headers;
    readonly body: ArrayBuffer | string | undefined;
    readonly signal: AbortSignal;
}
/** `request` with its `#<action>` moved into the query, where the service reads it (as the first parameter). */
export declare function actionRequest(request: Request): Promise<ActionRequest>;
export interface Transport {
    fetch: typeof fetch;
    timeoutMs: number | null;
}
/** Sends `call` to `url` (by default its own) within the time limit. */
export declare function sendWithin(transport: Transport, call: ActionRequest, url?: URL): Promise<Response>;
/** `response` if it is a success; else its `WorksectionError`, thrown. */
export declare function checked(response: Response, action: string | null, secrets: string[]): Promise<Response>;
