import type { ComponentType } from 'react';
import type { Role } from '../api/session';
import { MyWorkMenuLabel } from './MyWorkMenuLabel';
import { CatastropheMenuLabel } from './catastrophes/CatastropheMenuLabel';
import { UserAgreementsMenuLabel } from '../user-agreement/UserAgreementsMenuLabel';

/** The insurer's staff have no organisations: their menu follows their role. Labels under `backoffice.menu`. */
export interface StaffMenuItem { key: 'queue' | 'approvals' | 'paymentBatches' | 'hospitalisationChanges' | 'userAgreements' | 'messages' | 'workflows' | 'assignmentRules' | 'myWork' | 'investigations' | 'dashboard' | 'catastrophes'; path: string; /** A label of its own (e.g. with a count) instead of `backoffice.menu.<key>`. */ Label?: ComponentType }

const queue: StaffMenuItem = { key: 'queue', path: '/backoffice/claims' };
const approvals: StaffMenuItem = { key: 'approvals', path: '/backoffice/approvals' };
/** SEPA batches to the bank and the bank's statements: the senior handlers' (the API allows no one else). */
const paymentBatches: StaffMenuItem = { key: 'paymentBatches', path: '/backoffice/payment-batches' };
const hospitalisationChanges: StaffMenuItem = { key: 'hospitalisationChanges', path: '/backoffice/hospitalisation-changes' };
const messages: StaffMenuItem = { key: 'messages', path: '/backoffice/messages' };
/** Organisations' user agreements to register (or send back); the escalated ones are the senior staff's. */
const userAgreements: StaffMenuItem = { key: 'userAgreements', path: '/backoffice/user-agreements', Label: UserAgreementsMenuLabel };
/** Who gets new claims automatically: the senior handlers maintain the rules (the API allows no one else). */
const assignmentRules: StaffMenuItem = { key: 'assignmentRules', path: '/backoffice/assignment-rules' };
const workflows: StaffMenuItem = { key: 'workflows', path: '/audit/workflows' };
/** The manager's view of the portfolio: senior handlers and auditors (the API allows no one else). */
const dashboard: StaffMenuItem = { key: 'dashboard', path: '/backoffice/dashboard' };
/** The claims referred to the special investigation unit: its work list (senior handlers read it too). */
const investigations: StaffMenuItem = { key: 'investigations', path: '/backoffice/investigations' };
/** The handler's own work of the day (diary, deadlines, messages, approvals), with its count. */
const myWork: StaffMenuItem = { key: 'myWork', path: '/backoffice/my-work', Label: MyWorkMenuLabel };

/** Declared catastrophe events and their claims: senior handlers declare them, handlers work their claims. */
const catastrophes: StaffMenuItem = { key: 'catastrophes', path: '/backoffice/catastrophes', Label: CatastropheMenuLabel };

export const staffMenuOf = (role: Role): StaffMenuItem[] => ({
  customer: [],
  handler: [queue, myWork, messages, hospitalisationChanges, userAgreements, catastrophes],
  senior_handler: [queue, myWork, approvals, paymentBatches, messages, hospitalisationChanges, userAgreements, assignmentRules, dashboard, catastrophes],
  auditor: [workflows, dashboard],
  siu: [investigations],
})[role];
