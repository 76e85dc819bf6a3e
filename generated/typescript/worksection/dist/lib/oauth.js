// OAuth 2.0 for the user-token actions (`me` and the caller's own timer, at `/api/oauth2`), which act
// as one person of the account with that person's access token. A token lasts a day: when the service
// answers HTTP 401 "Access token is expired" and a refresh token and the app's credentials are known,
// a new pair is fetched from the refresh endpoint, handed to `onRefresh` (the old pair is void from
// then on, so the caller must store it) and the call sent again, once.
import { jsonObject, redacted, WorksectionError } from './errors.js';
import { actionRequest, checked, sendWithin } from './transport.js';
/** The vendor's refresh endpoint (on its central host, not the account's). */
export const REFRESH_URL = 'https://worksection.com/oauth2/refresh';
/** What the service's 401 says of an expired token (in any case). */
const EXPIRED_MARK = 'token is expired';
/** The refresh endpoint refused to renew the tokens (`error` is its OAuth error name). */
export class WorksectionOAuthError extends WorksectionError {
    error;
    constructor(status, error, description) {
        super(status, null, `token refresh refused: ${error ?? 'error'}: ${description}`);
        this.error = error;
    }
}
/** Sends the access token and renews it when it expires; the tokens and the app secret stay private. */
export class TokenHolder {
    refreshUrl;
    #tokens;
    #app;
    #onRefresh;
    #transport;
    #refreshing = null;
    constructor(options, transport) {
        this.#tokens = typeof options.tokens === 'string' ? { accessToken: options.tokens } : { ...options.tokens };
        this.#app = options.app;
        this.#onRefresh = options.onRefresh;
        this.refreshUrl = options.refreshUrl ?? REFRESH_URL;
        this.#transport = transport;
    }
    toJSON() {
        return { tokens: '<hidden>', refreshUrl: this.refreshUrl };
    }
    async send(request) {
        const call = await actionRequest(request);
        const sent = this.#tokens.accessToken;
        const refreshForm = this.#refreshForm();
        let response = await this.#authorised(call);
        if (refreshForm !== null && (await saysExpired(response))) {
            await this.#renew(sent, refreshForm, call.signal);
            response = await this.#authorised(call);
        }
        return checked(response, call.action, this.#secrets());
    }
    #authorised(call) {
        call.headers.set('Authorization', `Bearer ${this.#tokens.accessToken}`);
        return sendWithin(this.#transport, call);
    }
    /** What the refresh endpoint is sent; null without the app's credentials or a refresh token. */
    #refreshForm() {
        const refreshToken = this.#tokens.refreshToken;
        if (this.#app === undefined || !refreshToken)
            return null;
        const { clientId, clientSecret } = this.#app;
        return new URLSearchParams({
            client_id: clientId,
            client_secret: clientSecret,
            grant_type: 'refresh_token',
            refresh_token: refreshToken,
        });
    }
    /** One refresh for every call that found `expired` expired; a call that comes later finds it renewed. */
    async #renew(expired, form, signal) {
        if (this.#tokens.accessToken !== expired)
            return;
        this.#refreshing ??= this.#refresh(form, signal).finally(() => {
            this.#refreshing = null;
        });
        await this.#refreshing;
    }
    async #refresh(form, signal) {
        const renewal = {
            url: new URL(this.refreshUrl),
            action: null,
            method: 'POST',
            headers: new Headers({ 'Content-Type': 'application/x-www-form-urlencoded' }),
            body: form.toString(),
            signal,
        };
        this.#tokens = await this.#tokensOf(await sendWithin(this.#transport, renewal));
        this.#onRefresh?.({ ...this.#tokens });
    }
    /** The new tokens of a refresh answer; the endpoint reports its failures with HTTP 200 too. */
    async #tokensOf(renewal) {
        const answer = jsonObject(await renewal.text());
        const access = answer?.access_token;
        if (renewal.status !== 200 || answer === null || 'error' in answer || typeof access !== 'string' || !access) {
            const error = typeof answer?.error === 'string' ? answer.error : null;
            const description = String(answer?.errorDescription ?? answer?.message ?? `HTTP ${renewal.status}`);
            throw new WorksectionOAuthError(renewal.status, error, redacted(description, this.#secrets()));
        }
        const refresh = answer.refresh_token;
        const expiresIn = answer.expires_in;
        return {
            accessToken: access,
            refreshToken: typeof refresh === 'string' ? refresh : null,
            expiresAt: typeof expiresIn === 'number' ? Date.now() / 1000 + expiresIn : null,
        };
    }
    #secrets() {
        return [this.#tokens.accessToken, this.#tokens.refreshToken ?? '', this.#app?.clientSecret ?? ''];
    }
}
/** Whether a 401 says the token expired (rather than that it is wrong). */
async function saysExpired(response) {
    if (response.status !== 401)
        return false;
    const body = jsonObject(await response.clone().text());
    const reason = `${String(body?.errorDescription ?? '')} ${String(body?.message ?? '')}`;
    return reason.toLowerCase().includes(EXPIRED_MARK);
}
