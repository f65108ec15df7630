import type { Role } from '../api/session';

/** The insurer's staff have no organisations: their menu follows their role. Labels under `backoffice.menu`. */
export interface StaffMenuItem { key: 'queue' | 'approvals' | 'paymentBatches' | 'hospitalisationChanges' | 'messages' | 'workflows'; path: string }

const queue: StaffMenuItem = { key: 'queue', path: '/backoffice/claims' };
const approvals: StaffMenuItem = { key: 'approvals', path: '/backoffice/approvals' };
/** SEPA batches to the bank and the bank's statements: the senior handlers' (the API allows no one else). */
const paymentBatches: StaffMenuItem = { key: 'paymentBatches', path: '/backoffice/payment-batches' };
const hospitalisationChanges: StaffMenuItem = { key: 'hospitalisationChanges', path: '/backoffice/hospitalisation-changes' };
const messages: StaffMenuItem = { key: 'messages', path: '/backoffice/messages' };
const workflows: StaffMenuItem = { key: 'workflows', path: '/audit/workflows' };

export const staffMenuOf = (role: Role): StaffMenuItem[] => ({
  customer: [],
  handler: [queue, messages, hospitalisationChanges],
  senior_handler: [queue, approvals, paymentBatches, messages, hospitalisationChanges],
  auditor: [workflows],
})[role];
