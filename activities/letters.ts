import type { Knex } from 'knex';
import { declarationContext } from '../db/declaration-context';
import type { DeclarationSnapshot } from '../domain/declaration';
import { contactLanguage } from '../i18n/server-labels';
import { decisionLetterPdf, decisionLetterSubject, letterRecipients } from './documents/decision-letters';
import { addresseeOf, deliverLetter } from './letter-delivery';
import type { outboxMailer } from './mail/outbox';

export function letterActivities(knex: Knex, sendOnce: ReturnType<typeof outboxMailer>) {
  return {
    /**
     * Writes the decision to everyone who must receive it in writing: a PDF per recipient, kept in the
     * claim file and mailed where an address is known. Once per decision, however often it runs.
     */
    async issueDecisionLetters(declaration: DeclarationSnapshot): Promise<void> {
      await issue(declaration, String(declaration.revision));
    },

    /** The same, for a decision the claim's process took: the declaration as projected after it; once per claim revision. */
    async issueClaimDecisionLetters({ declarationId, revision }: { declarationId: string; revision: number }): Promise<void> {
      const declaration: DeclarationSnapshot = await knex('declarations').where({ id: declarationId }).first();
      await issue(declaration, `claim-${revision}`);
    },
  };

  async function issue(declaration: DeclarationSnapshot, letterRevision: string): Promise<void> {
      const decision = declaration.decision;
      if (!decision) return;
      const organisation = await knex('organisations').where({ id: declaration.organisationId }).first();
      const { policyNumber } = await declarationContext(knex, declaration);
      const language = contactLanguage(declaration.data);
      for (const recipient of letterRecipients(declaration.type)) {
        const addressee = addresseeOf(recipient, declaration.data, organisation, language);
        const dedupeKey = `decision-letter:${declaration.id}:${letterRevision}:${recipient}`;
        const subject = decisionLetterSubject(decision, declaration.claimNumber, language);
        const fileName = `${decision.decision}-${recipient}-${(declaration.claimNumber ?? declaration.id).replace(/\//g, '-')}.pdf`;
        await deliverLetter(knex, sendOnce, {
          declarationId: declaration.id, kind: `decision_${decision.decision}`, recipient, fileName, dedupeKey, subject, email: addressee.email, language,
          render: async () => (await decisionLetterPdf({ declaration, decision, recipient, addressee, organisationName: organisation.name, policyNumber, language })).pdf,
        });
      }
  }
}
