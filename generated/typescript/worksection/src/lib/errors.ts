// Worksection's failures as typed exceptions: the error envelope (`{"status": "error", "status_code":
// N, "message": ...}`), which the service sends with HTTP 200, and any other HTTP status (414 for an
// overlong URL, 401 for a refused access token). Messages never carry the request URL: it holds the
// signature, or the access token.

const REDACTED = '[redacted]';

/** The service refused the call. */
export class WorksectionError extends Error {
  /** The HTTP status: 200 for an error envelope. */
  readonly status: number;
  /** The envelope's `status_code` (2: bad signature, 4: unknown project ...); null when it has none. */
  readonly code: number | null;
  /** The envelope's `message_details`, when it gives some. */
  readonly details: unknown;
  /** The action called, e.g. `get_projects`. */
  readonly action: string | null;

  constructor(
    status: number,
    code: number | null,
    message: string,
    details: unknown = undefined,
    action: string | null = null,
  ) {
    super(`Worksection error ${code ?? `HTTP ${status}`}${action ? ` (${action})` : ''}: ${message}`);
    this.name = new.target.name;
    this.status = status;
    this.code = code;
    this.details = details;
    this.action = action;
  }
}

/** An answer other than HTTP 200: 414 for a URL over the length limit, 401 for a refused token. */
export class WorksectionHTTPError extends WorksectionError {
  constructor(status: number, message: string, action: string | null = null) {
    super(status, null, message, undefined, action);
  }
}

/**
 * The error `response` carries, or null for a success. `secrets` (the API key, the signature sent)
 * are blanked out of whatever the service wrote, in case it echoes the request.
 */
export async function errorIn(
  response: Response,
  action: string | null,
  secrets: string[],
): Promise<WorksectionError | null> {
  if (response.status === 200 && !mayBeEnvelope(response)) return null;
  const text = await response.clone().text();
  const body = jsonObject(text);
  const clean = (value: string): string => redacted(value, secrets);
  if (response.status !== 200) {
    return new WorksectionHTTPError(response.status, clean(messageOf(body, text)), action);
  }
  if (body?.status !== 'error') return null;
  const code = typeof body.status_code === 'number' ? body.status_code : null;
  const details = typeof body.message_details === 'string' ? clean(body.message_details) : body.message_details;
  return new WorksectionError(200, code, clean(messageOf(body, text)), details, action);
}

/** Only a JSON or text answer can be an envelope; a downloaded file is passed on unread. */
function mayBeEnvelope(response: Response): boolean {
  const type = response.headers.get('Content-Type') ?? '';
  return type === '' || type.includes('json') || type.startsWith('text/');
}

/** The JSON object `text` holds, or null when it holds something else. */
export function jsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    return isObject ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function messageOf(body: Record<string, unknown> | null, text: string): string {
  if (body !== null && 'message' in body) return String(body.message);
  const trimmed = text.trim();
  // An HTML error page says nothing a caller can use.
  return trimmed && !trimmed.startsWith('<') ? trimmed.slice(0, 200) : 'no message given';
}

/** `text` with every one of `secrets` (as is and URL-encoded) replaced. */
export function redacted(text: string, secrets: string[]): string {
  let clean = text;
  for (const secret of secrets.filter((value) => value.length > 0)) {
    clean = clean.replaceAll(secret, REDACTED).replaceAll(encodeURIComponent(secret), REDACTED);
  }
  return clean;
}
