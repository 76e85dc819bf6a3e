export { BatchAnswer, MAX_CALLS, runServices, type ServiceCall } from './batch.js';
export { BASE_URL, BeeboleTransport, type ConnectOptions, connect, DEFAULT_TIMEOUT_MS } from './connect.js';
export { BeeboleError, BeeboleHTTPError } from './errors.js';
