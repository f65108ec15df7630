import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { decodeHistory } from '../../api/audit/decode-history';
import { createDeclaration, declarationUrl, demo, fixture, Session } from '../support/api';
import { testDataConverter } from '../support/temporal';

type History = temporal.api.history.v1.IHistory;

/** Personal and medical data of this run: unique, so a find cannot come from another test. */
const marker = randomBytes(6).toString('hex');
const nationalNumber = '78.04.12-031.14';
const injury = `Open breuk van het linkerscheenbeen ${marker}`;
const witness = `Vandersmissen${marker}`;
const childName = `Zelda${marker}`;
const messageText = `Mijn dochter ligt nog in de psychiatrische afdeling ${marker}`;
const personal = [nationalNumber, injury, marker, witness, childName];

const workflowIds: Record<'declaration' | 'message' | 'change', string> = { declaration: '', message: '', change: '' };
let connection: Connection;
/** A Temporal client without the codec: what anyone with access to Temporal (or its database) gets. */
let rawClient: Client;
let auditor: Session;

const bytesOf = (history: History) => Buffer.from(temporal.api.history.v1.History.encode(history).finish());
const found = (bytes: Buffer) => personal.filter((text) => bytes.includes(text));

beforeAll(async () => {
  const [an, jan, handler] = await Promise.all([demo.an, demo.jan, demo.handler].map((email) => Session.login(email)));
  auditor = await Session.login(demo.auditor);
  connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS });
  rawClient = new Client({ connection, namespace: 'claims' });

  const data = structuredClone(fixture('workplace_accident').data);
  data.parties.insured[0].nationalNumber = nationalNumber;
  data.damage.nature = injury;
  data.parties.witnesses[0].lastName = witness;
  const declaration = await createDeclaration(an, 'workplace_accident', data);
  expect((await an.post(declarationUrl(an, declaration.id, 'submit'))).status).toBe(200);
  expect((await handler.post(`/api/backoffice/declarations/${declaration.id}/start-handling`)).status).toBe(200);
  workflowIds.declaration = declaration.workflowId;

  const fire = await createDeclaration(an, 'fire');
  const claim = (await an.post(declarationUrl(an, fire.id, 'submit'))).body;
  const form = new FormData();
  form.append('body', `${messageText} (${nationalNumber})`);
  const message = await an.request('POST', `/api/organisations/${an.activeOrganisationId}/claims/${claim.id}/messages`, form);
  expect(message.status).toBe(201);
  workflowIds.message = `message-${message.body.id}`;

  const register = `/api/organisations/${jan.activeOrganisationId}/hospitalisation`;
  const change = await jan.post(`${register}/changes`, {
    kind: 'add_family_member',
    data: { relation: 'child', person: { firstName: childName, lastName: 'Claes', birthDate: '2026-10-01', nationalNumber: '26.10.01-123.31' } },
  });
  expect(change.status).toBe(201);
  workflowIds.change = `hospitalisation-change-${change.body.id}`;
});
afterAll(() => connection?.close());

describe('what Temporal stores is sealed', () => {
  test.each(['declaration', 'message', 'change'] as const)('the raw %s history holds no personal data in any byte; with the codec it reads back', async (kind) => {
    const history = await rawClient.workflow.getHandle(workflowIds[kind]).fetchHistory();
    expect(found(bytesOf(history))).toEqual([]);
    const started = history.events![0].workflowExecutionStartedEventAttributes!.input!.payloads![0];
    expect(Buffer.from(started.metadata!.encoding!).toString()).toBe('binary/encrypted');

    const decoded = await decodeHistory(history, testDataConverter().payloadCodecs!);
    const expected = { declaration: [nationalNumber, injury, witness], message: [nationalNumber, messageText], change: [childName] }[kind];
    const plain = bytesOf(decoded);
    for (const text of expected) expect(plain.includes(text)).toBe(true);
  });

  test('workflow ids, search attributes and memos of declarations, messages and hospitalisation changes carry no personal data', async () => {
    for (const [kind, workflowId] of Object.entries(workflowIds)) {
      expect(workflowId).toMatch(/^(declaration|message|hospitalisation-change)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      const { raw } = await rawClient.workflow.getHandle(workflowId).describe();
      const info = raw.workflowExecutionInfo!;
      expect(found(Buffer.from(temporal.api.workflow.v1.WorkflowExecutionInfo.encode(info).finish()))).toEqual([]);
      const fields = info.searchAttributes?.indexedFields ?? {};
      if (kind === 'declaration') expect(Object.keys(fields)).toEqual(expect.arrayContaining(['OrganisationId', 'DeclarationType', 'DeclarationStatus']));
      const values = JSON.stringify(Object.entries(fields).map(([name, payload]) => [name, defaultPayloadConverter.fromPayload(payload)]));
      expect(values).not.toMatch(/Peeters|Claes|Vandersmissen|\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}/);
    }
  });

  test('the Temporal store on disk is its owner\'s only and holds no plaintext national register number or injury', () => {
    const folder = path.join(process.env.TEST_DATA_DIR!, 'temporal');
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(folder, 'temporal.db')).mode & 0o077).toBe(0);
    for (const file of fs.readdirSync(folder).filter((name) => name.startsWith('temporal.db'))) {
      expect([file, found(fs.readFileSync(path.join(folder, file)))]).toEqual([file, []]);
    }
  });
});

describe('the codec endpoint for the Temporal Web UI', () => {
  const sealedInput = async () => {
    const history = await rawClient.workflow.getHandle(workflowIds.declaration).fetchHistory();
    // The first save (an update) carries the declaration's data.
    const saved = history.events!.find((event) => event.workflowExecutionUpdateAcceptedEventAttributes)!;
    const payload = saved.workflowExecutionUpdateAcceptedEventAttributes!.acceptedRequest!.input!.args!.payloads![0];
    const base64 = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('base64');
    return { metadata: Object.fromEntries(Object.entries(payload.metadata!).map(([key, value]) => [key, base64(value)])), data: base64(payload.data) };
  };
  const plaintextOf = (payload: { metadata: Record<string, string>; data: string }) => Buffer.from(payload.data, 'base64').toString('utf8');

  test('an auditor and a senior handler read the payloads decoded', async () => {
    const sealed = await sealedInput();
    for (const reader of [auditor, await Session.login(demo.senior)]) {
      const reply = await reader.post('/api/codec/decode', { payloads: [sealed] }, { 'x-namespace': 'claims' });
      expect(reply.status).toBe(200);
      expect(Buffer.from(reply.body.payloads[0].metadata.encoding, 'base64').toString()).toBe('json/plain');
      expect(plaintextOf(reply.body.payloads[0])).toContain(injury);
    }
  });

  test('a customer, a handler and an anonymous caller get the ciphertext back unchanged', async () => {
    const sealed = await sealedInput();
    for (const caller of [await Session.login(demo.an), await Session.login(demo.handler), Session.anonymous()]) {
      const reply = await caller.post('/api/codec/decode', { payloads: [sealed] });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ payloads: [sealed] });
      expect(plaintextOf(reply.body.payloads[0])).not.toContain(marker);
    }
  });

  test('encode seals with the current key for the readers only', async () => {
    const plain = { metadata: { encoding: Buffer.from('json/plain').toString('base64') }, data: Buffer.from(JSON.stringify({ note: injury })).toString('base64') };
    const sealed = await auditor.post('/api/codec/encode', { payloads: [plain] });
    expect(sealed.status).toBe(200);
    expect(Buffer.from(sealed.body.payloads[0].metadata.encoding, 'base64').toString()).toBe('binary/encrypted');
    expect(plaintextOf(sealed.body.payloads[0])).not.toContain(marker);
    expect((await auditor.post('/api/codec/decode', sealed.body)).body).toEqual({ payloads: [plain] });
    expect((await (await Session.login(demo.an)).post('/api/codec/encode', { payloads: [plain] })).status).toBe(403);
    expect((await Session.anonymous().post('/api/codec/encode', { payloads: [plain] })).status).toBe(401);
    expect((await auditor.post('/api/codec/decode', { payloads: [{ data: 'not base64!' }] })).status).toBe(422);
    const damaged = { ...sealed.body.payloads[0], data: Buffer.from('not what was sealed').toString('base64') };
    const refused = await auditor.post('/api/codec/decode', { payloads: [plain, damaged] });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([{ path: 'payloads.1', code: 'api.codec.undecodable', params: {}, message: expect.stringContaining('cannot be decoded') }]);
  });

  test('the Web UI origin may call it with credentials (preflight included); another origin is not allowed', async () => {
    const found = await auditor.get(`/api/audit/workflows?pageSize=1`);
    const webUi = new URL(found.body.items[0].temporalWebUiUrl).origin;
    const preflight = await auditor.fetch('OPTIONS', '/api/codec/decode', undefined, {
      origin: webUi, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-namespace',
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(webUi);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-namespace');

    const sealed = await sealedInput();
    const fromUi = await auditor.fetch('POST', '/api/codec/decode', { payloads: [sealed] }, { origin: webUi, 'x-namespace': 'claims' });
    expect(fromUi.status).toBe(200);
    expect(fromUi.headers.get('access-control-allow-origin')).toBe(webUi);
    expect(plaintextOf((await fromUi.json()).payloads[0])).toContain(injury);

    const foreign = await auditor.fetch('OPTIONS', '/api/codec/decode', undefined, { origin: 'https://evil.example', 'access-control-request-method': 'POST' });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect((await auditor.fetch('POST', '/api/codec/decode', { payloads: [sealed] }, { origin: 'https://evil.example' })).status).toBe(403);
  });
});
