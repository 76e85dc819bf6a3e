/** The service refused the call. */
export declare class WorksectionError extends Error {
    /** The HTTP status: 200 for an error envelope. */
    readonly status: number;
    /** The envelope's `status_code` (2: bad signature, 4: unknown project ...); null when it has none. */
    readonly code: number | null;
    /** The envelope's `message_details`, when it gives some. */
    readonly details: unknown;
    /** The action called, e.g. `get_projects`. */
    readonly action: string | null;
    constructor(status: number, code: number | null, message: string, details?: unknown, action?: string | null);
}
/** An answer other than HTTP 200: 414 for a URL over the length limit, 401 for a refused token. */
export declare class WorksectionHTTPError extends WorksectionError {
    constructor(status: number, message: string, action?: string | null);
}
/**
 * The error `response` carries, or null for a success. `secrets` (the API key, the signature sent)
 * are blanked out of whatever the service wrote, in case it echoes the request.
 */
export declare function errorIn(response: Response, action: string | null, secrets: string[]): Promise<WorksectionError | null>;
/** The JSON object `text` holds, or null when it holds something else. */
export declare function jsonObject(text: string): Record<string, unknown> | null;
/** `text` with every one of `secrets` (as is and URL-encoded) replaced. */
export declare function redacted(text: string, secrets: string[]): string;
