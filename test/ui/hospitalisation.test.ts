import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { demo, Session } from '../support/api';
import { choose, expectAccessible, expectVisible, gridColumn, logIn, newVisitor, screenshot, sharedBrowser } from '../support/browser';
import { eventually } from '../support/eventually';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Logs in and opens Groepshospitalisatie from the menu, which shows it only to a titularis or the Local Admin. */
async function openHospitalisation(page: Page, email: string) {
  await logIn(page, email);
  await page.waitForURL('**/my-data');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Groepshospitalisatie' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Groepshospitalisatie', level: 1 }));
  await eventually(async () => expect((await gridColumn(page, 'firstName')).length).toBeGreaterThan(0));
}

const changeRow = (page: Page, text: string) => page.getByTestId('register-changes').getByRole('row').filter({ hasText: text });

describe('group hospitalisation in the portal', () => {
  const browser = sharedBrowser();

  test('a titularis adds a child: saved as a draft, resumed, reviewed and submitted; once the back office approves, she is in his register', async () => {
    const { context, page } = await newVisitor(browser());
    await openHospitalisation(page, demo.jan);
    expect(await gridColumn(page, 'firstName')).toEqual(expect.arrayContaining(['Jan', 'Ilse', 'Lena', 'Noah']));

    await page.getByRole('button', { name: 'Gezinslid toevoegen', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Gezinslid toevoegen' });
    await choose(page, 'Relatie', 'Kind');
    await dialog.getByRole('textbox', { name: /^Voornaam/ }).fill('Lotte');
    await dialog.getByRole('textbox', { name: /^Naam/ }).fill('Claes');
    await dialog.getByLabel(/^Geboortedatum/).fill('2026-10-14');
    await dialog.getByRole('textbox', { name: /^Rijksregisternummer/ }).fill('26.10.14-162.05');
    await dialog.getByRole('button', { name: 'Bewaren als ontwerp' }).click();
    await expectVisible(dialog.getByTestId('change-progress').filter({ hasText: /^Ontwerp bewaard om \d{2}:\d{2}$/ }));
    await screenshot(page, 'hospitalisation-titularis-draft');
    await dialog.getByRole('button', { name: 'Sluiten' }).click();

    // The draft waits in the list until Jan resumes it.
    await expectVisible(changeRow(page, 'Lotte Claes').getByTestId('change-status').filter({ hasText: 'Ontwerp' }));
    await page.getByRole('button', { name: 'Verder invullen: Gezinslid toevoegen Lotte Claes' }).click();
    expect(await dialog.getByRole('textbox', { name: /^Voornaam/ }).inputValue()).toBe('Lotte');
    await dialog.getByLabel(/^Ingangsdatum/).fill('2026-12-01');
    await dialog.getByRole('button', { name: 'Nazien en indienen' }).click();
    const review = page.getByRole('dialog', { name: 'Nazien voor het indienen: Gezinslid toevoegen' });
    await expectVisible(review.getByTestId('change-review').filter({ hasText: '14/10/2026' }).filter({ hasText: '01/12/2026' }));
    await screenshot(page, 'hospitalisation-titularis-review');
    await review.getByRole('button', { name: 'Definitief indienen' }).click();
    await expectVisible(page.getByText('Uw wijziging is ingediend.'));
    await expectVisible(changeRow(page, 'Lotte Claes').getByTestId('change-status').filter({ hasText: 'Ingediend' }));

    const jan = await Session.login(demo.jan);
    const changes = await jan.expect(200, 'GET', `/api/organisations/${jan.activeOrganisationId}/hospitalisation/changes`);
    const lotte = changes.find((change: { data: { person?: { firstName: string } } }) => change.data.person?.firstName === 'Lotte');
    const handler = await Session.login(demo.handler);
    await handler.expect(200, 'POST', `/api/backoffice/hospitalisation-changes/${lotte.id}/approve`);

    await page.reload();
    await expectVisible(changeRow(page, 'Lotte Claes').getByTestId('change-status').filter({ hasText: 'Goedgekeurd' }));
    await eventually(async () => expect(await gridColumn(page, 'firstName')).toContain('Lotte'));
    await screenshot(page, 'hospitalisation-titularis-approved');
    await context.close();
  });

  test('the Local Admin sees the whole register, downloads it as Excel and writes to the back office with an attachment', async () => {
    const { context, page } = await newVisitor(browser());
    await openHospitalisation(page, demo.an);
    expect(await gridColumn(page, 'firstName')).toEqual(expect.arrayContaining(['Jan', 'Ilse', 'Lena', 'Noah', 'Sofie', 'Pieter', 'Mila']));
    expect(await gridColumn(page, 'titularis')).toContain('Jan Claes');
    for (const kind of ['Persoonsgegevens wijzigen', 'Titularis toevoegen', 'Titularis verwijderen']) await expectVisible(page.getByRole('button', { name: kind }));
    expect(await page.getByRole('button', { name: 'Gezinslid toevoegen' }).count()).toBe(0);

    const excel = page.getByRole('link', { name: 'Excel downloaden' });
    expect(await excel.getAttribute('href')).toMatch(/^\/api\/organisations\/[0-9a-f-]{36}\/hospitalisation\/insured-persons\?format=xlsx&language=nl$/); // the portal's language, not the browser()'s
    const [download] = await Promise.all([page.waitForEvent('download'), excel.click()]);
    expect(download.suggestedFilename()).toBe('verzekerden.xlsx');
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04])); // a zip, as every .xlsx
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet('Verzekerden')!.getColumn(3).values).toEqual(expect.arrayContaining(['Voornaam', 'Sofie', 'Mila']));
    const response = await context.request.get((await excel.getAttribute('href'))!);
    expect(response.headers()['content-type']).toBe(xlsxType);

    await page.getByRole('textbox', { name: /^Onderwerp/ }).fill('Nieuwe werknemer vanaf januari');
    await page.getByRole('textbox', { name: /^Uw bericht/ }).fill('Vanaf wanneer kan een nieuwe werknemer aangesloten worden?');
    await page.getByTestId('message-files').setInputFiles({ name: 'arbeidsovereenkomst.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await page.getByRole('button', { name: 'Bericht versturen' }).click();
    await expectVisible(page.getByText('Uw bericht is verstuurd.'));
    const sent = page.getByTestId('message-thread').getByRole('listitem').filter({ hasText: 'Nieuwe werknemer vanaf januari' });
    await expectVisible(sent.getByRole('link', { name: 'arbeidsovereenkomst.pdf' }));
    await expectVisible(sent.getByText('Verstuurd'));
    await screenshot(page, 'hospitalisation-local-admin');
    await context.close();
  });

  test('the page, its change form and its review have no serious accessibility violations; without a role there is no entry and the page says why', async () => {
    const { context, page } = await newVisitor(browser());
    await openHospitalisation(page, demo.sofie);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Persoonsgegevens wijzigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Persoonsgegevens wijzigen' });
    await choose(page, 'Verzekerde', 'Sofie Maes (Titularis, 01/01/1985)');
    expect(await dialog.getByRole('textbox', { name: /^Naam/ }).inputValue()).toBe('Maes');
    await dialog.getByRole('textbox', { name: /^E-mail/ }).fill('sofie@maes.example');
    await dialog.getByRole('button', { name: 'Nazien en indienen' }).click();
    const review = page.getByRole('dialog', { name: 'Nazien voor het indienen: Persoonsgegevens wijzigen' });
    await expectVisible(review.getByTestId('change-review').filter({ hasText: 'sofie@maes.example' }));
    await expectAccessible(page);
    // Without an effective date the submission is refused: the server's reason, and the field marked.
    await review.getByRole('button', { name: 'Definitief indienen' }).click();
    // The server speaks the portal's language when it can (the portal's catalogue translates its refusals).
    await expectVisible(dialog.getByRole('alert').filter({ hasText: /^(The change is not complete\.|De wijziging is niet volledig\.)$/ }));
    expect(await dialog.getByLabel(/^Ingangsdatum/).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await screenshot(page, 'hospitalisation-change-refused');
    await context.close();

    const els = await newVisitor(browser());
    await logIn(els.page, demo.els);
    await els.page.waitForURL('**/my-data');
    await expectVisible(els.page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Mijn gegevens' }));
    await els.page.goto('/hospitalisation');
    await expectVisible(els.page.getByRole('alert').filter({ hasText: /Only a titularis or the Local Admin|Alleen een titularis of de Local Admin/ }));
    expect(await els.page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Groepshospitalisatie' }).count()).toBe(0);
    await els.context.close();
  });
});
