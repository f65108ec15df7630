import type { Role } from '../db/models/user';
import { declarationTypes, DeclarationType } from './declaration-types';

/**
 * Health data in claims (GDPR art. 9): who may read the medical details of a declaration.
 *
 * Medical details of a person are for that person (the insured or victim; for group hospitalisation the
 * titularis also for their family), the declarant, and the insurer's staff (handlers, senior handlers, and
 * auditors, who read process histories for the audit). Colleagues and the employer's other portal users
 * learn only that the claim exists and its status: Belgian practice keeps an employee's diagnosis from the
 * employer. Pure: the API loads the facts (the reader's register entries) and applies this everywhere a
 * declaration leaves the server.
 */

/**
 * Where each type keeps medical facts. A type with any is sealed as a whole for readers who may not see
 * them: its free text, dates, parties and documents can all say what happened to the person.
 */
export const medicalFieldsOf: Record<DeclarationType, readonly string[]> = {
  collective_hospitalisation: [
    'event.cause', 'event.date', 'event.description', 'damage.hospital', 'damage.admissionDate', 'damage.dischargeDate', 'damage.roomType',
  ],
  bodily_accident: [
    'event.description', 'event.circumstances', 'damage.injuries', 'damage.hospitalised', 'damage.firstMedicalCareDate', 'damage.outcome',
    'damage.invalidityPercent', 'damage.preExistingInvalidityPercent',
  ],
  workplace_accident: [
    'event.description', 'damage.nature', 'damage.bodyParts', 'damage.fatal', 'damage.permanentInjury', 'damage.temporaryIncapacity',
    'damage.firstCareProvider', 'damage.healthFund',
  ],
  private_life: [
    'event.description', 'damage.nature', 'damage.bodyParts', 'damage.fatal', 'damage.permanentInjury', 'damage.temporaryIncapacity',
    'damage.firstCareProvider', 'damage.healthFund',
  ],
  liability: [],
  fire: [],
  motor_theft: [],
  motor_damage: [],
  omnium_assignment: [],
};

export const carriesMedicalDetails = (type: DeclarationType): boolean => medicalFieldsOf[type].length > 0;
export const medicalDeclarationTypes: DeclarationType[] = declarationTypes.filter(carriesMedicalDetails);

/** Staff of the insurer read every claim's medical details; everyone else only their own. */
export const staffRoles: readonly Role[] = ['handler', 'senior_handler', 'auditor', 'siu'];

/** The people in a group hospitalisation register (insured_persons): by register id and national number. */
export interface RegisterPersons {
  ids: string[];
  nationalNumbers: string[];
}

/** Who reads, and which persons they are (or, as titularis, answer for). */
export interface MedicalReader {
  userId: string;
  role: Role;
  email: string;
  /** The reader's own entries in the registers. */
  self: RegisterPersons;
  /** The family members the reader is titularis of: their hospitalisation claims are the reader's too. */
  family: RegisterPersons;
}

export interface SealableDeclaration {
  type: DeclarationType;
  createdBy: string;
  data: Record<string, unknown>;
}

/** A national register number compared as its eleven digits, however it was typed. */
export const nationalNumberDigits = (value: string): string => value.replace(/\D/g, '');

/** The persons a declaration is about: `parties.insured` (the insured, the victim, the hospitalised person). */
export function concernedPersons(data: Record<string, unknown>): { email?: string; insuredPersonId?: string; nationalNumber?: string }[] {
  const insured = (data.parties as { insured?: unknown } | undefined)?.insured;
  if (!Array.isArray(insured)) return [];
  return insured.filter((person): person is Record<string, unknown> => typeof person === 'object' && person !== null).map((person) => ({
    email: typeof person.email === 'string' ? person.email : undefined,
    insuredPersonId: typeof person.insuredPersonId === 'string' ? person.insuredPersonId : undefined,
    nationalNumber: typeof person.nationalNumber === 'string' ? person.nationalNumber : undefined,
  }));
}

const isAmong = (persons: RegisterPersons, person: { insuredPersonId?: string; nationalNumber?: string }) =>
  (person.insuredPersonId !== undefined && persons.ids.includes(person.insuredPersonId))
  || (person.nationalNumber !== undefined && persons.nationalNumbers.includes(nationalNumberDigits(person.nationalNumber)));

/**
 * Whether the reader may see the declaration's medical details. A person is recognised by the e-mail
 * address of their account, their entry in a register (`insuredPersonId`) or their national number there.
 */
export function mayReadMedicalDetails(reader: MedicalReader, declaration: SealableDeclaration): boolean {
  if (!carriesMedicalDetails(declaration.type)) return true;
  if (staffRoles.includes(reader.role)) return true;
  if (declaration.createdBy === reader.userId) return true;
  const ownEmail = reader.email.toLowerCase();
  return concernedPersons(declaration.data).some((person) =>
    person.email?.toLowerCase() === ownEmail
    || isAmong(reader.self, person)
    || (declaration.type === 'collective_hospitalisation' && isAmong(reader.family, person)));
}
