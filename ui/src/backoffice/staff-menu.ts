import type { Role } from '../api/types';

/** The insurer's staff have no organisations: their menu follows their role. Labels under `backoffice.menu`. */
export interface StaffMenuItem { key: 'queue' | 'approvals' | 'workflows'; path: string }

const queue: StaffMenuItem = { key: 'queue', path: '/backoffice/claims' };
const approvals: StaffMenuItem = { key: 'approvals', path: '/backoffice/approvals' };
const workflows: StaffMenuItem = { key: 'workflows', path: '/audit/workflows' };

export const staffMenuOf = (role: Role): StaffMenuItem[] =>
  ({ customer: [], handler: [queue], senior_handler: [queue, approvals], auditor: [workflows] })[role];
