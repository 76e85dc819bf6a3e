// Beebole's two kinds of failure as typed errors: the error envelope it answers with HTTP 200, and
// any other HTTP status. They carry the service's message, never the request (it holds the token).

/** The service refused the call: `{"status": "error", "message": ...}`, which Beebole sends with HTTP 200. */
export class BeeboleError extends Error {
  /** The HTTP status of the answer: 200 for the error envelope. */
  readonly status: number;
  /** The service called (`project.get`), or null for a batch refused as a whole. */
  readonly service: string | null;
  /** The service's own message, without the prefix `message` adds. */
  readonly serviceMessage: string;

  constructor(status: number, serviceMessage: string, service: string | null = null) {
    const where = service ? ` (${service})` : '';
    super(`Beebole error${where}: ${status === 200 ? '' : `HTTP ${status}: `}${serviceMessage}`);
    this.name = new.target.name;
    this.status = status;
    this.service = service;
    this.serviceMessage = serviceMessage;
  }
}

/** An answer other than HTTP 200, which Beebole documents only as "an error" (404, 405...). */
export class BeeboleHTTPError extends BeeboleError {}

/** The error an answer carries, or null for a success. */
export async function errorIn(response: Response, service: string | null): Promise<BeeboleError | null> {
  // A clone, so that a success reaches the generated code unread.
  const text = await response.clone().text();
  const body = parseJson(text);
  if (response.status !== 200) {
    const message = isObject(body) && 'message' in body ? String(body.message) : plainText(text);
    return new BeeboleHTTPError(response.status, message, service);
  }
  return envelopeError(body, service);
}

/** The error an HTTP-200 answer stands for when it is the error envelope (a batch's answers too). */
export function envelopeError(answer: unknown, service: string | null): BeeboleError | null {
  if (!isObject(answer) || answer.status !== 'error') return null;
  return new BeeboleError(200, 'message' in answer ? String(answer.message) : 'no message given', service);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short non-JSON body as a message; an HTML error page says nothing worth repeating. */
function plainText(text: string): string {
  const trimmed = text.trim();
  return trimmed && !trimmed.startsWith('<') ? trimmed.slice(0, 200) : 'no message given';
}
