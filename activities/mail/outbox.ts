import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { ApplicationFailure } from '@temporalio/common';
import type { Transporter } from 'nodemailer';

/**
 * How long an attempt has the mail to itself: twice the activities' 30 s timeout, longer than a send takes; a dead
 * sender's mail waits this long for the next attempt (the failover test waits for every mail after a worker's kill).
 */
const SENDING_LEASE_SECONDS = 60;

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
    // while that attempt may still be sending. An attempt takes the mail for a while; another one finding it taken
    // fails and is retried, by which time the mail is sent, or the lease of a sender that died has run out. No
    // connection is held while the mail server answers (the embedded sink stores what it receives through the pool).
    const [taken] = await knex('outboundMails')
      .where({ dedupeKey: mail.dedupeKey, sentAt: null })
      .where((lease) => lease.whereNull('sendingUntil').orWhere('sendingUntil', '<', knex.fn.now()))
      .update({ sendingUntil: knex.raw(`now() + interval '${SENDING_LEASE_SECONDS} seconds'`) }, ['sentAt']);
    if (!taken) {
      const outbox = await knex('outboundMails').where({ dedupeKey: mail.dedupeKey }).first('sentAt');
      if (outbox.sentAt) return;
      throw ApplicationFailure.create({ type: 'MailBeingSent', message: `mail ${mail.dedupeKey} is being sent by another attempt` });
    }
    try {
      await transport.sendMail({ from, to: mail.recipient, subject: mail.subject, text: mail.text, messageId, attachments: mail.attachments ? await mail.attachments() : [] });
    } catch (error) {
      await knex('outboundMails').where({ dedupeKey: mail.dedupeKey }).update({ sendingUntil: null }); // the next attempt may send at once
      throw error;
    }
    await knex('outboundMails').where({ dedupeKey: mail.dedupeKey }).update({ sentAt: knex.fn.now(), sendingUntil: null });
  };
}
