import type { Knex } from 'knex';
import type { BenefitsFile, ComputationLineView, CustomerBenefits } from '../../contract/workplace-benefits';
import { guaranteedWagePayers, incapacityPeriods, needsDetailedBaseWage, periodDays, type BaseWage } from '../../domain/rules/workplace-benefits';
import type { ComputationLine } from '../../domain/rules/workplace-benefits/money';
import { catalogue } from '../../i18n/catalogue';
import { phrase, phraseOf, type Phrase } from '../../i18n/phrase';
import type { Agreement, BenefitsState } from '../../workflows/workplace-benefits/definitions';
import { detailedOf, simplifiedOf } from '../../workflows/workplace-benefits/temporary';
import { HttpError } from '../errors';

const iso = (epochMs: number | null) => (epochMs === null ? null : new Date(epochMs).toISOString());

/** The file's phrases worded in the reader's language, each with its key and parameters. */
function wording(language: string) {
  const word = (said: Phrase) => ({ key: said.key, params: { ...(said.params ?? {}) }, text: catalogue.render(said, language) });
  const lines = (computed: ComputationLine[]): ComputationLineView[] => computed.map((line) => ({ ...word(line.phrase), amountCents: line.amountCents }));
  const baseWage = (base: BaseWage) => ({
    kind: base.kind, uncappedCents: base.uncappedCents, annualCents: base.annualCents, dailyCents: base.dailyCents, lines: lines(base.lines),
  });
  return { word, lines, baseWage };
}

/** Where the file stands, and what comes next (the handler's next action, or the moment the file acts by itself). */
function progressOf(state: BenefitsState, detailedNeeded: boolean): Pick<BenefitsFile, 'stage'> & { next: BenefitsFile['nextStep']['code']; dueAt: number | null } {
  if (state.death) return { stage: 'ended', next: 'ended', dueAt: null };
  const latest: Agreement | undefined = state.agreements.at(-1);
  const pending = latest && !latest.ratification ? latest : null;
  const allowance = state.allowance;
  if (pending) {
    return pending.acceptance
      ? { stage: allowance?.kind === 'life_annuity' ? 'life_annuity' : 'agreement_accepted', next: 'await_ratification', dueAt: pending.remindAt }
      : { stage: allowance?.kind === 'life_annuity' ? 'life_annuity' : 'agreement_proposed', next: 'await_acceptance', dueAt: null };
  }
  if (allowance?.kind === 'life_annuity') return { stage: 'life_annuity', next: 'life_annuity', dueAt: allowance.nextDueAt };
  if (allowance) {
    const endsAt = state.revisionPeriod.endsAt;
    const lastMonthPaid = allowance.nextDueAt === null || (endsAt !== null && allowance.nextDueAt >= endsAt);
    return lastMonthPaid ? { stage: 'allowance', next: 'revision_period_end', dueAt: endsAt } : { stage: 'allowance', next: 'monthly_allowance', dueAt: allowance.nextDueAt };
  }
  if (!state.certificates.length) return { stage: 'temporary', next: 'await_certificate', dueAt: null };
  if (detailedNeeded && !state.detailedWage) return { stage: 'temporary', next: 'await_detailed_wage', dueAt: null };
  return { stage: 'temporary', next: 'propose_agreement', dueAt: null };
}

/** The benefits file as the back office reads it: its state, worded, with each payment's status in the claim's money. */
export async function benefitsFileView(knex: Knex, state: BenefitsState, updatedAt: string | Date, language: string): Promise<BenefitsFile> {
  const { word, lines, baseWage } = wording(language);
  const periods = incapacityPeriods(state.certificates.map(({ id, kind, from, to }) => ({ id, kind, from, to })));
  const detailedNeeded = needsDetailedBaseWage(state.accidentDate, periods);
  const statuses = new Map<string, string>(
    state.payments.length
      ? (await knex('payments').whereIn('id', state.payments.map((payment) => payment.id)).select('id', 'status')).map((row: { id: string; status: string }) => [row.id, row.status])
      : [],
  );
  const progress = progressOf(state, detailedNeeded);
  const payers = guaranteedWagePayers([
    { name: state.employer.name, accidentEmployer: true }, ...state.otherEmployers.map((other) => ({ name: other.name, accidentEmployer: false })),
  ]);
  const agreementView = (agreement: Agreement) => ({
    id: agreement.id, kind: agreement.kind, consolidationDate: agreement.consolidationDate, degreePercent: agreement.degreePercent,
    yearlyCents: agreement.yearlyCents, monthlyCents: agreement.monthlyCents, lines: lines(agreement.lines), proposedBy: agreement.proposedBy,
    proposedAt: agreement.proposedAt, acceptance: agreement.acceptance, ratification: agreement.ratification, remindersSent: agreement.remindersSent,
  });
  const sumTo = (payee: 'victim' | 'employer') => state.payments.filter((payment) => payment.payee === payee).reduce((sum, payment) => sum + payment.amountCents, 0);
  return {
    declarationId: state.declarationId, claimNumber: state.claimNumber, stage: progress.stage, accidentDate: state.accidentDate, workerStatus: state.workerStatus,
    monthlyGrossCents: state.monthlyGrossCents, victim: state.victim, employer: state.employer, openedBy: state.openedBy, openedAt: state.openedAt,
    baseWages: {
      simplified: baseWage(simplifiedOf(state)),
      detailed: state.detailedWage ? baseWage(detailedOf(state)!) : null,
      detailedNeeded,
    },
    periods: periods.map((period) => {
      const settled = state.settlements.find((candidate) => candidate.from === period.from);
      const paymentIds = state.payments.filter((payment) => payment.item === 'period' && payment.itemRef.startsWith(`${period.from}..`)).map((payment) => payment.id);
      return {
        from: period.from, to: period.to, days: periodDays(period),
        certificates: state.certificates.filter((certificate) => period.certificateIds.includes(certificate.id)),
        provisional: settled?.provisional ?? false, paid: Boolean(settled && settled.to === period.to && paymentIds.length), paymentIds,
      };
    }),
    payslips: state.payslips,
    medicalChecks: state.medicalChecks,
    otherEmployers: state.otherEmployers.map((other) => ({ ...other, pays: payers.find((payer) => payer.name === other.name)?.pays ?? 'sickness' })),
    payments: state.payments.map((payment) => ({
      id: payment.id, item: payment.item, itemRef: payment.itemRef, payee: payment.payee, payeeName: payment.payeeName, amountCents: payment.amountCents,
      provisional: payment.provisional, basis: word(payment.basis), lines: lines(payment.lines), paidAt: payment.paidAt, status: statuses.get(payment.id) ?? null,
    })),
    totals: { victimCents: sumTo('victim'), employerCents: sumTo('employer') },
    agreement: state.agreements.length ? agreementView(state.agreements.at(-1)!) : null,
    agreements: state.agreements.map(agreementView),
    revision: { deadline: state.revisionPeriod.deadline, ended: state.revisionPeriod.ended, requests: state.revisionPeriod.requests },
    allowance: state.allowance
      ? {
        kind: state.allowance.kind, yearlyCents: state.allowance.yearlyCents, monthlyCents: state.allowance.monthlyCents, monthsPaid: state.allowance.monthsPaid,
        nextDueAt: iso(state.allowance.nextDueAt), lines: lines(state.allowance.lines),
      }
      : null,
    death: state.death ?? null,
    nextStep: { code: progress.next, text: catalogue.render(phraseOf(`benefits.nextStep.${progress.next}`), language), dueAt: iso(progress.dueAt) },
    updatedAt: new Date(updatedAt).toISOString(),
  };
}

/** What the customer (the employer) reads: the same file without the bank accounts. */
export function customerBenefitsView(file: BenefitsFile): CustomerBenefits {
  const { victim, employer: _employer, ...rest } = file;
  return { ...rest, victimName: victim.name };
}

/** The file's row; none yet is a 404 (the claim may exist: the file is not open). */
export async function benefitsRowOf(knex: Knex, declarationId: string): Promise<{ state: BenefitsState; updatedAt: Date; organisationId: string; workflowId: string }> {
  const row = await knex('workplaceBenefits').where({ declarationId }).first('state', 'updatedAt', 'organisationId', 'workflowId');
  if (!row) throw new HttpError(404, 'not_found', phrase('benefits.refusal.notOpen'));
  return row;
}
