// Hand-written runtime for the Beebole client; the generator never touches this folder.
//
// `connect` gives a client that sends the API token, names each call's service in its body, and
// throws `BeeboleError` for the error envelope Beebole answers with HTTP 200; `runServices` runs
// several services in one request.
export { BatchAnswer, MAX_CALLS, runServices } from './batch.js';
export { BASE_URL, BeeboleTransport, connect, DEFAULT_TIMEOUT_MS } from './connect.js';
export { BeeboleError, BeeboleHTTPError } from './errors.js';
