// Hand-written runtime for the ProWorkflow client; the generator never touches this folder.
//
// `connect` gives a client that sends the account's API key and the user's Basic credentials on
// every call, waits out 429 answers (`x-ratelimit-reset`, bounded retries) and throws
// `ProworkflowError`s with the service's details; `iterateItems` walks a list call page by page;
// `filters` spells the filter mini-language.
export { DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, MAX_RATE_LIMIT_WAIT_MS, connect, ProworkflowAuth, } from './connect.js';
export { ProworkflowBadRequest, ProworkflowError, ProworkflowForbidden, ProworkflowNotFound, ProworkflowNotModified, ProworkflowRateLimited, ProworkflowServerError, ProworkflowUnauthorized, } from './errors.js';
export * as filters from './filters.js';
export { iterateItems } from './paging.js';
