/**
 * Records histories from real runs for the determinism gate (test/replay). Run it against a started
 * system: `npm run record-histories` (API_URL defaults to http://localhost:3000, TEMPORAL_ADDRESS to
 * 127.0.0.1:7233). Each scenario walks a declaration through the API, then its history is saved.
 * The system must run with the histories' test key, so the determinism gate can decode what it replays:
 * `PAYLOAD_KEYS=<historiesPayloadKeys of test/histories/payload-test-keys.ts> bash scripts/start.sh`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { historyToJson } from '../runtime/history-json';
import { decodeHistory } from '../api/audit/decode-history';
import { payloadDataConverter } from '../runtime/codec/data-converter';
import { parsePayloadKeys } from '../runtime/codec/payload-keys';
import { historiesPayloadKeys } from '../test/histories/payload-test-keys';
import { bankAnswerFor } from '../test/support/bank-answer';
import { endToEndIdOf } from '../domain/sepa/credit-transfer';
import { bankStatementWorkflowId } from '../workflows/bank-statement/definitions';
import { paymentBatchWorkflowId } from '../workflows/payment-batch/definitions';
import { idForKey } from '../api/idempotency';
import { startDeclaration } from '../workflows/declaration/client';
import { declarationWorkflowId } from '../workflows/declaration/definitions';
import { startChange } from '../workflows/hospitalisation-change/client';
import { declarationFixture as fixture, HttpSession } from './support/http-session';
import { boundedScenarios } from './support/bounded-scenarios';
import type { Recorded, Recording, Run } from './support/recording';
import { refusalScenarios } from './support/refusal-scenarios';
import { workbenchScenarios } from './support/workbench-scenarios';
import { benefitsAndFaultScenarios } from './support/benefits-and-fault-scenarios';
import { userAgreementScenarios } from './support/user-agreement-scenarios';

const apiUrl = process.env.API_URL || 'http://localhost:3000';
let customerSession: HttpSession;
/** One folder per generation: histories recorded before a workflow change stay, to prove it replays them. */
const outDir = process.env.HISTORIES_DIR || path.join(__dirname, '..', 'test', 'histories', process.env.GENERATION || new Date().toISOString().slice(0, 10));

async function login(email: string) {
  const session = await HttpSession.login(apiUrl, email);
  if (email.startsWith('an.')) customerSession = session;
  // Every POST carries its own Idempotency-Key, as the web UI's forms do (money commands require one).
  return (method: string, url: string, body: unknown = {}, expected = 200) =>
    session.expect(expected, method, url.replace(':org', session.activeOrganisationId), method === 'GET' ? undefined : body,
      method === 'POST' ? { 'Idempotency-Key': randomUUID() } : {});
}

async function main() {
  const customer = await login('an.peeters@bakkerij-peeters.example');
  const handler = await login('handler@insurer.example');
  const senior = await login('senior.handler@insurer.example');
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS || '127.0.0.1:7233' });
  const dataConverter = payloadDataConverter(parsePayloadKeys(historiesPayloadKeys));
  const client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE || 'claims', dataConverter });
  const base = '/api/organisations/:org/declarations';
  const me = await customer('GET', '/api/auth/me');
  const actor = { userId: me.user.id, name: me.user.fullName, role: 'customer' as const };
  const staff = async (call: typeof handler) => {
    const { user } = await call('GET', '/api/auth/me');
    return { userId: user.id, name: user.fullName, role: user.role };
  };
  const recording: Recording = {
    apiUrl, client, customer, handler, senior, customerSession, organisationId: me.activeOrganisationId,
    actors: { customer: actor, handler: await staff(handler), senior: await staff(senior) },
    declarations: `/api/organisations/${me.activeOrganisationId}/declarations`,
  };
  const seniorSession = await HttpSession.login(apiUrl, 'senior.handler@insurer.example');
  /** The claim's process checks its cover right after opening; its money waits for that. */
  const waitForCover = async (id: string) => {
    for (let tries = 0; tries < 50 && !(await handler('GET', `/api/backoffice/claims/${id}`)).claim?.coverage; tries += 1) await new Promise((r) => setTimeout(r, 200));
  };
  /** Timers of seconds, started directly on Temporal: the API always uses the configured durations. */
  const draftWithQuickTimers = async (type: 'fire' | 'liability') => {
    const id = randomUUID();
    await startDeclaration(client, 'claims', { declarationId: id, organisationId: me.activeOrganisationId, policyId: null, type, createdBy: actor, timing: { draftReminderAfter: '1s', draftExpiresAfter: '2s' } },
      { actor, data: {}, step: 1, version: 0 });
    return id;
  };

  const scenarios: Record<string, () => Promise<Recorded>> = {
    'declaration-fire-opened-automatically': async () => {
      const d = await customer('POST', base, { type: 'fire', data: {} }, 201);
      await customer('PUT', `${base}/${d.id}/draft`, { data: fixture('fire').data, step: 5, version: d.version });
      await customer('POST', `${base}/${d.id}/submit`);
      return d.workflowId;
    },
    'declaration-reserved-then-accepted': async () => {
      const d = await customer('POST', base, fixture('workplace_accident'), 201);
      await customer('POST', `${base}/${d.id}/submit`);
      await customer('POST', `${base}/${d.id}/reopen`);
      await customer('POST', `${base}/${d.id}/submit`);
      await handler('POST', `/api/backoffice/declarations/${d.id}/start-handling`);
      await handler('POST', `/api/backoffice/declarations/${d.id}/decision`, { decision: 'reserve', reason: 'Attest ontbreekt', missing: ['Medisch attest'] });
      await handler('POST', `/api/backoffice/declarations/${d.id}/decision`, { decision: 'accept' });
      return d.workflowId;
    },
    'declaration-theft-with-police-report': async () => {
      const d = await customer('POST', base, fixture('motor_theft'), 201);
      const form = new FormData();
      form.append('kind', 'police_report');
      form.append('files', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))], { type: 'application/pdf' }), 'pv.pdf');
      await customerSession.expect(201, 'POST', `${base.replace(':org', customerSession.activeOrganisationId)}/${d.id}/attachments`, form);
      await customer('POST', `${base}/${d.id}/submit`);
      await handler('POST', `/api/backoffice/declarations/${d.id}/start-handling`);
      return d.workflowId;
    },
    'declaration-refused': async () => {
      const d = await customer('POST', base, fixture('motor_damage'), 201);
      await customer('POST', `${base}/${d.id}/submit`);
      await handler('POST', `/api/backoffice/declarations/${d.id}/start-handling`);
      await handler('POST', `/api/backoffice/declarations/${d.id}/decision`, { decision: 'refuse', reason: 'Uitsluiting' });
      return d.workflowId;
    },
    'declaration-withdrawn-and-closed': async () => {
      const id = await draftWithQuickTimers('liability');
      await customer('POST', `${base}/${id}/withdraw`, { reason: 'Dubbel' });
      await client.workflow.getHandle(declarationWorkflowId(id)).result();
      return declarationWorkflowId(id);
    },
    'message-answered': async () => {
      const d = await customer('POST', base, fixture('fire'), 201);
      await customer('POST', `${base}/${d.id}/submit`);
      const form = new FormData();
      form.append('body', 'Wanneer komt de expert?');
      const message = await customerSession.expect(201, 'POST', `/api/organisations/${customerSession.activeOrganisationId}/claims/${d.id}/messages`, form);
      await handler('POST', `/api/backoffice/messages/${message.id}/read`);
      await handler('POST', `/api/backoffice/messages/${message.id}/reply`, { body: 'Dinsdag.' });
      return `message-${message.id}`;
    },
    'message-withdrawn': async () => {
      const d = await customer('POST', base, fixture('fire'), 201);
      await customer('POST', `${base}/${d.id}/submit`);
      const form = new FormData();
      form.append('body', 'Vergissing');
      const message = await customerSession.expect(201, 'POST', `/api/organisations/${customerSession.activeOrganisationId}/claims/${d.id}/messages`, form);
      await customer('POST', `/api/organisations/:org/messages/${message.id}/withdraw`);
      return `message-${message.id}`;
    },
    'hospitalisation-change-approved': async () => {
      const jan = await HttpSession.login(apiUrl, 'jan.claes@bakkerij-peeters.example');
      const base = `/api/organisations/${jan.activeOrganisationId}/hospitalisation`;
      const family = await jan.expect(200, 'GET', `${base}/insured-persons`);
      const titularis = family.find((person: { relation: string }) => person.relation === 'titularis');
      const change = await jan.expect(201, 'POST', `${base}/changes`, { kind: 'update_person', data: { personId: titularis.id } });
      await jan.expect(200, 'PUT', `${base}/changes/${change.id}/draft`, { data: { personId: titularis.id, changes: { email: 'jan.claes@bakkerij-peeters.example' } }, effectiveDate: '2027-01-01', version: change.version });
      await jan.expect(200, 'POST', `${base}/changes/${change.id}/submit`, {});
      await handler('POST', `/api/backoffice/hospitalisation-changes/${change.id}/approve`);
      return `hospitalisation-change-${change.id}`;
    },
    'hospitalisation-change-rejected': async () => {
      const an = await HttpSession.login(apiUrl, 'an.peeters@bakkerij-peeters.example');
      const base = `/api/organisations/${an.activeOrganisationId}/hospitalisation`;
      const change = await an.expect(201, 'POST', `${base}/changes`, {
        kind: 'add_titularis', effectiveDate: '2027-02-01',
        data: { person: { firstName: 'Tom', lastName: 'Peeters', birthDate: '1995-05-05', nationalNumber: '95.05.05-111.23', email: 'tom.peeters@bakkerij-peeters.example' } },
      });
      await an.expect(200, 'POST', `${base}/changes/${change.id}/submit`, {});
      await handler('POST', `/api/backoffice/hospitalisation-changes/${change.id}/reject`, { reason: 'Nog niet in dienst' });
      return `hospitalisation-change-${change.id}`;
    },
    'hospitalisation-change-draft-saved-reminded-and-expired': async () => {
      const jan = await HttpSession.login(apiUrl, 'jan.claes@bakkerij-peeters.example');
      const base = `/api/organisations/${jan.activeOrganisationId}/hospitalisation`;
      const me = await jan.expect(200, 'GET', '/api/auth/me');
      const [{ policyId, insuredPersonId }] = await jan.expect(200, 'GET', `${base}/roles`);
      const requester = { userId: me.user.id, name: me.user.fullName, role: 'customer' as const };
      // Timers of seconds, as for declarations: the API always uses the configured durations.
      const change = await startChange(client, 'claims',
        { organisationId: jan.activeOrganisationId, policyId, kind: 'update_person', role: 'titularis', requestedBy: requester, timing: { draftReminderAfter: '1s', draftExpiresAfter: '2s' } },
        { actor: requester, data: { personId: insuredPersonId }, effectiveDate: null });
      await jan.expect(200, 'PUT', `${base}/changes/${change.id}/draft`, { data: { personId: insuredPersonId, changes: { lastName: 'Claes' } }, effectiveDate: null, version: change.version });
      await client.workflow.getHandle(change.workflowId).result();
      return change.workflowId;
    },
    'claim-deadlines-closed': async () => {
      const d = await customer('POST', base, fixture('liability'), 201);
      await customer('POST', `${base}/${d.id}/submit`);
      await handler('POST', `/api/backoffice/declarations/${d.id}/start-handling`);
      await handler('POST', `/api/backoffice/claims/${d.id}/deadlines/reminder`, { sentOn: '2026-11-05' });
      await handler('POST', `/api/backoffice/declarations/${d.id}/decision`, { decision: 'accept' });
      await handler('POST', `/api/backoffice/claims/${d.id}/close`, { outcome: 'no_payment' });
      await client.workflow.getHandle(`claim-deadlines-${d.id}`).result();
      return `claim-deadlines-${d.id}`;
    },
    // The claim as a process of its own (2026-11-30): its money to the bank and back, a recovery, closing and reopening.
    'claim-paid-through-the-bank': async () => {
      const policies = (await customer('GET', '/api/organisations/:org/policies?productLine=liability')).items;
      const d = await customer('POST', base, { ...fixture('liability'), policyId: policies[0].id }, 201);
      await customer('POST', `${base}/${d.id}/submit`);
      await handler('POST', `/api/backoffice/declarations/${d.id}/start-handling`);
      await waitForCover(d.id);
      await handler('POST', `/api/backoffice/declarations/${d.id}/decision`, { decision: 'accept' });
      await handler('POST', `/api/backoffice/claims/${d.id}/reserves`, { costType: 'indemnity', amountCents: 1_500_000, reason: 'Letselschade' }, 201);
      const approved = await handler('POST', `/api/backoffice/claims/${d.id}/payments`, { costType: 'indemnity', amountCents: 800_000, payeeName: 'Sarah Dubois', iban: 'BE68 5390 0754 7034' }, 201);
      await senior('POST', `/api/backoffice/payments/${approved.id}/approve`);
      const returned = await handler('POST', `/api/backoffice/claims/${d.id}/payments`, { costType: 'indemnity', amountCents: 100_000, payeeName: 'Garage Janssens', iban: 'BE71 0961 2345 6769' }, 201);
      const batchKey = randomUUID();
      await seniorSession.expect(201, 'POST', '/api/backoffice/payment-batches', {}, { 'Idempotency-Key': batchKey });
      const answer = bankAnswerFor([
        { endToEndId: endToEndIdOf(approved.id), amountCents: 800_000 },
        { endToEndId: endToEndIdOf(returned.id), amountCents: 100_000, returned: { code: 'AC04', text: 'Rekening afgesloten' } },
      ]);
      const form = new FormData();
      form.append('file', new Blob([answer], { type: 'application/xml' }), 'camt054.xml');
      await seniorSession.expect(200, 'POST', '/api/backoffice/bank-statements', form);
      const recovery = await handler('POST', `/api/backoffice/claims/${d.id}/recoveries`, { kind: 'subrogation', expectedCents: 800_000, counterparty: { name: 'Sarah Dubois', insurer: 'AG Insurance' } }, 201);
      await handler('POST', `/api/backoffice/claims/${d.id}/recoveries/${recovery.recovery.id}/receipts`, { amountCents: 800_000, receivedOn: '2026-11-30' }, 201);
      await handler('POST', `/api/backoffice/claims/${d.id}/close`, { outcome: 'paid' });
      await handler('POST', `/api/backoffice/claims/${d.id}/reopen`, { reason: 'Late factuur van de garage' });
      const statementId = createHash('sha256').update(answer).digest('hex');
      return {
        claim: { workflowId: `claim-${d.id}` },
        batch: { workflowId: paymentBatchWorkflowId(idForKey(`${seniorSession.me.user.id}:${batchKey}`, 'payment-batch')) },
        statement: { workflowId: bankStatementWorkflowId(statementId) },
      };
    },
    'claim-schedule-stopped-and-cover-confirmed': async () => {
      const d = await customer('POST', base, fixture('bodily_accident'), 201);
      await customer('POST', `${base}/${d.id}/submit`);
      await handler('POST', `/api/backoffice/declarations/${d.id}/start-handling`);
      await waitForCover(d.id);
      await senior('POST', `/api/backoffice/claims/${d.id}/cover`, { reason: 'Polis nagekeken: gedekt' });
      await handler('POST', `/api/backoffice/claims/${d.id}/reserves`, { costType: 'indemnity', amountCents: 750_000, reason: 'Verzekerd Inkomen: overlijden' }, 201);
      const schedule = await handler('POST', `/api/backoffice/claims/${d.id}/payment-schedules`, { kind: 'death', totalCents: 750_000, spreadMonths: 12, payeeName: 'Ilse Vermeulen', iban: 'BE68 5390 0754 7034' }, 201);
      await handler('POST', `/api/backoffice/payment-schedules/${schedule.id}/stop`, { reason: 'Fout in de begunstigde' });
      const [lumpSum] = await handler('GET', `/api/backoffice/claims/${d.id}/payments`);
      await handler('POST', `/api/backoffice/payments/${lumpSum.id}/cancel`, { reason: 'Fout in de begunstigde' });
      await handler('POST', `/api/backoffice/declarations/${d.id}/decision`, { decision: 'refuse', reason: 'Uitsluiting' });
      await handler('POST', `/api/backoffice/claims/${d.id}/close`, { outcome: 'refused' });
      return { claim: { workflowId: `claim-${d.id}` } };
    },
    'declaration-draft-reminded-and-expired': async () => {
      const id = await draftWithQuickTimers('fire');
      await client.workflow.getHandle(declarationWorkflowId(id)).result();
      return declarationWorkflowId(id);
    },
    // Paths added with the bounded history and the refusal of unstorable data (2026-11-30).
    ...boundedScenarios(recording),
    ...refusalScenarios(recording),
    ...workbenchScenarios(recording),
    ...benefitsAndFaultScenarios(recording),
    ...userAgreementScenarios(recording),
  };

  fs.mkdirSync(outDir, { recursive: true });
  // ONLY=prefix records just those scenarios, e.g. for a new workflow type.
  for (const [name, run] of Object.entries(scenarios).filter(([name]) => name.startsWith(process.env.ONLY ?? ''))) {
    for (const [file, recorded] of runsOf(name, await run())) await save(client, file, recorded);
  }
  await connection.close();
}

/** A scenario's runs by file name: one workflow's latest run, or several runs named by their suffix. */
function runsOf(name: string, recorded: Recorded): [string, Run][] {
  if (typeof recorded === 'string') return [[name, { workflowId: recorded }]];
  return Object.entries(recorded).map(([suffix, run]) => [`${name}-${suffix}`, run]);
}

/** Writes one run's history, after checking the determinism gate can decode it. */
async function save(client: Client, name: string, { workflowId, runId }: Run) {
  const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
  const sealed = historyToJson(history); // before decoding: decodeHistory decodes in place
  // Sealed with another key, the gate could not replay it: refuse rather than commit an unreadable history.
  await decodeHistory(history, client.options.dataConverter.payloadCodecs ?? []).catch((error) => {
    throw new Error(`${name}: ${error.message}\nStart the system with PAYLOAD_KEYS='${historiesPayloadKeys}'.`);
  });
  fs.writeFileSync(path.join(outDir, `${name}.json`), sealed);
  console.log(`recorded ${name} (${history.events?.length} events)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
