import { type FieldProblem, phraseAsProblem } from '../i18n/field-problems';
import { phrase, type Phrase } from '../i18n/phrase';
import type { AttachmentKind, AttachmentRef } from './attachments';
import type { DeclarationType } from './declaration-types';
import { motorSituationOf, workplaceInjuryOf } from './declaration-facts';
import { motorDocuments } from './rules/motor';
import { requiredMedicalDocuments } from './rules/workplace-accident';

export interface DocumentRequirement {
  kind: AttachmentKind;
  /** Mandatory: the declaration cannot be submitted without it. Otherwise it is asked for, but may follow. */
  mandatory: boolean;
  /** Why it is asked for (assessment.document.*). */
  reason: Phrase;
}

type Data = Record<string, any>;
const requirement = (kind: AttachmentKind, mandatory: boolean, reason: Phrase): DocumentRequirement => ({ kind, mandatory, reason });

/** Motor (seed 001), by the motor rules; witnesses are data in the declaration, not a document. */
function motorRequirements(type: DeclarationType, data: Data): DocumentRequirement[] {
  const situation = motorSituationOf(type, data);
  if (!situation) return [requirement('photo', false, phrase('assessment.document.damagePhotos'))];
  return motorDocuments(situation)
    .filter((document) => document.code !== 'witness_details')
    .map((document) => requirement(document.code as AttachmentKind, document.mandatory, document.description));
}

/** Workplace accidents (seed 004): without the medical certificates no temporary-incapacity benefit is paid. */
const workplaceRequirements = (data: Data) =>
  requiredMedicalDocuments(workplaceInjuryOf(data).temporaryIncapacity).map((document) => requirement(document.code, false, document.description));

/** The documents a declaration of this type and content needs. */
export function requiredDocuments(type: DeclarationType, data: Data): DocumentRequirement[] {
  switch (type) {
    case 'motor_theft':
    case 'motor_damage':
    case 'omnium_assignment':
      return motorRequirements(type, data);
    case 'workplace_accident':
    case 'private_life':
      return workplaceRequirements(data);
    case 'bodily_accident':
      return [requirement('medical_certificate_first_finding', false, phrase('assessment.document.injuryCertificate'))];
    case 'collective_hospitalisation':
      return [requirement('hospital_invoice', false, phrase('assessment.document.hospitalInvoice'))];
    case 'fire':
      return [requirement('photo', false, phrase('assessment.document.damagePhotos')), requirement('quote', false, phrase('assessment.document.repairQuotes'))];
    case 'liability':
      return [requirement('photo', false, phrase('assessment.document.damageCausedPhotos'))];
  }
}

/** Requirements not yet met by an attachment of that kind. */
export const missingDocuments = (type: DeclarationType, data: Data, attachments: AttachmentRef[]) =>
  requiredDocuments(type, data).filter((needed) => !attachments.some((file) => file.kind === needed.kind));

/** Mandatory documents still missing, as submit problems: the reason it is asked for is the problem. */
export const missingMandatoryDocuments = (type: DeclarationType, data: Data, attachments: AttachmentRef[]): FieldProblem[] =>
  missingDocuments(type, data, attachments)
    .filter((needed) => needed.mandatory)
    .map((needed) => phraseAsProblem(`attachments.${needed.kind}`, needed.reason));
