import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client, Connection, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, defaultPayloadConverter } from '@temporalio/common';
import { bundleWorkflowCode, NativeConnection, Worker, type WorkflowBundle } from '@temporalio/worker';
import { decodeHistory } from '../../api/audit/decode-history';
import { currentSchemaVersion, schemasAt } from '../../domain/declaration-schemas/versions';
import { submitProblems } from '../../domain/declaration-schemas';
import { changeSubmitProblems } from '../../domain/hospitalisation';
import { payloadDataConverter } from '../../runtime/codec/data-converter';
import { parsePayloadKeys } from '../../runtime/codec/payload-keys';
import { startDeclaration } from '../../workflows/declaration/client';
import { declarationWorkflowId, type DeclarationTiming, submitUpdate } from '../../workflows/declaration/definitions';
import { startChange } from '../../workflows/hospitalisation-change/client';
import { saveChangeUpdate } from '../../workflows/hospitalisation-change/definitions';
import { refusalDetailsOf, refusalTypes } from '../../workflows/refusals';
import { historiesPayloadKeys } from '../histories/payload-test-keys';
import { fixture } from '../support/api';
import { testDataConverter } from '../support/temporal';

/**
 * Handlers replay, validators do not. Here the schemas are tightened (in this test only: a stricter version is
 * published, the way a real tightening would be) and every recorded history must still replay, while a
 * declaration started now meets the stricter rules. This process (the starters, the problems functions) gets
 * the stricter version from jest.mock; the worker's bundle from the webpack hook below.
 */
jest.mock('../../domain/declaration-schemas/versions', () =>
  jest.requireActual('./stricter-version').withStricterVersion(jest.requireActual('../../domain/declaration-schemas/versions')));

const versionsModule = path.resolve(__dirname, '../../domain/declaration-schemas/versions');
const tightenedVersions = require.resolve('./tightened-versions');

/** The worker's workflows with the stricter version published: every import of versions.ts gets tightened-versions.ts. */
const tightenedBundle = () => bundleWorkflowCode({
  workflowsPath: require.resolve('../../workflows'),
  webpackConfigHook: (config) => ({
    ...config,
    plugins: [
      ...(config.plugins ?? []),
      // The bundler's own webpack (compiler.webpack): this project does not depend on webpack itself.
      { apply: (compiler) => new compiler.webpack.NormalModuleReplacementPlugin(/versions$/, (resource) => {
        const target = path.resolve(resource.context ?? '', resource.request);
        if (target === versionsModule && resource.contextInfo?.issuer !== tightenedVersions) resource.request = tightenedVersions;
      }).apply(compiler) },
    ],
  }),
});

let bundle: WorkflowBundle;
beforeAll(async () => {
  bundle = await tightenedBundle();
}, 120_000);

const recordedFolder = path.join(__dirname, '..', 'histories');
const recorded = fs.readdirSync(recordedFolder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json')).sort();

test('the stricter version refuses what the recorded declarations and changes were submitted with', () => {
  expect(currentSchemaVersion).toBe(2);
  const fire = fixture('fire').data;
  expect(submitProblems('fire', fire, schemasAt(1))).toEqual([]);
  expect(submitProblems('fire', fire)).toEqual([expect.objectContaining({ path: 'contact.preferredChannel' })]);
  const emailChange = { personId: randomUUID(), changes: { email: 'jan.claes@bakkerij-peeters.example' } };
  expect(changeSubmitProblems('update_person', emailChange, '2027-01-01', schemasAt(1).changes)).toEqual([]);
  expect(changeSubmitProblems('update_person', emailChange, '2027-01-01', schemasAt(2).changes)).toEqual([expect.objectContaining({ path: 'data.changes', code: 'zod.custom' })]);
});

test('every recorded history replays under the stricter schemas: handlers re-check only the version their execution pinned', async () => {
  const histories = recorded.map((file) => ({
    workflowId: file.replace('.json', ''), history: JSON.parse(fs.readFileSync(path.join(recordedFolder, file), 'utf8')),
  }));
  const outcomes: { workflowId: string; error?: string }[] = [];
  const dataConverter = payloadDataConverter(parsePayloadKeys(historiesPayloadKeys));
  for await (const result of Worker.runReplayHistories({ workflowBundle: bundle, dataConverter }, histories)) {
    outcomes.push({ workflowId: result.workflowId, ...(result.error ? { error: String(result.error) } : {}) });
  }
  expect(outcomes).toEqual(histories.map(({ workflowId }) => ({ workflowId })));
}, 180_000);

describe('a process started now', () => {
  const taskQueue = `schema-tightening-${randomUUID()}`;
  const customer = { userId: randomUUID(), name: 'An Peeters', role: 'customer' as const };
  const timing: DeclarationTiming = { draftReminderAfter: '1 day', draftExpiresAfter: '2 days' };
  let connection: Connection;
  let client: Client;
  let worker: Worker;
  let running: Promise<void>;
  const started: string[] = [];

  beforeAll(async () => {
    const dataConverter = testDataConverter();
    const address = process.env.TEST_TEMPORAL_ADDRESS;
    connection = await Connection.connect({ address });
    client = new Client({ connection, namespace: 'claims', dataConverter });
    // Only the projection is called before the refusals this test is after; it stores nothing here.
    const activities = { projectDeclaration: async () => undefined, projectHospitalisationChange: async () => undefined };
    worker = await Worker.create({
      connection: await NativeConnection.connect({ address }), namespace: 'claims', taskQueue, workflowBundle: bundle, activities, dataConverter,
    });
    running = worker.run();
  }, 120_000);
  afterAll(async () => {
    // Deleted, not only ended: they pinned a version the system's own worker does not know, so the auditor's bulk
    // replay of every closed workflow (test/api/audit-replay.test.ts) must not find them.
    await Promise.all(started.map((workflowId) =>
      client.workflowService.deleteWorkflowExecution({ namespace: 'claims', workflowExecution: { workflowId } })));
    // The server deletes in the background: wait until visibility no longer lists them.
    const listed = `WorkflowId IN (${started.map((workflowId) => `'${workflowId}'`).join(', ')})`;
    for (let attempt = 0; attempt < 50 && (await client.workflow.count(listed)).count > 0; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 200));
    worker?.shutdown();
    await running;
    await connection?.close();
  });

  const refusalOf = async (attempt: Promise<unknown>) => {
    const error = await attempt.then(() => undefined, (failure: unknown) => failure);
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (error as WorkflowUpdateFailedError).cause;
    expect(cause).toBeInstanceOf(ApplicationFailure);
    return { type: (cause as ApplicationFailure).type, problems: refusalDetailsOf(cause as ApplicationFailure).problems };
  };

  test('a declaration pins the stricter version, and its submit is refused what version 1 accepted', async () => {
    const declarationId = randomUUID();
    const draft = await startDeclaration(client, taskQueue,
      { declarationId, organisationId: randomUUID(), policyId: null, type: 'fire', createdBy: customer, timing },
      { actor: customer, data: fixture('fire').data, step: 5, version: 0 });
    started.push(draft.workflowId);
    const handle = client.workflow.getHandle(declarationWorkflowId(declarationId));
    const history = await decodeHistory(await handle.fetchHistory(), testDataConverter().payloadCodecs ?? []);
    const input = defaultPayloadConverter.fromPayload<{ schemaVersion?: number }>(history.events![0].workflowExecutionStartedEventAttributes!.input!.payloads![0]);
    expect(input.schemaVersion).toBe(2);
    expect(await refusalOf(handle.executeUpdate(submitUpdate, { args: [{ actor: customer, version: draft.version }] }))).toEqual({
      type: refusalTypes.validation, problems: [expect.objectContaining({ path: 'contact.preferredChannel' })],
    });
  });

  test('a hospitalisation change is refused the e-mail change version 1 accepted', async () => {
    const personId = randomUUID();
    const change = await startChange(client, taskQueue,
      { organisationId: randomUUID(), policyId: randomUUID(), kind: 'update_person', role: 'titularis', requestedBy: customer, timing },
      { actor: customer, data: { personId }, effectiveDate: '2027-01-01' });
    started.push(change.workflowId);
    const save = { actor: customer, data: { personId, changes: { email: 'an.peeters@bakkerij-peeters.example' } }, effectiveDate: '2027-01-01', version: change.version };
    expect(await refusalOf(client.workflow.getHandle(change.workflowId).executeUpdate(saveChangeUpdate, { args: [save] }))).toEqual({
      type: refusalTypes.validation, problems: [expect.objectContaining({ path: 'data.changes', code: 'zod.custom' })],
    });
  });
});
