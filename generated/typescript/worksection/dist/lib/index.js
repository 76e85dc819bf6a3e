// Hand-written runtime for the Worksection client; the generator never touches this folder.
//
// `connect` gives a client that signs every admin call with the API key (the documented md5 `hash`,
// or the `Authorization: Admin` HMAC header) and throws the error envelope the service sends with
// HTTP 200 as `WorksectionError`; `connectUser` one that acts as a person with an OAuth access
// token, renewed when it expires. Requests time out after 30 s unless `timeoutMs` says otherwise.
// Signing uses Node's built-in `node:crypto`.
export { WorksectionError, WorksectionHTTPError } from './errors.js';
export { REFRESH_URL, WorksectionOAuthError } from './oauth.js';
export { connect, connectUser, } from './connect.js';
export { adminAuthorization, queryHash } from './signing.js';
export { DEFAULT_TIMEOUT_MS } from './transport.js';
