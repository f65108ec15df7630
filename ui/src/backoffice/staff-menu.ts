import type { Role } from '../api/session';

/** The insurer's staff have no organisations: their menu follows their role. Labels under `backoffice.menu`. */
export interface StaffMenuItem { key: 'queue' | 'approvals' | 'hospitalisationChanges' | 'messages' | 'workflows'; path: string }

const queue: StaffMenuItem = { key: 'queue', path: '/backoffice/claims' };
const approvals: StaffMenuItem = { key: 'approvals', path: '/backoffice/approvals' };
const hospitalisationChanges: StaffMenuItem = { key: 'hospitalisationChanges', path: '/backoffice/hospitalisation-changes' };
const messages: StaffMenuItem = { key: 'messages', path: '/backoffice/messages' };
const workflows: StaffMenuItem = { key: 'workflows', path: '/audit/workflows' };

export const staffMenuOf = (role: Role): StaffMenuItem[] => ({
  customer: [],
  handler: [queue, messages, hospitalisationChanges],
  senior_handler: [queue, approvals, messages, hospitalisationChanges],
  auditor: [workflows],
})[role];
