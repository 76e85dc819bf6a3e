export { DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, MAX_RATE_LIMIT_WAIT_MS, type ConnectOptions, connect, ProworkflowAuth, } from './connect.js';
export { ProworkflowBadRequest, ProworkflowError, ProworkflowForbidden, ProworkflowNotFound, ProworkflowNotModified, ProworkflowRateLimited, ProworkflowServerError, ProworkflowUnauthorized, } from './errors.js';
export * as filters from './filters.js';
export { iterateItems, type PageWindow, type RowOf } from './paging.js';
