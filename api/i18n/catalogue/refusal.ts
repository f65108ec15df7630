/** The languages of the portal; German readers get English, like the labels (domain/labels.ts). */
export type RefusalLanguage = string;

/** One refusal: the English sentence as the source writes it, in Dutch (formal "u") and in French ("vous"). */
export type Refusal = readonly [en: string, nl: string, fr: string];
