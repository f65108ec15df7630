import { demo, Session } from '../support/api';
import { expectAccessible, expectVisible, logIn, newVisitor, openClaimFile, screenshot, sharedBrowser } from '../support/browser';
import { openClaimOn, siuEmail } from '../support/risk';

jest.setTimeout(240_000); // a busy machine opens claims slowly

/**
 * The claim's risk in the back office (issue 12 §3): a suspicious claim shows its indicators and is referred to the
 * special investigation unit (the handler then no longer sees it, the SIU does); a duplicate is closed as such and
 * both files show the link.
 */
describe('Back office: fraud indicators, the special investigation unit and duplicates', () => {
  const browser = sharedBrowser();
  let an: Session;
  let handler: Session;
  beforeAll(async () => {
    [an, handler] = await Promise.all([Session.login(demo.an), Session.login(demo.handler)]);
  });

  test('a claim 24 days after the policy start shows its indicator; the handler refers it; the SIU finds it in its work list and closes the referral', async () => {
    const claimId = await openClaimOn(an, handler, '2019-01-25');
    const claimNumber = (await handler.get(`/api/backoffice/claims/${claimId}`)).body.claim.claimNumber;
    const asHandler = await openClaimFile(browser(), demo.handler, claimId);
    const risk = asHandler.page.getByRole('region', { name: 'Fraude, dubbels en geschil' });
    await expectVisible(risk.getByText('Het schadegeval van 25/01/2019 gebeurde 24 dagen na de start van de polis op 01/01/2019 (drempel: 30 dagen).'));
    await expectVisible(risk.getByText(/dagen: 24 · voorval: 25\/01\/2019 · start van de polis: 01\/01\/2019 · drempel \(dagen\): 30/));
    await expectAccessible(asHandler.page);
    await screenshot(asHandler.page, 'claim-risk-indicators');

    await risk.getByRole('button', { name: 'Verwijzen naar de bijzondere onderzoekscel' }).click();
    const dialog = asHandler.page.getByRole('dialog', { name: 'Verwijzen naar de bijzondere onderzoekscel' });
    await dialog.getByRole('textbox', { name: 'Reden' }).fill('Schade kort na de start van de polis');
    await dialog.getByRole('button', { name: 'Bevestigen' }).click();
    await asHandler.page.waitForURL('**/backoffice/claims'); // the handler is back at the queue: the claim is no longer theirs to see
    expect(await asHandler.page.getByRole('link', { name: new RegExp(claimNumber) }).count()).toBe(0);
    await asHandler.page.goto(`/backoffice/claims/${claimId}`);
    await expectVisible(asHandler.page.getByRole('alert').filter({ hasText: 'Schadegeval niet gevonden.' })); // it no longer exists for the handler
    expect(await asHandler.page.getByText('Fraude, dubbels en geschil').count()).toBe(0);
    await asHandler.context.close();

    const asSiu = await newVisitor(browser());
    await logIn(asSiu.page, siuEmail);
    await asSiu.page.waitForURL('**/backoffice/investigations');
    const row = asSiu.page.getByTestId(`referral-${claimId}`);
    await expectVisible(row.getByText('Schade kort na de start van de polis'));
    await expectAccessible(asSiu.page);
    await screenshot(asSiu.page, 'siu-work-list');
    await row.getByRole('link').click();
    const siuRisk = asSiu.page.getByRole('region', { name: 'Fraude, dubbels en geschil' });
    await expectVisible(siuRisk.getByTestId('siu-referral'));
    await siuRisk.getByRole('button', { name: 'Verwijzing afsluiten' }).click();
    const closing = asSiu.page.getByRole('dialog', { name: 'Verwijzing afsluiten' });
    await closing.getByRole('textbox', { name: 'Vaststelling' }).fill('Polis en facturen nagekeken');
    await closing.getByRole('button', { name: 'Bevestigen' }).click();
    await expectVisible(siuRisk.getByText(/Verwijzing afgesloten op .* door Pieter Wuyts: geen fraude \(Polis en facturen nagekeken\)/));
    await expectAccessible(asSiu.page);
    await asSiu.context.close();
  });

  test('two claims two days apart are linked in both files; the handler closes the second as a duplicate of the first', async () => {
    const first = await openClaimOn(an, handler, '2019-11-10');
    const second = await openClaimOn(an, handler, '2019-11-12');
    const firstNumber = (await handler.get(`/api/backoffice/claims/${first}`)).body.claim.claimNumber;
    const secondNumber = (await handler.get(`/api/backoffice/claims/${second}`)).body.claim.claimNumber;

    const { context, page } = await openClaimFile(browser(), demo.handler, second);
    const risk = page.getByRole('region', { name: 'Fraude, dubbels en geschil' });
    await expectVisible(risk.getByRole('link', { name: firstNumber }));
    await risk.getByRole('button', { name: `Afsluiten als dubbel van ${firstNumber}` }).click();
    const dialog = page.getByRole('dialog', { name: `Afsluiten als dubbel van ${firstNumber}` });
    await dialog.getByRole('textbox', { name: 'Reden' }).fill('Tweemaal aangegeven');
    await dialog.getByRole('button', { name: 'Bevestigen' }).click();
    await expectVisible(risk.getByTestId('duplicate-of').getByRole('link', { name: firstNumber }));
    await expectAccessible(page);
    await screenshot(page, 'claim-closed-as-duplicate');

    await page.goto(`/backoffice/claims/${first}`);
    const firstRisk = page.getByRole('region', { name: 'Fraude, dubbels en geschil' });
    const link = firstRisk.getByTestId(`duplicate-${second}`);
    await expectVisible(link.getByRole('link', { name: secondNumber }));
    await expectVisible(link.getByText(/afgesloten als dubbel/));
    await context.close();
  });
});
