import { declarationTypes, productLineOf, type DeclarationType } from '../../../domain/declaration-types';
import {
  catastropheId, claimNumberCode, customerId, declarationTemplates, handlerId, HANDLERS, idOf, kinds, LARGE_ORGANISATION_SHARE,
  ORGANISATIONS, organisationId, policyId, rareSurname, surnames,
} from './population';

const DAY_MS = 86_400_000;
/** The day the loaded portfolio is seen from: fixed, so every load holds the same claims. */
const ANCHOR = Date.parse('2026-11-30T09:00:00Z');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A number in [0, 1) from a claim's index and a purpose: reproducible without any state (mulberry32's mixing). */
function chance(i: number, salt: number): number {
  let t = (i * 0x9e3779b1 + salt * 0x85ebca6b) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** The status mix of a mature portfolio: most claims decided and closed, about one in seven still open. */
const statuses: [string, number][] = [['submitted', 0.01], ['in_handling', 0.09], ['under_reservation', 0.10], ['accepted', 0.82], ['refused', 0.94], ['withdrawn', 1]];

/** What one claim of the load is: the facts every table's rows are derived from. */
export interface ClaimPlan {
  i: number; id: string; organisation: number; type: DeclarationType; status: string; submittedAt: number; handler: number;
  opened: boolean; closedAt: number | null; claimNumber: string | null; coverage: string; referred: 'open' | 'closed' | null; amountCents: number;
}

export function planOf(i: number): ClaimPlan {
  const organisation = i % LARGE_ORGANISATION_SHARE === 0 ? 0 : 1 + Math.floor(chance(i, 1) * (ORGANISATIONS - 1));
  const type = declarationTypes[Math.floor(chance(i, 2) * declarationTypes.length)];
  const roll = chance(i, 3);
  const status = statuses.find(([, upTo]) => roll < upTo)![0];
  const opened = ['in_handling', 'under_reservation', 'accepted', 'refused'].includes(status);
  const closes = (status === 'accepted' && chance(i, 4) < 0.95) || (status === 'refused' && chance(i, 4) < 0.98);
  // Open work is recent; the closed files go back five years.
  const ageDays = closes || status === 'withdrawn' ? 30 + chance(i, 5) * 1800 : chance(i, 5) * 120;
  const submittedAt = ANCHOR - Math.floor(ageDays * DAY_MS);
  const coverageRoll = chance(i, 6);
  return {
    i, id: idOf(kinds.declaration, i), organisation, type, status, submittedAt, handler: i % HANDLERS, opened,
    closedAt: closes ? submittedAt + Math.floor((5 + chance(i, 7) * 25) * DAY_MS) : null,
    claimNumber: opened ? `${new Date(submittedAt).getUTCFullYear()}/${claimNumberCode[type]}/${String(i).padStart(7, '0')}` : null,
    coverage: coverageRoll < 0.9 ? 'verified' : coverageRoll < 0.95 ? 'unverified' : 'confirmed',
    referred: opened && i % 500 === 7 ? (closes ? 'closed' : 'open') : null,
    amountCents: 50_000 + Math.floor(chance(i, 8) * 2_000_000),
  };
}

const handlerContact = (h: number) => ({ id: handlerId(h), name: `Handler ${String(h).padStart(2, '0')}`, email: `handler${h}@insurer.example`, phone: null });
const handlerActor = (h: number) => ({ userId: handlerId(h), name: `Handler ${String(h).padStart(2, '0')}`, role: 'handler' });

export const declarationColumns = ['id', 'workflow_id', 'organisation_id', 'policy_id', 'type', 'status', 'step', 'version', 'revision', 'data',
  'claim_number', 'handler', 'decision', 'actions', 'created_by', 'created_at', 'updated_at', 'submitted_at', 'attachments'];

export function* declarationRows(count: number): Iterable<unknown[]> {
  const templates = declarationTemplates();
  for (let i = 0; i < count; i++) {
    const plan = planOf(i);
    const data = structuredClone(templates[plan.type]);
    const surname = plan.i % 1000 === 500 ? rareSurname : surnames[plan.i % surnames.length];
    data.event.date = isoDay(plan.submittedAt - Math.floor(chance(i, 9) * 10) * DAY_MS);
    data.event.description = `${data.event.description} (${surname}, dossier ${plan.i})`;
    if (data.parties?.insured?.[0]) data.parties.insured[0].lastName = surname;
    const at = new Date(plan.submittedAt).toISOString();
    const decided = ['accepted', 'refused', 'under_reservation'].includes(plan.status);
    const decision = decided ? {
      decision: plan.status === 'accepted' ? 'accept' : plan.status === 'refused' ? 'refuse' : 'reserve',
      reason: plan.status === 'accepted' ? null : 'Bench', missing: plan.status === 'under_reservation' ? ['invoice'] : [],
      decidedBy: handlerActor(plan.handler), decidedAt: new Date(plan.submittedAt + 3 * DAY_MS).toISOString(),
    } : null;
    const customer = { userId: customerId(plan.organisation), name: `Customer ${plan.organisation}`, role: 'customer' };
    const actions = [{ action: 'submitted', by: customer, at }];
    yield [plan.id, `declaration-${plan.id}`, organisationId(plan.organisation), policyId(plan.organisation, productLineOf[plan.type]), plan.type,
      plan.status, 5, 3, 4, data, plan.claimNumber, plan.opened ? handlerContact(plan.handler) : null, decision, actions,
      customerId(plan.organisation), new Date(plan.submittedAt - 3_600_000), new Date(plan.closedAt ?? plan.submittedAt + DAY_MS), at, []];
  }
}

/** Rows of each projection table per claim, with their COPY columns. */
export const claimTables: { table: string; columns: string[]; rows: (plan: ClaimPlan) => unknown[][] }[] = [
  {
    table: 'claims',
    columns: ['id', 'declaration_id', 'claim_number', 'handler_id', 'product_line', 'opened_at', 'closed_at', 'workflow_id', 'revision', 'coverage_status',
      'outcome', 'catastrophe_id', 'siu_referred'],
    rows: (p) => (p.opened ? [[idOf(kinds.claim, p.i), p.id, p.claimNumber, handlerId(p.handler), productLineOf[p.type], new Date(p.submittedAt + DAY_MS),
      p.closedAt && new Date(p.closedAt), `claim-${p.id}`, 6, p.coverage, p.closedAt ? (p.status === 'refused' ? 'refused' : 'paid') : null,
      p.type === 'fire' && p.i % 50 === 3 ? catastropheId : null, p.referred === 'open']] : []),
  },
  {
    table: 'claim_deadlines',
    columns: ['declaration_id', 'code', 'due_on', 'status', 'penalty_cents', 'revision'],
    rows: (p) => {
      if (!p.opened) return [];
      const answerDue = p.submittedAt + 30 * DAY_MS;
      const rows: unknown[][] = [[p.id, 'reasoned_answer', isoDay(answerDue), p.closedAt || p.status !== 'in_handling' ? 'met' : answerDue < ANCHOR ? 'missed' : 'running', 0, 1]];
      if (p.status === 'accepted') rows.push([p.id, 'payment', isoDay(p.submittedAt + 40 * DAY_MS), p.closedAt ? 'met' : 'running', 0, 1]);
      return rows;
    },
  },
  {
    table: 'reserve_entries',
    columns: ['declaration_id', 'cost_type', 'amount_cents', 'reason', 'author_id', 'author_name', 'created_at', 'entry_key'],
    rows: (p) => {
      if (!p.opened) return [];
      const author = handlerContact(p.handler);
      const rows: unknown[][] = [[p.id, 'indemnity', p.amountCents, 'Eerste raming', author.id, author.name, new Date(p.submittedAt + DAY_MS), `open-${p.id}`]];
      if (p.closedAt) rows.push([p.id, 'indemnity', -p.amountCents, 'Afsluiting', author.id, author.name, new Date(p.closedAt), `close-${p.id}`]);
      return rows;
    },
  },
  {
    table: 'payments',
    columns: ['id', 'declaration_id', 'cost_type', 'amount_cents', 'payee_name', 'iban', 'status', 'requested_by_id', 'requested_by_name', 'decided_at', 'paid_at', 'created_at'],
    rows: (p) => (p.status === 'accepted' && p.closedAt ? [[idOf(kinds.payment, p.i), p.id, 'indemnity', p.amountCents, `Klant ${p.organisation} BV`,
      'BE71096123456769', 'confirmed', handlerId(p.handler), handlerContact(p.handler).name, new Date(p.closedAt - DAY_MS), new Date(p.closedAt - DAY_MS),
      new Date(p.closedAt - 2 * DAY_MS)]] : []),
  },
  {
    table: 'claim_diary_items',
    columns: ['id', 'declaration_id', 'subject', 'owner_id', 'owner_name', 'due_on', 'priority', 'status', 'created_by', 'created_at', 'closed_at'],
    rows: (p) => (p.opened ? [[idOf(kinds.diary, p.i), p.id, 'Expertiseverslag opvolgen', handlerId(p.handler), handlerContact(p.handler).name,
      isoDay(p.closedAt ? p.closedAt - DAY_MS : ANCHOR + Math.floor(chance(p.i, 10) * 30) * DAY_MS), 'normal', p.closedAt ? 'completed' : 'open',
      handlerActor(p.handler), new Date(p.submittedAt + DAY_MS), p.closedAt && new Date(p.closedAt - DAY_MS)]] : []),
  },
  {
    table: 'claim_investigations',
    columns: ['id', 'declaration_id', 'referred_at', 'referred_by', 'reason', 'closed_at', 'outcome'],
    rows: (p) => (p.referred ? [[idOf(kinds.investigation, p.i), p.id, new Date(p.submittedAt + 2 * DAY_MS), handlerActor(p.handler), 'Fraudesignalen',
      p.referred === 'closed' ? new Date(p.closedAt!) : null, p.referred === 'closed' ? 'cleared' : null]] : []),
  },
];

export function* claimTableRows(count: number, rows: (plan: ClaimPlan) => unknown[][]): Iterable<unknown[]> {
  for (let i = 0; i < count; i++) yield* rows(planOf(i));
}

export const catastropheRow = [catastropheId, 'Storm Ciara', 'storm', '2026-02-09', '2026-02-11', ['8400', '8600-8699'], handlerActor(0)];
