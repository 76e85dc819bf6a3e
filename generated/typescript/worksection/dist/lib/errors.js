// Worksection's failures as typed exceptions: the error envelope (`{"status": "error", "status_code":
// N, "message": ...}`), which the service sends with HTTP 200, and any other HTTP status (414 for an
// overlong URL, 401 for a refused access token). Messages never carry the request URL: it holds the
// signature, or the access token.
const REDACTED = '[redacted]';
/** The service refused the call. */
export class WorksectionError extends Error {
    /** The HTTP status: 200 for an error envelope. */
    status;
    /** The envelope's `status_code` (2: bad signature, 4: unknown project ...); null when it has none. */
    code;
    /** The envelope's `message_details`, when it gives some. */
    details;
    /** The action called, e.g. `get_projects`. */
    action;
    constructor(status, code, message, details = undefined, action = null) {
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
    constructor(status, message, action = null) {
        super(status, null, message, undefined, action);
    }
}
/**
 * The error `response` carries, or null for a success. `secrets` (the API key, the signature sent)
 * are blanked out of whatever the service wrote, in case it echoes the request.
 */
export async function errorIn(response, action, secrets) {
    if (response.status === 200 && !mayBeEnvelope(response))
        return null;
    const text = await response.clone().text();
    const body = jsonObject(text);
    const clean = (value) => redacted(value, secrets);
    if (response.status !== 200) {
        return new WorksectionHTTPError(response.status, clean(messageOf(body, text)), action);
    }
    if (body?.status !== 'error')
        return null;
    const code = typeof body.status_code === 'number' ? body.status_code : null;
    const details = typeof body.message_details === 'string' ? clean(body.message_details) : body.message_details;
    return new WorksectionError(200, code, clean(messageOf(body, text)), details, action);
}
/** Only a JSON or text answer can be an envelope; a downloaded file is passed on unread. */
function mayBeEnvelope(response) {
    const type = response.headers.get('Content-Type') ?? '';
    return type === '' || type.includes('json') || type.startsWith('text/');
}
/** The JSON object `text` holds, or null when it holds something else. */
export function jsonObject(text) {
    try {
        const value = JSON.parse(text);
        const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
        return isObject ? value : null;
    }
    catch {
        return null;
    }
}
function messageOf(body, text) {
    if (body !== null && 'message' in body)
        return String(body.message);
    const trimmed = text.trim();
    // An HTML error page says nothing a caller can use.
    return trimmed && !trimmed.startsWith('<') ? trimmed.slice(0, 200) : 'no message given';
}
/** `text` with every one of `secrets` (as is and URL-encoded) replaced. */
export function redacted(text, secrets) {
    let clean = text;
    for (const secret of secrets.filter((value) => value.length > 0)) {
        clean = clean.replaceAll(secret, REDACTED).replaceAll(encodeURIComponent(secret), REDACTED);
    }
    return clean;
}
