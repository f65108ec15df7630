import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { hashPassword } from '../../db/passwords';
import type { Browser, Page } from 'playwright-core';
import { demo, fixture, Session } from '../support/api';
import { choose, expectAccessible, expectVisible, logIn, screenshot, sharedBrowser } from '../support/browser';
import { policyIdsByNumber, testDatabase } from '../support/database';

/** The portal on a phone (390×844, touch): following a claim, adding what the insurer asked for, declaring with the camera. */
const browser = sharedBrowser();
let an: Session;
let handler: Session;
let db: Knex;
const colleagueEmail = `a.colleague.with.a.long.address.${randomUUID().slice(0, 8)}@bakkerij-peeters.example`;

beforeAll(async () => {
  [an, handler] = await Promise.all([demo.an, demo.handler].map((email) => Session.login(email)));
  db = testDatabase();
  // A colleague with a long e-mail address in the user agreement on My data: the longest word a phone must fit.
  const [user] = await db('users').insert({ email: colleagueEmail, fullName: 'Colleague With A Long Address', passwordHash: await hashPassword('demo'), role: 'customer' }).returning('id');
  await db('organisationAccess').insert({ userId: user.id, organisationId: an.activeOrganisationId, accessLevel: 'full' });
});
afterAll(() => db.destroy());

/** A tiny JPEG, as a phone's camera would hand it over (the server checks the bytes, not the name). */
const cameraPhoto = Buffer.from('/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==', 'base64');
const certificate = 'Medisch attest van eerste vaststelling';
const phoneWidth = 390;

async function phoneVisitor(chromium: Browser) {
  const context = await chromium.newContext({
    baseURL: process.env.TEST_API_URL, locale: 'nl-BE', timezoneId: 'Europe/Brussels', reducedMotion: 'reduce',
    viewport: { width: phoneWidth, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** Nothing on the page is wider than the phone's screen (a phone zooms out to a wider page: its own width is the measure). */
async function expectNoHorizontalScrolling(page: Page) {
  const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
  expect(width).toBeLessThanOrEqual(phoneWidth);
}

/** A bodily accident An declared, opened by a handler and accepted under reservation: the medical certificate is missing. */
async function reservedBodilyAccident(): Promise<string> {
  const policies = await policyIdsByNumber(db);
  const created = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'bodily_accident', policyId: policies['LO-2020-220871'], data: fixture('bodily_accident').data });
  const claimId = created.body.id;
  await an.expect(200, 'POST', `/api/organisations/${an.activeOrganisationId}/declarations/${claimId}/submit`);
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${claimId}/start-handling`, {});
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${claimId}/decision`, { decision: 'reserve', reason: 'Het medisch attest ontbreekt', missing: [certificate] });
  return claimId;
}

test('a customer on a phone sees how far the claim got and uploads the certificate the insurer asked for', async () => {
  const claimId = await reservedBodilyAccident();
  const { context, page } = await phoneVisitor(browser());
  await logIn(page, demo.an);
  await page.waitForURL('**/my-data');
  // Measured once the user agreement is there: before it loads, the page is narrow whatever the table does.
  await expectVisible(page.getByRole('cell', { name: colleagueEmail }));
  await expectNoHorizontalScrolling(page);

  // The menu slides in from its button; My claims lists the claim without widening the page.
  await page.getByTestId('menu-button').click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Mijn schadegevallen' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Mijn schadegevallen', level: 1 }));
  await expectNoHorizontalScrolling(page);
  await screenshot(page, 'phone-my-claims');
  await expectAccessible(page);

  await page.goto(`/claims/${claimId}`);
  await expectVisible(page.getByTestId('claim-progress'));
  for (const step of ['declared', 'opened', 'decided']) expect(await page.getByTestId(`progress-${step}`).getAttribute('data-reached')).toBe('yes');
  for (const step of ['paid', 'closed']) expect(await page.getByTestId(`progress-${step}`).getAttribute('data-reached')).toBe('no');
  const asked = page.getByTestId('waiting-reservation:0');
  await expectVisible(asked.getByRole('heading', { name: certificate }));
  await expectVisible(page.getByTestId('waiting-document:medical_certificate_first_finding'));
  await expectNoHorizontalScrolling(page);
  await screenshot(page, 'phone-claim-waiting-for');
  await expectAccessible(page);

  // The certificate photographed with the phone's camera, said to be the certificate of first finding.
  await choose(page, 'Wat is het bestand?', certificate);
  await asked.getByTestId('waiting-camera-reservation:0').setInputFiles({ name: 'attest.jpg', mimeType: 'image/jpeg', buffer: cameraPhoto });
  await expectVisible(page.getByTestId('documents-added').filter({ hasText: 'attest.jpg' }));
  await expectVisible(page.getByText('Niets: de verzekeraar heeft voorlopig alles wat hij van u nodig heeft.'));
  expect(await page.getByTestId('waiting-reservation:0').count()).toBe(0);
  await expectVisible(page.getByRole('link', { name: 'attest.jpg' }));
  await expectNoHorizontalScrolling(page);
  await screenshot(page, 'phone-claim-certificate-added');
  await expectAccessible(page);

  const audit = await db('auditLog').where({ action: 'claim_documents_added', subjectId: claimId });
  expect(audit.map((entry) => entry.actorName)).toEqual(['An Peeters']);
  await context.close();
}, 120_000);

const stepHeading = (page: Page, step: number, name: string) => page.getByRole('heading', { name: `Stap ${step} van 6: ${name}`, level: 2 });

async function next(page: Page, step: number, name: string) {
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expectVisible(stepHeading(page, step, name));
  await expectVisible(page.getByTestId('save-status').filter({ hasText: /^Opgeslagen om \d{2}:\d{2}$/ }));
  await expectNoHorizontalScrolling(page);
}

test('a customer declares a fire on a phone, with a photo taken by its camera', async () => {
  const { context, page } = await phoneVisitor(browser());
  await logIn(page, demo.an);
  await page.waitForURL('**/my-data');
  await page.getByTestId('menu-button').click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Schade aangeven' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Schade aangeven', level: 1 }));
  await page.getByRole('radio', { name: 'Brand', exact: true }).check();
  await page.getByRole('radio', { name: /^BR-2017-440978/ }).check();
  await expectNoHorizontalScrolling(page);
  await page.getByRole('button', { name: 'Aangifte starten' }).click();
  await expectVisible(stepHeading(page, 1, 'Het voorval'));
  await expectNoHorizontalScrolling(page);
  await screenshot(page, 'phone-declare-step-1');
  await expectAccessible(page);

  await page.getByLabel(/^Datum/).fill('2026-11-20');
  await page.getByRole('textbox', { name: /^Omschrijving/ }).fill('Kortsluiting in de oven van het bakatelier.');
  await choose(page, 'Oorzaak', 'Elektrisch defect');
  await next(page, 2, 'Betrokken partijen');
  await page.getByRole('textbox', { name: /^Voornaam/ }).fill('An');
  await page.getByRole('textbox', { name: /^Naam/ }).fill('Peeters');
  await next(page, 3, 'De schade');
  await page.getByRole('textbox', { name: /^Omschrijving/ }).fill('Brand in het bakatelier, rookschade in de winkel.');
  await page.getByRole('switch', { name: /^Brandweer opgeroepen/ }).check();
  await next(page, 4, 'Contactgegevens');
  await next(page, 5, 'Nazicht en bijlagen');

  // On the phone the camera is offered next to the file picker: it only takes images, from the back camera.
  const camera = page.getByTestId('attachment-camera');
  expect(await camera.getAttribute('capture')).toBe('environment');
  expect(await camera.getAttribute('accept')).toBe('image/*');
  await camera.setInputFiles({ name: 'oven.jpg', mimeType: 'image/jpeg', buffer: cameraPhoto });
  await expectVisible(page.getByRole('list', { name: 'Bijlagen' }).getByText('oven.jpg'));
  await expectNoHorizontalScrolling(page);
  await screenshot(page, 'phone-declare-step-5-photo');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Aangifte versturen' }).click();
  await expectVisible(stepHeading(page, 6, 'Bevestiging'));
  await expectVisible(page.getByTestId('claim-number').filter({ hasText: /schadenummer \d{4}\/BR\/\d+/ }));
  await expectNoHorizontalScrolling(page);
  await screenshot(page, 'phone-declare-confirmation');
  await expectAccessible(page);
  await context.close();
}, 120_000);

test('on a desktop the attachment step keeps the normal file picker only', async () => {
  const context = await browser().newContext({ baseURL: process.env.TEST_API_URL, locale: 'nl-BE', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const draft = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'liability', data: fixture('liability').data });
  await logIn(page, demo.an);
  await page.waitForURL('**/my-data');
  await page.goto(`/declarations/${draft.body.id}`);
  await expectVisible(stepHeading(page, 1, 'Het voorval'));
  for (let step = 1; step < 5; step += 1) await page.getByRole('button', { name: 'Volgende' }).click();
  await expectVisible(page.getByTestId('attachment-input').locator('xpath=..'));
  expect(await page.getByTestId('attachment-camera').count()).toBe(0);
  await context.close();
});
