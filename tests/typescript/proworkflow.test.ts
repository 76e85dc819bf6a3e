// The ProWorkflow TypeScript client against the ProWorkflow mock (started by
// tests/test_typescript_clients.py), and against injected answers for what the mock will not do on
// demand (429s, a service that never answers).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspect } from 'node:util';

import {
  type Company,
  companiesCreate,
  companiesDelete,
  companiesGet,
  companiesList,
  type Contact,
  contactsList,
  connect,
  filters,
  iterateItems,
  ProworkflowAuth,
  ProworkflowBadRequest,
  ProworkflowError,
  ProworkflowForbidden,
  ProworkflowNotFound,
  ProworkflowNotModified,
  ProworkflowRateLimited,
  ProworkflowUnauthorized,
} from 'proworkflow-client';
import { recording, silent, timedOut } from './support.js';

const baseUrl = process.env.PROWORKFLOW_BASE_URL ?? '';
const apiKey = process.env.PROWORKFLOW_APIKEY ?? '';
const username = process.env.PROWORKFLOW_USERNAME ?? '';
const password = process.env.PROWORKFLOW_PASSWORD ?? '';
const credentials = { baseUrl, apiKey, username, password };


/** A fetch that answers from `answer` (given the attempt's number, from 1) and counts attempts. */
function scripted(answer: (attempt: number, request: Request) => Response | Promise<Response>): {
  fetch: typeof fetch;
  attempts: () => number;
} {
  let count = 0;
  return {
    attempts: () => count,
    fetch: async (input, init) => {
      count += 1;
      return answer(count, new Request(input, init));
    },
  };
}

function rateLimited(headers: Record<string, string>): Response {
  const body = JSON.stringify({ status: 'Error', details: ['API rate limit exceeded'] });
  return new Response(body, { status: 429, headers: { 'content-type': 'application/json', ...headers } });
}

const ACME = { count: 1, status: 'Success', company: { id: 2, name: 'Acme Widgets' } };
const acme = (): Response => Response.json(ACME);

function basic(user: string, secret: string): string {
  return `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
}

test('sends the API key and Basic credentials on every call, and lists companies with their types', async () => {
  const { fetch, sent } = recording();
  const client = connect({ ...credentials, fetch });
  const { data } = await companiesList({
    client,
    query: { type: 'client', searchname: filters.excluding('test'), fields: filters.fields('name', 'type') },
  });
  const names: string[] = data.companies.map((company: Company) => company.name ?? '');
  assert.ok(names.includes('Acme Widgets'), names.join());
  assert.ok(data.companies.every((company) => company.type === 'client'));
  await companiesGet({ client, path: { companyid: data.companies[0].id } });
  assert.equal(sent.length, 2);
  for (const request of sent) {
    assert.equal(request.headers.get('apikey'), apiKey);
    assert.equal(request.headers.get('authorization'), basic(username, password));
    assert.ok(!request.url.includes(apiKey) && !request.url.includes(password), request.url);
  }
});

test('creates, reads and deletes a company; service errors are typed with their details', async () => {
  const client = connect(credentials);
  const created = await companiesCreate({ client, body: { name: 'Harbour Lights', type: 'client' } });
  const companyid = created.data.details[0].id;
  assert.equal((await companiesGet({ client, path: { companyid } })).data.company.name, 'Harbour Lights');
  await companiesDelete({ client, path: { companyid } });
  await assert.rejects(companiesGet({ client, path: { companyid } }), (error: unknown) => {
    assert.ok(error instanceof ProworkflowNotFound);
    assert.equal(error.status, 404);
    assert.deepEqual(error.details, [`Company ${companyid} not found`]);
    assert.equal(error.message, `ProWorkflow HTTP 404: Company ${companyid} not found`);
    return true;
  });
  await assert.rejects(companiesList({ client, query: { pagenumber: 1 } }), (error: unknown) => {
    assert.ok(error instanceof ProworkflowBadRequest && error instanceof ProworkflowError);
    assert.equal(error.status, 400);
    assert.match(error.details[0] ?? '', /pagesize and pagenumber/);
    return true;
  });
  const chloe = connect({ ...credentials, username: 'chloe', password: 'chloe-pass-3' });
  await assert.rejects(
    companiesCreate({ client: chloe, body: { name: 'Not allowed', type: 'client' } }),
    (error: unknown) => error instanceof ProworkflowForbidden && error.status === 403,
  );
});

test('a wrong password or API key is ProworkflowUnauthorized that shows neither', async () => {
  const secrets = { password: 'not-the-password-4711', apiKey: 'pwf-not-the-key-0815' };
  for (const wrong of [{ password: secrets.password }, { apiKey: secrets.apiKey }]) {
    const options = { ...credentials, ...wrong };
    const hidden = [options.password, options.apiKey, basic(options.username, options.password).slice(6)];
    const client = connect(options);
    await assert.rejects(companiesList({ client }), (error: unknown) => {
      assert.ok(error instanceof ProworkflowUnauthorized);
      assert.equal(error.status, 401);
      assert.deepEqual(error.details, []); // the service answers 401 with an empty body
      const shown = [error.message, String(error), JSON.stringify(error), error.stack ?? '', inspect(error)];
      for (const text of shown) for (const secret of hidden) assert.ok(!text.includes(secret), text);
      return true;
    });
    const own = [JSON.stringify(client.getConfig()), JSON.stringify(new ProworkflowAuth(options))];
    own.push(inspect(new ProworkflowAuth(options), { showHidden: true, depth: 5 }));
    for (const text of own) for (const secret of hidden) assert.ok(!text.includes(secret), text);
  }
});

test('waits out a 429 for x-ratelimit-reset seconds on a timer, then sends the request again', async () => {
  let ticks = 0;
  const ticking = setInterval(() => (ticks += 1), 20);
  const injected = scripted((attempt) => (attempt === 1 ? rateLimited({ 'x-ratelimit-reset': '0.3' }) : acme()));
  // The wait is not part of a request's time limit.
  const client = connect({ ...credentials, fetch: injected.fetch, timeoutMs: 100 });
  const started = performance.now();
  try {
    const { data } = await companiesGet({ client, path: { companyid: 2 } });
    assert.equal(data.company.name, 'Acme Widgets');
  } finally {
    clearInterval(ticking);
  }
  assert.equal(injected.attempts(), 2);
  assert.ok(performance.now() - started >= 290, 'the retry came before the window reset');
  assert.ok(ticks >= 5, `the event loop was blocked while waiting (${ticks} ticks)`);
});

test('a retried request is sent whole again, its body included', async () => {
  let limited = false;
  const once: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (!limited && request.method === 'POST') {
      limited = true;
      return rateLimited({ 'x-ratelimit-reset': '0' });
    }
    return fetch(request);
  };
  const client = connect({ ...credentials, fetch: once });
  const created = await companiesCreate({ client, body: { name: 'Second Attempt Ltd', type: 'contractor' } });
  assert.ok(limited);
  const read = await companiesGet({ client, path: { companyid: created.data.details[0].id } });
  assert.equal(read.data.company.name, 'Second Attempt Ltd');
  assert.equal(read.data.company.type, 'contractor');
});

test('waits at most 30 s, or Retry-After seconds, and retries a bounded number of times', async (context) => {
  context.mock.timers.enable({ apis: ['setTimeout'] });
  const waits: [Record<string, string>, number][] = [
    [{ 'x-ratelimit-reset': '3600' }, 30_000],
    [{}, 30_000],
    [{ 'retry-after': '2' }, 2_000],
  ];
  for (const [headers, expected] of waits) {
    const injected = scripted((attempt) => (attempt === 1 ? rateLimited(headers) : acme()));
    const call = companiesGet({ client: connect({ ...credentials, fetch: injected.fetch }), path: { companyid: 2 } });
    await settle();
    context.mock.timers.tick(expected - 1);
    await settle();
    assert.equal(injected.attempts(), 1, `retried before ${expected} ms (${JSON.stringify(headers)})`);
    context.mock.timers.tick(1);
    assert.equal((await call).data.company.id, 2);
    assert.equal(injected.attempts(), 2);
  }

  for (const maxRetries of [undefined, 0]) {
    const always = scripted(() => rateLimited({ 'x-ratelimit-reset': '0' }));
    const client = connect({ ...credentials, fetch: always.fetch, maxRetries });
    const call = assert.rejects(companiesGet({ client, path: { companyid: 2 } }), (error: unknown) => {
      assert.ok(error instanceof ProworkflowRateLimited);
      assert.equal(error.status, 429);
      assert.deepEqual(error.details, ['API rate limit exceeded']);
      return true;
    });
    for (let wait = 0; wait < 3; wait += 1) {
      await settle();
      context.mock.timers.tick(0);
    }
    await call;
    assert.equal(always.attempts(), (maxRetries ?? 3) + 1);
  }
});

/** Lets the client run until it waits on a timer (or is done). */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

test('walks every contact page by page', async () => {
  const { fetch, sent } = recording();
  const client = connect({ ...credentials, fetch });
  const total = (await contactsList({ client })).data.totalcount;
  const seen: Contact[] = [];
  const pages = iterateItems((page) => contactsList({ client, query: { ...page, fields: 'name' } }), 2);
  for await (const contact of pages) seen.push(contact);
  assert.equal(seen.length, total);
  assert.equal(new Set(seen.map((contact) => contact.id)).size, total);
  const asked = sent.slice(1).map((request) => new URL(request.url).searchParams);
  assert.deepEqual(
    asked.map((query) => [query.get('pagenumber'), query.get('pagesize')]),
    [['1', '2'], ['2', '2'], ['3', '2'], ['4', '2']],
  );
});

test('an answer to a matching If-None-Match is ProworkflowNotModified with the etag', async () => {
  const client = connect(credentials);
  const { response } = await companiesGet({ client, path: { companyid: 2 } });
  const etag = response.headers.get('etag');
  assert.ok(etag);
  const again = companiesGet({ client, path: { companyid: 2 }, headers: { 'If-None-Match': etag } });
  await assert.rejects(again, (error: unknown) => {
    assert.ok(error instanceof ProworkflowNotModified);
    assert.equal(error.status, 304);
    assert.equal(error.etag, etag);
    return true;
  });
});

test('filters spell the mini-language', async () => {
  assert.equal(filters.ids([1, 2, 3]), '1,2,3');
  assert.equal(filters.notIn([4, 5]), '!4,5');
  assert.equal(filters.gte(3000), 'gte3000');
  assert.equal(filters.lte(12.5), 'lte12.5');
  assert.equal(filters.on(new Date(2014, 0, 18)), '2014-01-18');
  assert.equal(filters.at(new Date(2014, 0, 18, 9, 5)), '2014-01-18T09:05');
  const relative = [filters.days(-3), filters.weeks(2), filters.months(0), filters.years(1)];
  assert.deepEqual(relative, ['-3d', '+2w', '+0m', '+1y']);
  assert.equal(filters.ago({ hours: 12 }), '12h');
  assert.equal(filters.ago({ minutes: 30 }), '30n');
  assert.equal(filters.apiFields({ 2: 'Europe', 3: 'Industrial' }), '2,Europe||3,Industrial');
  assert.throws(() => filters.ids([]), RangeError);
  assert.throws(() => filters.notIn([-1]), RangeError);
  assert.throws(() => filters.excluding('!x'), RangeError);
  assert.throws(() => filters.ago({ hours: 1, days: 1 }), RangeError);
  assert.throws(() => filters.apiFields({ 2: 'a|b' }), RangeError);

  const client = connect(credentials);
  const { data } = await contactsList({ client, query: { id: filters.ids([1, 2]), fields: filters.fields('name') } });
  assert.deepEqual(data.contacts.map((contact) => contact.id).sort(), [1, 2]);
});

test('a request that gets no answer gives up after the timeout', async () => {
  const client = connect({ ...credentials, fetch: silent, timeoutMs: 50 });
  await assert.rejects(companiesList({ client }), timedOut);
});
