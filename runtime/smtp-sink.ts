import type { Knex } from 'knex';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on loopback that keeps every message in PostgreSQL, so a person trying the
 * product (and the tests) can read the mails the system sent: GET /api/dev/mails. Never in production.
 */
export async function startSmtpSink(knex: Knex, port: number): Promise<() => Promise<void>> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    size: 30 * 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        try {
          const raw = Buffer.concat(chunks);
          const parsed = await simpleParser(raw);
          await knex('devMails').insert({
            messageId: parsed.messageId ?? null,
            sender: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            recipients: JSON.stringify(session.envelope.rcptTo.map((recipient) => recipient.address)),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            attachments: JSON.stringify(parsed.attachments.map((file) => ({ fileName: file.filename ?? 'attachment', contentType: file.contentType, sizeBytes: file.size }))),
            raw,
          });
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
