/**
 * The portal's helpdesk (seed 000: "een helpdesk ter beschikking op het nummer …"): the one place its
 * number and opening hours are written down; the help page and the login page read them from here.
 */
export const helpdesk = {
  phone: '+32 2 555 00 00',
  /** Working days, Brussels time. */
  opens: '08:00',
  closes: '18:00',
};

/** The number as a `tel:` link dials it: digits only, with the country code. */
export const helpdeskTelLink = `tel:${helpdesk.phone.replace(/[^+\d]/g, '')}`;
