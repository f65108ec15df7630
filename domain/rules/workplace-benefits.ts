/**
 * Workplace-accident incapacity benefits (seed 004 q.11–14; law of 10 April 1971, arbeidsongevallenwet):
 * pure rules, one concern per file under ./workplace-benefits/. Amounts in integer cents, days as ISO dates,
 * explanations as phrases (i18n area benefits-rules). Every table can be passed in; it defaults to the law.
 */
export * from './workplace-benefits/money';
export * from './workplace-benefits/base-wage';
export * from './workplace-benefits/certificates';
export * from './workplace-benefits/temporary';
export * from './workplace-benefits/adapted-work';
export * from './workplace-benefits/medical-check';
export * from './workplace-benefits/several-employers';
export * from './workplace-benefits/permanent';
export * from './workplace-benefits/rules';
