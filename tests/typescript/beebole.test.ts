// The Beebole TypeScript client against the Beebole mock (started by tests/test_typescript_clients.py).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspect } from 'node:util';

import {
  BeeboleError,
  BeeboleHTTPError,
  BeeboleTransport,
  type Company,
  companyList,
  connect,
  type CustomFieldListOk,
  type GroupTreeOk,
  MAX_CALLS,
  type Project,
  projectCreate,
  projectGet,
  runServices,
  timeEntryCreate,
} from 'beebole-client';
import { silent, timedOut } from './support.js';

const baseUrl = process.env.BEEBOLE_BASE_URL ?? '';
const token = process.env.BEEBOLE_TOKEN ?? '';

interface Sent {
  url: string;
  authorization: string | null;
  contentType: string | null;
  body: Record<string, unknown>;
}

/** A fetch that records the URL, credentials and JSON body of every request it sends. */
function recording(): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push({
        url: request.url,
        authorization: request.headers.get('Authorization'),
        contentType: request.headers.get('Content-Type'),
        body: (await request.clone().json()) as Record<string, unknown>,
      });
      return fetch(request);
    },
  };
}

test('sends the token as Basic user name and names each service in the body', async () => {
  const { fetch, sent } = recording();
  const client = connect({ baseUrl, token, fetch });
  const { data } = await projectGet({ client, body: { id: 18 } });
  const project: Project = data.project;
  assert.equal(project.name, 'Website');
  const listed = await companyList({ client }); // a service that takes nothing but its name
  const companies: string[] = listed.data.companies.map((company: Company) => company.name);
  assert.ok(companies.includes('Acme Example'), companies.join());

  assert.deepEqual(
    sent.map((request) => request.body),
    [{ service: 'project.get', id: 18 }, { service: 'company.list' }],
  );
  for (const request of sent) {
    assert.equal(request.url, `${baseUrl}/api/v2`);
    assert.equal(request.authorization, `Basic ${btoa(`${token}:x`)}`);
    assert.equal(request.contentType, 'application/json');
  }
});

test('creates a project and logs time on it', async () => {
  const client = connect({ baseUrl, token });
  const created = await projectCreate({ client, body: { project: { name: 'Audit', company: { id: 2 } } } });
  const id = created.data.id;
  assert.equal(typeof id, 'number');
  const project = await projectGet({ client, body: { id: id! } });
  assert.equal(project.data.project.name, 'Audit');
  const logged = await timeEntryCreate({ client, body: { project: { id: id! }, date: '2024-06-03', hours: 1.5 } });
  assert.equal(logged.data.timeEntry.hours, 1.5);
  assert.equal(logged.data.timeEntry.status, 'd');
});

test('the error envelope, sent with HTTP 200, is thrown as a BeeboleError', async () => {
  const client = connect({ baseUrl, token });
  await assert.rejects(projectGet({ client, body: { id: 999_999 } }), (error: unknown) => {
    assert.ok(error instanceof BeeboleError);
    assert.ok(!(error instanceof BeeboleHTTPError));
    assert.equal(error.status, 200);
    assert.equal(error.service, 'project.get');
    assert.match(error.serviceMessage, /999999/);
    assert.equal(error.message, `Beebole error (project.get): ${error.serviceMessage}`);
    return true;
  });
});

test('another HTTP status is a BeeboleHTTPError with the service message', async () => {
  const client = connect({ baseUrl: `${baseUrl}/elsewhere`, token });
  await assert.rejects(projectGet({ client, body: { id: 18 } }), (error: unknown) => {
    assert.ok(error instanceof BeeboleHTTPError);
    assert.equal(error.status, 404);
    assert.equal(error.service, 'project.get');
    assert.equal(error.serviceMessage, 'no such API path: /elsewhere/api/v2');
    assert.equal(error.message, `Beebole error (project.get): HTTP 404: ${error.serviceMessage}`);
    return true;
  });
});

test('a wrong token is a typed error that never shows the token', async () => {
  const secret = 'not-the-token-4711';
  const credentials = btoa(`${secret}:x`);
  const client = connect({ baseUrl, token: secret });
  const hidden = (shown: string): void => {
    assert.ok(!shown.includes(secret) && !shown.includes(credentials), shown);
  };
  await assert.rejects(companyList({ client }), (error: unknown) => {
    assert.ok(error instanceof BeeboleError);
    assert.equal(error.status, 200);
    for (const shown of [error.message, String(error), JSON.stringify(error), error.stack ?? '', inspect(error)]) {
      hidden(shown);
    }
    return true;
  });
  const transport = new BeeboleTransport({ baseUrl, token: secret });
  for (const shown of [JSON.stringify(transport), inspect(transport), JSON.stringify(client), inspect(client)]) {
    hidden(shown);
  }
});

test('runs several services in one request, each answer in its place', async () => {
  const { fetch, sent } = recording();
  const client = connect({ baseUrl, token, fetch });
  const [tree, fields, missing] = await runServices(client, [
    { service: 'group.tree' },
    { service: 'custom_field.list' },
    { service: 'project.get', id: 999_999 },
  ]);
  assert.equal(sent.length, 1);
  assert.equal(sent[0]?.body.service, undefined);
  const groups = tree.parsed<GroupTreeOk>().groups.map((group) => group.name);
  assert.deepEqual(groups.sort(), ['Country', 'Department']);
  assert.ok(fields.parsed<CustomFieldListOk>().customFields.length >= 5);
  assert.equal(tree.error, null);
  assert.ok(missing.error instanceof BeeboleError);
  assert.equal(missing.error.service, 'project.get');
  assert.throws(() => missing.parsed(), BeeboleError);
});

test('a batch refused as a whole throws, and one too long is not sent', async () => {
  const { fetch, sent } = recording();
  const refused = connect({ baseUrl, token: 'not-the-token', fetch });
  await assert.rejects(runServices(refused, [{ service: 'group.tree' }]), BeeboleError);
  const calls = Array.from({ length: MAX_CALLS + 1 }, () => ({ service: 'group.tree' }));
  await assert.rejects(runServices(connect({ baseUrl, token, fetch }), calls), RangeError);
  await assert.rejects(runServices(connect({ baseUrl, token, fetch }), []), RangeError);
  assert.equal(sent.length, 1);
});

test('a request that gets no answer gives up after the timeout', async () => {
  const client = connect({ baseUrl, token, fetch: silent, timeoutMs: 50 });
  await assert.rejects(companyList({ client }), timedOut);
});
