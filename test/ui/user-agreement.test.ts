import type { Knex } from 'knex';
import { hashPassword } from '../../db/passwords';
import { demo } from '../support/api';
import { choose, expectVisible, logIn, newVisitor, screenshot, sharedBrowser } from '../support/browser';
import { testDatabase } from '../support/database';
import { newNationalRegisterNumber } from '../support/national-register';

let db: Knex;
beforeAll(() => { db = testDatabase(); });
afterAll(() => db.destroy());

/** Issue 15 §2: the user agreement from the administrator's signature to the new employee's first login. */
describe('the user agreement in the portal and the back office', () => {
  const browser = sharedBrowser();

  test('the administrator submits an agreement adding a new employee, the insurer registers it, and the employee logs in and sees the organisation', async () => {
    const suffix = Date.now().toString(36);
    const employee = { name: `Lies Peeters ${suffix}`, email: `lies.${suffix}@bakkerij-peeters.example`, number: newNationalRegisterNumber() };

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

    // The new employee logs in (in the test with a password set directly) and acts for Bakkerij Peeters.
    await db('users').where({ email: employee.email }).update({ passwordHash: await hashPassword('demo') });
    const colleague = await newVisitor(browser());
    await logIn(colleague.page, employee.email);
    await colleague.page.waitForURL('**/my-data');
    await expectVisible(colleague.page.getByRole('heading', { name: 'Bakkerij Peeters BV' }));
    await expectVisible(colleague.page.getByRole('table', { name: 'Medewerkers volgens de geregistreerde overeenkomsten' }).getByRole('row').filter({ hasText: employee.name }));
    await screenshot(colleague.page, 'user-agreement-new-employee');
    await colleague.context.close();
  });
});
