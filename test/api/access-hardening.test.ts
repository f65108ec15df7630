import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Client, Connection } from '@temporalio/client';
import express from 'express';
import type { Knex } from 'knex';
import { createApp } from '../../api/app';
import { securityHeaders } from '../../api/security/headers';
import { createDatabase } from '../../db/connection';
import { hashPassword } from '../../db/passwords';
import { loadConfig } from '../../runtime/config';
import { apiUrl, createDeclaration, declarationUrl, demo, Session } from '../support/api';
import { testDatabase } from '../support/database';

interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
}

/** A request with every header under the test's control (Host, Content-Length, Content-Encoding). */
function raw(method: string, url: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const json = (response.headers['content-type'] ?? '').includes('json') && text;
        resolve({ status: response.statusCode!, headers: response.headers, body: json ? JSON.parse(text) : text });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

const json = (value: unknown) => JSON.stringify(value);
const cookieOf = (reply: RawReply) => (reply.headers['set-cookie'] ?? [])[0]?.split(';')[0];
const tokenHashOf = (cookie: string) => createHash('sha256').update(cookie.split('=')[1]).digest('hex');
const login = (base: string, email: string, password: string, headers: Record<string, string> = {}) =>
  raw('POST', `${base}/api/auth/login`, { 'content-type': 'application/json', ...headers }, json({ email, password }));
const unique = (name: string) => `${name}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@access-hardening.example`;

let db: Knex;
let an: Session;
beforeAll(async () => {
  db = testDatabase();
  an = await Session.login(demo.an);
});
afterAll(() => db.destroy());

/** A customer of our own, so failed logins count against nobody the other tests log in as. */
async function newCustomer(password: string): Promise<string> {
  const email = unique('customer');
  await db('users').insert({ email, fullName: 'Throttle Test', passwordHash: await hashPassword(password), role: 'customer' });
  return email;
}

describe('cross-site requests with a valid session cookie are refused', () => {
  const evil = { origin: 'https://evil.example' };
  let submitted: { id: string };
  let draft: { id: string };
  let claim: { id: string };

  beforeAll(async () => {
    submitted = await createDeclaration(an, 'liability');
    await an.post(declarationUrl(an, submitted.id, 'submit'));
    draft = await createDeclaration(an, 'liability');
    const fire = await createDeclaration(an, 'fire');
    claim = (await an.post(declarationUrl(an, fire.id, 'submit'))).body;
  });

  const statusOf = async (id: string) => (await an.get(declarationUrl(an, id))).body.status;

  test('a form-encoded withdraw from another site: 403, the declaration stays submitted', async () => {
    const reply = await an.request('POST', declarationUrl(an, submitted.id, 'withdraw'), 'reason=evil', { ...evil, 'content-type': 'application/x-www-form-urlencoded' });
    expect(reply.status).toBe(403);
    expect(reply.body.error).toMatchObject({
      code: 'cross_site_request', key: 'api.request.crossSite', params: { origin: 'https://evil.example' },
      message: 'A request from https://evil.example may not change anything here: use the application itself.',
    });
    expect(await statusOf(submitted.id)).toBe('submitted');
  });

  test('a text/plain reopen from another site: 403, the declaration stays submitted', async () => {
    const reply = await an.request('POST', declarationUrl(an, submitted.id, 'reopen'), '{}', { ...evil, 'content-type': 'text/plain' });
    expect(reply.status).toBe(403);
    expect(await statusOf(submitted.id)).toBe('submitted');
  });

  test('a multipart message and an upload from another site: 403, nothing stored', async () => {
    const message = new FormData();
    message.append('body', 'Stuur het geld naar BE00 0000 0000 0000');
    const sent = await an.request('POST', `/api/organisations/${an.activeOrganisationId}/claims/${claim.id}/messages`, message, evil);
    expect(sent.status).toBe(403);
    expect(await db('messages').where({ declarationId: claim.id }).count({ n: '*' })).toEqual([{ n: '0' }]);

    const upload = new FormData();
    upload.append('kind', 'photo');
    upload.append('files', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))], { type: 'application/pdf' }), 'evil.pdf');
    const uploaded = await an.request('POST', declarationUrl(an, draft.id, 'attachments'), upload, evil);
    expect(uploaded.status).toBe(403);
    expect(await db('attachments').where({ declarationId: draft.id }).count({ n: '*' })).toEqual([{ n: '0' }]);
  });

  test('without Origin, a foreign Referer or an opaque origin ("null") is refused as well', async () => {
    const fromReferer = await an.request('POST', declarationUrl(an, submitted.id, 'withdraw'), {}, { referer: 'https://evil.example/win-a-prize' });
    expect(fromReferer.status).toBe(403);
    const opaque = await an.request('POST', declarationUrl(an, submitted.id, 'withdraw'), {}, { origin: 'null' });
    expect(opaque.status).toBe(403);
    expect(await statusOf(submitted.id)).toBe('submitted');
  });

  test("the application's own origin writes, and so does the dev UI on :5173 through its proxy (the Host it forwards)", async () => {
    const own = new URL(apiUrl()).origin;
    const switched = await an.request('POST', '/api/auth/organisation', { organisationId: an.activeOrganisationId }, { origin: own });
    expect(switched.status).toBe(200);
    const { port } = new URL(apiUrl());
    const viaDevUi = await raw('POST', `${apiUrl()}/api/auth/login`, { host: 'localhost:5173', origin: 'http://localhost:5173', 'content-type': 'application/json' }, json({ email: unique('nobody'), password: 'x' }));
    expect(viaDevUi.status).toBe(401); // reached the login, refused there
    const otherPort = await raw('POST', `${apiUrl()}/api/auth/login`, { origin: `http://127.0.0.1:${Number(port) + 1}`, 'content-type': 'application/json' }, json({ email: unique('nobody'), password: 'x' }));
    expect(otherPort.status).toBe(403);
  });
});

describe('a body is JSON where JSON is expected, and one that cannot be read is a 4xx', () => {
  const url = () => `${apiUrl()}/api/auth/login`;
  const credentials = () => json({ email: unique('nobody'), password: 'x' });

  test('JSON in latin1: 415 in the error format', async () => {
    const reply = await raw('POST', url(), { 'content-type': 'application/json; charset=latin1' }, credentials());
    expect(reply.status).toBe(415);
    expect(reply.body).toEqual({
      error: { code: 'unsupported_charset', key: 'api.body.charset', message: 'Send JSON in UTF-8 (Content-Type: application/json; charset=utf-8).', params: {}, details: { charset: 'latin1' } },
    });
  });

  test.each(['gzip', 'deflate', 'br'])('a body that is not valid %s: 400 malformed_content_encoding', async (encoding) => {
    const reply = await raw('POST', url(), { 'content-type': 'application/json', 'content-encoding': encoding }, 'this is not compressed at all');
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ code: 'malformed_content_encoding', message: `The request body could not be decompressed: it is not valid ${encoding}.` });
  });

  test('a gzip stream cut short: 400', async () => {
    const reply = await raw('POST', url(), { 'content-type': 'application/json', 'content-encoding': 'gzip' }, gzipSync(credentials()).subarray(0, 12));
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('malformed_content_encoding');
  });

  test('an encoding the server does not speak: 415; valid gzip is read', async () => {
    const unknown = await raw('POST', url(), { 'content-type': 'application/json', 'content-encoding': 'x-squash' }, credentials());
    expect(unknown.status).toBe(415);
    expect(unknown.body.error).toMatchObject({ code: 'unsupported_content_encoding', details: { encoding: 'x-squash' } });
    const gzipped = await raw('POST', url(), { 'content-type': 'application/json', 'content-encoding': 'gzip' }, gzipSync(credentials()));
    expect(gzipped.status).toBe(401); // read, then refused as wrong credentials
  });

  test('a form, text/plain or multipart body where JSON is expected: 415, before anything is done', async () => {
    const declaration = await createDeclaration(an, 'liability');
    await an.post(declarationUrl(an, declaration.id, 'submit'));
    const form = await an.request('POST', declarationUrl(an, declaration.id, 'withdraw'), 'reason=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(form.body.error).toEqual({
      code: 'unsupported_media_type', key: 'api.body.mediaType', message: 'Send the request body as application/json.',
      params: { expected: 'application/json' }, details: { expected: 'application/json' },
    });
    expect((await an.request('POST', declarationUrl(an, declaration.id, 'reopen'), '{}', { 'content-type': 'text/plain' })).status).toBe(415);
    const multipart = new FormData();
    multipart.append('reason', 'x');
    expect((await an.request('POST', declarationUrl(an, declaration.id, 'withdraw'), multipart)).status).toBe(415);
    expect((await an.get(declarationUrl(an, declaration.id))).body.status).toBe('submitted');
    // An action without options still needs no body at all.
    expect((await an.request('POST', declarationUrl(an, declaration.id, 'reopen'))).status).toBe(200);
  });

  test('an upload stays multipart: a form-encoded one is refused with 415 naming multipart', async () => {
    const draft = await createDeclaration(an, 'liability');
    const reply = await an.request('POST', declarationUrl(an, draft.id, 'attachments'), 'kind=photo', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(reply.status).toBe(415);
    expect(reply.body.error.details).toEqual({ expected: 'multipart/form-data' });
  });
});

describe('security headers', () => {
  test('the page and the API carry a script policy without inline script, no framing, nosniff and a referrer policy; no HSTS outside production', async () => {
    for (const path of ['/login', '/api/health']) {
      const reply = await raw('GET', `${apiUrl()}${path}`);
      const policy = String(reply.headers['content-security-policy']);
      expect(policy).toContain("script-src 'self';");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toMatch(/script-src[^;]*unsafe/);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['x-frame-options']).toBe('DENY');
      expect(reply.headers['referrer-policy']).toBe('same-origin');
      expect(reply.headers['strict-transport-security']).toBeUndefined();
    }
  });

  test("an inline PDF keeps only the framing rule: Chrome's PDF viewer is an <embed> with inline styles", async () => {
    const declaration = await createDeclaration(an, 'liability');
    const pdf = await an.fetch('GET', declarationUrl(an, declaration.id, 'summary.pdf'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('the built page has no inline script', async () => {
    const page = (await raw('GET', `${apiUrl()}/login`)).body as string;
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(([, attributes, content]) => !/\bsrc=/.test(attributes) || content.trim() !== '')).toEqual([]);
  });

  test('in production: HSTS and requests upgraded to HTTPS', async () => {
    const app = express().use(securityHeaders(true)).get('/', (_req, res) => res.send('ok'));
    const server = app.listen(0);
    try {
      const reply = await raw('GET', `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(reply.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(reply.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      server.close();
    }
  });

  test('the session cookie is HttpOnly and SameSite=Lax (Secure only in production)', async () => {
    const reply = await login(apiUrl(), demo.sofie, 'demo');
    const cookie = reply.headers['set-cookie']![0];
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });
});

describe('sessions', () => {
  test('login rotates the session id: the session the browser came with ends', async () => {
    const first = cookieOf(await login(apiUrl(), demo.sofie, 'demo'));
    const second = await login(apiUrl(), demo.sofie, 'demo', { cookie: first });
    const rotated = cookieOf(second);
    expect(rotated).toBeDefined();
    expect(rotated).not.toBe(first);
    expect((await raw('GET', `${apiUrl()}/api/auth/me`, { cookie: first })).status).toBe(401);
    expect((await raw('GET', `${apiUrl()}/api/auth/me`, { cookie: rotated })).status).toBe(200);
  });

  test('a session idle for longer than 30 minutes is over; one used within them slides on', async () => {
    const active = cookieOf(await login(apiUrl(), demo.sofie, 'demo'));
    const idle = cookieOf(await login(apiUrl(), demo.sofie, 'demo'));
    await db('sessions').where({ tokenHash: tokenHashOf(active) }).update({ lastSeenAt: db.raw("now() - interval '29 minutes'") });
    await db('sessions').where({ tokenHash: tokenHashOf(idle) }).update({ lastSeenAt: db.raw("now() - interval '31 minutes'") });

    expect((await raw('GET', `${apiUrl()}/api/auth/me`, { cookie: active })).status).toBe(200);
    const [{ idleSeconds }] = await db('sessions').where({ tokenHash: tokenHashOf(active) }).select(db.raw('extract(epoch from now() - last_seen_at) as idle_seconds'));
    expect(Number(idleSeconds)).toBeLessThan(60);

    expect((await raw('GET', `${apiUrl()}/api/auth/me`, { cookie: idle })).status).toBe(401);
    expect(await db('sessions').where({ tokenHash: tokenHashOf(idle) }).first()).toBeUndefined();
  });

  test('a session used all along still ends at its absolute maximum', async () => {
    const cookie = cookieOf(await login(apiUrl(), demo.sofie, 'demo'));
    const [{ hours }] = await db('sessions').where({ tokenHash: tokenHashOf(cookie) }).select(db.raw('round(extract(epoch from expires_at - created_at) / 3600) as hours'));
    expect(Number(hours)).toBe(8);
    await db('sessions').where({ tokenHash: tokenHashOf(cookie) }).update({ expiresAt: db.raw("now() - interval '1 second'") });
    expect((await raw('GET', `${apiUrl()}/api/auth/me`, { cookie })).status).toBe(401);
  });
});

describe('login throttling on the system under test (5 failures free per account)', () => {
  test('after 5 failures the next try waits 1 s, then 2 s: 429 with Retry-After, even with the right password', async () => {
    const email = await newCustomer('juist-wachtwoord');
    for (let failure = 1; failure <= 5; failure++) expect((await login(apiUrl(), email, 'fout')).status).toBe(401);
    const waiting = await login(apiUrl(), email, 'juist-wachtwoord');
    expect(waiting.status).toBe(429);
    expect(waiting.headers['retry-after']).toBe('1');
    expect(waiting.body.error).toEqual({
      code: 'too_many_login_attempts', key: 'api.login.throttled', message: 'Too many failed logins: wait 1 s before trying again.',
      params: { seconds: 1 }, details: { retryAfterSeconds: 1 },
    });

    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await login(apiUrl(), email, 'fout')).status).toBe(401);
    expect((await login(apiUrl(), email, 'juist-wachtwoord')).headers['retry-after']).toBe('2');
  });

  test('an unknown e-mail address is throttled like a known one', async () => {
    const email = unique('nobody');
    for (let failure = 1; failure <= 5; failure++) expect((await login(apiUrl(), email, 'fout')).status).toBe(401);
    expect((await login(apiUrl(), email, 'fout')).status).toBe(429);
  });

  test('a successful login clears the account counter', async () => {
    const email = await newCustomer('juist-wachtwoord');
    for (let failure = 1; failure <= 4; failure++) expect((await login(apiUrl(), email, 'fout')).status).toBe(401);
    expect((await login(apiUrl(), email, 'juist-wachtwoord')).status).toBe(200);
    for (let failure = 1; failure <= 5; failure++) expect((await login(apiUrl(), email, 'fout')).status).toBe(401);
  });

  test('an unknown e-mail address costs the same password hashing as a known one (median of 9 tries each, within a factor 2)', async () => {
    // Before: 1.6 ms against 25.8 ms (scrypt skipped). Medians of interleaved tries ignore a stray slow one;
    // the factor 2 leaves room for a loaded machine while a skipped scrypt (a factor > 10) cannot pass.
    const known = await Promise.all([1, 2, 3].map(() => newCustomer('juist-wachtwoord')));
    const timed = async (email: string) => {
      const started = process.hrtime.bigint();
      expect((await login(apiUrl(), email, 'fout')).status).toBe(401);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    await timed(unique('warm-up'));
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let round = 0; round < 9; round++) {
      knownTimes.push(await timed(known[round % 3]));
      unknownTimes.push(await timed(unique('nobody')));
    }
    const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    expect(median(unknownTimes)).toBeGreaterThan(median(knownTimes) / 2);
  });
});

describe('login throttling across API instances, per account and per address (instances configured strictly)', () => {
  const instances: { url: string; close: () => Promise<void> }[] = [];
  let connection: Connection;
  let knex: Knex;

  beforeAll(async () => {
    connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS });
    knex = createDatabase(process.env.TEST_DATABASE_URL!, { min: 0, max: 4 });
    const config = loadConfig({
      NODE_ENV: 'test', TRUST_PROXY: 'loopback', TEMPORAL_NAMESPACE: 'claims',
      LOGIN_FREE_FAILURES: '2', LOGIN_LOCK_AFTER: '3', LOGIN_ADDRESS_FREE_FAILURES: '3', LOGIN_ADDRESS_LOCK_AFTER: '50', LOGIN_LOCK_DURATION: '10 minutes',
    });
    for (let n = 0; n < 2; n++) {
      const server = createApp({ config, knex, client: new Client({ connection, namespace: 'claims' }) }).listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      instances.push({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) });
    }
  });
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    await knex.destroy();
    await connection.close();
  });

  const from = (address: string) => ({ 'x-forwarded-for': address });

  test('failures on one instance lock the account on the other; a lock holds even for the right password', async () => {
    const [a, b] = instances;
    const email = await newCustomer('juist-wachtwoord');
    const address = from('203.0.113.10');
    expect((await login(a.url, email, 'fout', address)).status).toBe(401);
    expect((await login(a.url, email, 'fout', address)).status).toBe(401);
    expect((await login(b.url, email, 'juist-wachtwoord', address)).status).toBe(429); // waits 1 s
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await login(b.url, email, 'fout', address)).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const locking = await login(a.url, email, 'fout', address);
    expect(locking.status).toBe(429); // after 3 failures: locked
    const locked = await login(b.url, email, 'juist-wachtwoord', address);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(590);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(600);
  });

  test('an address failing on many accounts waits, whatever account it tries next; another address does not', async () => {
    const [a, b] = instances;
    const address = from('203.0.113.20');
    for (let failure = 1; failure <= 3; failure++) expect((await login(a.url, unique('spray'), 'fout', address)).status).toBe(401);
    const next = await login(b.url, unique('spray'), 'fout', address);
    expect(next.status).toBe(429);
    expect(next.headers['retry-after']).toBe('1');
    expect((await login(b.url, unique('spray'), 'fout', from('203.0.113.21'))).status).toBe(401);
  });
});

describe('health', () => {
  test('says what is up, not how', async () => {
    const reply = await raw('GET', `${apiUrl()}/api/health`);
    expect(reply.body).toMatchObject({ status: 'ok', temporal: { ok: true }, database: { ok: true } });
  });

  test('says what is down without the error text (an API whose database does not answer)', async () => {
    const connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS });
    const unreachable = createDatabase('postgres://nobody@127.0.0.1:9/nothing', { min: 0, max: 1 });
    const server = createApp({ config: loadConfig({ NODE_ENV: 'test' }), knex: unreachable, client: new Client({ connection, namespace: 'claims' }) }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const reply = await raw('GET', `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/health`);
      expect(reply.status).toBe(503);
      expect(reply.body).toMatchObject({ status: 'degraded', temporal: { ok: true }, database: { ok: false } });
      expect(JSON.stringify(reply.body)).not.toMatch(/error|ECONNREFUSED|127\.0\.0\.1|nobody/i);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await unreachable.destroy();
      await connection.close();
    }
  });
});
