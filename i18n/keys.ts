import type api from './locales/en/api.json';
import type assessment from './locales/en/assessment.json';
import type assignment from './locales/en/assignment.json';
import type benefits from './locales/en/benefits.json';
import type benefitsRules from './locales/en/benefits-rules.json';
import type catastrophe from './locales/en/catastrophe.json';
import type claim from './locales/en/claim.json';
import type coverage from './locales/en/coverage.json';
import type customerClaim from './locales/en/customer-claim.json';
import type declaration from './locales/en/declaration.json';
import type diary from './locales/en/diary.json';
import type eid from './locales/en/eid.json';
import type documents from './locales/en/documents.json';
import type fields from './locales/en/fields.json';
import type hospitalisation from './locales/en/hospitalisation.json';
import type labels from './locales/en/labels.json';
import type letters from './locales/en/letters.json';
import type mails from './locales/en/mails.json';
import type messages from './locales/en/messages.json';
import type money from './locales/en/money.json';
import type motorFault from './locales/en/motor-fault.json';
import type userAgreement from './locales/en/user-agreement.json';
import type paymentBatches from './locales/en/payment-batches.json';
import type process from './locales/en/process.json';
import type risk from './locales/en/risk.json';
import type timeline from './locales/en/timeline.json';

/** The server's areas of the catalogue, as English has them (the catalogue test keeps every language in step). */
type ServerCatalogue = typeof api & typeof assessment & typeof assignment & typeof claim & typeof coverage & typeof customerClaim & typeof declaration & typeof diary & typeof documents & typeof fields
  & typeof hospitalisation & typeof labels & typeof letters & typeof mails & typeof messages & typeof money
  & typeof paymentBatches & typeof process & typeof risk & typeof timeline & typeof catastrophe
  & typeof benefitsRules
  & typeof benefits
  & typeof motorFault
  & typeof userAgreement
  & typeof eid;

/** Every sentence's dotted key; a plural's forms (`_one`, `_other`) count as the one key i18next is asked for. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K}`
    : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string];

/** A key a phrase may name: checked by the compiler, so a typo or a removed sentence fails the build. */
export type PhraseKey = Leaves<ServerCatalogue>;
