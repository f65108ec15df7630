import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Transporter } from 'nodemailer';
import { outboxMailer } from '../../activities/mail/outbox';
import { testDatabase } from '../support/database';

/**
 * The outbox sends a mail once per event, also when Temporal runs the activity again while an earlier attempt is still
 * sending (an attempt that outlived its timeout on a loaded worker). The transport is a stand-in that counts: this is
 * the outbox's own test; the real SMTP path is covered by the mail tests and the failover test.
 */
let db: Knex;
beforeAll(() => { db = testDatabase(); });
afterAll(() => db.destroy());

function countingTransport(delayMs: number, failFirst = false) {
  const sent: string[] = [];
  let attempts = 0;
  const transport = {
    async sendMail(message: { messageId: string }) {
      attempts += 1;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (failFirst && attempts === 1) throw new Error('421 try again later');
      sent.push(message.messageId);
      return {};
    },
  } as unknown as Transporter;
  return { transport, sent, attempts: () => attempts };
}

const mail = () => ({ dedupeKey: `outbox-test:${randomUUID()}`, recipient: 'an.peeters@bakkerij-peeters.example', subject: 'Test', text: 'Test' });

test('two attempts at once send the mail once; the second finds it sent', async () => {
  const { transport, sent } = countingTransport(300);
  const sendOnce = outboxMailer(db, transport, 'claims@insurer.example');
  const one = mail();
  await Promise.all([sendOnce(one), sendOnce(one), sendOnce(one)]);
  expect(sent).toHaveLength(1);
  const row = await db('outboundMails').where({ dedupeKey: one.dedupeKey }).first();
  expect(row.sentAt).not.toBeNull();
  expect(row.messageId).toBe(sent[0]);
});

test('a failed send leaves the mail unsent, and the next attempt sends it', async () => {
  const { transport, sent, attempts } = countingTransport(10, true);
  const sendOnce = outboxMailer(db, transport, 'claims@insurer.example');
  const one = mail();
  await expect(sendOnce(one)).rejects.toThrow('421');
  expect((await db('outboundMails').where({ dedupeKey: one.dedupeKey }).first()).sentAt).toBeNull();
  await sendOnce(one);
  await sendOnce(one);
  expect(attempts()).toBe(2);
  expect(sent).toHaveLength(1);
});
