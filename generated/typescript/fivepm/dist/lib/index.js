// Hand-written runtime for the 5pm client; the generator never touches this folder.
//
// `connect` gives a client that signs in on first use, reuses the session, signs in again when it
// expires, asks for JSON and throws `FivepmError`s; `iterateItems` walks a list call page by page.
export { FivepmBadRequest, FivepmError, FivepmNotFound, FivepmUnauthorized } from './errors.js';
export { iterateItems } from './paging.js';
export { connect, DEFAULT_TIMEOUT_MS, FivepmSession } from './session.js';
