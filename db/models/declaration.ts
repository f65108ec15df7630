import { Model } from 'objection';
import type { DeclarationSnapshot } from '../../domain/declaration';

/** Read model of a declaration workflow; the workflow stays the source of truth. */
export class Declaration extends Model {
  static tableName = 'declarations';
  id!: string;
  workflowId!: string;
  organisationId!: string;
  policyId!: string | null;
  type!: DeclarationSnapshot['type'];
  status!: DeclarationSnapshot['status'];
  step!: number;
  version!: number;
  revision!: number;
  data!: Record<string, unknown>;
  attachments!: DeclarationSnapshot['attachments'];
  claimNumber!: string | null;
  handler!: DeclarationSnapshot['handler'];
  decision!: DeclarationSnapshot['decision'];
  actions!: DeclarationSnapshot['actions'];
  createdBy!: string;
  createdAt!: Date;
  updatedAt!: Date;
  submittedAt!: Date | null;
  static get jsonAttributes() {
    return ['data', 'attachments', 'handler', 'decision', 'actions'];
  }
}

/** The claim file (schadedossier) opened from a declaration. */
export class Claim extends Model {
  static tableName = 'claims';
  id!: string;
  declarationId!: string;
  claimNumber!: string;
  handlerId!: string;
  productLine!: string;
  openedAt!: Date;
  openedBy!: string | null;
}
