import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { catalogue } from '../i18n/catalogue';
import type { LetterRecipient } from './documents/letter-frame';
import type { outboxMailer } from './mail/outbox';

export interface Addressee {
  name: string;
  lines: string[];
  email: string | null;
}

/** Where each recipient's letter goes, from the declaration and the organisation. */
export function addresseeOf(recipient: LetterRecipient, data: Record<string, any>, organisation: Record<string, any>, language: string): Addressee {
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

export interface LetterDelivery {
  declarationId: string;
  /** The letter's kind in the claim file (`decision_accept`, `benefit_period_paid`). */
  kind: string;
  recipient: LetterRecipient;
  fileName: string;
  /** One letter per key, however often the activity runs. */
  dedupeKey: string;
  subject: string;
  email: string | null;
  language: string;
  render: () => Promise<Buffer>;
}

/**
 * Keeps a letter in the claim file and mails it where an address is known, once per key: a rerun finds the letter
 * kept and mails that one (not a new rendering with another date), so the file and the mail always hold the same PDF.
 */
export async function deliverLetter(knex: Knex, sendOnce: ReturnType<typeof outboxMailer>, letter: LetterDelivery): Promise<void> {
  const { declarationId, kind, recipient, fileName, dedupeKey } = letter;
  if (!(await knex('claimDocuments').where({ dedupeKey }).first('id'))) {
    const content = await letter.render();
    await knex('claimDocuments').insert({ id: randomUUID(), declarationId, kind, recipient, fileName, content, dedupeKey }).onConflict('dedupeKey').ignore();
  }
  if (!letter.email) return;
  await sendOnce({
    dedupeKey, recipient: letter.email, subject: letter.subject, declarationId,
    text: `${letter.subject}\n\n${catalogue.t('letter.mailText', { fileName }, letter.language)}`,
    attachments: async () => {
      const kept = await knex('claimDocuments').where({ dedupeKey }).first('fileName', 'content');
      return [{ filename: kept.fileName, contentType: 'application/pdf', content: kept.content }];
    },
  });
}
