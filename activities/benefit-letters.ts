import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import type { Knex } from 'knex';
import { declarationContext } from '../db/declaration-context';
import type { DeclarationSnapshot } from '../domain/declaration';
import { brusselsDate } from '../domain/rules/calendar';
import { catalogue } from '../i18n/catalogue';
import { contactLanguage } from '../i18n/server-labels';
import { type BenefitLetter, benefitLetterPdf, benefitLetterRecipients, benefitLetterSubject } from './documents/benefit-letters';
import { insurer } from './documents/policy-blocks';
import { badDataFailureType } from './failures';
import { addresseeOf, deliverLetter } from './letter-delivery';
import type { outboxMailer } from './mail/outbox';

export type { BenefitLetter, BenefitLetterStep } from './documents/benefit-letters';

/** A letter of the benefits file: which claim, which step, and a key that is the same every time the process asks for this letter. */
export type BenefitLetterOrder = BenefitLetter & { declarationId: string; letterKey: string };

export function benefitLetterActivities(knex: Knex, sendOnce: ReturnType<typeof outboxMailer>) {
  return {
    /**
     * Tells the victim and the employer in writing of a step of the workplace accident's benefits (a period paid, the
     * correction, the agreement, its ratification, the revision, the final settlement, the annuity): a PDF per recipient
     * in the recipient's language, kept with the claim's other letters and mailed where an address is known; once per
     * letterKey, however often it runs. The victim reads the declaration's contact language, the employer its own.
     */
    async issueBenefitLetter(order: BenefitLetterOrder): Promise<void> {
      const declaration: DeclarationSnapshot | undefined = await knex('declarations').where({ id: order.declarationId }).first();
      if (!declaration?.claimNumber) {
        throw ApplicationFailure.create({ type: badDataFailureType, nonRetryable: true, message: `No claim ${order.declarationId} to write a benefits letter for` });
      }
      const organisation = await knex('organisations').where({ id: declaration.organisationId }).first();
      const { policyNumber } = await declarationContext(knex, declaration);
      const letter = { step: order.step, params: order.params } as BenefitLetter;
      const claimNumber = declaration.claimNumber;
      const handler = declaration.handler?.name ?? insurer.name;
      for (const recipient of benefitLetterRecipients) {
        const language = recipient === 'employer' ? catalogue.languageOf(organisation.language) : contactLanguage(declaration.data);
        const addressee = addresseeOf(recipient, declaration.data, organisation, language);
        const subject = benefitLetterSubject(order.step, claimNumber, language);
        await deliverLetter(knex, sendOnce, {
          declarationId: declaration.id, kind: `benefit_${order.step}`, recipient, subject, email: addressee.email, language,
          dedupeKey: `benefit-letter:${declaration.id}:${order.letterKey}:${recipient}`,
          // The key's hash keeps the name short and apart from the same step's other letters (another period, a revision).
          fileName: `${order.step}-${recipient}-${claimNumber.replace(/\//g, '-')}-${createHash('sha256').update(order.letterKey).digest('hex').slice(0, 8)}.pdf`,
          render: async () => (await benefitLetterPdf({
            letter, claimNumber, recipient, addressee, organisationName: organisation.name, policyNumber, handler, on: brusselsDate(new Date()), language,
          })).pdf,
        });
      }
    },
  };
}
