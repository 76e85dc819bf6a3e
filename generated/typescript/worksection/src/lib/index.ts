// Hand-written runtime for the Worksection client; the generator never touches this folder.
//
// `connect` gives a client that signs every admin call with the API key (the documented md5 `hash`,
// or the `Authorization: Admin` HMAC header) and throws the error envelope the service sends with
// HTTP 200 as `WorksectionError`; `connectUser` one that acts as a person with an OAuth access
// token, renewed when it expires. Requests time out after 30 s unless `timeoutMs` says otherwise.
// Signing uses Node's built-in `node:crypto`.
export { WorksectionError, WorksectionHTTPError } from './errors.js';
export { type AppCredentials, REFRESH_URL, type TokenOptions, type Tokens, WorksectionOAuthError } from './oauth.js';
export {
  type AccountAddress,
  type ConnectOptions,
  type ConnectUserOptions,
  connect,
  connectUser,
  type TransportOptions,
} from './connect.js';
export { adminAuthorization, queryHash, type Signing } from './signing.js';
export { DEFAULT_TIMEOUT_MS } from './transport.js';
