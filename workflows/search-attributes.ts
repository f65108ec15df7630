import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Custom search attributes: auditors and the back office find workflows by these. */
export const OrganisationId = defineSearchAttributeKey('OrganisationId', SearchAttributeType.KEYWORD);
export const DeclarationType = defineSearchAttributeKey('DeclarationType', SearchAttributeType.KEYWORD);
export const DeclarationStatus = defineSearchAttributeKey('DeclarationStatus', SearchAttributeType.KEYWORD);

/** A claim's process is found by its claim number (2026/AU/000042). */
export const ClaimNumber = defineSearchAttributeKey('ClaimNumber', SearchAttributeType.KEYWORD);

export const customSearchAttributes = [OrganisationId, DeclarationType, DeclarationStatus, ClaimNumber];
