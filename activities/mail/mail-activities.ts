import type { Knex } from 'knex';
import type { Transporter } from 'nodemailer';
import type { DeclarationSnapshot } from '../../domain/declaration';
import { declarationContext } from '../../db/declaration-context';
import { contactLanguage, fieldLabel, typeName } from '../../i18n/server-labels';
import { brusselsDate } from '../../domain/rules/calendar';
import type { ChangeSnapshot } from '../../workflows/hospitalisation-change/definitions';
import { missingDocuments } from '../../domain/required-documents';
import { catalogue } from '../../i18n/catalogue';
import { declarationSummaryPdf } from '../documents/declaration-summary';
import { outboxMailer } from './outbox';
import { MailTemplate, renderMail } from './templates';

export interface DeclarationMail {
  template: MailTemplate;
  declaration: DeclarationSnapshot;
}

export function mailActivities(knex: Knex, transport: Transporter, from: string) {
  const sendOnce = outboxMailer(knex, transport, from);

  /** Mails the declaration's contact, once per event (template, declaration and revision), in the contact's language. */
  async function sendDeclarationMail({ template, declaration }: DeclarationMail): Promise<void> {
    const recipient: string | undefined = (declaration.data as any).contact?.email;
    if (!recipient) return;
    const dedupeKey = `${template}:${declaration.id}:${declaration.revision}`;
    const language = contactLanguage(declaration.data);
    const { organisationName, policyNumber } = await declarationContext(knex, declaration);
    const { subject, text } = renderMail(template, language, {
      contactName: (declaration.data as any).contact?.name,
      typeName: typeName(declaration.type, language),
      reference: declaration.id.slice(0, 8).toUpperCase(),
      organisationName,
      policyNumber,
      submittedAt: declaration.submittedAt && new Date(declaration.submittedAt).toISOString(),
      claimNumber: declaration.claimNumber,
      handler: declaration.handler,
      missingDocuments: missingDocuments(declaration.type, declaration.data, declaration.attachments).map((needed) => fieldLabel(needed.kind, language)),
    });
    await sendOnce({
      dedupeKey, recipient, subject, text, declarationId: declaration.id,
      attachments: template === 'declaration-submitted'
        ? async () => [{ filename: `declaration-${declaration.id.slice(0, 8)}.pdf`, contentType: 'application/pdf', content: await declarationSummaryPdf({ declaration, organisationName, policyNumber, language }) }]
        : undefined,
    });
  }

  return {
    /** Tells the requester of a change to the group hospitalisation register what the back office decided. */
    async sendHospitalisationDecisionMail(change: ChangeSnapshot): Promise<void> {
      const requester = change.requestedBy.userId ? await knex('users').where({ id: change.requestedBy.userId }).first('email', 'fullName', 'language') : null;
      if (!requester || !change.decision) return;
      const { subject, text } = renderMail('hospitalisation-decided', catalogue.languageOf(requester.language), {
        name: requester.fullName, approved: change.decision.decision === 'approve', reason: change.decision.reason, kind: change.kind,
        effectiveDate: change.effectiveDate ?? brusselsDate(new Date()), reference: change.id.slice(0, 8).toUpperCase(),
      });
      await sendOnce({ dedupeKey: `hospitalisation-decided:${change.id}`, recipient: requester.email, subject, text });
    },

    sendDeclarationMail,

    /** What one action queued, in one activity and in order; each mail still goes once (its dedupe key), so a retry resends none. */
    async sendDeclarationMails({ mails }: { mails: DeclarationMail[] }): Promise<void> {
      for (const mail of mails) await sendDeclarationMail(mail);
    },
  };
}
