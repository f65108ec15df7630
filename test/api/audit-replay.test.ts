import fs from 'node:fs';
import path from 'node:path';
import { Replayer, ReplayOutcome, summarise } from '../../api/audit/replayer';
import { EncryptionCodec } from '../../runtime/codec/encryption-codec';
import { parsePayloadKeys } from '../../runtime/codec/payload-keys';
import { historiesPayloadKeys } from '../histories/payload-test-keys';
import { createDeclaration, declarationUrl, demo, Session } from '../support/api';
import { eventually } from '../support/eventually';

const recorded = (file: string) => JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'histories', file), 'utf8'));

test('a bulk replay of the closed declarations reports them all deterministic', async () => {
  const [an, handler, auditor] = await Promise.all([demo.an, demo.handler, demo.auditor].map((email) => Session.login(email)));
  const declaration = await createDeclaration(an, 'liability');
  await an.post(declarationUrl(an, declaration.id, 'submit'));
  await handler.post(`/api/backoffice/declarations/${declaration.id}/start-handling`);
  await handler.post(`/api/backoffice/declarations/${declaration.id}/decision`, { decision: 'refuse', reason: 'Buiten de dekking' });
  await eventually(async () => {
    const closed = await auditor.get(`/api/audit/workflows?type=declarationWorkflow&status=completed&organisationId=${an.activeOrganisationId}&pageSize=200`);
    expect(closed.body.items.map((item: { workflowId: string }) => item.workflowId)).toContain(declaration.workflowId);
  });

  const reply = await auditor.post('/api/audit/replay', { type: 'declarationWorkflow' });
  expect(reply.status).toBe(200);
  expect(reply.body).toMatchObject({ type: 'declarationWorkflow', nondeterministic: [], failed: [], limit: 500 });
  expect(reply.body.total).toBeGreaterThanOrEqual(1);
  expect(reply.body.deterministic).toBe(reply.body.total);
}, 120_000);

test('a bulk replay of every type, without a body, covers all closed workflows', async () => {
  const auditor = await Session.login(demo.auditor);
  const reply = await auditor.post('/api/audit/replay');
  expect(reply.status).toBe(200);
  expect(reply.body).toMatchObject({ type: null, nondeterministic: [], failed: [], truncated: false });
  expect((await auditor.post('/api/audit/replay', { type: "x' OR 1=1" })).status).toBe(422);
}, 120_000);

describe('a history the current code would not produce', () => {
  const replayer = new Replayer([new EncryptionCodec(parsePayloadKeys(historiesPayloadKeys))]);
  const history = recorded('2026-11-22-messages/declaration-refused.json');
  // The recorded run opened a claim; pretend it had run another activity in that place.
  const altered = structuredClone(history);
  const scheduled = altered.events.find((event: any) => event.activityTaskScheduledEventAttributes?.activityType?.name === 'openClaim');
  scheduled.activityTaskScheduledEventAttributes.activityType.name = 'payOutClaim';

  test('is reported non-deterministic, naming the mismatch, instead of crashing the replay', async () => {
    const result = await replayer.replayJson('declaration-altered', altered);
    expect(result).toMatchObject({ workflowId: 'declaration-altered', deterministic: false });
    expect(result.error).toContain("'payOutClaim' does not match activity type of activity command 'openClaim'");
  }, 120_000);

  test('is singled out in a bulk replay, while the genuine history replays the same', async () => {
    const outcomes: ReplayOutcome[] = [];
    for await (const outcome of replayer.replayManyJson([{ workflowId: 'declaration-genuine', json: history }, { workflowId: 'declaration-altered', json: altered }])) {
      outcomes.push(outcome);
    }
    const summary = summarise(outcomes);
    expect(summary).toMatchObject({ total: 2, deterministic: 1, failed: [], nondeterministic: [{ workflowId: 'declaration-altered', error: expect.stringContaining('Nondeterminism') }] });
  }, 120_000);
});
