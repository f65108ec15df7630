import { catalogue } from '../../i18n/catalogue';
import { humanise } from '../../i18n/labels';
import { printable } from './pdf';

/**
 * The words of the policy documents (polisdocumenten) for coded values, from the catalogue
 * (`document.policy.<table>.<code>` in i18n/locales/<language>/documents.json).
 */
const tables = {
  productLine: 'document.policy.productLine',
  guarantee: 'document.policy.guarantee',
  field: 'document.policy.field',
  policyStatus: 'document.policy.policyStatus',
  claimStatus: 'document.policy.claimStatus',
  country: 'document.policy.country',
  vehicleCategory: 'document.policy.vehicleCategory',
} as const;
export type VocabularyTable = keyof typeof tables;

const isCode = (code: string) => /^[\w-]+$/.test(code);
const wordOf = (key: string, code: string, language: string) =>
  (isCode(code) && catalogue.has(key) ? printable(catalogue.t(key, undefined, language)) : undefined);

/** The word for a code in one of the tables, or the code in words (an unknown guarantee still reads). */
export const wordFor = (table: VocabularyTable, code: string, language: string) => wordOf(`${tables[table]}.${code}`, code, language) ?? humanise(code);

/** A coded value of a policy's terms (`omnium: 'full'`) in words; undefined for a value that is not coded. */
export const valueWord = (field: string, code: string, language: string) => (isCode(field) ? wordOf(`document.policy.value.${field}.${code}`, code, language) : undefined);
