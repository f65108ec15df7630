import type { Page } from 'playwright-core';
import { demo, Session, withKey } from '../support/api';
import { choose, expectAccessible, expectVisible, logIn, newVisitor, screenshot, sharedBrowser, openClaimFile, type ClaimFileTab } from '../support/browser';
import { claimUrl, openLiabilityClaim, payeeAccount } from '../support/claims';
import { expectNoUntranslatedKeys } from './untranslated-keys';

/** The claim's money in the claim file (payments through the bank, recoveries, net incurred), its cover, closing and reopening; the senior handlers' SEPA batches. */
describe('Back office: a claim’s money, cover and closing', () => {
  const browser = sharedBrowser();
  let an: Session;
  let handler: Session; // Hanne De Smet, authority limit € 5.000
  beforeAll(async () => {
    [an, handler] = await Promise.all([Session.login(demo.an), Session.login(demo.handler)]);
  });

  /** A liability claim, accepted, with an indemnity reserve of € 3.000 (set through the API, with its key). */
  async function acceptedClaimWithReserve(): Promise<string> {
    const claimId = await openLiabilityClaim(an, handler);
    await handler.expect(200, 'POST', `/api/backoffice/declarations/${claimId}/decision`, { decision: 'accept' });
    const reserve = await handler.post(claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 3_000_00, reason: 'Raming herstelling gevel' }, withKey());
    expect(reserve.status).toBe(201);
    return claimId;
  }

  const openFile = (email: string, claimId: string, tab?: ClaimFileTab) => openClaimFile(browser(), email, claimId, tab);

  const overall = (page: Page, column: string) => page.getByTestId('money-overall').getByTestId(column);

  test('a payment within the handler’s authority is approved at once; the senior handler’s batch sends it, and the claim file shows its batch and structured communication', async () => {
    const claimId = await acceptedClaimWithReserve();
    const { context, page } = await openFile(demo.handler, claimId, 'financials');
    const form = page.getByRole('form', { name: 'Betalen' });
    await form.getByLabel('Bedrag (€)').fill('1.250,00');
    await form.getByLabel('Begunstigde').fill(payeeAccount.payeeName);
    await form.getByLabel('IBAN').fill(payeeAccount.iban);
    await form.getByRole('button', { name: 'Betalen' }).click();
    await expectVisible(form.getByRole('status').filter({ hasText: /^Goedgekeurd: €\s1\.250,00 gaat met de volgende SEPA-batch naar de bank$/ }));
    const [payment] = await handler.expect(200, 'GET', claimUrl(claimId, 'payments'));
    expect(payment).toMatchObject({ status: 'approved', amountCents: 1_250_00, batchNumber: null });
    const row = page.getByTestId(`payment-${payment.id}`);
    await expectVisible(row.getByTestId('payment-status').filter({ hasText: /^Goedgekeurd$/ }));
    await expectVisible(row.getByRole('button', { name: 'Betaling annuleren' }));
    await expect(overall(page, 'inTransit').innerText()).resolves.toMatch(/€\s1\.250,00/);
    await screenshot(page, 'claim-money-approved');
    await expectAccessible(page);
    await expectNoUntranslatedKeys(page);
    await context.close();

    const senior = await newVisitor(browser());
    await logIn(senior.page, demo.senior);
    await senior.page.waitForURL('**/backoffice/claims');
    await senior.page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Betalingsbatches' }).click();
    await expectVisible(senior.page.getByRole('heading', { name: 'Betalingsbatches', level: 1 }));
    await senior.page.getByRole('button', { name: 'Nu een batch maken' }).click();
    await expectVisible(senior.page.getByRole('status').filter({ hasText: /^Batch \d+ verstuurd: \d+ betaling(en)?, €/ }));
    const [sent] = await handler.expect(200, 'GET', claimUrl(claimId, 'payments'));
    expect(sent).toMatchObject({ id: payment.id, status: 'sent', batchNumber: expect.any(Number), communication: expect.stringMatching(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/) });
    const batchRow = senior.page.getByTestId(`batch-${sent.batchNumber}`);
    await expectVisible(batchRow.getByTestId(`batch-payment-${payment.id}`).filter({ hasText: /Garage Janssens BV — €\s1\.250,00 — Naar de bank verzonden/ }));
    await expectVisible(batchRow.getByRole('link', { name: `batch-${sent.batchNumber}.xml (pain.001)` }));
    await screenshot(senior.page, 'payment-batches');
    await expectAccessible(senior.page);
    await expectNoUntranslatedKeys(senior.page);

    await senior.page.goto(`/backoffice/claims/${claimId}?tab=financials`);
    const sentRow = senior.page.getByTestId(`payment-${payment.id}`);
    await expectVisible(sentRow.getByTestId('payment-status').filter({ hasText: /^Naar de bank verzonden$/ }));
    await expectVisible(sentRow.getByText(`Batch ${sent.batchNumber} — ${sent.communication}`));
    expect(await sentRow.getByRole('button', { name: 'Betaling annuleren' }).count()).toBe(0); // on its way: too late to cancel
    await screenshot(senior.page, 'claim-money-sent');
    await senior.context.close();
  });

  test('the handler cancels an approved payment with a reason: its amount is available on the reserve again', async () => {
    const claimId = await acceptedClaimWithReserve();
    const payment = (await handler.post(claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 700_00, ...payeeAccount }, withKey())).body;
    expect(payment.status).toBe('approved');
    const { context, page } = await openFile(demo.handler, claimId, 'financials');
    await expect(overall(page, 'available').innerText()).resolves.toMatch(/€\s2\.300,00/);
    await page.getByTestId(`payment-${payment.id}`).getByRole('button', { name: 'Betaling annuleren' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reden').fill('Dubbele factuur van de garage');
    await dialog.getByRole('button', { name: 'Betaling annuleren' }).click();
    const row = page.getByTestId(`payment-${payment.id}`);
    await expectVisible(row.getByTestId('payment-status').filter({ hasText: /^Geannuleerd$/ }));
    await expectVisible(row.getByText('Dubbele factuur van de garage'));
    await expectVisible(overall(page, 'available').filter({ hasText: /€\s3\.000,00/ }));
    await context.close();
  });

  test('the handler opens a recovery from the declared counterparty and records a receipt: the net incurred falls by what came in', async () => {
    const claimId = await acceptedClaimWithReserve();
    expect((await handler.post(claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 1_000_00, ...payeeAccount }, withKey())).status).toBe(201);
    const { context, page } = await openFile(demo.handler, claimId, 'financials');
    await expectVisible(overall(page, 'netIncurred').filter({ hasText: /€\s1\.000,00/ }));
    const panel = page.getByRole('region', { name: 'Verhaal' });
    await expectVisible(panel.getByText('Geen verhaal'));
    const form = panel.getByRole('form', { name: 'Verhaal openen' });
    // Prefilled from the declaration's other party: Sarah Dubois, insured with AG Insurance.
    expect(await form.getByLabel('Naam', { exact: true }).inputValue()).toBe('Sarah Dubois');
    expect(await form.getByLabel('Hun verzekeraar').inputValue()).toBe('AG Insurance');
    await form.getByLabel('Verwacht (€)').fill('600');
    await form.getByRole('button', { name: 'Verhaal openen' }).click();
    await expectVisible(form.getByRole('status').filter({ hasText: /Verhaal van €\s600,00 geopend/ }));
    const row = panel.locator('[data-testid^="recovery-"]');
    await expectVisible(row.filter({ hasText: 'Subrogatie' }).filter({ hasText: 'Sarah Dubois' }).filter({ hasText: 'AG Insurance' }).filter({ hasText: 'Open' }));
    await screenshot(page, 'claim-recovery-opened');
    await expectAccessible(page);

    await row.getByRole('button', { name: 'Ontvangst registreren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Geld ontvangen van Sarah Dubois' });
    await dialog.getByLabel('Ontvangen bedrag (€)').fill('400');
    await screenshot(page, 'claim-recovery-receipt');
    await dialog.getByRole('button', { name: 'Ontvangst registreren' }).click();
    await expectVisible(row.filter({ hasText: 'Deels verhaald' }).filter({ hasText: /€\s400,00/ }));
    await expectVisible(overall(page, 'recovered').filter({ hasText: /€\s400,00/ }));
    await expectVisible(overall(page, 'netIncurred').filter({ hasText: /€\s600,00/ }));
    await context.close();

    const { recoveries, totals } = await handler.expect(200, 'GET', claimUrl(claimId, 'recoveries'));
    expect(recoveries).toEqual([expect.objectContaining({ kind: 'subrogation', expectedCents: 600_00, receivedCents: 400_00, status: 'partly_recovered' })]);
    expect(totals.overall).toMatchObject({ paidCents: 1_000_00, recoveredCents: 400_00, netIncurredCents: 600_00 });
  });

  test('the handler closes a claim as withdrawn (the process asks the reason) and reopens it with a reason', async () => {
    const claimId = await acceptedClaimWithReserve();
    const { context, page } = await openFile(demo.handler, claimId);
    await page.getByRole('button', { name: 'Dossier afsluiten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Het dossier afsluiten' });
    await expectVisible(dialog.getByRole('combobox', { name: /^Afloop/ }).filter({ hasText: 'Geen betaling' })); // accepted, nothing paid
    await choose(page, 'Afloop', 'Ingetrokken');
    await dialog.getByRole('button', { name: 'Dossier afsluiten' }).click();
    await expectVisible(dialog.getByRole('alert')); // a withdrawal needs a reason: the claim's process says so
    await dialog.getByLabel('Reden').fill('De klant trekt de aangifte in');
    await screenshot(page, 'claim-close-dialog');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Dossier afsluiten' }).click();
    await expectVisible(page.getByTestId('claim-closed').filter({ hasText: /^Afgesloten op \d{2}\/\d{2}\/\d{4}: ingetrokken$/ }));
    await expectVisible(page.getByTestId('claim-outcome').filter({ hasText: 'De klant trekt de aangifte in' }));
    await screenshot(page, 'claim-closed');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Dossier heropenen' }).click();
    const reopening = page.getByRole('dialog', { name: 'Het dossier heropenen?' });
    await reopening.getByLabel('Reden').fill('De klant bezorgt toch een bestek');
    await reopening.getByRole('button', { name: 'Dossier heropenen' }).click();
    await expectVisible(page.getByTestId('claim-reopened').filter({ hasText: /^Heropend door Hanne De Smet op \d{2}\/\d{2}\/\d{4}: De klant bezorgt toch een bestek$/ }));
    await expectVisible(page.getByRole('button', { name: 'Dossier afsluiten' }));
    expect(await page.getByTestId('claim-closed').count()).toBe(0);
    await context.close();

    const { claim } = await handler.expect(200, 'GET', `/api/backoffice/claims/${claimId}`);
    expect(claim).toMatchObject({ closedAt: null, reopened: { count: 1, reason: 'De klant bezorgt toch een bestek' } });
  });

  test('a claim whose cover could not be verified is flagged in the work queue; a senior handler confirms the cover with a reason', async () => {
    const claimId = await openLiabilityClaim(an, handler, { withPolicy: false });
    const { context, page } = await openFile(demo.handler, claimId);
    await page.goto('/backoffice/claims?coverage=unverified&sort=submittedAt:desc');
    const queueRow = page.locator(`.MuiDataGrid-row[data-id="${claimId}"]`);
    await expectVisible(queueRow.locator('[data-field="coverageStatus"]').filter({ hasText: 'Niet geverifieerd' }));
    await expectVisible(page.getByRole('combobox', { name: /^Dekking/ }).filter({ hasText: 'Niet geverifieerd' }));
    await screenshot(page, 'queue-coverage-unverified');
    await expectAccessible(page);
    await page.goto(`/backoffice/claims/${claimId}`);
    const warning = page.getByTestId('claim-coverage');
    await expectVisible(warning.filter({ hasText: 'De dekking kon bij de opening niet worden geverifieerd' }));
    expect(await warning.getByRole('button', { name: 'Dekking bevestigen' }).count()).toBe(0); // a senior handler's call
    await context.close();

    const senior = await openFile(demo.senior, claimId);
    const seniorWarning = senior.page.getByTestId('claim-coverage');
    await expectVisible(seniorWarning.getByRole('listitem').first());
    await seniorWarning.getByRole('button', { name: 'Dekking bevestigen' }).click();
    const dialog = senior.page.getByRole('dialog', { name: 'De dekking van dit dossier bevestigen?' });
    await dialog.getByLabel('Reden').fill('Polis BA-2019-104512 dekt de bakkerij; ze was niet gekoppeld');
    await screenshot(senior.page, 'claim-cover-confirm');
    await expectAccessible(senior.page);
    await dialog.getByRole('button', { name: 'Dekking bevestigen' }).click();
    await expectVisible(senior.page.getByTestId('claim-coverage').filter({ hasText: /^Dekking bevestigd door Marc Verhoeven op \d{2}\/\d{2}\/\d{4}: Polis BA-2019-104512/ }));
    await expectVisible(senior.page.getByTestId('claim-coverage-status').filter({ hasText: 'Dekking: bevestigd door een senior schadebehandelaar' }));
    await senior.context.close();
  });
});
