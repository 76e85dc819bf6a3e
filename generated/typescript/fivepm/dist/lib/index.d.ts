export { FivepmBadRequest, FivepmError, FivepmNotFound, FivepmUnauthorized } from './errors.js';
export { iterateItems, type PageWindow } from './paging.js';
export { type ConnectOptions, connect, DEFAULT_TIMEOUT_MS, FivepmSession } from './session.js';
