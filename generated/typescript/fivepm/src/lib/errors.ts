// Service errors as typed exceptions carrying the HTTP status and 5pm's code and message, never the
// request URL (it holds the session id, or the password at sign-in).

/** 5pm answered with an error. */
export class FivepmError extends Error {
  readonly status: number;
  readonly code: number | null;

  constructor(status: number, code: number | null, message: string) {
    super(`5pm error ${code ?? status}: ${message}`);
    this.name = new.target.name;
    this.status = status;
    this.code = code;
  }
}

/** An argument is missing or invalid (HTTP 400). */
export class FivepmBadRequest extends FivepmError {}

/** No valid session, or a wrong login or password (HTTP 401). */
export class FivepmUnauthorized extends FivepmError {}

/** The object does not exist or was removed (HTTP 404). */
export class FivepmNotFound extends FivepmError {}

const BY_STATUS: Record<number, typeof FivepmError> = {
  400: FivepmBadRequest,
  401: FivepmUnauthorized,
  404: FivepmNotFound,
};

/** The error a failed answer stands for, read from its `{data: {error: {code, message}}}` body. */
export async function errorFromResponse(response: Response): Promise<FivepmError> {
  const text = await response.text();
  const { code, message } = readError(text, response.status);
  const ErrorClass = BY_STATUS[response.status] ?? FivepmError;
  return new ErrorClass(response.status, code, message);
}

function readError(text: string, status: number): { code: number | null; message: string } {
  try {
    const error = (JSON.parse(text) as { data: { error: { code: unknown; message: unknown } } }).data.error;
    return { code: Number(error.code), message: String(error.message) };
  } catch {
    const trimmed = text.trim().slice(0, 200);
    return { code: null, message: trimmed || `HTTP ${status} with no error body` };
  }
}
