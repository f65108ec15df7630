import { Policy } from '../../db/models/policy';
import { assessDeclaration, wordedAssessment } from '../../domain/assessment';
import type { Declaration } from '../../db/models/declaration';
import type { DeclarationSnapshot } from '../../domain/declaration';
import { catalogue } from '../../i18n/catalogue';
import type { DeclarationDetail } from '../../contract/declarations';
import { declarationView } from './view';

/**
 * A declaration with its assessment: the rule results for its type, recomputed from the data on every read,
 * each of their phrases answered as `{ key, params, text }` with the text in the reader's language.
 */
export async function declarationDetail(declaration: DeclarationSnapshot | Declaration, language = 'en'): Promise<DeclarationDetail> {
  const policy = declaration.policyId ? await Policy.query().findById(declaration.policyId) : null;
  const view = declarationView(declaration);
  const assessment = assessDeclaration({ type: view.type, data: view.data, attachments: view.attachments, submittedAt: view.submittedAt, policy: policy ?? null, now: new Date() });
  return { ...view, assessment: wordedAssessment(assessment, (phrase) => catalogue.render(phrase, language)) };
}
