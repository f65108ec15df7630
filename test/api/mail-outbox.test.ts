import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Transporter } from 'nodemailer';
import { outboxMailer } from '../../activities/mail/outbox';
import { testDatabase } from '../support/database';

/**
 * The outbox sends a mail once per event, also when Temporal runs the activity again while an earlier attempt is still
 * sending (an attempt that outlived its timeout on a loaded worker), without holding a database connection while the
 * mail server answers. The transport is a stand-in that counts: this is
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

test('attempts at once send the mail once: the others are told it is being sent, and a later one finds it sent', async () => {
  const { transport, sent } = countingTransport(300);
  const sendOnce = outboxMailer(db, transport, 'claims@insurer.example');
  const one = mail();
  const attempts = await Promise.allSettled([sendOnce(one), sendOnce(one), sendOnce(one)]);
  expect(sent).toHaveLength(1);
  expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
  for (const attempt of attempts.filter((attempt) => attempt.status === 'rejected')) {
    expect((attempt as PromiseRejectedResult).reason.message).toBe(`mail ${one.dedupeKey} is being sent by another attempt`);
  }
  await sendOnce(one);
  expect(sent).toHaveLength(1);
  const row = await db('outboundMails').where({ dedupeKey: one.dedupeKey }).first();
  expect(row.sentAt).not.toBeNull();
  expect(row.sendingUntil).toBeNull();
  expect(row.messageId).toBe(sent[0]);
});

test('the lease of an attempt that died runs out, and the next attempt sends the mail', async () => {
  const { transport, sent } = countingTransport(10);
  const sendOnce = outboxMailer(db, transport, 'claims@insurer.example');
  const one = mail();
  // As a killed worker leaves it: the row taken, never sent, the lease over.
  await db('outboundMails').insert({ dedupeKey: one.dedupeKey, recipient: one.recipient, subject: one.subject, messageId: '<dead@claims.insurer.example>', sendingUntil: db.raw("now() - interval '1 second'") });
  await sendOnce(one);
  expect(sent).toHaveLength(1);
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
