import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { createDatabase } from '../../db/connection';
import { isRunning } from '../../runtime/supervisor-processes';
import { declarationFixture, HttpSession } from '../../scripts/support/http-session';
import { spawnSystem, stopSystem, type SystemProcess } from '../../scripts/support/system-process';
import { eventually, sleep } from '../support/chaos';
import { clusterPid } from '../support/cluster';

/**
 * Two worker processes share the task queue; one is killed (SIGKILL) in the middle of a burst of 100 fire
 * declarations. The other takes over and the start command restarts the dead one: every declaration is
 * opened with a claim number, none twice, and every mail goes out once.
 */
jest.setTimeout(300_000);

const BURST = 100;
/** Customers arrive this far apart: the kill finds declarations at every step. */
const ARRIVAL_MS = 40;
/** Accepted creates after which worker 1 is killed. */
const KILL_AFTER_CREATES = 25;

let system: SystemProcess;
let db: Knex;

beforeAll(async () => {
  system = await spawnSystem({ NODE_ENV: 'test' }, { cluster: true });
  db = createDatabase(system.databaseUrl, { min: 0, max: 2 });
});

afterAll(async () => {
  await db?.destroy();
  if (system) await stopSystem(system);
});

interface Outcome {
  id: string;
  claimNumber: string;
  /** Requests that failed (the dead worker's tasks) and were sent again with the same Idempotency-Key. */
  retries: number;
}

/**
 * One customer's fire declaration, as the UI sends it: create and submit, each with its Idempotency-Key,
 * sent again while the answer is an error, until the claim number comes.
 */
async function declare(session: HttpSession, data: Record<string, unknown>, onCreated: () => void): Promise<Outcome> {
  const base = `/api/organisations/${session.activeOrganisationId}/declarations`;
  const [createKey, submitKey] = [randomUUID(), randomUUID()];
  let retries = -2; // the first create and the first submit are no retries
  const attempt = async (send: () => Promise<{ status: number; body: any }>, accept: number[]) => eventually('an answer', async () => {
    retries += 1;
    const reply = await send().catch((error: Error) => ({ status: 0, body: error.message }));
    if (!accept.includes(reply.status)) throw new Error(`${reply.status} ${JSON.stringify(reply.body)}`);
    return reply;
  }, 120_000);

  const created = await attempt(() => session.post(base, { type: 'fire', data }, { 'Idempotency-Key': createKey }), [200, 201]);
  onCreated();
  const id: string = created.body.id;
  if (!created.body.data?.event) throw new Error(`create answered ${created.status} after ${retries} retries without the data: ${JSON.stringify({ ...created.body, history: created.body.history?.map((h: { action: string }) => h.action) })}`);
  const submitted = await attempt(() => session.post(`${base}/${id}/submit`, {}, { 'Idempotency-Key': submitKey }), [200]);
  if (!submitted.body.claimNumber) throw new Error(`${id} was submitted but not opened: ${submitted.body.status}`);
  return { id, claimNumber: submitted.body.claimNumber, retries };
}

/** The mails of these declarations: sent according to the outbox, and how often each reached the mail server. */
async function mailsOf(ids: string[]) {
  const outbox: { declarationId: string; dedupeKey: string; messageId: string; sentAt: Date | null }[] = await db('outboundMails').whereIn('declarationId', ids)
    .select('declarationId', 'dedupeKey', 'messageId', 'sentAt');
  const delivered: { messageId: string; n: string }[] = await db('devMails').whereIn('messageId', outbox.map((mail) => mail.messageId))
    .groupBy('messageId').select('messageId').count({ n: '*' });
  return { outbox, delivered: new Map(delivered.map((row) => [row.messageId, Number(row.n)])) };
}

const systemLog = () => fs.readFileSync(path.join(system.dataDir, 'system.log'), 'utf8');

test('a worker killed during a burst of 100 declarations: each is opened once, with its mails sent once', async () => {
  const an = await HttpSession.login(system.apiUrl, 'an.peeters@bakkerij-peeters.example');
  const { data } = declarationFixture('fire');

  // One declaration before the burst: a fire declaration opened at once sends its confirmation and the claim's opening,
  // one after the other (the outbox has the second only once the first is sent).
  const reference = await declare(an, data, () => undefined);
  const referenceMails = await eventually('the reference mails', async () => {
    const { outbox } = await mailsOf([reference.id]);
    const templates = outbox.map((mail) => mail.dedupeKey.split(':')[0]).sort();
    if (templates.join() !== 'claim-opened,declaration-submitted' || outbox.some((mail) => !mail.sentAt)) {
      throw new Error(`${outbox.length} mails (${templates.join()}), not both sent`);
    }
    return outbox.length;
  });

  const victim = clusterPid(system, 'worker-1');
  const survivor = clusterPid(system, 'worker-2');
  let created = 0;
  let killedAt = 0;
  const burstStart = Date.now();
  const onCreated = () => {
    created += 1;
    if (killedAt || created < KILL_AFTER_CREATES) return;
    killedAt = Date.now();
    process.kill(victim, 'SIGKILL');
  };
  const outcomes = await Promise.all(Array.from({ length: BURST }, async (_, i) => {
    await sleep(i * ARRIVAL_MS);
    return declare(an, data, onCreated);
  }));
  const burstMs = Date.now() - burstStart;
  expect(killedAt).toBeGreaterThan(0);
  expect(isRunning(victim)).toBe(false);
  expect(isRunning(survivor)).toBe(true);

  // Every declaration opened, once: one row each (no retry made a second), one claim each, no claim number twice.
  const ids = outcomes.map((outcome) => outcome.id);
  expect(new Set(ids).size).toBe(BURST);
  const rows = await db('declarations').where({ organisationId: an.activeOrganisationId }).andWhere('createdAt', '>=', new Date(burstStart)).select('id', 'status', 'claimNumber');
  expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
  expect(rows.every((row) => row.status === 'in_handling')).toBe(true);
  const claims = await db('claims').whereIn('declarationId', ids).select('declarationId', 'claimNumber');
  expect(claims).toHaveLength(BURST);
  expect(new Set(claims.map((claim) => claim.claimNumber)).size).toBe(BURST);
  const answered = new Map(outcomes.map((outcome) => [outcome.id, outcome.claimNumber]));
  expect(claims.every((claim) => answered.get(claim.declarationId) === claim.claimNumber)).toBe(true);

  // Every mail sent, and each reached the mail server once.
  const { outbox, delivered } = await eventually('every mail sent', async () => {
    const mails = await mailsOf(ids);
    const unsent = mails.outbox.filter((mail) => !mail.sentAt || !mails.delivered.has(mail.messageId));
    if (mails.outbox.length < BURST * referenceMails || unsent.length) throw new Error(`${mails.outbox.length} mails, ${unsent.length} not delivered`);
    return mails;
  }, 120_000);
  expect(outbox).toHaveLength(BURST * referenceMails);
  expect([...delivered.values()].filter((times) => times !== 1)).toEqual([]);

  // The start command started the killed worker again.
  await eventually('worker 1 restarted', async () => {
    if (!systemLog().includes('Worker 1 is running again')) throw new Error('not yet');
  }, 120_000);
  const restarted = clusterPid(system, 'worker-1');
  expect(restarted).not.toBe(victim);

  const retried = outcomes.filter((outcome) => outcome.retries > 0);
  console.log(
    `failover: ${BURST} declarations in ${burstMs} ms, worker 1 killed ${killedAt - burstStart} ms into the burst after ${KILL_AFTER_CREATES} creates; ` +
      `${retried.length} customers sent a request again (${retried.reduce((sum, outcome) => sum + outcome.retries, 0)} retries); ` +
      `${claims.length} claims, ${outbox.length} mails (${referenceMails} per declaration), each delivered once; worker 1 running again as pid ${restarted}`,
  );
});
