import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import type { Transporter } from 'nodemailer';
import { mailActivities } from './mail/mail-activities';
import { messageActivities } from './messages';
import { hospitalisationActivities } from './hospitalisation';
import { paymentActivities } from './payments';
import { deadlineActivities } from './deadlines';
import { letterActivities } from './letters';
import { benefitLetterActivities } from './benefit-letters';
import { workplaceBenefitActivities } from './workplace-benefits';
import { outboxMailer } from './mail/outbox';
import { claimActivities } from './claims';
import { claimLedgerActivities } from './claim-ledger';
import { claimDiaryActivities } from './claim-diary';
import { claimRiskActivities } from './claim-risk';
import type { FraudConfig } from '../runtime/fraud-config';
import { projectionActivities } from './projection';
import { declarationSubmitActivities } from './declaration-submit';
import { claimOpeningActivities } from './claim-opening';
import { reminderActivities } from './reminders';
import { withClassifiedFailures } from './failures';
import { paymentBatchActivities, type SepaDebtor } from './payment-batch';
import { bankStatementActivities } from './bank-statements';
import { catastropheActivities } from './catastrophes';
import { motorFaultActivities } from './motor-fault';
import { userAgreementActivities } from './user-agreement';

export interface ActivityDependencies {
  knex: Knex;
  mail: { transport: Transporter; from: string };
  /** For activities that ask other processes (the payment batch, the bank's answer); the worker's own connection. */
  temporal?: Client;
  /** The insurer's account SEPA transfers leave from (config.sepa.debtor). */
  sepaDebtor?: SepaDebtor;
  /** The fraud screening's thresholds (config.fraud); unset: the rules' defaults. */
  fraud?: FraudConfig;
}

/**
 * Every side effect the workflows may ask for, built once per worker around its dependencies. A failure on
 * bad data is non-retryable (see failures.ts): the workflow refuses the action instead of retrying forever.
 */
export function createActivities({ knex, mail, temporal, sepaDebtor, fraud }: ActivityDependencies) {
  return withClassifiedFailures({
    ...projectionActivities(knex),
    ...declarationSubmitActivities(knex),
    ...claimActivities(knex),
    ...claimLedgerActivities(knex),
    ...claimDiaryActivities(knex),
    ...claimRiskActivities(knex, fraud),
    ...claimOpeningActivities(knex, fraud),
    ...reminderActivities(knex),
    ...mailActivities(knex, mail.transport, mail.from),
    ...messageActivities(knex),
    ...hospitalisationActivities(knex),
    ...paymentActivities(knex),
    ...deadlineActivities(knex),
    ...letterActivities(knex, outboxMailer(knex, mail.transport, mail.from)),
    ...benefitLetterActivities(knex, outboxMailer(knex, mail.transport, mail.from)),
    ...workplaceBenefitActivities(knex, temporal),
    ...paymentBatchActivities(knex, temporal, sepaDebtor),
    ...bankStatementActivities(knex, temporal),
    ...catastropheActivities(knex, temporal),
    ...motorFaultActivities(knex),
    ...userAgreementActivities(knex),
  });
}
