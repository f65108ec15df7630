import type { Knex } from 'knex';
import type { SendMailOptions, Transporter } from 'nodemailer';
import { benefitLetterActivities } from '../../activities/benefit-letters';
import { outboxMailer } from '../../activities/mail/outbox';
import { createDeclaration, declarationUrl, demo, fixture, Session } from '../support/api';
import { testDatabase } from '../support/database';
import { pdfText } from '../support/mail-and-pdf';

let an: Session;
let handler: Session;
let db: Knex;

beforeAll(async () => {
  [an, handler] = await Promise.all([demo.an, demo.handler].map((email) => Session.login(email)));
  db = testDatabase();
});
afterAll(() => db.destroy());

/** The mails the activity hands to the mail server, kept to be looked at. */
function recordingMailer() {
  const sent: SendMailOptions[] = [];
  const transport = { sendMail: async (mail: SendMailOptions) => { sent.push(mail); return { messageId: mail.messageId }; } } as unknown as Transporter;
  return { sent, sendOnce: outboxMailer(db, transport, 'claims@insurer.example') };
}

/** An accepted workplace accident of Bakkerij Peeters (whose language is Dutch), declared by a contact who reads French. */
async function acceptedWorkplaceAccident(victimEmail: string) {
  const { data } = fixture('workplace_accident');
  const declaration = await createDeclaration(an, 'workplace_accident', {
    ...data,
    parties: { ...data.parties, insured: [{ ...data.parties.insured[0], email: victimEmail }] },
    contact: { ...data.contact, language: 'fr' },
  });
  await an.expect(200, 'POST', declarationUrl(an, declaration.id, 'submit'));
  const claim = (await handler.post(`/api/backoffice/declarations/${declaration.id}/start-handling`)).body;
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${claim.id}/decision`, { decision: 'accept' });
  return claim as { id: string; claimNumber: string };
}

const pdfWords = async (content: Buffer) => (await pdfText(content)).replace(/\s+/g, ' ');

test('a period paid goes in writing to the victim in the contact’s language and to the employer in its own, kept in the claim file and mailed once however often it runs', async () => {
  const victimEmail = `victim.${Date.now()}@example.com`;
  const claim = await acceptedWorkplaceAccident(victimEmail);
  const { sent, sendOnce } = recordingMailer();
  const { issueBenefitLetter } = benefitLetterActivities(db, sendOnce);
  const order = {
    declarationId: claim.id, letterKey: `benefits:${claim.id}:period_paid:2026-11-02`, step: 'period_paid' as const,
    params: { from: '2026-11-02', to: '2026-11-19', days: 17, provisional: true, toVictimCents: 0, toEmployerCents: 150_909, lines: [] },
  };

  await issueBenefitLetter(order);
  await issueBenefitLetter(order); // the activity ran again (a retry after a lost acknowledgement)

  const kept = await db('claimDocuments').where({ declarationId: claim.id, kind: 'benefit_period_paid' }).orderBy('recipient', 'desc');
  expect(kept.map((letter) => letter.recipient)).toEqual(['victim', 'employer']);
  const victimLetter = await pdfWords(kept[0].content);
  expect(victimLetter).toContain(`Indemnité d’incapacité temporaire – sinistre ${claim.claimNumber}`);
  expect(victimLetter).toContain('Nous payons l’indemnité d’incapacité temporaire du 02/11/2026 au 19/11/2026 (17 jours) : 1 509,09 € au total.');
  expect(victimLetter).toContain('Jan Claes Lange Lozanastraat 20 2018 Antwerpen (la victime)');
  const employerLetter = await pdfWords(kept[1].content);
  expect(employerLetter).toContain(`Vergoeding voor tijdelijke arbeidsongeschiktheid – schadegeval ${claim.claimNumber}`);
  expect(employerLetter).toContain('Aan de werkgever, voor het gewaarborgd loon dat hij betaalde: € 1.509,09.');
  expect(employerLetter).toContain('Bakkerij Peeters BV Kerkstraat 12 2000 Antwerpen (de werkgever)');

  expect(sent.map((mail) => [mail.to, mail.subject])).toEqual(expect.arrayContaining([
    [victimEmail, `Indemnité d’incapacité temporaire – sinistre ${claim.claimNumber}`],
    ['info@bakkerij-peeters.example', `Vergoeding voor tijdelijke arbeidsongeschiktheid – schadegeval ${claim.claimNumber}`],
  ]));
  expect(sent).toHaveLength(2);
  const attached = (sent.find((mail) => mail.to === victimEmail)!.attachments as { content: Buffer }[])[0].content;
  expect(Buffer.compare(attached, kept[0].content)).toBe(0); // the mail carries the letter the file keeps

  // The handler finds both letters with the claim's others; the customer among the claim's documents.
  const file = (await handler.get(`/api/backoffice/claims/${claim.id}`)).body;
  expect(file.letters.filter((letter: { kind: string }) => letter.kind === 'benefit_period_paid')).toHaveLength(2);
  const customerFile = (await an.get(`/api/organisations/${an.activeOrganisationId}/claims/${claim.id}`)).body;
  expect(customerFile.documents.filter((document: { kind: string }) => document.kind === 'benefit_period_paid')).toHaveLength(2);

  // Another period is another letter.
  await issueBenefitLetter({ ...order, letterKey: `benefits:${claim.id}:period_paid:2026-12-01`, params: { ...order.params, from: '2026-12-01', to: '2026-12-10', days: 10 } });
  expect(await db('claimDocuments').where({ declarationId: claim.id, kind: 'benefit_period_paid' }).count({ n: '*' }).first()).toEqual({ n: '4' });
  expect(sent).toHaveLength(4);
});

test('a letter for a claim that does not exist is refused for good, not retried', async () => {
  const { sendOnce } = recordingMailer();
  const { issueBenefitLetter } = benefitLetterActivities(db, sendOnce);
  await expect(issueBenefitLetter({
    declarationId: '00000000-0000-4000-8000-000000000000', letterKey: 'benefits:none:correction:1', step: 'correction',
    params: { toVictimCents: 100, toEmployerCents: 0, lines: [] },
  })).rejects.toMatchObject({ nonRetryable: true });
});
