import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { catalogue } from '../../i18n/catalogue';
import type { PhraseParams } from '../../i18n/phrase';

/**
 * One Handlebars template per mail (`templates/<mail>.hbs`), the same for every language: its words come from the
 * catalogue through the `t` helper, `{{t "subject" reference=reference}}` reading `mail.<mail>.subject`, so a new
 * language is new catalogue files only. The first line is the subject, the rest the text.
 */
export const mailTemplates = ['declaration-submitted', 'claim-opened', 'hospitalisation-decided'] as const;
export type MailTemplate = (typeof mailTemplates)[number];

/** Each mail's keys in the catalogue (`mail` in i18n/locales/<language>/mails.json). */
const mailKeys: Record<MailTemplate, string> = {
  'declaration-submitted': 'mail.declarationSubmitted',
  'claim-opened': 'mail.claimOpened',
  'hospitalisation-decided': 'mail.hospitalisationDecided',
};

// Mails are text, not HTML: nothing is escaped.
const handlebars = Handlebars.create();
handlebars.registerHelper('t', (key: string, options: Handlebars.HelperOptions) =>
  catalogue.t(`${options.data.mail}.${key}`, options.hash as PhraseParams, options.data.language));

const compiled = new Map<MailTemplate, HandlebarsTemplateDelegate>();
const compiledTemplate = (template: MailTemplate) => {
  let render = compiled.get(template);
  if (!render) {
    render = handlebars.compile(fs.readFileSync(path.join(__dirname, 'templates', `${template}.hbs`), 'utf8'), { noEscape: true, strict: false });
    compiled.set(template, render);
  }
  return render;
};

/** A mail in the reader's language: amounts in cents, days and moments as ISO text, worded by the catalogue. */
export function renderMail(template: MailTemplate, language: string, context: object): { subject: string; text: string } {
  const rendered = compiledTemplate(template)(context, { data: { mail: mailKeys[template], language: catalogue.languageOf(language) } });
  const [subject, ...body] = rendered.split('\n');
  return { subject, text: body.join('\n').replace(/\n{3,}/g, '\n\n') };
}
