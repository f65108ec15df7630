import type { Knex } from 'knex';
import { apiUrl, demo } from '../support/api';
import { choose, expectVisible, logIn, newVisitor, screenshot, sharedBrowser } from '../support/browser';
import { testDatabase } from '../support/database';
import { eidCard } from '../support/eid';

let db: Knex;
beforeAll(() => { db = testDatabase(); });
afterAll(() => db.destroy());

/** Issue 15 §2: the user agreement from the administrator's signature to the new employee's first login. */
describe('the user agreement in the portal and the back office', () => {
  const browser = sharedBrowser();

  test('the administrator submits an agreement adding a new employee, the insurer registers it, and the employee logs in and sees the organisation', async () => {
    // Lies Vermeulen's demo eID card: this walk is the only one that names her, once per system.
    const employee = { name: 'Lies Vermeulen', email: 'lies.vermeulen@bakkerij-peeters.example', number: eidCard.lies };
    const named = await db('agreementEmployees').where({ nationalRegisterNumber: employee.number }).first('agreementId');
    const known = await db('users').where({ nationalRegisterNumber: employee.number }).orWhereRaw('lower(email) = ?', [employee.email]).first('id');
    if (named || known) throw new Error(`Lies Vermeulen (${employee.number}) is already named on this system (an earlier run of this walk): start a fresh system`);

    // An Peeters, administrator of Bakkerij Peeters, prepares, signs and submits the agreement.
    const admin = await newVisitor(browser());
    await logIn(admin.page, demo.an);
    await admin.page.waitForURL('**/my-data');
    await admin.page.getByRole('link', { name: 'Een gebruikersovereenkomst opstellen' }).click();
    await expectVisible(admin.page.getByRole('heading', { name: 'Gebruikersovereenkomst', level: 1 }));
    const line = admin.page.getByRole('group', { name: 'Medewerker 1' });
    await line.getByRole('textbox', { name: /^Naam/ }).fill(employee.name);
    await line.getByRole('textbox', { name: /^E-mail/ }).fill(employee.email);
    await line.getByRole('textbox', { name: /^Rijksregisternummer/ }).fill(employee.number);
    await choose(admin.page, 'Toegang', 'Beperkte toegang');
    await admin.page.getByRole('button', { name: 'Ontwerp bewaren' }).click();
    await admin.page.waitForURL('**/user-agreement/*');
    await admin.page.getByRole('checkbox', { name: /^Ik, An Peeters, onderteken deze gebruikersovereenkomst voor Bakkerij Peeters BV: de medewerker die ze noemt/ }).check();
    await screenshot(admin.page, 'user-agreement-sign');
    await admin.page.getByRole('button', { name: 'Ondertekenen en indienen' }).click();
    await expectVisible(admin.page.getByText('De gebruikersovereenkomst werd ondertekend en bij de verzekeraar ingediend.'));
    await expectVisible(admin.page.getByText(/^Ingediend — geldt uiterlijk op/));
    await admin.context.close();

    // The insurer's handler registers it from the back office's inbox.
    const staff = await newVisitor(browser());
    await logIn(staff.page, demo.handler);
    await staff.page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Gebruikersovereenkomsten' }).click();
    const row = staff.page.getByRole('row').filter({ hasText: employee.name });
    await expectVisible(row);
    await screenshot(staff.page, 'user-agreement-inbox');
    await row.getByRole('button', { name: 'Registreren' }).click();
    await staff.page.getByRole('dialog').getByRole('button', { name: 'Registreren' }).click();
    await expectVisible(staff.page.getByText('De gebruikersovereenkomst van Bakkerij Peeters BV werd geregistreerd.'));
    await staff.context.close();

    // The new employee logs in with her eID card at the provider and lands in the portal, acting for Bakkerij Peeters.
    const colleague = await newVisitor(browser());
    await colleague.page.goto('/login');
    await colleague.page.getByRole('link', { name: 'Aanmelden met eID / itsme' }).click();
    await expectVisible(colleague.page.getByRole('heading', { name: 'Steek uw eID-kaart in de lezer' }));
    await colleague.page.getByRole('button', { name: /^Lies Vermeulen/ }).click();
    await colleague.page.waitForURL(`${apiUrl()}/`);
    await expectVisible(colleague.page.getByText('Lies Vermeulen', { exact: true }));
    await expectVisible(colleague.page.getByText('Bakkerij Peeters BV').first());
    await colleague.page.goto('/my-data');
    await expectVisible(colleague.page.getByRole('heading', { name: 'Bakkerij Peeters BV' }));
    await expectVisible(colleague.page.getByRole('table', { name: 'Medewerkers volgens de geregistreerde overeenkomsten' }).getByRole('row').filter({ hasText: employee.name }));
    await screenshot(colleague.page, 'user-agreement-new-employee');
    await colleague.context.close();
  });
});
