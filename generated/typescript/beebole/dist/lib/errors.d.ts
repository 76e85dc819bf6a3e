/** The service refused the call: `{"status": "error", "message": ...}`, which Beebole sends with HTTP 200. */
export declare class BeeboleError extends Error {
    /** The HTTP status of the answer: 200 for the error envelope. */
    readonly status: number;
    /** The service called (`project.get`), or null for a batch refused as a whole. */
    readonly service: string | null;
    /** The service's own message, without the prefix `message` adds. */
    readonly serviceMessage: string;
    constructor(status: number, serviceMessage: string, service?: string | null);
}
/** An answer other than HTTP 200, which Beebole documents only as "an error" (404, 405...). */
export declare class BeeboleHTTPError extends BeeboleError {
}
/** The error an answer carries, or null for a success. */
export declare function errorIn(response: Response, service: string | null): Promise<BeeboleError | null>;
/** The error an HTTP-200 answer stands for when it is the error envelope (a batch's answers too). */
export declare function envelopeError(answer: unknown, service: string | null): BeeboleError | null;
