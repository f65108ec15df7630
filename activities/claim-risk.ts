import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { ClaimChange } from '../domain/claim/change';
import { fraudIndicators, possibleDuplicates, type ClaimFacts, type OtherClaim } from '../domain/claim/fraud-indicators';
import { MAX_DUPLICATES, MAX_INDICATORS, type ClaimRisk } from '../domain/claim/risk';
import { isMotorType, vehicleStateOf } from '../domain/declaration-facts';
import type { DeclarationType } from '../domain/declaration-types';
import { nationalNumberDigits } from '../domain/medical-privacy';
import { brusselsDate } from '../domain/rules/calendar';
import { fraudConfig, type FraudConfig } from '../runtime/fraud-config';

/**
 * The fraud screening's side effects (issue 12 §3): gathering from the database the facts the pure rules of
 * domain/claim/fraud-indicators.ts need, and projecting what the claim's process decided about its risk.
 */

/** How many other claims one assessment looks at: far above what one policy, person or account gathers. */
const OTHER_CLAIMS_READ = 500;

type Row = Record<string, any>;

const eventDateOf = (data: Row | null): string | null => (typeof data?.event?.date === 'string' ? data.event.date : null);

/**
 * The person a claim is about (the insured, the victim), by national register number, as a one-way key: the rules
 * compare persons, they never need (nor keep in the claim's history) the number itself.
 */
function personKeyOf(data: Row | null): string | null {
  const person = Array.isArray(data?.parties?.insured) ? data!.parties.insured[0] : null;
  const digits = typeof person?.nationalNumber === 'string' ? nationalNumberDigits(person.nationalNumber) : '';
  return digits.length === 11 ? createHash('sha256').update(`person:${digits}`).digest('hex').slice(0, 32) : null;
}

const normalisedIban = (iban: string) => iban.replace(/\s+/g, '').toUpperCase();

/** The accounts money of a claim goes to: its payments' payees, then the one declared. */
function ibansOf(data: Row | null, paymentIbans: string[]): string[] {
  const declared = typeof data?.damage?.iban === 'string' ? [data.damage.iban] : [];
  return [...new Set([...paymentIbans, ...declared].map(normalisedIban))];
}

/** A motor claim whose vehicle is lost for good (a theft counts apart: the rules look at it as such). */
function isTotalLoss(type: DeclarationType, data: Row | null): boolean {
  if (!isMotorType(type) || !data) return false;
  const state = vehicleStateOf(type, data);
  return state === 'total_loss' || state === 'beyond_repair';
}

export function claimRiskActivities(knex: Knex, config: FraudConfig = fraudConfig({})) {
  const paymentIbans = async (declarationIds: string[]) => {
    if (!declarationIds.length) return new Map<string, string[]>();
    const rows = await knex('payments').whereIn('declarationId', declarationIds).orderBy('createdAt', 'desc').select('declarationId', 'iban');
    const byClaim = new Map<string, string[]>();
    for (const row of rows) byClaim.set(row.declarationId, [...(byClaim.get(row.declarationId) ?? []), row.iban]);
    return byClaim;
  };

  /** The claim and everything the rules compare it with: its policy, and the other claims on the same policy, person or account. */
  async function factsOf(declarationId: string): Promise<ClaimFacts | null> {
    const claim = await knex('declarations').where({ id: declarationId }).first('id', 'type', 'data', 'policyId', 'organisationId', 'submittedAt', 'createdAt');
    const eventDate = eventDateOf(claim?.data ?? null);
    if (!claim || !eventDate) return null;
    const policy = claim.policyId ? await knex('policies').where({ id: claim.policyId }).first('id', 'startDate', 'terms') : null;
    const ownIbans = ibansOf(claim.data, (await paymentIbans([declarationId])).get(declarationId) ?? []);
    const personKey = personKeyOf(claim.data);
    const nationalNumber = personKey ? nationalNumberDigits(claim.data.parties.insured[0].nationalNumber) : null;

    const others: Row[] = await knex('declarations as d').join('claims as c', 'c.declarationId', 'd.id')
      .whereNot('d.id', declarationId)
      .where((related) => {
        if (claim.policyId) related.orWhere('d.policyId', claim.policyId);
        if (nationalNumber) related.orWhereRaw("regexp_replace(d.data #>> '{parties,insured,0,nationalNumber}', '\\D', '', 'g') = ?", [nationalNumber]);
        if (ownIbans.length) {
          related.orWhereRaw("upper(regexp_replace(d.data #>> '{damage,iban}', '\\s', '', 'g')) = any(?)", [ownIbans])
            .orWhereExists(knex('payments as p').whereRaw('p.declaration_id = d.id').whereRaw("upper(regexp_replace(p.iban, '\\s', '', 'g')) = any(?)", [ownIbans]));
        }
        if (!claim.policyId && !nationalNumber && !ownIbans.length) related.whereRaw('false');
      })
      .orderBy('d.submittedAt', 'desc').limit(OTHER_CLAIMS_READ)
      .select('d.id', 'd.type', 'd.data', 'd.policyId', 'd.organisationId');
    const othersIbans = await paymentIbans(others.map((other) => other.id));
    const otherClaims: OtherClaim[] = others.flatMap((other) => {
      const otherEvent = eventDateOf(other.data);
      if (!otherEvent) return [];
      const ibans = ibansOf(other.data, othersIbans.get(other.id) ?? []);
      // The account the rules compare: the one this claim shares, if any.
      const iban = ibans.find((candidate) => ownIbans.includes(candidate)) ?? ibans[0] ?? null;
      return [{
        claimId: other.id, policyId: other.policyId, personKey: personKeyOf(other.data), eventDate: otherEvent, iban,
        customerId: other.organisationId, type: other.type as DeclarationType,
      }];
    });
    return {
      claimId: declarationId, type: claim.type, eventDate,
      declaredOn: brusselsDate(new Date(claim.submittedAt ?? claim.createdAt)),
      policy: policy ? {
        id: policy.id, startDate: policy.startDate,
        coverRaisedOn: typeof policy.terms?.coverRaisedOn === 'string' ? policy.terms.coverRaisedOn : null,
        insuredValueRaisedOn: typeof policy.terms?.insuredValueRaisedOn === 'string' ? policy.terms.insuredValueRaisedOn : null,
      } : null,
      totalLoss: isTotalLoss(claim.type, claim.data),
      iban: ownIbans[0] ?? null, customerId: claim.organisationId, otherClaims, personKey,
    };
  }

  return {
    /**
     * The claim's fraud indicators (each with its reason and facts) and possible duplicates, from the database as it
     * is now. Reads only: the claim's process decides what to keep (and when) and writes it with its next change.
     */
    async assessClaimRisk({ declarationId }: { declarationId: string }): Promise<Pick<ClaimRisk, 'indicators' | 'possibleDuplicates'>> {
      const facts = await factsOf(declarationId);
      if (!facts) return { indicators: [], possibleDuplicates: [] };
      return {
        indicators: fraudIndicators(facts, config.thresholds).slice(0, MAX_INDICATORS),
        possibleDuplicates: possibleDuplicates(facts, config.duplicateWithinDays).slice(0, MAX_DUPLICATES),
      };
    },
  };
}

const jsonOrNull = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * Part of projectClaim's transaction: the claim's risk on its claims row, possible duplicates linked in both files,
 * and the referrals to the special investigation unit. A state without these fields (a claim from before) leaves them.
 */
export async function writeRiskChange(trx: Knex.Transaction, change: ClaimChange): Promise<void> {
  const { state } = change;
  const declarationId = state.declarationId;
  const row: Record<string, unknown> = {};
  if (state.risk !== undefined) row.risk = JSON.stringify(state.risk);
  if (state.investigation !== undefined) row.siuReferred = Boolean(state.investigation);
  if (state.litigation !== undefined) row.litigation = jsonOrNull(state.litigation);
  row.duplicateOf = state.closed?.duplicateOf ?? null;
  await trx('claims').where({ declarationId }).update(row);

  // Linked both ways: the other file shows the link too, even when it opened first.
  const links = (state.risk?.possibleDuplicates ?? []).flatMap((other) => [
    { declarationId, otherDeclarationId: other }, { declarationId: other, otherDeclarationId: declarationId },
  ]);
  if (links.length) await trx('claimDuplicateLinks').insert(links).onConflict(['declarationId', 'otherDeclarationId']).ignore();

  const investigation = change.investigation;
  if (investigation?.kind === 'opened') {
    await trx('claimInvestigations').insert({
      id: investigation.id, declarationId, referredAt: investigation.referredAt, referredBy: JSON.stringify(investigation.referredBy), reason: investigation.reason,
    }).onConflict('id').ignore();
  } else if (investigation?.kind === 'closed') {
    await trx('claimInvestigations').where({ id: investigation.id, declarationId }).whereNull('closedAt').update({
      closedAt: investigation.closedAt, closedBy: JSON.stringify(investigation.closedBy), outcome: investigation.outcome, note: investigation.note,
    });
  }
}
