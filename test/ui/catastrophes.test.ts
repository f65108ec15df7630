import type { Knex } from 'knex';
import type { Page } from 'playwright-core';
import { declarationUrl, demo, fixture, Session } from '../support/api';
import { expectAccessible, expectVisible, logIn, newVisitor, screenshot, sharedBrowser } from '../support/browser';
import { waitUntil } from '../support/claims';
import { policyIdsByNumber, testDatabase } from '../support/database';

/** A senior handler declares a storm in the back office, opens its view and reassigns its claims in bulk. */
describe('Back office: catastrophe events', () => {
  const browser = sharedBrowser();
  let an: Session;
  let handler: Session;
  let db: Knex;
  beforeAll(async () => {
    [an, handler] = await Promise.all([demo.an, demo.handler].map((email) => Session.login(email)));
    db = testDatabase();
  });
  afterAll(() => db.destroy());

  /** Storm damage to Bakkerij Peeters' van in Kortrijk, declared by An and taken by Hanne De Smet. */
  async function openStormClaim(): Promise<string> {
    const { data } = fixture('motor_damage');
    data.event = { ...data.event, kind: 'storm', counterpartyInvolved: false, europeanAccidentReport: false, date: '2026-11-18', place: { ...data.event.place, postalCode: '8500', city: 'Kortrijk' } };
    data.parties = { ...data.parties, counterparties: [] };
    const policyId = (await policyIdsByNumber(db))['AU-2023-661203'];
    const created = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'motor_damage', data, policyId });
    await an.expect(200, 'POST', declarationUrl(an, created.body.id, 'submit'));
    await handler.expect(200, 'POST', `/api/backoffice/declarations/${created.body.id}/start-handling`, {});
    await waitUntil(() => db('auditLog').where({ action: 'claim_opened', subjectId: created.body.id }).first());
    return created.body.id;
  }

  /** The event's view, read again until the claim shows (its process tags it a moment after the declaration). */
  async function claimRowOf(page: Page, claimId: string) {
    const row = page.getByTestId(`catastrophe-claim-${claimId}`);
    await waitUntil(async () => {
      if (await row.count()) return true;
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      return false;
    }, 20_000);
    return row;
  }

  test('a senior handler declares a storm and reassigns its claims to another handler in one go', async () => {
    const claimId = await openStormClaim();
    const { context, page } = await newVisitor(browser());
    await logIn(page, demo.senior);
    await page.waitForURL('**/backoffice/claims');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Catastrofes' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Catastrofes' }));

    const declare = page.getByRole('form', { name: 'Een catastrofe afkondigen' });
    await declare.getByRole('textbox', { name: 'Naam' }).fill('Storm Kortrijk');
    await declare.getByLabel('Eerste dag').fill('2026-11-17');
    await declare.getByLabel('Laatste dag').fill('2026-11-19');
    await declare.getByRole('textbox', { name: 'Postcodes' }).fill('8500, 8501-8511');
    await expectAccessible(page);
    await declare.getByRole('button', { name: 'Catastrofe afkondigen' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: 'De catastrofe Storm Kortrijk is afgekondigd' }));

    await page.getByRole('link', { name: 'Storm Kortrijk' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Storm Kortrijk (Storm)' }));
    const row = await claimRowOf(page, claimId);
    await expectVisible(page.getByRole('region', { name: 'Open schadedossiers naar ouderdom' }));
    await expectAccessible(page);

    await page.getByRole('checkbox', { name: 'Alle open schadedossiers selecteren' }).check();
    await expectVisible(page.getByText(/dossiers? geselecteerd/));
    await page.getByRole('button', { name: 'Toewijzen aan…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Aan beheerder' }).click();
    await page.getByRole('option', { name: /^Karim El Amrani/ }).click();
    await dialog.getByRole('button', { name: 'Toewijzen' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: /gedaan, 0 geweigerd/ }));
    await expectVisible(row.getByTestId('handler').filter({ hasText: 'Karim El Amrani' }));
    await screenshot(page, 'catastrophe-event');
    await expectAccessible(page);

    const reassigned = await db('auditLog').where({ action: 'claim_reassigned', subjectId: claimId }).first();
    expect(reassigned).toMatchObject({ actorName: 'Marc Verhoeven', details: expect.objectContaining({ to: 'Karim El Amrani' }) });
    await context.close();
  });
});
