import { demo, Session } from '../support/api';
import { expectAccessible, expectVisible, screenshot, sharedBrowser, openClaimFile } from '../support/browser';
import { openLiabilityClaim } from '../support/claims';

/** Notes in the claim file: a handler writes one; a senior handler's confidential note is not shown to handlers. */
describe('Back office: notes on a claim', () => {
  const browser = sharedBrowser();
  let an: Session;
  let handler: Session;
  beforeAll(async () => {
    [an, handler] = await Promise.all([Session.login(demo.an), Session.login(demo.handler)]);
  });

  const openFile = (email: string, claimId: string) => openClaimFile(browser(), email, claimId, 'notes');

  test('the handler writes a note; the senior handler adds a confidential one, which the handler does not see', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const asHandler = await openFile(demo.handler, claimId);
    const notes = asHandler.page.getByRole('region', { name: 'Notities' });
    await notes.getByRole('textbox', { name: 'Notitie', exact: true }).fill('Klant gebeld: expert komt dinsdag.');
    await notes.getByRole('button', { name: 'Notitie schrijven' }).click();
    await expectVisible(notes.getByRole('status').filter({ hasText: 'De notitie is geschreven.' }));
    await expectVisible(notes.getByRole('list', { name: 'Notities' }).getByText('Klant gebeld: expert komt dinsdag.'));
    await expectVisible(notes.getByText(/^Hanne De Smet, /));
    expect(await notes.getByLabel('Vertrouwelijk (alleen senior schadebehandelaars en de fraudecel)').count()).toBe(0);
    await expectAccessible(asHandler.page);
    await asHandler.context.close();

    const asSenior = await openFile(demo.senior, claimId);
    const seniorNotes = asSenior.page.getByRole('region', { name: 'Notities' });
    await seniorNotes.getByRole('textbox', { name: 'Notitie', exact: true }).fill('Zelfde IBAN als bij een ander dossier.');
    await seniorNotes.getByLabel('Vertrouwelijk (alleen senior schadebehandelaars en de fraudecel)').check();
    await seniorNotes.getByRole('button', { name: 'Notitie schrijven' }).click();
    await expectVisible(seniorNotes.getByRole('list', { name: 'Notities' }).getByText('Zelfde IBAN als bij een ander dossier.'));
    await expectVisible(seniorNotes.getByText('Vertrouwelijk', { exact: true }));
    await screenshot(asSenior.page, 'claim-notes-senior');
    await asSenior.context.close();

    const again = await openFile(demo.handler, claimId);
    const handlerNotes = again.page.getByRole('region', { name: 'Notities' });
    await expectVisible(handlerNotes.getByText('Klant gebeld: expert komt dinsdag.'));
    expect(await handlerNotes.getByText('Zelfde IBAN als bij een ander dossier.').count()).toBe(0);
    await again.context.close();
  });
});
