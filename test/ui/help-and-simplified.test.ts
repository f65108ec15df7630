import type { Page } from 'playwright-core';
import { helpdesk } from '../../ui/src/help/helpdesk';
import { createDeclaration, declarationUrl, demo, Session } from '../support/api';
import { expectAccessible, expectVisible, logIn, newVisitor, screenshot, sharedBrowser } from '../support/browser';

const stepHeading = (page: Page, step: number, name: string) => page.getByRole('heading', { name: `Stap ${step} van 6: ${name}`, level: 2 });

async function next(page: Page, step: number, name: string) {
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expectVisible(stepHeading(page, step, name));
  await expectVisible(page.getByTestId('save-status').filter({ hasText: /^Opgeslagen om \d{2}:\d{2}$/ }));
}

async function openStep(page: Page, step: number, name: string) {
  await page.getByRole('tab', { name: new RegExp(name) }).click();
  await expectVisible(stepHeading(page, step, name));
}

/** The help page in Dutch: the helpdesk's number and hours, and an FAQ answer that quotes the 8-day rule. */
async function expectHelpInDutch(page: Page) {
  await expectVisible(page.getByRole('heading', { name: 'Hulp en veelgestelde vragen', level: 1 }));
  await expectVisible(page.getByRole('link', { name: helpdesk.phone }));
  await expectVisible(page.getByText(`van ${helpdesk.opens} tot ${helpdesk.closes} uur`));
  await expectVisible(page.getByRole('heading', { name: 'Arbeidsongevallen', level: 3 }));
  await page.getByRole('button', { name: 'Binnen welke termijn geef ik een arbeidsongeval aan?' }).click();
  const answer = page.getByRole('region', { name: 'Binnen welke termijn geef ik een arbeidsongeval aan?' });
  await expectVisible(answer.getByText(/^Binnen 8 dagen, te rekenen vanaf de dag na het ongeval\..*€\s250 tot €\s2\.500/));
  await page.getByRole('button', { name: 'Hoe wordt een totaal verlies vergoed?' }).click();
  await expectVisible(page.getByText(/hoogstens 20\.000 km/));
  await expectAccessible(page);
}

describe('help, the simplified workplace-accident declaration, and deleting a draft', () => {
  const browser = sharedBrowser();

  test('the help page shows the helpdesk and the FAQ in Dutch, from the login page and from the app bar; its click-through opens the declaration of a workplace accident', async () => {
    const { context, page } = await newVisitor(browser());
    await page.goto('/login');
    await page.getByRole('link', { name: 'Hulp en veelgestelde vragen' }).click();
    await page.waitForURL('**/login/help');
    await expectHelpInDutch(page);
    await screenshot(page, 'help-before-login');

    // The click-through passes through the login and lands in the declare flow.
    await page.getByRole('link', { name: 'Arbeidsongeval aangeven' }).click();
    await page.waitForURL('**/login');
    await page.getByLabel('E-mailadres').fill(demo.an);
    await page.getByLabel('Wachtwoord').fill('demo');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL('**/declare?type=workplace_accident');
    expect(await page.getByRole('radio', { name: 'Arbeidsongeval', exact: true }).isChecked()).toBe(true);

    await page.getByRole('link', { name: 'Hulp', exact: true }).click();
    await page.waitForURL('**/help');
    await expectHelpInDutch(page);
    await screenshot(page, 'help-in-the-portal');
    await page.getByRole('link', { name: 'Arbeidsongeval aangeven' }).click();
    await page.waitForURL('**/declare?type=workplace_accident');
    expect(await page.getByRole('radio', { name: 'Arbeidsongeval', exact: true }).isChecked()).toBe(true);
    await expectVisible(page.getByRole('radiogroup', { name: 'Welke aangifte wilt u doen?' }));
    await screenshot(page, 'help-click-through-declare');
    await context.close();
  });

  test('a minor workplace accident is declared through the simplified path; a serious one is refused on the simplified field first', async () => {
    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.an);
    await page.waitForURL('**/my-data');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Schade aangeven' }).click();
    await page.getByRole('radio', { name: 'Arbeidsongeval', exact: true }).check();
    await page.getByRole('radio', { name: 'Vereenvoudigde aangifte (klein ongeval, geen ernstig letsel)' }).check();
    await page.getByRole('radio', { name: /^AO-2018-330145/ }).check();
    await screenshot(page, 'simplified-choose');
    await page.getByRole('button', { name: 'Aangifte starten' }).click();
    await page.waitForURL(/\/declarations\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;

    await expectVisible(stepHeading(page, 1, 'Het voorval'));
    await expectVisible(page.getByText(/^Vereenvoudigde aangifte voor een klein arbeidsongeval/));
    await page.getByLabel(/^Datum/).fill('2026-11-19');
    await page.getByRole('textbox', { name: /^Straat en nummer/ }).fill('Kerkstraat 12');
    await page.getByRole('textbox', { name: /^Postcode/ }).fill('2000');
    await page.getByRole('textbox', { name: /^Gemeente/ }).fill('Antwerpen');
    await page.getByRole('textbox', { name: /^Land/ }).fill('BE');
    await page.getByRole('textbox', { name: /^Omschrijving/ }).fill('Uitgegleden op de natte vloer van het bakatelier.');
    await page.getByRole('switch', { name: /^Veroorzaakt door een gebeurtenis of voorwerp/ }).check();
    await screenshot(page, 'simplified-step-1-event');

    // Only the victim: no employment details, no counterparties, no witnesses.
    await next(page, 2, 'Betrokken partijen');
    await page.getByRole('textbox', { name: /^Voornaam/ }).fill('Jan');
    await page.getByRole('textbox', { name: /^Naam/ }).fill('Claes');
    await page.getByRole('textbox', { name: /^Rijksregisternummer/ }).fill('78.04.12-031.14');
    expect(await page.getByRole('textbox').count()).toBe(3);
    await screenshot(page, 'simplified-step-2-victim');

    await next(page, 3, 'De schade');
    await page.getByRole('textbox', { name: /^Aard van het letsel/ }).fill('Verstuikte enkel');
    await page.getByRole('button', { name: 'Gekwetste lichaamsdelen toevoegen' }).click();
    await page.getByRole('textbox', { name: /^Gekwetste lichaamsdelen 1/ }).fill('rechterenkel');
    expect(await page.getByRole('switch', { name: /^Vereenvoudigde aangifte/ }).isChecked()).toBe(true);
    await next(page, 4, 'Contactgegevens');
    await next(page, 5, 'Nazicht en bijlagen');

    // Caused by an object and injured: serious, so the server refuses the simplified declaration, on its field.
    await page.getByRole('button', { name: 'Aangifte versturen' }).click();
    await expectVisible(page.getByTestId('missing-fields').getByText(/^Vereenvoudigde aangifte: .*ernstig ongeval/));
    await openStep(page, 3, 'De schade');
    await expectVisible(page.getByTestId('save-status').filter({ hasText: /^Opgeslagen om/ })); // the refusal outlives the save
    const simplifiedField = page.locator('div').filter({ has: page.getByRole('switch', { name: /^Vereenvoudigde aangifte/ }) }).last();
    await expectVisible(simplifiedField.getByText(/ernstig ongeval/));
    await screenshot(page, 'simplified-refused-serious');

    // It was a slip, not caused by an event or an object: a minor accident after all.
    await openStep(page, 1, 'Het voorval');
    await page.getByRole('switch', { name: /^Veroorzaakt door een gebeurtenis of voorwerp/ }).uncheck();
    await openStep(page, 5, 'Nazicht en bijlagen');
    await page.getByRole('button', { name: 'Aangifte versturen' }).click();
    await expectVisible(stepHeading(page, 6, 'Bevestiging'));
    await expectVisible(page.getByText('Uw aangifte is verstuurd.'));
    await screenshot(page, 'simplified-submitted');
    await context.close();

    const an = await Session.login(demo.an);
    const declaration = (await an.get(declarationUrl(an, id))).body;
    expect(declaration).toMatchObject({ type: 'workplace_accident', status: 'submitted', data: { simplified: true, event: { causedByEventOrObject: false }, parties: { insured: [{ firstName: 'Jan', lastName: 'Claes' }] } } });
    expect(declaration.data.parties.insured[0]).not.toHaveProperty('jobTitle');
  });

  test('a draft is deleted from the drafts list after a confirmation, and disappears from it', async () => {
    const an = await Session.login(demo.an);
    const draft = await createDeclaration(an, 'liability', { event: { date: '2026-11-20' } });

    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.an);
    await page.waitForURL('**/my-data');
    await page.goto('/declarations');
    const row = page.locator(`.MuiDataGrid-row[data-id="${draft.id}"]`);
    await expectVisible(row);

    // Cancelling keeps the draft.
    await row.getByRole('button', { name: /^Ontwerp verwijderen: / }).click();
    const dialog = page.getByRole('dialog', { name: 'Ontwerp verwijderen?' });
    await expectVisible(dialog.getByText(/verdwijnt uit de ontwerpen van uw organisatie/));
    await screenshot(page, 'draft-delete-confirm');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectVisible(row);

    await row.getByRole('button', { name: /^Ontwerp verwijderen: / }).click();
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await expectVisible(page.getByText('Het ontwerp is verwijderd.'));
    await row.waitFor({ state: 'detached' });
    await screenshot(page, 'draft-deleted');
    await context.close();

    expect((await an.get(declarationUrl(an, draft.id))).body).toMatchObject({ status: 'withdrawn', history: expect.arrayContaining([expect.objectContaining({ action: 'withdrawn', by: expect.objectContaining({ name: 'An Peeters' }) })]) });
  });
});
