/** 5pm answered with an error. */
export declare class FivepmError extends Error {
    readonly status: number;
    readonly code: number | null;
    constructor(status: number, code: number | null, message: string);
}
/** An argument is missing or invalid (HTTP 400). */
export declare class FivepmBadRequest extends FivepmError {
}
/** No valid session, or a wrong login or password (HTTP 401). */
export declare class FivepmUnauthorized extends FivepmError {
}
/** The object does not exist or was removed (HTTP 404). */
export declare class FivepmNotFound extends FivepmError {
}
/** The error a failed answer stands for, read from its `{data: {error: {code, message}}}` body. */
export declare function errorFromResponse(response: Response): Promise<FivepmError>;
