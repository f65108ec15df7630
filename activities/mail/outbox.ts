import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Transporter } from 'nodemailer';

export interface OutgoingMail {
  /** The event the mail is about: one mail per key, however often the activity runs. */
  dedupeKey: string;
  recipient: string;
  subject: string;
  text: string;
  declarationId?: string;
  attachments?: () => Promise<{ filename: string; contentType: string; content: Buffer }[]>;
}

/**
 * Sends a mail once per event: the outbox row records the sending, and the fixed Message-ID lets a mail
 * server drop the duplicate of a send whose acknowledgement was lost (a worker killed between the mail server's
 * answer and the commit: the one window no sender can close).
 */
export function outboxMailer(knex: Knex, transport: Transporter, from: string) {
  return async function sendOnce(mail: OutgoingMail): Promise<void> {
    const messageId = `<${createHash('sha256').update(mail.dedupeKey).digest('hex').slice(0, 32)}@claims.insurer.example>`;
    await knex('outboundMails').insert({ dedupeKey: mail.dedupeKey, declarationId: mail.declarationId ?? null, recipient: mail.recipient, subject: mail.subject, messageId }).onConflict('dedupeKey').ignore();
    // One attempt at a time: Temporal starts the activity again when an attempt outlives its timeout (a loaded worker)
    // while that attempt may still be sending. The row's lock makes the second wait and then find the mail sent; a
    // dead worker's lock goes with its connection.
    await knex.transaction(async (trx) => {
      const outbox = await trx('outboundMails').where({ dedupeKey: mail.dedupeKey }).forUpdate().first();
      if (outbox.sentAt) return;
      await transport.sendMail({ from, to: mail.recipient, subject: mail.subject, text: mail.text, messageId, attachments: mail.attachments ? await mail.attachments() : [] });
      await trx('outboundMails').where({ dedupeKey: mail.dedupeKey }).update({ sentAt: trx.fn.now() });
    });
  };
}
