import type { PolicyDocumentKind } from '../../domain/policy-documents';
import type { ProductLine } from '../../domain/product-lines';
import type { BlockName } from './policy-blocks';

/*
 * What each policy document (polisdocument) says, in order, the same for every language: headings and paragraphs
 * are catalogue keys (`document.policy.heading.*`, `document.policy.text.<kind>.*`, the product's articles in
 * `document.policy.conditions.<productLine>.*`), blocks are laid out in code (policy-blocks.ts). The titles are
 * `document.policy.title.<kind>`.
 */
export type Part = { heading: string } | { paragraph: string } | { block: BlockName };

/** What decides which parts a document has. */
export interface PartFacts {
  productLine: ProductLine;
  active: boolean;
  hasTerms: boolean;
  hasClaims: boolean;
}

const heading = (key: string): Part => ({ heading: key });
const paragraph = (key: string): Part => ({ paragraph: key });
const block = (name: BlockName): Part => ({ block: name });
const when = (condition: boolean, ...parts: Part[]): Part[] => (condition ? parts : []);

export function policyDocumentParts(kind: PolicyDocumentKind, facts: PartFacts): Part[] {
  switch (kind) {
    case 'special_conditions':
      return [
        paragraph('document.policy.text.special_conditions.intro'),
        heading('document.policy.heading.yourPolicy'), block('policy'),
        heading('document.policy.heading.insuredRisk'), block('insuredObject'),
        heading('document.policy.heading.insuredGuarantees'), block('guarantees'),
        ...when(facts.hasTerms, heading('document.policy.heading.specialTerms'), block('terms')),
        paragraph('document.policy.text.special_conditions.drawnUp'),
        block('signature'),
      ];
    case 'general_conditions':
      return [
        paragraph('document.policy.text.general_conditions.intro'),
        heading('document.policy.heading.article1'), paragraph(`document.policy.conditions.${facts.productLine}.scope`),
        heading('document.policy.heading.article2'), paragraph(`document.policy.conditions.${facts.productLine}.exclusions`),
        heading('document.policy.heading.article3'), paragraph(`document.policy.conditions.${facts.productLine}.claims`),
        heading('document.policy.heading.article4'), paragraph('document.policy.text.general_conditions.duration'),
        heading('document.policy.heading.article5'), paragraph('document.policy.text.general_conditions.complaints'),
        heading('document.policy.heading.article6'), paragraph('document.policy.text.general_conditions.law'),
      ];
    case 'insurance_certificate':
      return [
        paragraph('document.policy.text.insurance_certificate.intro'),
        paragraph(facts.active ? 'document.policy.text.insurance_certificate.inForce' : 'document.policy.text.insurance_certificate.notInForce'),
        heading('document.policy.heading.insuredRisk'), block('insuredObject'),
        heading('document.policy.heading.insuredGuarantees'), block('guarantees'),
        paragraph('document.policy.text.insurance_certificate.closing'),
        block('signature'),
      ];
    case 'green_card':
      return [paragraph('document.policy.text.green_card.intro'), block('greenCard'), paragraph('document.policy.text.green_card.closing')];
    case 'endorsement':
      return [
        paragraph('document.policy.text.endorsement.place'),
        paragraph('document.policy.text.endorsement.subject'),
        paragraph('document.policy.text.endorsement.salutation'),
        paragraph('document.policy.text.endorsement.intro'),
        heading('document.policy.heading.addedGuarantees'), block('addedGuarantees'),
        ...when(facts.hasTerms, heading('document.policy.heading.specialTermsFromThen'), block('terms')),
        paragraph('document.policy.text.endorsement.premium'),
        paragraph('document.policy.text.endorsement.closing'),
        block('signature'),
      ];
    case 'insured_risks':
      return [
        paragraph('document.policy.text.insured_risks.intro'),
        block('risks'),
        ...when(facts.hasTerms, heading('document.policy.heading.specialTerms'), block('terms')),
        paragraph('document.policy.text.insured_risks.closing'),
      ];
    case 'provisional_cover':
      return [
        paragraph('document.policy.text.provisional_cover.intro'),
        paragraph('document.policy.text.provisional_cover.period'),
        heading('document.policy.heading.insuredRisk'), block('insuredObject'),
        heading('document.policy.heading.provisionalGuarantees'), block('guarantees'),
        block('signature'),
      ];
    case 'claims_history':
      return [
        paragraph(facts.hasClaims ? 'document.policy.text.claims_history.withClaims' : 'document.policy.text.claims_history.withoutClaims'),
        ...when(facts.hasClaims, block('claims')),
        paragraph('document.policy.text.claims_history.closing'),
        block('signature'),
      ];
  }
}
