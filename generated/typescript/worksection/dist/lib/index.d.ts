export { WorksectionError, WorksectionHTTPError } from './errors.js';
export { type AppCredentials, REFRESH_URL, type TokenOptions, type Tokens, WorksectionOAuthError } from './oauth.js';
export { type AccountAddress, type ConnectOptions, type ConnectUserOptions, connect, connectUser, type TransportOptions, } from './connect.js';
export { adminAuthorization, queryHash, type Signing } from './signing.js';
export { DEFAULT_TIMEOUT_MS } from './transport.js';
