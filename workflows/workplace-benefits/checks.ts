import { brusselsDate } from '../../domain/rules/calendar';
import { certificateProblem } from '../../domain/rules/workplace-benefits/certificates';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { invalidFields, notAllowed } from '../refusals';
import type {
  AcceptAgreement, Agreement, BenefitsState, ProposeAgreement, RatifyAgreement, RecordCertificate, RecordDeath, RecordDetailedWage, RecordMedicalCheck,
  RecordOtherEmployer, RecordPayslip, RequestRevision,
} from './definitions';

/**
 * What the benefits file checks before it accepts a command: pure functions of its state, run by the update
 * validators (a refusal leaves no trace) and again by the handlers on their turn.
 */

const notBeforeAccident = (state: BenefitsState, day: string, field: string) => {
  if (day < state.accidentDate) {
    throw invalidFields(phrase('benefits.refusal.beforeAccident', { accidentDate: state.accidentDate }), [fieldProblem(field, 'benefits.problem.beforeAccident', { accidentDate: state.accidentDate })]);
  }
};

export const latestAgreement = (state: BenefitsState): Agreement | null => state.agreements.at(-1) ?? null;

export function checkCertificate(state: BenefitsState, { certificateId, kind, from, to }: RecordCertificate) {
  notBeforeAccident(state, from, 'from');
  if (certificateProblem({ id: certificateId, kind, from, to }) !== null) {
    throw invalidFields(phrase('benefits.refusal.certificateInvalid'), [fieldProblem('to', 'benefits.problem.certificateDates')]);
  }
  if (kind === 'extension' && !state.certificates.some((known) => known.kind !== 'return_to_work' && known.to !== null)) {
    throw notAllowed(phrase('benefits.refusal.nothingToExtend'));
  }
}

export function checkDetailedWage(state: BenefitsState, _order: RecordDetailedWage) {
  if (state.detailedWage) throw notAllowed(phrase('benefits.refusal.detailedWageKnown'));
}

export function checkPayslip(state: BenefitsState, { month }: RecordPayslip) {
  if (month < state.accidentDate.slice(0, 7)) {
    throw invalidFields(phrase('benefits.refusal.beforeAccident', { accidentDate: state.accidentDate }), [fieldProblem('month', 'benefits.problem.beforeAccident', { accidentDate: state.accidentDate })]);
  }
  if (state.payslips.some((payslip) => payslip.month === month)) throw notAllowed(phrase('benefits.refusal.payslipKnown', { month }));
}

export function checkMedicalCheck(state: BenefitsState, { on }: RecordMedicalCheck) {
  notBeforeAccident(state, on, 'on');
  if (state.medicalChecks.some((check) => check.on === on)) throw notAllowed(phrase('benefits.refusal.medicalCheckKnown', { on }));
}

export function checkOtherEmployer(state: BenefitsState, { name }: RecordOtherEmployer) {
  const same = (other: string) => other.trim().toLowerCase() === name.trim().toLowerCase();
  if (same(state.employer.name) || state.otherEmployers.some((other) => same(other.name))) throw notAllowed(phrase('benefits.refusal.employerKnown', { name }));
}

/** An agreement waits for no other; the first is proposed once (later ones come by revision); a long incapacity needs its detailed base wage. */
export function checkProposal(state: BenefitsState, { consolidationDate }: ProposeAgreement, detailedNeeded: boolean) {
  notBeforeAccident(state, consolidationDate, 'consolidationDate');
  const latest = latestAgreement(state);
  if (latest && !latest.ratification) throw notAllowed(phrase('benefits.refusal.agreementPending'));
  if (latest) throw notAllowed(phrase('benefits.refusal.agreementRatified'));
  if (detailedNeeded && !state.detailedWage) throw notAllowed(phrase('benefits.refusal.detailedWageMissing'));
}

export function checkAcceptance(state: BenefitsState, { signedOn }: AcceptAgreement) {
  const latest = latestAgreement(state);
  if (!latest || latest.ratification) throw notAllowed(phrase('benefits.refusal.noAgreementToAccept'));
  if (latest.acceptance) throw notAllowed(phrase('benefits.refusal.agreementAccepted'));
  if (signedOn < latest.proposedAt.slice(0, 10)) {
    throw invalidFields(phrase('benefits.refusal.signedBeforeProposal'), [fieldProblem('signedOn', 'benefits.problem.signedBeforeProposal', { proposedOn: latest.proposedAt.slice(0, 10) })]);
  }
}

export function checkRatification(state: BenefitsState, { ratifiedOn }: RatifyAgreement) {
  const latest = latestAgreement(state);
  if (!latest || latest.ratification) throw notAllowed(phrase('benefits.refusal.noAgreementToRatify'));
  if (!latest.acceptance) throw notAllowed(phrase('benefits.refusal.notAccepted'));
  if (ratifiedOn < latest.acceptance.signedOn) {
    throw invalidFields(phrase('benefits.refusal.ratifiedBeforeSignature'), [fieldProblem('ratifiedOn', 'benefits.problem.ratifiedBeforeSignature', { signedOn: latest.acceptance.signedOn })]);
  }
}

/** A revision is asked within the revision period, of a ratified agreement, while no other waits. */
export function checkRevision(state: BenefitsState, { consolidationDate }: RequestRevision, now: number) {
  notBeforeAccident(state, consolidationDate, 'consolidationDate');
  const latest = latestAgreement(state);
  if (!latest || state.revisionPeriod.endsAt === null) throw notAllowed(phrase('benefits.refusal.nothingToRevise'));
  if (state.revisionPeriod.ended || now >= state.revisionPeriod.endsAt) throw notAllowed(phrase('benefits.refusal.revisionPeriodOver', { deadline: state.revisionPeriod.deadline }));
  if (!latest.ratification) throw notAllowed(phrase('benefits.refusal.agreementPending'));
}

/** After the victim's death the file takes nothing more (a second death included): it has ended. */
export function checkNotEnded(state: BenefitsState) {
  if (state.death) throw notAllowed(phrase('benefits.refusal.victimDied', { diedOn: state.death.diedOn }));
}

/** A death is recorded on a day from the accident up to today (Brussels), never ahead of it. */
export function checkDeath(state: BenefitsState, { diedOn }: RecordDeath, now: number) {
  notBeforeAccident(state, diedOn, 'diedOn');
  const today = brusselsDate(new Date(now));
  if (diedOn > today) throw invalidFields(phrase('benefits.refusal.diedInFuture'), [fieldProblem('diedOn', 'benefits.problem.notInFuture', { today })]);
}
