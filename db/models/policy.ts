import { Model } from 'objection';
import type { ProductLine } from '../../domain/product-lines';

export class Policy extends Model {
  static tableName = 'policies';
  id!: string;
  organisationId!: string;
  policyNumber!: string;
  productLine!: ProductLine;
  status!: 'active' | 'suspended' | 'cancelled';
  policyholderName!: string;
  startDate!: string;
  endDate!: string | null;
  annualPremiumCents!: number;
  insuredObject!: Record<string, unknown>;
  guarantees!: string[];
  terms!: Record<string, unknown>;
  static get jsonAttributes() {
    return ['insuredObject', 'guarantees', 'terms'];
  }
}

/** Titularis or family member on a group hospitalisation policy. */
export class InsuredPerson extends Model {
  static tableName = 'insured_persons';
  id!: string;
  policyId!: string;
  titularisId!: string | null;
  relation!: 'titularis' | 'partner' | 'child';
  firstName!: string;
  lastName!: string;
  birthDate!: string;
  nationalNumber!: string;
  email!: string | null;
  coveredFrom!: string;
  coveredUntil!: string | null;
}
