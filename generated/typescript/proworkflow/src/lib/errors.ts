// ProWorkflow's error envelope (`{"status": "Error", "details": [...]}`) as typed exceptions carrying
// the HTTP status and the service's details, never the request (its headers hold the credentials).

/** ProWorkflow answered with an error. */
export class ProworkflowError extends Error {
  readonly status: number;
  readonly details: string[];

  constructor(status: number, details: string[]) {
    super(`ProWorkflow HTTP ${status}: ${details.length > 0 ? details.join('; ') : 'no details given'}`);
    this.name = new.target.name;
    this.status = status;
    this.details = details;
  }
}

/** A parameter or body field is missing or invalid (HTTP 400). */
export class ProworkflowBadRequest extends ProworkflowError {}

/** Wrong API key or user credentials (HTTP 401, sent with an empty body). */
export class ProworkflowUnauthorized extends ProworkflowError {}

/** The user's role may not do this (HTTP 403). */
export class ProworkflowForbidden extends ProworkflowError {}

/** The item does not exist or is not visible to this user (HTTP 404). */
export class ProworkflowNotFound extends ProworkflowError {}

/** Still over the request limit after the allowed retries (HTTP 429). */
export class ProworkflowRateLimited extends ProworkflowError {}

/** The service failed (HTTP 5xx). */
export class ProworkflowServerError extends ProworkflowError {}

/**
 * The item has not changed since the `etag` sent in `If-None-Match` (HTTP 304). Not an error, but
 * thrown all the same: the call has no body to return, and its result type promises one.
 */
export class ProworkflowNotModified extends Error {
  readonly status = 304;
  readonly etag: string | null;

  constructor(etag: string | null) {
    super(`ProWorkflow HTTP 304: not modified${etag === null ? '' : ` (etag ${etag})`}`);
    this.name = new.target.name;
    this.etag = etag;
  }
}

const BY_STATUS: Record<number, typeof ProworkflowError> = {
  400: ProworkflowBadRequest,
  401: ProworkflowUnauthorized,
  403: ProworkflowForbidden,
  404: ProworkflowNotFound,
  429: ProworkflowRateLimited,
};

/** The error a failed answer stands for, with the details of its envelope. */
export async function errorFromResponse(response: Response): Promise<ProworkflowError> {
  const details = readDetails(await response.text());
  const fallback = response.status >= 500 ? ProworkflowServerError : ProworkflowError;
  const ErrorClass = BY_STATUS[response.status] ?? fallback;
  return new ErrorClass(response.status, details);
}

function readDetails(text: string): string[] {
  let details: unknown;
  try {
    details = (JSON.parse(text) as { details?: unknown }).details;
  } catch {
    // Not an envelope: an unknown path gets the web server's HTML page, which says nothing useful.
    const trimmed = text.trim();
    return trimmed && !trimmed.startsWith('<') ? [trimmed.slice(0, 200)] : [];
  }
  if (details === undefined || details === null) return [];
  // 5xx answers may carry a bare string instead of a list.
  return Array.isArray(details) ? details.map(String) : [String(details)];
}
