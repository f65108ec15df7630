import type { Knex } from 'knex';
import type { Browser, Page } from 'playwright-core';
import { declarationUrl, demo, fixture, Session, withKey } from '../support/api';
import { choose, expectVisible, launchBrowser, logIn, newVisitor, openClaimTab, screenshot, expectAccessible } from '../support/browser';
import { claimUrl, openLiabilityClaim, payeeAccount, waitUntil } from '../support/claims';
import { policyIdsByNumber, testDatabase } from '../support/database';

const second = 'second.handler@insurer.example'; // Karim El Amrani

/** The back office's inboxes (group hospitalisation changes, messages) and the claim file's reassignment, deadline events and benefit schedules. */
describe('Back office: inboxes and claim file actions', () => {
  let browser: Browser;
  let an: Session;
  let jan: Session;
  let handler: Session;
  let db: Knex;
  beforeAll(async () => {
    browser = await launchBrowser();
    [an, jan, handler] = await Promise.all([demo.an, demo.jan, demo.handler].map((email) => Session.login(email)));
    db = testDatabase();
  });
  afterAll(async () => {
    await browser?.close();
    await db?.destroy();
  });

  const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu' });

  /** An submits a declaration under one of Bakkerij Peeters' policies; a handler opens its claim file. */
  async function handlerOpensSubmitted(type: string, policyNumber: string, data: Record<string, unknown>) {
    const policies = await policyIdsByNumber(db);
    const declaration = (await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type, policyId: policies[policyNumber], data })).body;
    await an.expect(200, 'POST', declarationUrl(an, declaration.id, 'submit'));
    const visitor = await newVisitor(browser);
    await logIn(visitor.page, demo.handler);
    await visitor.page.waitForURL('**/backoffice/claims');
    await visitor.page.goto(`/backoffice/claims/${declaration.id}?tab=declaration`); // the assessment goes with the declaration
    return visitor;
  }

  test('Jan proposes two changes to the hospitalisation register; the handler rejects one with a reason and approves the other', async () => {
    const base = `/api/organisations/${jan.activeOrganisationId}/hospitalisation`;
    const family = await jan.expect(200, 'GET', `${base}/insured-persons`);
    const personId = (firstName: string) => family.find((person: { firstName: string }) => person.firstName === firstName).id;
    const propose = async (kind: string, data: Record<string, unknown>) => {
      const change = await jan.expect(201, 'POST', `${base}/changes`, { kind, data, effectiveDate: '2027-01-01' });
      return jan.expect(200, 'POST', `${base}/changes/${change.id}/submit`, {});
    };
    const email = await propose('update_person', { personId: personId('Noah'), changes: { email: 'noah.claes@example.com' } });
    // A national register number of its own, so that a second run adds a second child.
    const serial = String(Date.now() % 1000).padStart(3, '0');
    const child = await propose('add_family_member', {
      titularisId: personId('Jan'), relation: 'child', person: { firstName: 'Fien', lastName: 'Claes', birthDate: '2026-11-20', nationalNumber: `26.11.20-${serial}.07` },
    });

    const { context, page } = await newVisitor(browser);
    await logIn(page, demo.handler);
    await page.waitForURL('**/backoffice/claims');
    await menu(page).getByRole('link', { name: 'Wijzigingen hospitalisatie' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Wijzigingen collectieve hospitalisatie', level: 1 }));
    const emailRow = page.getByTestId(`change-${email.id}`);
    const childRow = page.getByTestId(`change-${child.id}`);
    await expectVisible(emailRow.filter({ hasText: 'Gegevens wijzigen' }).filter({ hasText: 'Noah Claes' }).filter({ hasText: 'noah.claes@example.com' }));
    await expectVisible(childRow.filter({ hasText: 'Gezinslid toevoegen' }).filter({ hasText: 'gezin van Jan Claes' }).filter({ hasText: '20/11/2026' }));
    await expectVisible(childRow.filter({ hasText: 'Jan Claes' }).filter({ hasText: 'Bakkerij Peeters BV' }).filter({ hasText: '01/01/2027' }));
    await screenshot(page, 'backoffice-hospitalisation-changes');
    await expectAccessible(page);

    await emailRow.getByRole('button', { name: 'Weigeren' }).click();
    const rejecting = page.getByRole('dialog');
    await expectVisible(rejecting.getByText('Jan Claes krijgt de reden per e-mail.'));
    await rejecting.getByLabel('Reden').fill('Minderjarigen krijgen geen eigen e-mailadres');
    await screenshot(page, 'backoffice-hospitalisation-reject');
    await rejecting.getByRole('button', { name: 'Weigeren' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: 'Geweigerd: Gegevens wijzigen — Noah Claes' }));
    await emailRow.waitFor({ state: 'detached' });

    await childRow.getByRole('button', { name: 'Goedkeuren' }).click();
    const approving = page.getByRole('dialog');
    await expectVisible(approving.getByText('Het register past zich aan vanaf 01/01/2027; Jan Claes krijgt een e-mail.'));
    await approving.getByRole('button', { name: 'Goedkeuren' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: 'Goedgekeurd: Gezinslid toevoegen — Fien Claes' }));
    await childRow.waitFor({ state: 'detached' });

    await page.getByRole('combobox', { name: /^Status/ }).click();
    await page.getByRole('option', { name: 'Geweigerd', exact: true }).click();
    await expectVisible(page.getByTestId(`change-${email.id}`).filter({ hasText: 'Minderjarigen krijgen geen eigen e-mailadres' }));
    await screenshot(page, 'backoffice-hospitalisation-rejected');
    await context.close();

    const changes = await jan.expect(200, 'GET', `${base}/changes`);
    expect(changes.find((change: { id: string }) => change.id === email.id)).toMatchObject({ status: 'rejected', decision: { reason: 'Minderjarigen krijgen geen eigen e-mailadres' } });
    expect(changes.find((change: { id: string }) => change.id === child.id)).toMatchObject({ status: 'approved', decision: { by: { name: 'Hanne De Smet' } } });
    const register = await jan.expect(200, 'GET', `${base}/insured-persons`);
    expect(register.find((person: { firstName: string }) => person.firstName === 'Fien')).toMatchObject({ relation: 'child', coveredFrom: '2027-01-01' });
    expect(register.find((person: { firstName: string }) => person.firstName === 'Noah').email).toBeNull();
  });

  test('a customer writes on a claim with an attachment; the handler opens it in the inbox (read), downloads the file and answers; the customer sees the answer', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const form = new FormData();
    form.append('subject', 'Bestek van de schilder');
    form.append('body', 'Wanneer komt de expert langs?');
    form.append('files', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))], { type: 'application/pdf' }), 'bestek schilder.pdf');
    const thread = `/api/organisations/${an.activeOrganisationId}/claims/${claimId}/messages`;
    const sent = (await an.request('POST', thread, form)).body;
    expect(sent.status).toBe('sent');

    const { context, page } = await newVisitor(browser);
    await logIn(page, demo.handler);
    await page.waitForURL('**/backoffice/claims');
    await menu(page).getByRole('link', { name: 'Berichten' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Berichten', level: 1 }));
    const row = page.getByTestId(`message-${sent.id}`);
    await expectVisible(row.filter({ hasText: 'Nieuw' }).filter({ hasText: 'An Peeters' }).filter({ hasText: 'Bestek van de schilder' }));
    await expectVisible(row.getByRole('link', { name: /^\d{4}\/BA\/\d{6}$/ })); // the claim's number leads to its file
    await screenshot(page, 'backoffice-messages');
    await expectAccessible(page);

    await row.getByRole('button', { name: 'Openen: Bestek van de schilder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bestek van de schilder' });
    await expectVisible(dialog.getByTestId('message-body').filter({ hasText: 'Wanneer komt de expert langs?' }));
    await expectVisible(dialog.getByText(/^Gelezen door Hanne De Smet/));
    const download = dialog.getByRole('link', { name: 'bestek schilder.pdf' });
    const file = await page.request.get((await download.getAttribute('href'))!);
    expect((await file.body()).toString()).toBe('%PDF-1.4\n%%EOF\n');
    await expectVisible(row.filter({ hasText: 'Gelezen' }));
    await dialog.getByLabel('Uw antwoord').fill('De expert komt dinsdag om 10 uur.');
    await screenshot(page, 'backoffice-message-open');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Antwoord versturen' }).click();
    await expectVisible(dialog.getByRole('status').filter({ hasText: 'Uw antwoord is verstuurd.' }));
    await expectVisible(dialog.getByTestId('message-reply').filter({ hasText: 'De expert komt dinsdag om 10 uur.' }));
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expectVisible(row.filter({ hasText: 'Beantwoord' }));
    await context.close();

    const answered = (await an.expect(200, 'GET', thread)).find((message: { id: string }) => message.id === sent.id);
    expect(answered).toMatchObject({ status: 'answered', reply: { body: 'De expert komt dinsdag om 10 uur.', by: { name: 'Hanne De Smet' } } });
  });

  test('a senior handler reassigns a claim from its file to Karim El Amrani; a handler is not offered to', async () => {
    const claimId = await openLiabilityClaim(an, handler);

    const { context, page } = await newVisitor(browser);
    await logIn(page, demo.handler);
    await page.waitForURL('**/backoffice/claims');
    await page.goto(`/backoffice/claims/${claimId}?tab=deadlines`);
    await expectVisible(page.getByRole('button', { name: 'Herinnering ontvangen' }));
    expect(await page.getByRole('combobox', { name: /^Toewijzen aan/ }).count()).toBe(0);
    await context.close();

    const senior = await newVisitor(browser);
    await logIn(senior.page, demo.senior);
    await senior.page.waitForURL('**/backoffice/claims');
    await senior.page.goto(`/backoffice/claims/${claimId}`);
    await expectVisible(senior.page.getByTestId('header-handler').filter({ hasText: 'Hanne De Smet' }));
    await senior.page.getByRole('combobox', { name: /^Toewijzen aan/ }).click();
    expect(await senior.page.getByRole('option', { name: /^Hanne De Smet/ }).count()).toBe(0); // she has it already
    await senior.page.getByRole('option', { name: /^Karim El Amrani — \d+ open dossiers$/ }).click();
    await senior.page.getByRole('button', { name: 'Toewijzen', exact: true }).click();
    const dialog = senior.page.getByRole('dialog', { name: 'Het dossier toewijzen aan Karim El Amrani?' });
    await screenshot(senior.page, 'backoffice-reassign-dialog');
    await dialog.getByRole('button', { name: 'Toewijzen' }).click();
    await expectVisible(senior.page.getByRole('status').filter({ hasText: 'Toegewezen aan Karim El Amrani' }));
    await expectVisible(senior.page.getByTestId('header-handler').filter({ hasText: 'Karim El Amrani' }));
    await screenshot(senior.page, 'backoffice-reassigned');
    await expectAccessible(senior.page);
    await senior.context.close();

    const file = await handler.expect(200, 'GET', `/api/backoffice/claims/${claimId}`);
    expect(file.handler).toMatchObject({ name: 'Karim El Amrani', email: second });
    expect(file.history.at(-1)).toMatchObject({ action: 'reassigned', by: { name: 'Marc Verhoeven' } });
  });

  test('the handler records a reminder from the claimant: its 11-day answer deadline starts', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    await waitUntil(async () => (await handler.get(`/api/backoffice/claims/${claimId}`)).body.deadlines.length > 0);

    const { context, page } = await newVisitor(browser);
    await logIn(page, demo.handler);
    await page.waitForURL('**/backoffice/claims');
    await page.goto(`/backoffice/claims/${claimId}?tab=deadlines`);
    await page.getByRole('button', { name: 'Herinnering ontvangen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Herinnering ontvangen?' });
    await expectVisible(dialog.getByText(/het antwoord is verschuldigd binnen 11 dagen/));
    await screenshot(page, 'backoffice-deadline-reminder');
    await dialog.getByRole('button', { name: 'Bevestigen' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: /^Geregistreerd: Herinnering ontvangen op \d{2}\/\d{2}\/\d{4}$/ }));
    await expectVisible(page.getByRole('table', { name: 'Termijnen' }).getByRole('cell', { name: 'Antwoord op herinnering' }));
    await screenshot(page, 'backoffice-deadline-recorded');
    await context.close();

    const deadlines = (await handler.expect(200, 'GET', `/api/backoffice/claims/${claimId}`)).deadlines;
    expect(deadlines).toContainEqual(expect.objectContaining({ code: 'reminder_answer', status: 'running' }));
  });

  test('Verzekerd Inkomen: the handler starts an invalidity benefit over 12 months, sees the first instalment paid, then stops it with a reason', async () => {
    const policies = await policyIdsByNumber(db);
    const { data } = fixture('bodily_accident');
    const declaration = (await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, {
      type: 'bodily_accident', policyId: policies['VI-2024-880123'],
      data: { ...data, event: { ...data.event, contractKind: 'accident_income' }, damage: { ...data.damage, outcome: 'permanent_invalidity', invalidityPercent: 80 } },
    })).body;
    await an.expect(200, 'POST', declarationUrl(an, declaration.id, 'submit'));
    await handler.expect(200, 'POST', `/api/backoffice/declarations/${declaration.id}/start-handling`, {});
    await handler.expect(201, 'POST', claimUrl(declaration.id, 'reserves'), { costType: 'indemnity', amountCents: 12_000_00, reason: 'Blijvende invaliditeit 80 %' }, withKey());

    const { context, page } = await newVisitor(browser);
    await logIn(page, demo.handler);
    await page.waitForURL('**/backoffice/claims');
    await page.goto(`/backoffice/claims/${declaration.id}?tab=declaration`);
    // Formula 12/24, no traffic accident: a single benefit of € 7.500 to € 30.000 over 12 months; 80 % counts.
    const assessment = page.getByTestId('assessment-accident-income');
    await expectVisible(assessment.filter({ hasText: /Formule 12\/24 — Enkele uitkering/ }).filter({ hasText: /€\s7\.500,00 tot €\s30\.000,00, gespreid over 12 maanden/ }));
    await expectVisible(assessment.filter({ hasText: '80 % telt (voorafbestaande invaliditeit niet meegerekend); minstens 67 % vereist: komt in aanmerking' }));
    await expectVisible(assessment.filter({ hasText: /12 × €\s625,00 per maand over 12 maanden \(totaal €\s7\.500,00\)/ }));
    await expectVisible(assessment.filter({ hasText: /12 × €\s2\.500,00 per maand over 12 maanden \(totaal €\s30\.000,00\)/ }));
    expect(await page.locator('main').innerText()).not.toMatch(/Instalments cents|Spread months|Counting degree/);
    await screenshot(page, 'backoffice-accident-income-assessment');
    await openClaimTab(page, 'financials');
    const panel = page.getByRole('region', { name: 'Betalingsplannen (Verzekerd Inkomen)' });
    await expectVisible(panel.getByText('Geen betalingsplannen'));
    const form = panel.getByRole('form', { name: 'Betalingsplan starten' });
    await form.getByLabel('Totaal (€)').fill('15.000');
    await form.getByLabel('Begunstigde').fill('An Peeters');
    await form.getByLabel('IBAN').fill(payeeAccount.iban);
    await form.getByRole('button', { name: 'Betalingsplan starten' }).click();
    await expectVisible(form.getByRole('alert')); // more than the reserve: the server says so
    await form.getByLabel('Totaal (€)').fill('12.000');
    await form.getByRole('button', { name: 'Betalingsplan starten' }).click();
    await expectVisible(form.getByRole('status').filter({ hasText: 'Het betalingsplan loopt' }));
    const row = panel.locator('[data-testid^="schedule-"]');
    await expectVisible(row.filter({ hasText: 'Blijvende invaliditeit' }).filter({ hasText: /€\s12\.000,00/ }).filter({ hasText: '1 van 12 betalingen' }));
    await screenshot(page, 'backoffice-payment-schedule');
    await expectAccessible(page);

    await row.getByRole('button', { name: 'Stopzetten' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reden').fill('Herstel bevestigd door de raadsgeneesheer');
    await dialog.getByRole('button', { name: 'Stopzetten' }).click();
    await expectVisible(row.filter({ hasText: 'Stopgezet door Hanne De Smet: Herstel bevestigd door de raadsgeneesheer' }));
    await screenshot(page, 'backoffice-payment-schedule-stopped');
    await context.close();

    const [schedule] = await handler.expect(200, 'GET', claimUrl(declaration.id, 'payment-schedules'));
    expect(schedule).toMatchObject({ kind: 'invalidity', status: 'stopped', paidCount: 1, paidCents: 1_000_00, remainingCents: 0, stopped: { reason: 'Herstel bevestigd door de raadsgeneesheer' } });
  });

  test('a serious workplace accident declared after the 8-day deadline shows as late in the claim file, with the fine range and the inspection report due within 10 working days', async () => {
    const { data } = fixture('workplace_accident');
    const { context, page } = await handlerOpensSubmitted('workplace_accident', 'AO-2018-330145', { ...data, event: { ...data.event, date: '2026-11-02' } });
    const assessment = page.getByTestId('assessment-workplace-accident');
    const flag = assessment.getByTestId('declaration-timeliness');
    await expectVisible(flag.filter({ hasText: /Laattijdig aangegeven — \d+ dagen na de termijn/ }).filter({ hasText: /€\s250,00 tot €\s2\.500,00/ }));
    await expectVisible(assessment.getByText('10/11/2026', { exact: true })); // the deadline: 8 days from the day after the accident
    await expectVisible(assessment.getByText(/^Ja — Rechtstreeks veroorzaakt door een gebeurtenis/));
    await expectVisible(assessment.getByText('Niet toegelaten: ernstig ongeval'));
    // Armistice Day (11 November) is not a working day.
    await expectVisible(assessment.getByText('Omstandig verslag aan de arbeidsinspectie, binnen 10 werkdagen: uiterlijk 17/11/2026'));
    await screenshot(page, 'backoffice-workplace-accident-assessment');
    await expectAccessible(page);

    await choose(page, 'Taal', 'Français');
    await expectVisible(flag.filter({ hasText: /Déclaré tardivement — \d+ jours après le délai/ }));
    await expectVisible(page.getByText('Certificat médical de premier constat, rempli lors de la première consultation.').first());
    await screenshot(page, 'backoffice-workplace-accident-assessment-fr');
    await context.close();
  });

  test("a van lost in its first 12 months reads in the claim file as compensated at its insured value, with 20 days of replacement vehicle", async () => {
    const { data } = fixture('motor_damage'); // Bakkerij's van: policy signed 2023-03-15, insured value € 38.500
    const { context, page } = await handlerOpensSubmitted('motor_damage', 'AU-2023-661203', {
      ...data, event: { ...data.event, date: '2023-11-15' }, damage: { ...data.damage, totalLoss: true, vehicleDrivable: false, kilometresDriven: 9_000 },
    });
    const assessment = page.getByTestId('assessment-motor');
    await expectVisible(assessment.getByText(/^Verzekerde waarde: €\s38\.500,00 — 8 maanden na het tekenen \(in de eerste 12 maanden\)/));
    await expectVisible(assessment.getByText(/^Maximaal 20 dagen — De wagen is totaal verlies/));
    await screenshot(page, 'backoffice-motor-assessment');
    await expectAccessible(page);
    await context.close();
  });
});
