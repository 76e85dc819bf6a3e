// Worksection's two ways of signing an admin call with the account's API key:
// - the documented `hash` query parameter: the hex md5 of the query string exactly as sent (without
//   `hash`), followed by the API key; `hash` goes last. A request body is not covered.
// - `Authorization: Admin <unix time>_<hex HMAC-SHA256 of "<action>:<unix time>", keyed with the API key>`,
//   the header of the vendor's 2026 clients.
// Either one can be replayed for a while, so neither, nor the key, appears in an error or in JSON.

import { createHash, createHmac } from 'node:crypto';

import { type ActionRequest, actionRequest, checked, type Transport, sendWithin } from './transport.js';

/** Which signature `connect` puts on each call. */
export type Signing = 'hash' | 'hmac';

/** The `hash` value for a query string (as sent, without `hash`). */
export function queryHash(query: string, apiKey: string): string {
  return createHash('md5').update(query + apiKey, 'utf8').digest('hex');
}

/** The `Authorization` value that signs `action` at `unixTime` (whole seconds). */
export function adminAuthorization(action: string, apiKey: string, unixTime: number): string {
  const signature = createHmac('sha256', apiKey).update(`${action}:${unixTime}`, 'utf8').digest('hex');
  return `Admin ${unixTime}_${signature}`;
}

/** Signs each call with the API key, which it keeps private and out of every message it makes. */
export class AdminSigner {
  readonly signing: Signing;
  readonly #apiKey: string;
  readonly #transport: Transport;

  constructor(apiKey: string, signing: Signing, transport: Transport) {
    this.#apiKey = apiKey;
    this.signing = signing;
    this.#transport = transport;
  }

  toJSON(): object {
    return { signing: this.signing, apiKey: '<hidden>' };
  }

  async send(request: Request): Promise<Response> {
    const call = await actionRequest(request);
    const { url, signature } = this.signing === 'hash' ? this.#withHash(call.url) : this.#withHeader(call);
    const response = await sendWithin(this.#transport, call, url);
    return checked(response, call.action, [this.#apiKey, signature]);
  }

  /** `hash` appended to the query as the URL holds it, never re-encoded: the md5 covers those bytes. */
  #withHash(url: URL): { url: URL; signature: string } {
    const query = url.search.slice(1);
    const signature = queryHash(query, this.#apiKey);
    const signed = new URL(`${url.origin}${url.pathname}?${query ? `${query}&` : ''}hash=${signature}`);
    return { url: signed, signature };
  }

  #withHeader(call: ActionRequest): { url: URL; signature: string } {
    const signature = adminAuthorization(call.action ?? '', this.#apiKey, Math.floor(Date.now() / 1000));
    call.headers.set('Authorization', signature);
    return { url: call.url, signature };
  }
}
