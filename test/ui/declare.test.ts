import type { Page } from 'playwright-core';
import { createDeclaration, declarationUrl, demo, Session } from '../support/api';
import { choose, expectAccessible, expectVisible, logIn, newVisitor, screenshot, sharedBrowser } from '../support/browser';

/** A tiny PNG: one transparent pixel. */
const photo = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const stepHeading = (page: Page, step: number, name: string) => page.getByRole('heading', { name: `Stap ${step} van 6: ${name}`, level: 2 });

/** From the menu to the first step of a fire declaration for the building policy of Bakkerij Peeters. */
async function startFireDeclaration(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Schade aangeven' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Schade aangeven', level: 1 }));
  await page.getByRole('radio', { name: 'Brand', exact: true }).check();
  await page.getByRole('radio', { name: /^BR-2017-440978/ }).check();
  await screenshot(page, 'declare-type-and-policy');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Aangifte starten' }).click();
  await page.waitForURL(/\/declarations\/[0-9a-f-]{36}$/);
  await expectVisible(stepHeading(page, 1, 'Het voorval'));
  return page.url().split('/').pop()!;
}

async function next(page: Page, step: number, name: string) {
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expectVisible(stepHeading(page, step, name));
  // The step change saved the draft, and the step is marked current for screen readers.
  await expectVisible(page.getByTestId('save-status').filter({ hasText: /^Opgeslagen om \d{2}:\d{2}$/ }));
  expect(await page.locator('[aria-current="step"]').textContent()).toContain(name);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(name);
  await expectAccessible(page);
}

async function fillPartiesDamageAndContact(page: Page, prefix: string) {
  await page.getByRole('textbox', { name: /^Voornaam/ }).fill('An');
  await page.getByRole('textbox', { name: /^Naam/ }).fill('Peeters');
  await screenshot(page, `${prefix}-step-2-parties`);
  await next(page, 3, 'De schade');
  await page.getByRole('textbox', { name: /^Omschrijving/ }).fill('Brand in het bakatelier, rookschade in de winkel.');
  await page.getByRole('switch', { name: /^Brandweer opgeroepen/ }).check();
  await screenshot(page, `${prefix}-step-3-damage`);
  await next(page, 4, 'Contactgegevens');
  expect(await page.getByRole('textbox', { name: /^E-mail/ }).inputValue()).toBe(demo.an);
  await screenshot(page, `${prefix}-step-4-contact`);
  await next(page, 5, 'Nazicht en bijlagen');
}

async function submitAndSeeClaimNumber(page: Page, prefix: string) {
  await page.getByRole('button', { name: 'Aangifte versturen' }).click();
  await expectVisible(stepHeading(page, 6, 'Bevestiging'));
  await expectVisible(page.getByTestId('claim-number').filter({ hasText: /schadenummer \d{4}\/BR\/\d+/ }));
  await expectVisible(page.getByRole('link', { name: 'Overzicht van de aangifte (PDF)' }));
  await screenshot(page, `${prefix}-step-6-confirmation`);
  await expectAccessible(page);
}

describe('declaring a claim through the wizard', () => {
  const browser = sharedBrowser();

  test('a customer declares a fire for the building policy, with the place and contact prefilled, and gets the claim number', async () => {
    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.an);
    await page.waitForURL('**/my-data');
    await startFireDeclaration(page);
    // The building's address comes from the policy.
    expect(await page.getByRole('textbox', { name: /^Straat en nummer/ }).inputValue()).not.toBe('');
    await page.getByLabel(/^Datum/).fill('2026-11-20');
    await page.getByRole('textbox', { name: /^Omschrijving/ }).fill('Kortsluiting in de oven van het bakatelier.');
    await choose(page, 'Oorzaak', 'Elektrisch defect'); // the answers read in Dutch, not as codes
    await screenshot(page, 'declare-step-1-event');
    await expectAccessible(page);
    await next(page, 2, 'Betrokken partijen');
    await fillPartiesDamageAndContact(page, 'declare');

    await page.getByTestId('attachment-input').setInputFiles({ name: 'keuken.png', mimeType: 'image/png', buffer: photo });
    await expectVisible(page.getByRole('list', { name: 'Bijlagen' }).getByText('keuken.png'));
    await screenshot(page, 'declare-step-5-review');
    await expectAccessible(page);
    await submitAndSeeClaimNumber(page, 'declare');
    await context.close();
  });

  test('a submit with missing fields lists every one of them', async () => {
    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.an);
    await page.waitForURL('**/my-data');
    await startFireDeclaration(page);
    await page.getByRole('tab', { name: /Nazicht en bijlagen/ }).click();
    await expectVisible(stepHeading(page, 5, 'Nazicht en bijlagen'));
    await page.getByRole('button', { name: 'Aangifte versturen' }).click();
    const missing = page.getByTestId('missing-fields');
    await expectVisible(missing);
    const text = await missing.textContent();
    expect(text).toContain('Het voorval › Datum');
    expect(text).toContain('Het voorval › Omschrijving');
    expect(text).toContain('De schade › Omschrijving');
    await screenshot(page, 'declare-missing-fields');
    await expectAccessible(page);
    await context.close();
  });

  test('a customer saves a draft and logs out; a colleague resumes it from the drafts list and submits it', async () => {
    const an = await newVisitor(browser());
    await logIn(an.page, demo.an);
    await an.page.waitForURL('**/my-data');
    const id = await startFireDeclaration(an.page);
    await an.page.getByLabel(/^Datum/).fill('2026-11-21');
    await an.page.getByRole('textbox', { name: /^Omschrijving/ }).fill('Rook uit de elektriciteitskast in de winkel.');
    await choose(an.page, 'Oorzaak', 'Rook');
    await next(an.page, 2, 'Betrokken partijen');
    await screenshot(an.page, 'draft-saved-by-an');
    await an.page.getByRole('button', { name: 'Afmelden' }).click();
    await an.page.waitForURL('**/login');
    await an.context.close();

    const sofie = await newVisitor(browser());
    await logIn(sofie.page, demo.sofie);
    await sofie.page.waitForURL((url) => !url.pathname.endsWith('/login'));
    await sofie.page.goto('/declarations');
    const row = sofie.page.locator(`.MuiDataGrid-row[data-id="${id}"]`);
    await expectVisible(row);
    await screenshot(sofie.page, 'drafts-list-sofie');
    await row.getByRole('button', { name: /Verder invullen/ }).click();
    // The wizard opens at the step An saved, with An's answers.
    await expectVisible(stepHeading(sofie.page, 2, 'Betrokken partijen'));
    await sofie.page.getByRole('tab', { name: /Het voorval/ }).click();
    await expectVisible(stepHeading(sofie.page, 1, 'Het voorval'));
    expect(await sofie.page.getByLabel(/^Datum/).inputValue()).toBe('2026-11-21');
    await next(sofie.page, 2, 'Betrokken partijen');
    await fillPartiesDamageAndContact(sofie.page, 'resume');
    await submitAndSeeClaimNumber(sofie.page, 'resume');
    await sofie.context.close();
  });

  test('a message to the handler appears in the claim’s thread, and can be withdrawn while unread', async () => {
    const session = await Session.login(demo.an);
    const draft = await createDeclaration(session, 'fire');
    await session.expect(200, 'POST', declarationUrl(session, draft.id, 'submit'));

    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.an);
    await page.waitForURL('**/my-data');
    await page.goto(`/claims/${draft.id}`);
    await expectVisible(page.getByRole('heading', { name: 'Berichten' }));
    await page.getByRole('textbox', { name: 'Onderwerp' }).fill('Bestek van de hersteller');
    await page.getByRole('textbox', { name: /^Uw bericht/ }).fill('In bijlage het bestek voor de oven.');
    await page.getByTestId('message-files').setInputFiles({ name: 'bestek.png', mimeType: 'image/png', buffer: photo });
    await page.getByRole('button', { name: 'Bericht versturen' }).click();
    const thread = page.getByTestId('message-thread');
    const message = thread.getByRole('listitem').filter({ hasText: 'Bestek van de hersteller' });
    await expectVisible(message.getByText('In bijlage het bestek voor de oven.'));
    await expectVisible(message.getByText('Verstuurd'));
    await expectVisible(message.getByRole('link', { name: 'bestek.png' }));
    await screenshot(page, 'claim-message-sent');
    await expectAccessible(page);
    await message.getByRole('button', { name: 'Bericht intrekken' }).click();
    await expectVisible(message.getByText('Ingetrokken'));
    await screenshot(page, 'claim-message-withdrawn');
    await context.close();
  });
});
