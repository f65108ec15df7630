import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Custom search attributes: auditors and the back office find workflows by these. */
export const OrganisationId = defineSearchAttributeKey('OrganisationId', SearchAttributeType.KEYWORD);
export const DeclarationType = defineSearchAttributeKey('DeclarationType', SearchAttributeType.KEYWORD);
export const DeclarationStatus = defineSearchAttributeKey('DeclarationStatus', SearchAttributeType.KEYWORD);

export const customSearchAttributes = [OrganisationId, DeclarationType, DeclarationStatus];
