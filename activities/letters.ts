import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { declarationContext } from '../db/declaration-context';
import type { DeclarationSnapshot } from '../domain/declaration';
import { contactLanguage } from '../i18n/server-labels';
import { catalogue } from '../i18n/catalogue';
import { decisionLetterPdf, LetterRecipient, letterRecipients } from './documents/decision-letters';
import type { outboxMailer } from './mail/outbox';

interface Addressee {
  name: string;
  lines: string[];
  email: string | null;
}

/** Where each recipient's letter goes, from the declaration and the organisation. */
function addresseeOf(recipient: LetterRecipient, data: Record<string, any>, organisation: Record<string, any>, language: string): Addressee {
  const place = (address?: Record<string, string>) => (address ? [address.street, `${address.postalCode} ${address.city}`] : []);
  const organisationAddress = { name: organisation.name, lines: [organisation.street, `${organisation.postalCode} ${organisation.city}`], email: organisation.email ?? null };
  switch (recipient) {
    case 'victim': {
      const victim = data.parties?.insured?.[0] ?? {};
      return { name: `${victim.firstName ?? ''} ${victim.lastName ?? ''}`.trim(), lines: place(victim.address), email: victim.email ?? null };
    }
    case 'health_fund': {
      const fund = data.damage?.healthFund;
      return { name: fund?.name ?? catalogue.t('letter.victimsHealthFund', undefined, language), lines: [], email: fund?.email ?? null };
    }
    case 'employer':
      return organisationAddress;
    case 'policyholder':
      return { ...organisationAddress, email: data.contact?.email ?? organisationAddress.email };
  }
}

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
        const { subject, pdf } = await decisionLetterPdf({ declaration, decision, recipient, addressee, organisationName: organisation.name, policyNumber, language });
        const fileName = `${decision.decision}-${recipient}-${(declaration.claimNumber ?? declaration.id).replace(/\//g, '-')}.pdf`;
        await knex('claimDocuments').insert({ id: randomUUID(), declarationId: declaration.id, kind: `decision_${decision.decision}`, recipient, fileName, content: pdf, dedupeKey })
          .onConflict('dedupeKey').ignore();
        if (addressee.email) {
          await sendOnce({
            dedupeKey, recipient: addressee.email, subject, declarationId: declaration.id,
            text: `${subject}\n\n${catalogue.t('letter.mailText', { fileName }, language)}`,
            attachments: async () => [{ filename: fileName, contentType: 'application/pdf', content: pdf }],
          });
        }
      }
  }
}
