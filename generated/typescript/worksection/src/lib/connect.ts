// A generated `Client` for one Worksection account: signed with the admin API key (`connect`), or
// acting as one person with an OAuth access token (`connectUser`). The protocol work happens in the
// custom `fetch` each hands the generated client.

import { type Client, createClient, createConfig } from '../gen/client/index.js';
import { type TokenOptions, TokenHolder } from './oauth.js';
import { AdminSigner, type Signing } from './signing.js';
import { DEFAULT_TIMEOUT_MS, type Transport } from './transport.js';

/** Where the account is: `https://<account>.worksection.com` unless `baseUrl` says otherwise (e.g. a mock). */
export type AccountAddress = { account: string; baseUrl?: string } | { baseUrl: string; account?: string };

export interface TransportOptions {
  /** Each request's time limit, a token refresh included (default 30 s); `null` waits forever. */
  timeoutMs?: number | null;
  /** The fetch to send with (default: the global one). */
  fetch?: typeof fetch;
}

export type ConnectOptions = AccountAddress &
  TransportOptions & {
    /** The account's admin API key. */
    apiKey: string;
    /** `hash` (default): the documented md5 query parameter; `hmac`: the `Authorization: Admin` header. */
    signing?: Signing;
  };

export type ConnectUserOptions = AccountAddress & TransportOptions & TokenOptions;

/**
 * A client for the admin actions (`getProjects({ client })`) that signs every call with the API key
 * and throws `WorksectionError` for the error envelope, `WorksectionHTTPError` for any other HTTP status.
 */
export function connect(options: ConnectOptions): Client {
  const signer = new AdminSigner(options.apiKey, options.signing ?? 'hash', transportOf(options));
  return clientFor(options, (request) => signer.send(request));
}

/**
 * A client for the user-token actions (`me({ client })`) acting as the person whose access token
 * `tokens` holds; with `app` and a refresh token, an expired token is renewed and the call sent again.
 */
export function connectUser(options: ConnectUserOptions): Client {
  const holder = new TokenHolder(options, transportOf(options));
  return clientFor(options, (request) => holder.send(request));
}

function clientFor(address: AccountAddress, send: (request: Request) => Promise<Response>): Client {
  return createClient(
    createConfig({
      baseUrl: address.baseUrl ?? `https://${address.account}.worksection.com`,
      fetch: (input, init) => send(new Request(input, init)),
      throwOnError: true,
    }),
  );
}

function transportOf(options: TransportOptions): Transport {
  return {
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : options.timeoutMs,
  };
}
