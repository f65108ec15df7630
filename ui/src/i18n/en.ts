import { messagesEn, wizardEn } from '../declarations/words';
import { auditEn } from '../audit/words';
import { backofficeEn } from '../backoffice/words';
import { hospitalisationEn } from '../hospitalisation/words';
import { helpEn } from '../help/words';
import type { Translations } from './nl';

export const en: Translations = {
  app: { title: 'Claim declarations', language: 'Language', logout: 'Log out', menu: 'Menu', skipToContent: 'Skip to content' },
  login: {
    title: 'Log in', email: 'E-mail address', password: 'Password', submit: 'Log in',
  },
  organisation: {
    choose: 'Choose the organisation', chooseHint: 'Which organisation do you want to work for?', rememberAsDefault: 'Remember as default profile',
    continue: 'Continue', switcher: 'Organisation', defaultProfile: 'default profile', access: { full: 'Full access', limited: 'Limited access' },
  },
  menu: { my_data: 'My data', my_policies: 'My policies', my_claims: 'My claims', declare: 'Declare a claim' },
  myData: {
    title: 'My data', enterpriseNumber: 'Enterprise number', address: 'Address', phone: 'Phone', email: 'E-mail',
    language: 'Language', userAgreement: 'User agreement', name: 'Name', accessLevel: 'Access',
  },
  policies: {
    title: 'My policies', policyNumber: 'Policy number', productLine: 'Product line', status: 'Status', policyholder: 'Policyholder',
    insuredObject: 'Insured object', startDate: 'Start date', endDate: 'End date', premium: 'Annual premium', documents: 'Documents',
    motor: 'Motor', motorAll: 'All policies', motorOnly: 'Motor only', motorExclude: 'All but motor', documentsOf: 'Documents of policy {{policyNumber}}',
    noDocuments: 'No documents',
  },
  claims: {
    title: 'My claims', claimNumber: 'Claim number', type: 'Type', status: 'Status', policyNumber: 'Policy number',
    eventDate: 'Date of the event', description: 'Description', submittedAt: 'Declared on', handler: 'Claims handler', search: 'Search',
    detail: 'Claim', history: 'History', documents: 'Documents', decision: 'Decision', noClaimNumberYet: 'no claim number yet',
    back: 'Back to my claims',
    sealed: 'Medical details are visible only to the person concerned, the declarant and the insurer. You see that the claim exists and its status.', sealedShort: 'Hidden for privacy',
  },
  drafts: { title: 'My drafts', type: 'Type', step: 'Step', updatedAt: 'Last saved', resume: 'Resume' },
  list: { allStatuses: 'All', exportCsv: 'Export (CSV)', open: 'Open' },
  status: {
    draft: 'Draft', submitted: 'Submitted', in_handling: 'In handling', accepted: 'Accepted', under_reservation: 'Under reservation',
    refused: 'Refused', withdrawn: 'Withdrawn', expired: 'Expired', active: 'Active', suspended: 'Suspended', cancelled: 'Cancelled',
  },
  productLine: {
    liability: 'Liability', bodily_accident: 'Bodily accident', workplace_accident: 'Workplace accident', fire: 'Fire',
    collective_hospitalisation: 'Group hospitalisation', motor: 'Motor', omnium_assignment: 'Omnium on assignment', accident_income: 'Accident income',
  },
  action: {
    created: 'Created', saved: 'Saved', attachments_added: 'Attachments added', attachment_removed: 'Attachment removed', submitted: 'Submitted',
    withdrawn: 'Withdrawn', reopened: 'Reopened', handling_started: 'Handling started', opened_automatically: 'Opened automatically',
    decided: 'Decided', reassigned: 'Reassigned', draft_reminder_sent: 'Reminder sent', expired: 'Expired', closed: 'Closed',
  },
  decision: { accept: 'Accepted', reserve: 'Accepted under reservation', refuse: 'Refused' },
  documentKind: { declaration_summary: 'Summary of the declaration', decision_accept: 'Decision: accepted', decision_reserve: 'Decision: under reservation', decision_refuse: 'Decision: refused' },
  common: { loading: 'Loading…', yes: 'Yes', no: 'No', notFound: 'This page does not exist.' },
  // Staff screens (back office and audit): their words live with their screens.
  backoffice: backofficeEn,
  audit: auditEn,
  wizard: wizardEn,
  messages: messagesEn,
  hospitalisation: hospitalisationEn,
  help: helpEn,
};
