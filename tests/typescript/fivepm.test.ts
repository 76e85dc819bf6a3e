// The 5pm TypeScript client against the 5pm mock (started by tests/test_typescript_clients.py).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  authenticationSignOut,
  connect,
  FivepmNotFound,
  FivepmUnauthorized,
  iterateItems,
  type Project,
  projectsAdd,
  projectsGetById,
  projectsGetList,
  projectsRemove,
  projectsUpdate,
} from 'fivepm-client';
import { recording, silent, timedOut } from './support.js';

const baseUrl = process.env.FIVEPM_BASE_URL ?? '';
const login = process.env.FIVEPM_LOGIN ?? '';
const password = process.env.FIVEPM_PASSWORD ?? '';


const urls = (sent: Request[]): URL[] => sent.map((request) => new URL(request.url));
const signIns = (sent: Request[]): number => urls(sent).filter((url) => url.pathname.endsWith('/signIn')).length;

test('signs in once, asks for JSON, and lists projects with their types', async () => {
  const { fetch, sent } = recording();
  const client = connect({ baseUrl, login, password, fetch });
  const first = await projectsGetList({ client });
  const again = await projectsGetList({ client, query: { offset: 0, count: 1 } });
  const names: string[] = (first.data.data.items.item ?? []).map((project: Project) => project.name ?? '');
  assert.ok(names.length > 0);
  assert.equal(again.data.data.items.item?.length, 1);
  assert.equal(signIns(sent), 1);
  for (const url of urls(sent).slice(1)) {
    assert.equal(url.searchParams.get('retType'), 'json');
    assert.ok(url.searchParams.get('sessionId'));
  }
});

test('creates, reads, changes and removes a project through bracket arguments', async () => {
  const client = connect({ baseUrl, login, password });
  const added = await projectsAdd({ client, query: { project: { name: 'Launch plan' } } });
  const id = Number(added.data.data.id);
  await projectsUpdate({ client, query: { project: { id, name: 'Launch plan, final' } } });
  const read = await projectsGetById({ client, query: { id } });
  assert.equal(read.data.data.name, 'Launch plan, final');
  await projectsRemove({ client, query: { id } });
  await assert.rejects(projectsGetById({ client, query: { id } }), (error: unknown) => {
    assert.ok(error instanceof FivepmNotFound);
    assert.equal(error.status, 404);
    return true;
  });
});

test('signs in again, once, when the session has expired', async () => {
  const { fetch, sent } = recording();
  const client = connect({ baseUrl, login, password, fetch });
  await projectsGetList({ client });
  await authenticationSignOut({ client });
  await projectsGetList({ client });
  assert.equal(signIns(sent), 2);

  let expire = false; // then the service forgets the session between two calls
  const forgetful: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (expire && url.searchParams.has('sessionId')) {
      expire = false;
      url.searchParams.set('sessionId', 'expired-session');
    }
    return globalThis.fetch(new Request(url, request));
  };
  const resilient = connect({ baseUrl, login, password, fetch: forgetful });
  await projectsGetList({ client: resilient });
  expire = true;
  const listed = await projectsGetList({ client: resilient });
  assert.ok(listed.data.data.total > 0);
  assert.equal(expire, false, 'the expired session was sent');
});

test('a wrong password is a typed error that never shows the password', async () => {
  const secret = 'not-the-password-4711';
  const client = connect({ baseUrl, login, password: secret });
  await assert.rejects(projectsGetList({ client }), (error: unknown) => {
    assert.ok(error instanceof FivepmUnauthorized);
    assert.equal(error.status, 401);
    for (const shown of [error.message, String(error), JSON.stringify(error), error.stack ?? '']) {
      assert.ok(!shown.includes(secret), shown);
    }
    return true;
  });
});

test('walks every project page by page', async () => {
  const client = connect({ baseUrl, login, password });
  const total = (await projectsGetList({ client })).data.data.total;
  const seen: Project[] = [];
  for await (const project of iterateItems((page) => projectsGetList({ client, query: page }), 1)) {
    seen.push(project);
  }
  assert.equal(seen.length, total);
  assert.equal(new Set(seen.map((project) => project.id)).size, total);
});

test('a request that gets no answer gives up after the timeout', async () => {
  const client = connect({ baseUrl, login, password, fetch: silent, timeoutMs: 50 });
  await assert.rejects(projectsGetList({ client }), timedOut);
});

test('a query that holds a question mark reaches the service whole', async () => {
  const { fetch, sent } = recording();
  const client = connect({ baseUrl, login, password, fetch });
  // The generated client encodes a `?` in a value; a query written by hand may not.
  const querySerializer = (): string => 'filter[name]=why?really';
  await projectsGetList({ client, query: { filter: { name: 'unused' } }, querySerializer });
  const listed = urls(sent).find((url) => url.pathname.endsWith('/getList'));
  assert.equal(listed?.searchParams.get('filter[name]'), 'why?really');
  assert.equal(listed?.searchParams.get('retType'), 'json');
});

test('a call the caller aborts stops with the caller\'s reason, even while it signs in', async () => {
  const client = connect({ baseUrl, login, password, fetch: silent, timeoutMs: null });
  const caller = new AbortController();
  const pending = projectsGetList({ client, signal: caller.signal });
  caller.abort(new Error('no longer needed'));
  await assert.rejects(pending, /no longer needed/);
});

test('throwOnError: false gives the typed error in the result, on either path', async () => {
  const client = connect({ baseUrl, login, password });
  const missing = await projectsGetById({ client, query: { id: 987654 }, throwOnError: false });
  assert.ok(missing.error instanceof FivepmNotFound);
  assert.equal(missing.response?.status, 404);
  // An interceptor sends the call through the generated client's own path; the session still applies.
  client.interceptors.request.use((request) => {
    request.headers.set('X-Trace', 'on');
    return request;
  });
  const again = await projectsGetById({ client, query: { id: 987654 }, throwOnError: false });
  assert.ok(again.error instanceof FivepmNotFound);
});

test('an interceptor sees the request the service gets, session and all', async () => {
  const { fetch, sent } = recording();
  const client = connect({ baseUrl, login, password, fetch });
  client.interceptors.request.use((request) => {
    request.headers.set('X-Trace', 'on');
    return request;
  });
  const listed = await projectsGetList({ client, query: { count: 1 } });
  assert.equal(listed.data.data.items.item?.length, 1);
  const request = sent.find((each) => new URL(each.url).pathname.endsWith('/getList'));
  assert.equal(request?.headers.get('X-Trace'), 'on');
  assert.equal(new URL(request?.url ?? '').searchParams.get('retType'), 'json');
  assert.ok(new URL(request?.url ?? '').searchParams.get('sessionId'));
});
