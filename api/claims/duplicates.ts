import type { Knex } from 'knex';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase } from '../../i18n/phrase';
import { invalid } from '../errors';

/**
 * The claim another is closed as a duplicate of: an existing claim of the same customer (another organisation's claim
 * does not exist here), not the claim itself, and not one closed as a duplicate of this one (no circle).
 */
export async function checkDuplicateTarget(knex: Knex, declarationId: string, duplicateOf: string): Promise<void> {
  const refuse = (key: 'risk.refusal.duplicateOfItself' | 'risk.refusal.duplicateUnknown', params = {}) =>
    invalid(phrase(key, params), [fieldProblem('duplicateOf', 'risk.problem.duplicateOf')]);
  if (duplicateOf === declarationId) throw refuse('risk.refusal.duplicateOfItself');
  const [own, other] = await Promise.all([
    knex('declarations').where({ id: declarationId }).first('organisationId'),
    knex('claims as c').join('declarations as d', 'd.id', 'c.declarationId').where('c.declarationId', duplicateOf)
      .first('d.organisationId', 'c.claimNumber', 'c.duplicateOf'),
  ]);
  if (!own || !other || other.organisationId !== own.organisationId) throw refuse('risk.refusal.duplicateUnknown');
  if (other.duplicateOf === declarationId) {
    throw invalid(phrase('risk.refusal.duplicateCircular', { claimNumber: other.claimNumber }), [fieldProblem('duplicateOf', 'risk.problem.duplicateOf')]);
  }
}
