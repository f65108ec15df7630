export { declarationWorkflow } from './declaration/workflow';
export { engineProbeWorkflow } from './engine-probe';
export { claimMessageWorkflow } from './claim-message/workflow';
export { hospitalisationChangeWorkflow } from './hospitalisation-change/workflow';
export { claimDeadlinesWorkflow } from './claim-deadlines/workflow';
export { paymentApprovalWorkflow } from './payment-approval/workflow';
export { paymentScheduleWorkflow } from './payment-schedule/workflow';
