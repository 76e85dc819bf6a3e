/** ProWorkflow answered with an error. */
export declare class ProworkflowError extends Error {
    readonly status: number;
    readonly details: string[];
    constructor(status: number, details: string[]);
}
/** A parameter or body field is missing or invalid (HTTP 400). */
export declare class ProworkflowBadRequest extends ProworkflowError {
}
/** Wrong API key or user credentials (HTTP 401, sent with an empty body). */
export declare class ProworkflowUnauthorized extends ProworkflowError {
}
/** The user's role may not do this (HTTP 403). */
export declare class ProworkflowForbidden extends ProworkflowError {
}
/** The item does not exist or is not visible to this user (HTTP 404). */
export declare class ProworkflowNotFound extends ProworkflowError {
}
/** Still over the request limit after the allowed retries (HTTP 429). */
export declare class ProworkflowRateLimited extends ProworkflowError {
}
/** The service failed (HTTP 5xx). */
export declare class ProworkflowServerError extends ProworkflowError {
}
/**
 * The item has not changed since the `etag` sent in `If-None-Match` (HTTP 304). Not an error, but
 * thrown all the same: the call has no body to return, and its result type promises one.
 */
export declare class ProworkflowNotModified extends Error {
    readonly status = 304;
    readonly etag: string | null;
    constructor(etag: string | null);
}
/** The error a failed answer stands for, with the details of its envelope. */
export declare function errorFromResponse(response: Response): Promise<ProworkflowError>;
