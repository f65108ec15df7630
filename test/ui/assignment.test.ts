import type { Knex } from 'knex';
import type { Page } from 'playwright-core';
import { demo, Session } from '../support/api';
import { expectAccessible, expectVisible, logIn, newVisitor, screenshot, sharedBrowser } from '../support/browser';
import { openLiabilityClaim } from '../support/claims';
import { testDatabase } from '../support/database';

/** A senior handler maintains the assignment rules, and reassigns a selection of claims from the work queue at once. */
describe('Back office: assignment rules and bulk reassignment', () => {
  const browser = sharedBrowser();
  let an: Session;
  let handler: Session;
  let db: Knex;
  beforeAll(async () => {
    [an, handler] = await Promise.all([Session.login(demo.an), Session.login(demo.handler)]);
    db = testDatabase();
  });
  afterAll(() => db.destroy());

  const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu' });

  async function seniorInQueue() {
    const visitor = await newVisitor(browser());
    await logIn(visitor.page, demo.senior);
    await visitor.page.waitForURL('**/backoffice/claims');
    return visitor;
  }

  test('a senior handler adds a rule for French-speaking customers, changes its priority and removes it, each change in the audit log', async () => {
    const name = `Franstalige klanten ${Date.now()}`;
    const { context, page } = await seniorInQueue();
    await menu(page).getByRole('link', { name: 'Toewijzingsregels' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Toewijzingsregels', level: 1 }));

    await page.getByRole('button', { name: 'Regel toevoegen' }).click();
    const adding = page.getByRole('dialog', { name: 'Nieuwe toewijzingsregel' });
    await adding.getByRole('textbox', { name: 'Naam' }).fill(name);
    await adding.getByRole('spinbutton', { name: /^Prioriteit/ }).fill('905');
    await adding.getByRole('combobox', { name: /^Taal van de klant/ }).click();
    await page.getByRole('option', { name: 'Français' }).click();
    await page.keyboard.press('Escape');
    await adding.getByLabel('Alleen beheerders die de taal van de klant schrijven').check();
    await screenshot(page, 'assignment-rule-form');
    await adding.getByRole('button', { name: 'Opslaan' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: `De regel „${name}” werd opgeslagen.` }));
    const row = page.getByRole('row').filter({ hasText: name });
    await expectVisible(row.filter({ hasText: 'Taal van de klant: Français' }).filter({ hasText: 'die de taal van de klant schrijven' }));
    await expectAccessible(page);

    await row.getByRole('button', { name: `Wijzigen ${name}` }).click();
    const editing = page.getByRole('dialog');
    await editing.getByRole('spinbutton', { name: /^Prioriteit/ }).fill('906');
    await editing.getByRole('button', { name: 'Opslaan' }).click();
    await expectVisible(page.getByRole('row').filter({ hasText: name }).getByRole('cell', { name: '906', exact: true }));
    await screenshot(page, 'assignment-rules');

    await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: `Verwijderen ${name}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: `De regel „${name}” werd verwijderd.` }));
    expect(await page.getByRole('row').filter({ hasText: name }).count()).toBe(0);
    await context.close();

    const entries = await db('auditLog').where('action', 'like', 'assignment_rule_%').whereRaw("details::text like ?", [`%${name}%`]).orderBy('id');
    expect(entries.map((entry) => [entry.action, entry.actorName])).toEqual([
      ['assignment_rule_created', 'Marc Verhoeven'], ['assignment_rule_changed', 'Marc Verhoeven'], ['assignment_rule_removed', 'Marc Verhoeven'],
    ]);
  });

  test('in the work queue the senior handler selects two claims and reassigns them at once; each claim records it', async () => {
    const claimIds = [await openLiabilityClaim(an, handler), await openLiabilityClaim(an, handler)];
    const numbers = (await db('claims').whereIn('declarationId', claimIds).select('claimNumber')).map(({ claimNumber }: { claimNumber: string }) => claimNumber);
    const { context, page } = await seniorInQueue();
    await page.goto('/backoffice/claims?productLine=liability&sort=claimNumber:desc');
    const toolbar = page.getByRole('toolbar', { name: 'Acties op de selectie' });
    for (const claimNumber of numbers) {
      await page.getByRole('row').filter({ hasText: claimNumber }).getByRole('checkbox').check();
    }
    await expectVisible(toolbar.getByText('2 dossiers geselecteerd'));
    await expectAccessible(page);

    await toolbar.getByRole('button', { name: 'Toewijzen aan…' }).click();
    const dialog = page.getByRole('dialog', { name: '2 dossiers toewijzen' });
    await dialog.getByRole('combobox', { name: /^Aan beheerder/ }).click();
    await page.getByRole('option', { name: /^Karim El Amrani/ }).click();
    await dialog.getByRole('textbox', { name: 'Reden (niet verplicht)' }).fill('Afwezigheid Hanne');
    await screenshot(page, 'bulk-reassign');
    await dialog.getByRole('button', { name: 'Toewijzen' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: '2 gedaan, 0 geweigerd' }));
    await expectVisible(toolbar.getByText('0 dossiers geselecteerd'));
    await context.close();

    const karim = (await db('users').where({ email: 'second.handler@insurer.example' }).first('id')).id;
    for (const claimId of claimIds) {
      expect((await db('claims').where({ declarationId: claimId }).first('handlerId')).handlerId).toBe(karim);
      const [entry] = await db('auditLog').where({ action: 'claim_reassigned', subjectId: claimId });
      expect(entry).toMatchObject({ actorName: 'Marc Verhoeven', details: { to: 'Karim El Amrani', reason: 'Afwezigheid Hanne' } });
    }
  });
});
