import { apiUrl } from './api';
// The library entry point without pdf-parse's self-test.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse: (data: Buffer) => Promise<{ text: string }> = require('pdf-parse/lib/pdf-parse.js');

export interface ReceivedMail {
  id: string;
  subject: string;
  recipients: string[];
  attachments: { fileName: string; contentType: string; sizeBytes: number }[];
}

/** Waits until `count` mails to `recipient` have arrived in the embedded SMTP sink; oldest first. */
export async function mailsTo(recipient: string, count: number, timeoutMs = 20_000): Promise<ReceivedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails: ReceivedMail[] = await (await fetch(`${apiUrl()}/api/dev/mails?to=${encodeURIComponent(recipient)}`)).json();
    if (mails.length >= count || Date.now() > deadline) return mails.reverse();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export const mailText = async (id: string): Promise<string> => (await (await fetch(`${apiUrl()}/api/dev/mails/${id}`)).json()).text;

export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfParse(pdf)).text;
}

export async function mailAttachment(mailId: string, index: number): Promise<Buffer> {
  return Buffer.from(await (await fetch(`${apiUrl()}/api/dev/mails/${mailId}/attachments/${index}`)).arrayBuffer());
}
