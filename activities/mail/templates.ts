import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { Language } from '../../domain/labels';

export const mailTemplates = ['declaration-submitted', 'claim-opened', 'hospitalisation-decided'] as const;
export type MailTemplate = (typeof mailTemplates)[number];

const compiled = new Map<string, HandlebarsTemplateDelegate>();
/** Templates exist in Dutch, French and English; German readers get English until translated. */
const templateLanguage = (language: Language) => (language === 'de' ? 'en' : language);

/** Renders `<template>.<language>.hbs`: its first line is the subject, the rest the text. */
export function renderMail(template: MailTemplate, language: Language, context: object): { subject: string; text: string } {
  const file = path.join(__dirname, 'templates', `${template}.${templateLanguage(language)}.hbs`);
  let render = compiled.get(file);
  if (!render) {
    render = Handlebars.compile(fs.readFileSync(file, 'utf8'), { noEscape: true, strict: false });
    compiled.set(file, render);
  }
  const [subjectLine, ...body] = render(context).split('\n');
  return { subject: subjectLine.replace(/^Subject:\s*/, ''), text: body.join('\n').replace(/\n{3,}/g, '\n\n') };
}
