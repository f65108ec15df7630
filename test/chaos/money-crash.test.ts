import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import type { Knex } from 'knex';
import { claimMoneyOf } from '../../domain/claim/money';
import { payloadDataConverter } from '../../runtime/codec/data-converter';
import { parsePayloadKeys } from '../../runtime/codec/payload-keys';
import { declarationFixture, HttpSession } from '../../scripts/support/http-session';
import { respawnSystem, spawnSystem, stopSystem, SystemProcess } from '../../scripts/support/system-process';
import { eventually, exited, pidOf, sleep, storesOf, systemPid } from '../support/chaos';
import { claimQuery, claimWorkflowId } from '../../workflows/claim/definitions';
import { idForKey } from '../../api/idempotency';

/**
 * Money moves exactly once, whatever dies: payments are asked for in a burst, each sent twice at once (a double
 * click), and the process running the API and the worker is killed (SIGKILL) in the middle, then PostgreSQL under
 * the running system. The handler's browser retries every request with its Idempotency-Key until it is answered.
 * Afterwards every key is one payment, nothing is lost or paid twice, and the ledger equals the claim's process,
 * which meanwhile continued as new (a small history limit) and still replays.
 */
jest.setTimeout(400_000);

const BURST = 30;
const PAYMENT_CENTS = 100_00;
const ARRIVAL_MS = 120;
const KILL_AFTER_ANSWERS = 8;
/** The payment every request of the bursts asks for. */
const order = { costType: 'indemnity', amountCents: PAYMENT_CENTS, payeeName: 'Garage Janssens BV', iban: 'BE68 5390 0754 7034' };

let system: SystemProcess;
let db: Knex;
let connection: Connection;
let temporal: Client;

beforeAll(async () => {
  system = await spawnSystem({ NODE_ENV: 'test', CLAIM_HISTORY_EVENTS: '150' });
  ({ db, connection, temporal } = await storesOf(system));
});

afterAll(async () => {
  await db?.destroy();
  await connection?.close();
  if (system) await stopSystem(system);
});



async function openClaim(): Promise<{ claimId: string; handler: HttpSession }> {
  const an = await HttpSession.login(system.apiUrl, 'an.peeters@bakkerij-peeters.example');
  const handler = await HttpSession.login(system.apiUrl, 'handler@insurer.example');
  const policies = (await an.get(`/api/organisations/${an.activeOrganisationId}/policies?productLine=liability`)).body.items;
  const created = await an.expect(201, 'POST', `/api/organisations/${an.activeOrganisationId}/declarations`, {
    type: 'liability', policyId: policies[0].id, data: declarationFixture('liability').data,
  });
  await an.expect(200, 'POST', `/api/organisations/${an.activeOrganisationId}/declarations/${created.id}/submit`);
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${created.id}/start-handling`, {});
  const reserve = await handler.post(`/api/backoffice/claims/${created.id}/reserves`, { costType: 'indemnity', amountCents: 1_000_000_00, reason: 'Raming' }, { 'Idempotency-Key': randomUUID() });
  expect(reserve.status).toBe(201);
  return { claimId: created.id, handler };
}

interface Request { key: string; answers: string[]; failures: number }

/** One payment, asked twice at once (a double click); a dead process or database leaves it unanswered for now. */
async function pay(session: HttpSession, claimId: string, request: Request, onAnswer: () => void): Promise<void> {
  const once = async () => {
    try {
      const reply = await session.post(`/api/backoffice/claims/${claimId}/payments`, order, { 'Idempotency-Key': request.key });
      if (reply.status === 201) {
        request.answers.push(reply.body.id);
        onAnswer();
      } else request.failures += 1;
    } catch {
      request.failures += 1;
    }
  };
  await Promise.all([once(), once()]);
}

/** The browser retries an unanswered request with the same key until it gets its answer. */
async function retryUntilAnswered(session: () => Promise<HttpSession>, claimId: string, request: Request): Promise<void> {
  await eventually(`payment ${request.key}`, async () => {
    const reply = await (await session()).post(`/api/backoffice/claims/${claimId}/payments`, order, { 'Idempotency-Key': request.key });
    if (reply.status !== 201) throw new Error(`${reply.status} ${JSON.stringify(reply.body)}`);
    request.answers.push(reply.body.id);
  }, 120_000); // a request the dead worker had taken is retried after its activity's timeout
}

/** Every key is exactly one payment; the ledger, its projection and the claim's process agree. */
async function expectExactlyOnce(claimId: string, requests: Request[]): Promise<void> {
  for (const request of requests) expect(new Set(request.answers).size).toBe(1);
  const answered = new Set(requests.map((request) => request.answers[0]));
  expect(answered.size).toBe(requests.length);
  await eventually('ledger equals the process', async () => {
    const rows = await db('payments').where({ declarationId: claimId }).select('id', 'amountCents', 'status');
    expect(new Set(rows.map((row) => row.id))).toEqual(answered);
    const state = await temporal.workflow.getHandle(claimWorkflowId(claimId)).query(claimQuery);
    const money = claimMoneyOf(state);
    expect(money.indemnity.paidCents).toBe(requests.length * PAYMENT_CENTS);
    const claim = await db('claims').where({ declarationId: claimId }).first('money', 'revision');
    expect(claim.revision).toBe(state.revision);
    expect(claim.money).toEqual(money);
  });
}

test('a burst of double-clicked payments survives the kill of the API and worker process: every key pays once', async () => {
  const { claimId, handler } = await openClaim();
  const requests: Request[] = Array.from({ length: BURST }, () => ({ key: randomUUID(), answers: [], failures: 0 }));
  let answered = 0;
  let killedAt = 0;
  const pid = systemPid(system);
  const onAnswer = () => {
    answered += 1;
    if (killedAt || answered < KILL_AFTER_ANSWERS) return;
    killedAt = Date.now();
    process.kill(pid, 'SIGKILL');
  };
  await Promise.all(requests.map(async (request, i) => {
    await sleep(i * ARRIVAL_MS);
    await pay(handler, claimId, request, onAnswer);
  }));
  expect(killedAt).toBeGreaterThan(0);
  const answeredBeforeKill = requests.filter((request) => request.answers.length).length;
  await exited(system);
  // What the ledger holds that no one was told about: payments written when the process died before answering.
  const answeredIds = new Set(requests.flatMap((request) => request.answers));
  const writtenUnanswered = (await db('payments').where({ declarationId: claimId }).select('id')).filter((row) => !answeredIds.has(row.id)).length;
  system = await respawnSystem(system);
  const recoveredMs = Date.now() - killedAt;

  let session: HttpSession | undefined;
  const again = async () => (session ??= await HttpSession.login(system.apiUrl, 'handler@insurer.example'));
  for (const request of requests) await retryUntilAnswered(again, claimId, request);
  await expectExactlyOnce(claimId, requests);
  console.log(`money chaos: ${BURST} payments asked twice each (${BURST * 2} requests); killed after ${answeredBeforeKill} were answered; ` +
    `${requests.filter((r) => r.failures).length} requests cut off and retried with their key after the restart (${recoveredMs} ms after the kill); ` +
    `${writtenUnanswered} of them were in the ledger already, unanswered, when the process died; ${BURST} payments in the ledger, 0 duplicated, 0 lost`);
});

/**
 * Sends one keyed command and watches the ledger: the moment its row is there and its answer is not, the process
 * running the API and the worker is killed. Tried with fresh keys until the kill lands in that window.
 */
async function killBetweenLedgerAndAnswer(
  send: (key: string) => Promise<{ status: number }>, ledgerHas: (key: string) => Promise<boolean>, attempts = 40,
): Promise<{ key: string; attempt: number } | null> {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const key = randomUUID();
    let answered = false;
    const request = send(key).then(() => { answered = true; }, () => { answered = true; });
    while (!answered) {
      await new Promise(setImmediate); // the answer arrives as I/O: let it in between two looks at the ledger
      if (await ledgerHas(key)) {
        if (answered) break;
        process.kill(systemPid(system), 'SIGKILL');
        await request;
        return { key, attempt };
      }
    }
    await request;
  }
  return null;
}

/** The killed system started again, the same request sent again (same key) by the same user until it is answered. */
async function restartedAndRetried(email: string, send: (session: HttpSession) => Promise<{ status: number; body: any }>, expected: number) {
  await exited(system);
  system = await respawnSystem(system);
  const again = await HttpSession.login(system.apiUrl, email);
  return eventually('the retried request', async () => {
    const reply = await send(again);
    if (reply.status !== expected) throw new Error(`${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  }, 120_000);
}

test('killed after the ledger wrote a payment and before its answer came back: retried with its key, it is one payment', async () => {
  const { claimId, handler } = await openClaim();
  const paymentIdOf = (key: string) => idForKey(`${handler.me.user.id}:${claimId}:${key}`, 'payment');
  const killed = await killBetweenLedgerAndAnswer(
    (key) => handler.post(`/api/backoffice/claims/${claimId}/payments`, order, { 'Idempotency-Key': key }),
    async (key) => Boolean(await db('payments').where({ id: paymentIdOf(key) }).first('id')),
  );
  expect(killed).not.toBeNull();
  const { key, attempt } = killed!;
  const answer = await restartedAndRetried('handler@insurer.example', (again) => again.post(`/api/backoffice/claims/${claimId}/payments`, order, { 'Idempotency-Key': key }), 201);
  expect(answer.id).toBe(paymentIdOf(key));
  const rows = await db('payments').where({ declarationId: claimId }).select('id');
  expect(rows).toHaveLength(attempt); // the attempts before the kill each paid once, the killed one once
  const state = await temporal.workflow.getHandle(claimWorkflowId(claimId)).query(claimQuery);
  expect(claimMoneyOf(state).indemnity.paidCents).toBe(attempt * PAYMENT_CENTS);
  console.log(`money chaos: killed between the ledger write and the answer at attempt ${attempt}; retried with its key: the same payment, ${rows.length} payments for ${attempt} requests, 0 duplicated, 0 lost`);
});

test('killed after the ledger wrote an approval and before its answer came back: retried with its key, approved once', async () => {
  const { claimId, handler } = await openClaim();
  const senior = await HttpSession.login(system.apiUrl, 'senior.handler@insurer.example');
  // Above the handler's €5,000: each attempt asks for a payment that awaits a senior handler's approval.
  const aboveLimit = { costType: 'indemnity', amountCents: 6_000_00, payeeName: 'Garage Janssens BV', iban: 'BE68 5390 0754 7034' };
  const paymentOf = new Map<string, string>();
  const killed = await killBetweenLedgerAndAnswer(async (key) => {
    const asked = await handler.post(`/api/backoffice/claims/${claimId}/payments`, aboveLimit, { 'Idempotency-Key': randomUUID() });
    paymentOf.set(key, asked.body.id);
    return senior.post(`/api/backoffice/payments/${asked.body.id}/approve`, {}, { 'Idempotency-Key': key });
  }, async (key) => Boolean(paymentOf.has(key) && (await db('payments').where({ id: paymentOf.get(key), status: 'approved' }).first('id'))));
  expect(killed).not.toBeNull();
  const { key, attempt } = killed!;
  const answer = await restartedAndRetried('senior.handler@insurer.example', (again) => again.post(`/api/backoffice/payments/${paymentOf.get(key)}/approve`, {}, { 'Idempotency-Key': key }), 200);
  expect(answer).toMatchObject({ id: paymentOf.get(key), status: 'approved', decidedBy: { name: 'Marc Verhoeven' } });
  const state = await temporal.workflow.getHandle(claimWorkflowId(claimId)).query(claimQuery);
  expect(state.payments.filter((payment) => payment.status === 'approved')).toHaveLength(attempt);
  expect(claimMoneyOf(state).indemnity.paidCents).toBe(attempt * 6_000_00);
  console.log(`money chaos: killed between the approval's ledger write and its answer at attempt ${attempt}; retried with its key: approved once`);
});

test('PostgreSQL killed under a burst of payments: retried with their keys, every payment exists once', async () => {
  const { claimId, handler } = await openClaim();
  const requests: Request[] = Array.from({ length: 12 }, () => ({ key: randomUUID(), answers: [], failures: 0 }));
  let killed = false;
  const onAnswer = () => {
    if (killed) return;
    killed = true;
    process.kill(pidOf(path.join(system.dataDir, 'postgres', 'postmaster.pid')), 'SIGKILL');
  };
  await Promise.all(requests.map(async (request, i) => {
    await sleep(i * ARRIVAL_MS);
    await pay(handler, claimId, request, onAnswer);
  }));
  for (const request of requests) await retryUntilAnswered(async () => handler, claimId, request);
  await expectExactlyOnce(claimId, requests);
  console.log(`money chaos: PostgreSQL killed under 12 double-clicked payments; ${requests.filter((r) => r.failures).length} retried; 12 payments, 0 duplicated, 0 lost`);
});

test('a claim driven past its history limit continues as new, still answers, and every run replays', async () => {
  const { claimId, handler } = await openClaim();
  for (let i = 0; i < 25; i += 1) {
    const reply = await handler.post(`/api/backoffice/claims/${claimId}/reserves`, { costType: 'expenses', amountCents: 10_00, reason: `Expertise ${i + 1}` }, { 'Idempotency-Key': randomUUID() });
    expect(reply.status).toBe(201);
  }
  const runs: string[] = [];
  for await (const execution of temporal.workflow.list({ query: `WorkflowId = '${claimWorkflowId(claimId)}'` })) runs.push(execution.runId);
  expect(runs.length).toBeGreaterThan(1);
  const state = await temporal.workflow.getHandle(claimWorkflowId(claimId)).query(claimQuery);
  expect(state.reserveCents.expenses).toBe(25 * 10_00);
  expect(state.recentKeys).toHaveLength(26);

  const histories = await Promise.all(runs.map(async (runId) => ({ workflowId: `${claimId}-${runId}`, history: await temporal.workflow.getHandle(claimWorkflowId(claimId), runId).fetchHistory() })));
  const outcomes: { workflowId: string; error?: string }[] = [];
  for await (const result of Worker.runReplayHistories({ workflowsPath: require.resolve('../../workflows'), dataConverter: payloadDataConverter(parsePayloadKeys(system.payloadKeys)) }, histories)) {
    outcomes.push({ workflowId: result.workflowId, ...(result.error ? { error: String(result.error) } : {}) });
  }
  expect(outcomes).toEqual(histories.map(({ workflowId }) => ({ workflowId })));
  console.log(`claim history: 26 reserve changes in ${runs.length} runs (continued as new), every run replays`);
});
