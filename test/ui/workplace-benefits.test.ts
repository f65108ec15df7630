import type { Locator, Page } from 'playwright-core';
import {
  adaptedWorkBenefit, correction, detailedBaseWage, lifeAnnuity, medicalCheckWageLoss, simplifiedBaseWage, temporaryBenefit, yearlyAllowance,
} from '../../domain/rules/workplace-benefits';
import { brusselsDate } from '../../domain/rules/calendar';
import { formatDay, formatMoney } from '../../i18n/formats';
import { declarationUrl, demo, fixture, Session, withKey } from '../support/api';
import { endBenefitsFile } from '../support/benefits';
import { expectAccessible, expectVisible, logIn, newVisitor, openClaimFile, screenshot, sharedBrowser } from '../support/browser';
import { openLiabilityClaim, policyOf } from '../support/claims';
import { pdfText } from '../support/mail-and-pdf';
import { expectNoUntranslatedKeys } from './untranslated-keys';

/** An amount as the Dutch screen shows it (€ 1.234,56), whatever space the browser puts after the euro sign. */
const euros = (cents: number) => new RegExp(formatMoney(cents, 'nl').replace(/[.]/g, '\\.').replace(/\s/g, '\\s'));

// A blue-collar baker earning € 3.000 a month, unfit from the accident on 1 September 2026 until 15 October: over a month.
const accidentDate = '2026-09-01';
const period = { from: accidentDate, to: '2026-10-15', certificateIds: ['first'] };
const simplified = simplifiedBaseWage({ accidentDate, monthlyGrossCents: 300_000 });
const provisional = temporaryBenefit({ accidentDate, period, baseWage: simplified, status: 'blue_collar' });
const detailedWage = { previousYearWagesCents: 4_000_000, holidayPayCents: 300_000, bonusesCents: 150_000 };
const detailed = detailedBaseWage({ accidentDate, ...detailedWage });
const corrected = correction({
  accidentDate, periods: [period], detailed, status: 'blue_collar', paidToVictimCents: provisional.toVictimCents, paidToEmployerCents: provisional.toEmployerCents,
});
const allowance = yearlyAllowance({ degreePercent: 10, baseWage: detailed });
const annuity = lifeAnnuity({ degreePercent: 10, baseWage: detailed });

describe('Back office and portal: a workplace accident’s benefits, from the first certificate to the life annuity and the victim’s death', () => {
  const browser = sharedBrowser();
  let an: Session;
  let handler: Session;
  beforeAll(async () => {
    [an, handler] = await Promise.all([Session.login(demo.an), Session.login(demo.handler)]);
  });
  // The test system pays a benefit month every few seconds: a file left paying (a test failed midway, or ended before
  // the walk did) would pay into the payment batches of every suite after this one. Ended by the victim's death.
  const opened: string[] = [];
  afterAll(async () => {
    const failures: unknown[] = [];
    for (const claimId of opened) await endBenefitsFile(handler, claimId).catch((error) => failures.push(error));
    if (failures.length) throw new Error(`Benefits files left open: ${failures.join('; ')}`);
  });

  /** Declared by Bakkerij Peeters under its workplace accident policy and accepted by the handler (through the API: the benefits start after that). */
  async function acceptedWorkplaceAccident(): Promise<string> {
    const { data } = fixture('workplace_accident');
    const created = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, {
      type: 'workplace_accident', data: { ...data, event: { ...data.event, date: accidentDate } }, policyId: await policyOf(an, 'workplace_accident'),
    });
    expect(created.status).toBe(201);
    await an.expect(200, 'POST', declarationUrl(an, created.body.id, 'submit'));
    await handler.expect(200, 'POST', `/api/backoffice/declarations/${created.body.id}/start-handling`, {});
    await handler.expect(200, 'POST', `/api/backoffice/declarations/${created.body.id}/decision`, { decision: 'accept' });
    opened.push(created.body.id);
    return created.body.id;
  }

  const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
  const form = (page: Page, name: string) => page.getByRole('form', { name });
  /** The file as the server has it now: the workflow pays in the background, so the page is read again until it shows. */
  async function reloadUntilVisible(page: Page, locator: Locator, shown = '#claim-tabpanel-benefits', timeoutMs = 45_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await locator.first().isVisible()) return;
      if (Date.now() > deadline) {
        await screenshot(page, 'benefits-not-in-time');
        throw new Error(`not on screen in time: ${locator}`);
      }
      await page.waitForTimeout(1_000);
      await page.reload();
      await page.locator(shown).waitFor({ state: 'visible' }).catch(async (error) => {
        await screenshot(page, 'benefits-not-in-time');
        throw error;
      });
    }
  }

  /** Submits a form and waits for what it does (its status line, or the file changed); what the server refused instead is the failure. */
  async function submit(page: Page, action: Locator, button: string, effect: Locator): Promise<void> {
    await action.getByRole('button', { name: button }).click();
    const refusal = action.getByRole('alert').and(action.locator('.MuiAlert-colorError'));
    await effect.first().or(refusal).first().waitFor({ state: 'visible' });
    if (await refusal.count()) {
      await screenshot(page, 'benefits-refused');
      throw new Error(`${button}: ${await refusal.first().innerText()}`);
    }
  }

  test('a handler opens the file, pays a provisional period, corrects it on the detailed wage, proposes the agreement; the employer accepts it for the victim in the portal; after Fedris’ ratification the allowance is paid, after the revision period the life annuity, until the victim’s death ends the file', async () => {
    const claimId = await acceptedWorkplaceAccident();
    const { claimNumber } = await handler.expect(200, 'GET', `/api/backoffice/claims/${claimId}`);
    const { context, page } = await openClaimFile(browser(), demo.handler, claimId, 'benefits');

    // Opening the file: the status, the wage at the accident, the accounts.
    const opening = form(page, 'Vergoedingsdossier openen');
    await expectVisible(opening);
    expect(await opening.getByLabel('Slachtoffer', { exact: true }).inputValue()).toBe('Jan Claes'); // prefilled from the declaration
    await screenshot(page, 'benefits-open-file');
    await opening.getByLabel('Maandelijks brutoloon (€)').fill('0,00');
    await opening.getByRole('button', { name: 'Dossier openen' }).click();
    await expectVisible(opening.getByText('Geef een loon in euro groter dan nul.')); // worded as typed: euros, not cents
    await opening.getByLabel('Maandelijks brutoloon (€)').fill('3.000,00');
    await opening.getByLabel('IBAN van het slachtoffer').fill('BE68 5390 0754 7034');
    await opening.getByLabel('IBAN van de werkgever').fill('BE71 0961 2345 6769');
    await submit(page, opening, 'Dossier openen', page.getByTestId('benefit-stage'));
    await expectVisible(page.getByTestId('benefit-stage').filter({ hasText: 'Tijdelijke arbeidsongeschiktheid' }));
    await expectVisible(page.getByTestId('base-wage-simplified').filter({ hasText: euros(simplified.annualCents) }));

    // The first certificate: 45 days unfit, so the detailed base wage is needed and the period is paid provisionally.
    const certificate = form(page, 'Medisch attest registreren');
    await certificate.getByLabel('Arbeidsongeschikt vanaf').fill(period.to);
    await certificate.getByLabel('Arbeidsongeschikt tot en met').fill(period.from);
    await certificate.getByRole('button', { name: 'Attest registreren' }).click();
    await expectVisible(certificate.getByText('De laatste dag arbeidsongeschiktheid ligt vóór de eerste.')); // checked before sending
    await expectVisible(section(page, 'Tijdelijke arbeidsongeschiktheid').getByText('Nog geen medisch attest: zonder attest wordt niets betaald.'));
    await certificate.getByLabel('Arbeidsongeschikt vanaf').fill(period.from);
    await certificate.getByLabel('Arbeidsongeschikt tot en met').fill(period.to);
    await certificate.getByLabel('Arts').fill('Dr. Wouters');
    await submit(page, certificate, 'Attest registreren', certificate.getByRole('status').filter({ hasText: 'Het attest is geregistreerd.' }));
    expect(await certificate.getByLabel('Arts').inputValue()).toBe(''); // ready for the next certificate
    const periodRow = page.getByTestId(`benefit-period-${period.from}`);
    await reloadUntilVisible(page, periodRow.filter({ hasText: 'Betaald' }));
    await expectVisible(periodRow.filter({ hasText: 'Voorlopig' }).filter({ hasText: 'Eerste vaststelling' }).filter({ hasText: 'Dr. Wouters' }));
    const payments = section(page, 'Betalingen');
    await expectVisible(payments.getByTestId('benefit-payment-period-employer').filter({ hasText: euros(provisional.toEmployerCents) }).filter({ hasText: 'Voorlopig' }));
    await expectVisible(payments.getByTestId('benefit-payment-period-victim').filter({ hasText: euros(provisional.toVictimCents) }));
    await payments.getByRole('button', { name: 'Berekening tonen: Tijdelijke arbeidsongeschiktheid' }).first().click();
    await expectVisible(payments.getByRole('table', { name: 'Berekening: Tijdelijke arbeidsongeschiktheid' }).first());
    await expectVisible(section(page, 'Basisloon').getByText(/langer dan een maand/));
    await screenshot(page, 'benefits-provisional-period');
    await expectAccessible(page);
    await expectNoUntranslatedKeys(page);

    // The wages of the year before: the detailed base wage, and the correction to the victim and the employer.
    const wages = form(page, 'Loon van het jaar vóór het ongeval registreren');
    await wages.getByLabel('Brutoloon van het jaar ervoor (€)').fill('40.000,00');
    await wages.getByLabel('Vakantiegeld (€)').fill('3.000,00');
    await wages.getByLabel('Premies (€)').fill('1.500,00');
    await submit(page, wages, 'Loon registreren', page.getByTestId('base-wage-detailed'));
    await reloadUntilVisible(page, page.getByTestId('base-wage-detailed'));
    await expectVisible(page.getByTestId('base-wage-detailed').filter({ hasText: euros(detailed.annualCents) }));
    expect(corrected.victimCents).toBeGreaterThan(0);
    await expectVisible(payments.getByTestId('benefit-payment-correction-victim').filter({ hasText: euros(corrected.victimCents) }));
    if (corrected.employerCents > 0) await expectVisible(payments.getByTestId('benefit-payment-correction-employer').filter({ hasText: euros(corrected.employerCents) }));
    expect(await periodRow.filter({ hasText: 'Voorlopig' }).count()).toBe(0); // settled on the detailed base wage now

    // The agreement: consolidated the day after the last day unfit, 10 %.
    const proposal = form(page, 'Overeenkomst voorstellen');
    await proposal.getByLabel('Consolidatiedatum').fill('2026-10-16');
    await proposal.getByLabel('Graad van arbeidsongeschiktheid (%)').fill('10');
    await submit(page, proposal, 'Voorstellen', page.getByTestId('benefit-agreement'));
    const agreement = page.getByTestId('benefit-agreement');
    await reloadUntilVisible(page, agreement.filter({ hasText: 'Wacht op het slachtoffer' }));
    await expectVisible(agreement.filter({ hasText: 'Consolidatie op 16/10/2026, graad 10 %' }).filter({ hasText: euros(allowance.yearlyCents) }));
    await screenshot(page, 'benefits-agreement-proposed');

    // The employer's user accepts it for the victim in the portal.
    const customer = await newVisitor(browser());
    await logIn(customer.page, demo.an);
    await customer.page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await customer.page.goto(`/claims/${claimId}`);
    const panel = customer.page.getByTestId('customer-agreement');
    await expectVisible(panel.filter({ hasText: '16/10/2026' }).filter({ hasText: '10 %' }).filter({ hasText: euros(allowance.yearlyCents) }));
    await expectVisible(panel.getByText('De overeenkomst wacht op de aanvaarding door Jan Claes.'));
    await screenshot(customer.page, 'benefits-portal-agreement');
    await expectAccessible(customer.page);
    await expectNoUntranslatedKeys(customer.page);
    await panel.getByRole('button', { name: 'Aanvaarden voor het slachtoffer' }).click();
    await expectVisible(panel.getByRole('status').filter({ hasText: 'De overeenkomst is aanvaard voor het slachtoffer.' }));
    await expectVisible(customer.page.getByTestId('customer-agreement-state').filter({ hasText: /^Aanvaard op .*; wacht op de bekrachtiging door Fedris\.$/ }));
    expect(await panel.getByRole('button', { name: 'Aanvaarden voor het slachtoffer' }).count()).toBe(0);
    await screenshot(customer.page, 'benefits-portal-accepted');
    await customer.context.close();

    // Fedris is slow (the test system reminds after 3 seconds): the file says so, and My work tells the handler.
    await page.reload();
    await expectVisible(agreement.filter({ hasText: 'Wacht op Fedris' }).filter({ hasText: 'Voor het slachtoffer aanvaard in het portaal door An Peeters' }));
    await reloadUntilVisible(page, agreement.getByText(/^Wacht op de bekrachtiging door Fedris; de dossierbeheerder kreeg (één herinnering|\d+ herinneringen)\.$/));
    await page.getByRole('navigation').getByRole('link', { name: /^Mijn werk/ }).click();
    const notices = page.getByTestId('my-work-notifications');
    // My work was read when the page loaded (and is kept a minute): read again until the reminder is in.
    await reloadUntilVisible(page, notices.getByRole('listitem').filter({ hasText: claimNumber })
      .filter({ hasText: /Fedris heeft de overeenkomst, aanvaard op \d\d\/\d\d\/\d{4}, nog niet bekrachtigd \(eerste herinnering\)/ }), '[data-testid="my-work-notifications"]');
    await screenshot(page, 'benefits-ratification-reminder');
    await page.goBack();

    // Fedris ratifies; the handler records it: arrears since the consolidation, then the allowance month by month.
    await page.locator('#claim-tabpanel-benefits').waitFor({ state: 'visible' });
    const ratification = form(page, 'Bekrachtiging door Fedris registreren');
    await ratification.getByLabel('Referentie van Fedris').fill('FED-2026-0815');
    await submit(page, ratification, 'Bekrachtiging registreren', page.getByTestId('benefit-agreement').filter({ hasText: 'FED-2026-0815' }));
    await reloadUntilVisible(page, agreement.filter({ hasText: 'Bekrachtigd' }).filter({ hasText: 'FED-2026-0815' }));
    await expectVisible(page.getByTestId('benefit-revision').filter({ hasText: /De overeenkomst kan herzien worden tot \d\d\/\d\d\/2029\./ }));
    await expectVisible(payments.getByTestId('benefit-payment-arrears-victim'));
    await reloadUntilVisible(page, payments.getByTestId('benefit-payment-allowance-victim').filter({ hasText: euros(allowance.monthlyCents) }));
    await expectVisible(page.getByTestId('benefit-allowance').filter({ hasText: 'Jaarlijkse vergoeding' }).filter({ hasText: euros(allowance.yearlyCents) }));
    await expectVisible(form(page, 'Herziening aanvragen'));
    await screenshot(page, 'benefits-allowance-paid');
    await expectAccessible(page);
    await expectNoUntranslatedKeys(page);

    // The revision period ends (40 seconds after the ratification on the test system, three years in law): the final
    // settlement of the allowance up to its deadline, then the life annuity, month by month (the tab does not poll).
    const revision = page.getByTestId('benefit-revision');
    await reloadUntilVisible(page, revision.getByText(/^De herzieningstermijn is verstreken op \d\d\/\d\d\/2029: de regeling is definitief\.$/), undefined, 75_000);
    await expectVisible(payments.getByTestId('benefit-payment-final_settlement-victim').filter({ hasText: /Eindafrekening van de vergoeding \d\d\/\d\d\/20\d\d – \d\d\/\d\d\/2029/ }));
    await expectVisible(page.getByTestId('benefit-stage').filter({ hasText: /^Lijfrente$/ }));
    expect(await form(page, 'Herziening aanvragen').count()).toBe(0); // the settlement is final
    await reloadUntilVisible(page, payments.getByTestId('benefit-payment-annuity-victim').filter({ hasText: 'Lijfrente, maand 1' }).filter({ hasText: euros(annuity.monthlyCents) }), undefined, 30_000);
    await expectVisible(page.getByTestId('benefit-allowance').filter({ hasText: 'Lijfrente' }).filter({ hasText: euros(annuity.yearlyCents) }).filter({ hasText: euros(annuity.monthlyCents) }));
    await expectVisible(page.getByTestId('benefit-next-step').filter({ hasText: 'De lijfrente wordt maandelijks betaald.' }));
    await screenshot(page, 'benefits-life-annuity-paid');

    // The victim dies: the handler records it (asked twice, it cannot be undone) and the file ends; nothing is paid after the month of the death.
    const today = brusselsDate(new Date());
    const death = form(page, 'Overlijden van het slachtoffer registreren');
    await death.getByRole('button', { name: 'Overlijden registreren' }).click();
    await expectVisible(death.locator('input[aria-invalid="true"]')); // no day: nothing is asked, nothing sent
    expect(await page.getByRole('dialog').count()).toBe(0);
    await death.getByLabel('Datum van overlijden').fill(today);
    await death.getByRole('button', { name: 'Overlijden registreren' }).click();
    const confirmation = page.getByRole('dialog', { name: `Het overlijden van Jan Claes op ${formatDay(today, 'nl')} registreren?` });
    await expectVisible(confirmation.getByText(/de maand van het overlijden wordt nog volledig betaald, daarna niets meer/));
    await screenshot(page, 'benefits-death-confirmation');
    await confirmation.getByRole('button', { name: 'Dossier afsluiten' }).click();
    const ended = page.getByTestId('benefit-death');
    await reloadUntilVisible(page, ended.filter({ hasText: `Overleden op ${formatDay(today, 'nl')} (geregistreerd door Hanne De Smet` }));
    // The annuity runs from the (legal) end of the revision period, in 2029: every term paid already is to be recovered.
    await expectVisible(ended.getByText('Tot het overlijden was geen maandelijkse termijn verschuldigd.'));
    await expectVisible(ended.getByText(/^Na de maand van het overlijden (werd nog één termijn|werden nog \d+ termijnen) betaald: terug te vorderen\.$/));
    await expectVisible(page.getByTestId('benefit-stage').filter({ hasText: /^Afgesloten \(overlijden\)$/ }));
    await expectVisible(page.getByTestId('benefit-next-step').filter({ hasText: /^Volgende stap: Het slachtoffer is overleden: het dossier is afgesloten en betaalt niets meer na de maand van het overlijden\./ }));
    expect(await page.locator('#claim-tabpanel-benefits').getByRole('form').count()).toBe(0); // an ended file takes no more actions
    const annuityTerms = await payments.getByTestId('benefit-payment-annuity-victim').count();
    await screenshot(page, 'benefits-ended-by-death');
    await expectAccessible(page);
    await expectNoUntranslatedKeys(page);
    await page.waitForTimeout(6_000); // more than a benefit month of the test system
    await page.reload();
    await expectVisible(ended);
    expect(await payments.getByTestId('benefit-payment-annuity-victim').count()).toBe(annuityTerms);
    await context.close();

    // Every step went in writing to the victim and the employer, kept with the claim's letters: the allowance's start
    // and the life annuity's are both an 'annuity_started' letter.
    const expected: Record<string, number> = {
      benefit_period_paid: 2, benefit_correction: 2, benefit_agreement_proposed: 2, benefit_agreement_ratified: 2, benefit_final_settlement: 2, benefit_annuity_started: 4,
    };
    const file = await handler.expect(200, 'GET', `/api/backoffice/claims/${claimId}`);
    const letters: { kind: string; recipient: string; url: string }[] = file.letters;
    for (const [kind, count] of Object.entries(expected)) expect([kind, letters.filter((found) => found.kind === kind).length]).toEqual([kind, count]);
    const letterText = async (letter: { url: string }) => (await pdfText(Buffer.from(await (await handler.fetch('GET', letter.url)).arrayBuffer()))).replace(/\s+/g, ' ');
    const toEmployer = (kind: string) => letters.filter((found) => found.kind === kind && found.recipient === 'employer');
    const ratified = await letterText(toEmployer('benefit_agreement_ratified')[0]);
    expect(ratified).toContain('Fedris heeft de overeenkomst bekrachtigd op');
    expect(ratified).toContain('(referentie FED-2026-0815): consolidatie op 16/10/2026, een graad van blijvende arbeidsongeschiktheid van 10 %');
    const settlement = await letterText(toEmployer('benefit_final_settlement')[0]);
    expect(settlement).toMatch(/De herzieningstermijn van drie jaar is verstreken op \d\d\/\d\d\/2029\. De regeling is definitief: een graad van blijvende arbeidsongeschiktheid van 10 %/);
    const money = (cents: number) => formatMoney(cents, 'nl').replace(/\s+/g, ' ');
    const started = await Promise.all(toEmployer('benefit_annuity_started').map(letterText));
    expect(started.filter((text) => text.includes(`een lijfrente van ${money(annuity.yearlyCents)} per jaar, in maandelijkse betalingen van ${money(annuity.monthlyCents)}`))).toHaveLength(1);
    expect(started.filter((text) => text.includes(`de jaarlijkse vergoeding van ${money(allowance.yearlyCents)} in maandelijkse betalingen van ${money(allowance.monthlyCents)}`))).toHaveLength(1);
  }, 300_000);

  test('back at work: a payslip of adapted work, a medical check and another employer; the victim signs the agreement on paper, Fedris ratifies, and a revision is asked', async () => {
    const claimId = await acceptedWorkplaceAccident();
    const benefits = `/api/backoffice/claims/${claimId}/benefits`;
    // Opened and ten days unfit through the API (the first test walks these on screen): under a month, no detailed wage needed.
    expect((await handler.post(benefits, { workerStatus: 'white_collar', monthlyGrossCents: 300_000, victimIban: 'BE68 5390 0754 7034', employerIban: 'BE71 0961 2345 6769' }, withKey())).status).toBe(201);
    expect((await handler.post(`${benefits}/certificates`, { kind: 'first_finding', from: accidentDate, to: '2026-09-10' }, withKey())).status).toBe(201);
    const { context, page } = await openClaimFile(browser(), demo.handler, claimId, 'benefits');
    const work = section(page, 'Terug aan het werk');

    const payslip = form(page, 'Loonfiche van aangepast werk registreren');
    await payslip.getByLabel('Maand').fill('2026-10');
    await payslip.getByLabel('Brutoloon in aangepast werk (€)').fill('2.400,00');
    await submit(page, payslip, 'Loonfiche registreren', payslip.getByRole('status').filter({ hasText: 'De loonfiche is geregistreerd en het verschil betaald.' }));
    expect(await payslip.getByLabel('Brutoloon in aangepast werk (€)').inputValue()).toBe(''); // ready for the next month
    const adapted = adaptedWorkBenefit({ wageAtAccidentCents: 300_000, adaptedWageCents: 240_000 });
    await reloadUntilVisible(page, work.getByRole('list', { name: 'Aangepast werk (loonfiches)' }).getByText(/^2026-10: verdiend €\s2\.400,00, verschil betaald €\s600,00$/));
    expect(adapted.amountCents).toBe(60_000);
    await expectVisible(section(page, 'Betalingen').getByTestId('benefit-payment-adapted_work-victim').filter({ hasText: euros(adapted.amountCents) }));

    const check = form(page, 'Medische controle registreren');
    await check.getByLabel('Datum van de controle').fill('2026-10-20');
    await check.getByLabel('Verloren uren').fill('2,5');
    await check.getByLabel('Uurloon (€)').fill('20,00');
    await submit(page, check, 'Controle registreren', check.getByRole('status').filter({ hasText: 'De verloren uren zijn betaald.' }));
    expect(await check.getByLabel('Verloren uren').inputValue()).toBe('');
    const loss = medicalCheckWageLoss({ hourlyWageCents: 2_000, hoursLost: 2.5 });
    await reloadUntilVisible(page, work.getByRole('list', { name: 'Medische controles' }).getByText(/^20\/10\/2026: 2,5 u loonverlies, €\s50,00$/));
    expect(loss.amountCents).toBe(5_000);
    await expectVisible(section(page, 'Betalingen').getByTestId('benefit-payment-medical_check-victim').filter({ hasText: euros(loss.amountCents) })
      .filter({ hasText: 'Medische controle op 20/10/2026 (2,5 uur)' })); // the hours as Dutch writes them

    const employer = form(page, 'Andere werkgever registreren');
    await employer.getByLabel('Naam van de werkgever').fill('Brouwerij De Koninck');
    await submit(page, employer, 'Werkgever registreren', employer.getByRole('status').filter({ hasText: 'De werkgever is geregistreerd.' }));
    await reloadUntilVisible(page, work.getByRole('list', { name: 'Andere werkgevers' }).getByRole('listitem').filter({ hasText: 'Brouwerij De Koninck' }).filter({ hasText: 'betaalt gewaarborgd loon bij ziekte' }));
    await screenshot(page, 'benefits-back-at-work');
    await expectAccessible(page);
    await expectNoUntranslatedKeys(page);

    // The agreement on paper: proposed, signed by the victim (recorded by the handler), ratified; then a revision is asked.
    const proposal = form(page, 'Overeenkomst voorstellen');
    await proposal.getByLabel('Consolidatiedatum').fill('2026-09-11');
    await proposal.getByLabel('Graad van arbeidsongeschiktheid (%)').fill('5');
    await submit(page, proposal, 'Voorstellen', page.getByTestId('benefit-agreement'));
    const signature = form(page, 'Handtekening van het slachtoffer registreren');
    await submit(page, signature, 'Handtekening registreren', form(page, 'Bekrachtiging door Fedris registreren'));
    const agreement = page.getByTestId('benefit-agreement');
    await expectVisible(agreement.filter({ hasText: /Ondertekend door het slachtoffer op \d\d\/\d\d\/\d{4} \(geregistreerd door Hanne De Smet\)/ }));
    const ratification = form(page, 'Bekrachtiging door Fedris registreren');
    await ratification.getByLabel('Referentie van Fedris').fill('FED-2026-0816');
    await submit(page, ratification, 'Bekrachtiging registreren', agreement.filter({ hasText: 'FED-2026-0816' }));

    const revision = form(page, 'Herziening aanvragen');
    expect(await revision.getByLabel('Nieuwe graad (%)').inputValue()).toBe('5'); // the degree in force, to change
    await revision.getByLabel('Nieuwe graad (%)').fill('8');
    await revision.getByLabel('Waarom').fill('De pols blijft stijf na de kinesitherapie');
    await submit(page, revision, 'Herziening aanvragen', agreement.filter({ hasText: 'Herziene overeenkomst' }));
    await expectVisible(agreement.filter({ hasText: 'Wacht op het slachtoffer' }).filter({ hasText: 'graad 8 %' }));
    await expectVisible(page.getByTestId('benefit-revision').getByRole('listitem').filter({ hasText: 'Gevraagd door het slachtoffer: graad 8 %' }).filter({ hasText: 'De pols blijft stijf na de kinesitherapie' }));
    await expectVisible(page.getByRole('list', { name: 'Vorige overeenkomsten' }).getByRole('listitem').filter({ hasText: 'graad 5 %' }).filter({ hasText: 'FED-2026-0816' }));
    await expectVisible(form(page, 'Handtekening van het slachtoffer registreren')); // the revised agreement waits for the victim again
    await screenshot(page, 'benefits-revision-requested');
    await expectAccessible(page);
    await expectNoUntranslatedKeys(page);
    await context.close();
  });

  test('a claim that is no workplace accident has no benefits tab', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const { context, page } = await openClaimFile(browser(), demo.handler, claimId, 'benefits');
    await expectVisible(page.locator('#claim-tabpanel-overview'));
    expect(await page.getByRole('tab', { name: 'Vergoedingen' }).count()).toBe(0);
    await context.close();
  });
});
