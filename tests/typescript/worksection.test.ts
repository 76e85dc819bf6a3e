// The Worksection TypeScript client against the Worksection mock (started by tests/test_typescript_clients.py).
import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { test } from 'node:test';

import {
  connect,
  connectUser,
  getComments,
  getProject,
  getProjects,
  getTask,
  me,
  postComment,
  type Project,
  postTaskJson,
  type Tokens,
  WorksectionError,
  WorksectionHTTPError,
  WorksectionOAuthError,
} from 'worksection-client';
import { recording, silent, timedOut } from './support.js';

const baseUrl = process.env.WORKSECTION_BASE_URL ?? '';
const apiKey = process.env.WORKSECTION_API_KEY ?? '';
const accessToken = process.env.WORKSECTION_ACCESS_TOKEN ?? '';


/** Every way an error can be shown, to look for secrets in. */
function shown(error: Error): string[] {
  return [error.message, String(error), JSON.stringify(error), error.stack ?? ''];
}

test('signs each call with the md5 of its query as sent, names the action, and lists typed projects', async () => {
  const { fetch, sent } = recording();
  const client = connect({ baseUrl, apiKey, fetch });
  const active = await getProjects({ client, query: { filter: 'active', extra: 'users' } });
  const names: string[] = active.data.data.map((project: Project) => project.name);
  assert.deepEqual(names, ['Website redesign', 'Mobile app beta']);

  const url = new URL(sent[0]!.url);
  assert.equal(url.pathname, '/api/admin/v2/');
  assert.equal(url.hash, '');
  const query = url.search.slice(1);
  const [signed, hash] = query.split('&hash=');
  assert.equal(signed, 'action=get_projects&filter=active&extra=users');
  assert.equal(hash, createHash('md5').update(signed + apiKey).digest('hex'));
  assert.ok(!sent[0]!.url.includes(apiKey) && !sent[0]!.headers.has('Authorization'));
});

test('the hash covers brackets, spaces and non-ASCII text exactly as they go on the wire', async () => {
  const { fetch, sent } = recording();
  const client = connect({ baseUrl, apiKey, fetch });
  const text = 'Größe & Preis: 50 % "final"?';
  await postComment({ client, query: { id_task: '3101', text, 'todo[]': ['Check legal', 'Ship it'] } });
  const comments = await getComments({ client, query: { id_task: '3101' } });
  assert.ok(comments.data.data.some((comment) => comment.text.includes('Größe & Preis')));
  assert.equal(new URL(sent[0]!.url).searchParams.getAll('todo[]').length, 2);
});

test('signs with the Authorization: Admin HMAC header when asked, and sends JSON bodies', async () => {
  const { fetch, sent } = recording();
  const client = connect({ baseUrl, apiKey, signing: 'hmac', fetch });
  const created = await postTaskJson({ client, body: { id_project: 2101, title: 'Cookie banner' } });
  const task = await getTask({ client, query: { id_task: created.data.data.id } });
  assert.equal(task.data.data.name, 'Cookie banner');

  const header = sent[0]!.headers.get('Authorization') ?? '';
  const [, time, signature] = /^Admin (\d+)_([0-9a-f]{64})$/.exec(header) ?? [];
  assert.equal(signature, createHmac('sha256', apiKey).update(`post_task:${time}`).digest('hex'));
  assert.equal(new URL(sent[0]!.url).search, '?action=post_task');
  assert.equal(sent[0]!.method, 'POST');
});

test('the error envelope, sent with HTTP 200, is thrown as a typed error', async () => {
  const client = connect({ baseUrl, apiKey });
  await assert.rejects(getProject({ client, query: { id_project: '999999' } }), (error: unknown) => {
    assert.ok(error instanceof WorksectionError && !(error instanceof WorksectionHTTPError));
    assert.equal(error.status, 200);
    assert.equal(error.code, 4);
    assert.equal(error.action, 'get_project');
    assert.match(error.message, /Project is invalid/);
    return true;
  });
});

test('a wrong API key is refused with code 2, and neither key nor signature shows anywhere', async () => {
  const secret = 'not-the-api-key-4711';
  const { fetch, sent } = recording();
  for (const signing of ['hash', 'hmac'] as const) {
    const client = connect({ baseUrl, apiKey: secret, signing, fetch });
    await assert.rejects(getProjects({ client }), (error: unknown) => {
      assert.ok(error instanceof WorksectionError);
      assert.equal(error.code, 2);
      const request = sent.at(-1)!;
      const signature = new URL(request.url).searchParams.get('hash') ?? request.headers.get('Authorization') ?? '';
      assert.ok(signature.length > 30, signature);
      for (const text of [...shown(error), JSON.stringify(client), JSON.stringify(client.getConfig())]) {
        assert.ok(!text.includes(secret) && !text.includes(signature), text);
      }
      return true;
    });
  }
});

test('a service message that echoes the request shows neither key nor signature', async () => {
  let signature = '';
  const echoing: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    signature = new URL(request.url).searchParams.get('hash') ?? '';
    const message = `Invalid value in ${request.url} (key ${apiKey})`;
    return Response.json({ status: 'error', status_code: 11, message, message_details: message });
  };
  const client = connect({ baseUrl, apiKey, fetch: echoing });
  await assert.rejects(getProjects({ client }), (error: unknown) => {
    assert.ok(error instanceof WorksectionError);
    assert.equal(error.code, 11);
    assert.match(error.message, /Invalid value in .*action=get_projects/);
    for (const text of [...shown(error), String(error.details)]) {
      assert.ok(signature && !text.includes(signature) && !text.includes(apiKey), text);
    }
    return true;
  });
});

test('an answer other than HTTP 200 (414 for an overlong URL) is a WorksectionHTTPError', async () => {
  const client = connect({ baseUrl, apiKey });
  const overlong = postComment({ client, query: { id_task: '3101', text: 'x'.repeat(9000) } });
  await assert.rejects(overlong, (error: unknown) => {
    assert.ok(error instanceof WorksectionHTTPError);
    assert.equal(error.status, 414);
    assert.equal(error.code, null);
    assert.equal(error.action, 'post_comment');
    return true;
  });
});

test('user-token actions send the access token; an expired one is renewed once and handed over', async () => {
  const refreshUrl = 'http://refresh.invalid/oauth2/refresh';
  const expired = 'expired-access-token-0815';
  const forms: URLSearchParams[] = [];
  let bearers: string[] = [];
  const service: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.url === refreshUrl) {
      forms.push(new URLSearchParams(await request.text()));
      return Response.json({ access_token: accessToken, refresh_token: 'refresh-2', expires_in: 86400 });
    }
    bearers.push(request.headers.get('Authorization') ?? '');
    if (request.headers.get('Authorization') === `Bearer ${expired}`) {
      return Response.json({ status: 'error', message: 'Access token is expired' }, { status: 401 });
    }
    return fetch(request);
  };
  const stored: Tokens[] = [];
  const tokens = { accessToken: expired, refreshToken: 'refresh-1' };
  const app = { clientId: 'app-1', clientSecret: 'app-secret-1234' };
  const onRefresh = (fresh: Tokens): void => void stored.push(fresh);
  const client = connectUser({ baseUrl, tokens, app, refreshUrl, onRefresh, fetch: service });
  const profile = await me({ client });
  assert.equal(profile.data.data.name, 'Olivia Brandt');
  assert.deepEqual(bearers, [`Bearer ${expired}`, `Bearer ${accessToken}`]);
  assert.equal(forms.length, 1);
  assert.equal(forms[0]!.get('refresh_token'), 'refresh-1');
  assert.equal(forms[0]!.get('client_secret'), 'app-secret-1234');
  assert.equal(stored[0]?.refreshToken, 'refresh-2');
  assert.ok(!JSON.stringify(client.getConfig()).includes(accessToken));

  bearers = [];
  const stuck = connectUser({ baseUrl, tokens: expired, fetch: service }); // nothing to renew it with
  await assert.rejects(me({ client: stuck }), (error: unknown) => {
    assert.ok(error instanceof WorksectionHTTPError);
    assert.equal(error.status, 401);
    for (const text of shown(error)) assert.ok(!text.includes(expired), text);
    return true;
  });
  assert.equal(bearers.length, 1);
});

test('a refused token refresh is a WorksectionOAuthError that shows none of the secrets', async () => {
  const refreshUrl = 'http://refresh.invalid/oauth2/refresh';
  const secrets = ['expired-access-token-0815', 'refresh-token-0815', 'app-secret-0815'];
  const service: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.url === refreshUrl) {
      const description = `refresh token is invalid: ${await request.text()}`; // as if it echoed the form
      return Response.json({ error: 'invalid_grant', errorDescription: description });
    }
    return Response.json({ status: 'error', message: 'Access token is expired' }, { status: 401 });
  };
  const tokens = { accessToken: secrets[0]!, refreshToken: secrets[1]! };
  const app = { clientId: 'app-1', clientSecret: secrets[2]! };
  const client = connectUser({ baseUrl, tokens, app, refreshUrl, fetch: service });
  await assert.rejects(me({ client }), (error: unknown) => {
    assert.ok(error instanceof WorksectionOAuthError);
    assert.equal(error.error, 'invalid_grant');
    assert.match(error.message, /refresh token is invalid/);
    for (const text of shown(error)) assert.ok(!secrets.some((secret) => text.includes(secret)), text);
    return true;
  });
});

test('a request that gets no answer gives up after the timeout', async () => {
  const client = connect({ baseUrl, apiKey, fetch: silent, timeoutMs: 50 });
  await assert.rejects(getProjects({ client }), timedOut);
});
