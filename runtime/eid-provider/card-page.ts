import { eidCards } from '../../db/seeds/demo-data';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title: string, body: string) => `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem}button{display:block;width:100%;margin:.5rem 0;padding:.8rem;font-size:1rem;text-align:left;cursor:pointer}</style>
</head><body>${body}</body></html>`;

/**
 * The "insert your card" page of the embedded eID provider: in development there is no card reader, so the
 * person picks one of the demo identity cards. Stands in for the federal authentication service's own pages;
 * its text is the provider's, not the portal's (hence not in the portal's catalogues).
 */
export function cardPage(uid: string): string {
  const cards = eidCards.map((card) => `<button type="submit" name="nationalRegisterNumber" value="${card.nationalRegisterNumber}">`
    + `${escape(card.givenName)} ${escape(card.familyName)} <small>(${card.nationalRegisterNumber})</small></button>`).join('\n');
  return page('eID', `<h1>Steek uw eID-kaart in de lezer</h1>
<p>Insert your eID card. Demo: choose the card to read.</p>
<form method="post" action="/interaction/${escape(uid)}/card">${cards}</form>
<form method="post" action="/interaction/${escape(uid)}/abort"><button type="submit">Annuleren / Cancel</button></form>`);
}

/** The provider's logout question: its form (id op.logoutForm) answered yes with one button. */
export const logoutPage = (form: string) => page('eID logout', `<h1>Afmelden bij eID</h1><p>Log out of the eID.</p>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Afmelden / Log out</button>`);

export const loggedOutPage = () => page('eID', '<h1>Afgemeld / Logged out</h1>');

/** A failed step at the provider (an interaction expired or opened without its cookie): said, not a stack trace. */
export const errorPage = (message: string) => page('eID', `<h1>Aanmelden mislukt / Login failed</h1><p>${escape(message)}</p>`);
