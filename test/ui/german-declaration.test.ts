import type { Page } from 'playwright-core';
import { demo } from '../support/api';
import { choose, expectAccessible, expectVisible, logIn, newVisitor, screenshot, sharedBrowser } from '../support/browser';
import { expectNoUntranslatedKeys } from './untranslated-keys';

const stepHeading = (page: Page, step: number, name: string) => page.getByRole('heading', { name: `Schritt ${step} von 6: ${name}`, level: 2 });
const menu = (page: Page) => page.getByRole('navigation', { name: 'Menü' });

/** Logs An in (the login screen speaks Dutch, the default) and switches the portal to German. */
async function logInInGerman(page: Page): Promise<void> {
  await logIn(page, demo.an);
  await page.waitForURL('**/my-data');
  await choose(page, 'Taal', 'Deutsch');
  await expectVisible(page.getByRole('heading', { name: 'Meine Daten', level: 1 }));
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
}

/** From the menu to the first step of a fire declaration for the building policy of Bakkerij Peeters. */
async function startFireDeclaration(page: Page): Promise<void> {
  await menu(page).getByRole('link', { name: 'Schaden melden' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Schaden melden', level: 1 }));
  await page.getByRole('radio', { name: 'Brand', exact: true }).check();
  await page.getByRole('radio', { name: /^BR-2017-440978/ }).check();
  await expectNoUntranslatedKeys(page);
  await page.getByRole('button', { name: 'Schadenmeldung beginnen', exact: true }).click();
  await page.waitForURL(/\/declarations\/[0-9a-f-]{36}$/);
  await expectVisible(stepHeading(page, 1, 'Das Schadenereignis'));
}

async function next(page: Page, step: number, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expectVisible(stepHeading(page, step, name));
  await expectVisible(page.getByTestId('save-status').filter({ hasText: /^Gespeichert um \d{2}:\d{2}$/ }));
  await expectNoUntranslatedKeys(page);
}

describe('the portal in German', () => {
  const browser = sharedBrowser();

  test('An declares a fire in German: the steps, the buttons and the refusal of a wrong e-mail address speak German, and she gets a claim number', async () => {
    const { context, page } = await newVisitor(browser());
    await logInInGerman(page);
    await expectNoUntranslatedKeys(page);
    await startFireDeclaration(page);

    await page.getByLabel(/^Datum/).fill('2026-11-20');
    await page.getByRole('textbox', { name: /^Beschreibung/ }).fill('Kurzschluss im Backofen der Backstube.');
    await choose(page, 'Ursache', 'Elektrischer Defekt');
    await screenshot(page, 'german-step-1-event');
    await expectAccessible(page);
    await next(page, 2, 'Beteiligte Parteien');

    await page.getByRole('textbox', { name: /^Vorname/ }).fill('An');
    await page.getByRole('textbox', { name: /^Name/ }).fill('Peeters');
    await next(page, 3, 'Der Schaden');
    await page.getByRole('textbox', { name: /^Beschreibung/ }).fill('Brand in der Backstube, Rauchschaden im Laden.');
    await page.getByRole('switch', { name: /^Feuerwehr gerufen/ }).check();
    await next(page, 4, 'Kontaktdaten');

    // A wrong e-mail address is not saved: the shared draft schema refuses it in the browser, in German, next to the field.
    const email = page.getByRole('textbox', { name: /^E-Mail/ });
    expect(await email.inputValue()).toBe(demo.an);
    await email.fill('an.peeters-bei-der-baeckerei');
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expectVisible(page.getByTestId('save-status').filter({ hasText: 'Nicht gespeichert: Bitte korrigieren Sie die markierten Felder.' }));
    await page.getByRole('tab', { name: /Kontaktdaten/ }).click();
    await expectVisible(stepHeading(page, 4, 'Kontaktdaten'));
    await expectVisible(page.getByText('Keine E-Mail-Adresse', { exact: true }));
    await screenshot(page, 'german-step-4-refused-email');
    await expectAccessible(page);
    await email.fill(demo.an);
    await next(page, 5, 'Prüfung und Anlagen');
    await expectVisible(page.getByRole('heading', { name: 'Anlagen', exact: true }));
    await screenshot(page, 'german-step-5-review');

    await page.getByRole('button', { name: 'Schadenmeldung absenden', exact: true }).click();
    await expectVisible(stepHeading(page, 6, 'Bestätigung'));
    await expectVisible(page.getByText('Ihre Schadenmeldung wurde gesendet.'));
    await expectVisible(page.getByTestId('claim-number').filter({ hasText: /unter der Schadennummer \d{4}\/BR\/\d+ eröffnet/ }));
    await expectVisible(page.getByRole('link', { name: 'Übersicht der Schadenmeldung (PDF)' }));
    await expectNoUntranslatedKeys(page);
    await screenshot(page, 'german-step-6-confirmation');
    await expectAccessible(page);
    await context.close();
  });

  test('an incomplete declaration is refused by the server in German, every missing field named in German; the lists and the FAQ speak German too', async () => {
    const { context, page } = await newVisitor(browser());
    await logInInGerman(page);
    await startFireDeclaration(page);
    await page.getByRole('tab', { name: /Prüfung und Anlagen/ }).click();
    await expectVisible(stepHeading(page, 5, 'Prüfung und Anlagen'));
    await page.getByRole('button', { name: 'Schadenmeldung absenden', exact: true }).click();
    await expectVisible(page.getByRole('alert').filter({ hasText: 'Die Schadenmeldung ist noch nicht vollständig. Bitte ergänzen Sie diese Felder:' }));
    const missing = await page.getByTestId('missing-fields').textContent();
    expect(missing).toContain('Das Schadenereignis › Datum: Pflichtfeld');
    expect(missing).toContain('Das Schadenereignis › Beschreibung: Pflichtfeld');
    expect(missing).not.toMatch(/Required|Verplicht|Obligatoire|expected/i);
    await expectNoUntranslatedKeys(page);
    await screenshot(page, 'german-missing-fields');

    // The lists speak German too, down to the data grid's pager.
    await menu(page).getByRole('link', { name: 'Meine Policen' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Meine Policen', level: 1 }));
    await expectVisible(page.getByRole('columnheader', { name: 'Versicherungsnehmer' }));
    await expectVisible(page.locator('.MuiTablePagination-displayedRows').filter({ hasText: / von / }));
    await expectNoUntranslatedKeys(page);

    // The FAQ quotes the product rules' numbers the German way.
    await page.getByRole('link', { name: 'Hilfe', exact: true }).click();
    await expectVisible(page.getByRole('heading', { name: 'Hilfe und häufig gestellte Fragen', level: 1 }));
    await page.getByRole('button', { name: 'Binnen welcher Frist melde ich einen Arbeitsunfall?' }).click();
    const answer = page.getByRole('region', { name: 'Binnen welcher Frist melde ich einen Arbeitsunfall?' });
    await expectVisible(answer.getByText(/^Binnen 8 Tagen, gerechnet ab dem Tag nach dem Unfall\..*250\s€ bis 2\.500\s€/));
    await expectNoUntranslatedKeys(page);
    await context.close();
  });
});
