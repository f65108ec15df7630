import { ApplicationFailure } from '@temporalio/common';
import type { Knex } from 'knex';
import { audit } from '../db/audit';
import type { AccessLevel } from '../db/models/user';
import { endSessionsOf } from '../api/auth/sessions';
import type { Actor } from '../domain/declaration';
import { type AgreementEmployee, lowersAccess } from '../domain/user-agreement';
import type { UserAgreementSnapshot } from '../workflows/user-agreement/definitions';
import { badDataFailureType } from './failures';
import { logLatestAction } from './projection';

const APPLIED = 'user_agreement_applied';
const TAKEN_AWAY = 'user_agreement_access_taken_away';
/** The senior handlers' notification of an agreement unregistered past the registration days (worded in My work). */
export const ESCALATED_NOTICE = 'user_agreement_escalated';
/** Someone the agreement creates logs in with their eID: no password opens this account (db/passwords.ts reads only scrypt). */
const NO_PASSWORD = 'eid-only';

type Db = Knex | Knex.Transaction;

/** The user a line names: by national register number, else by e-mail; an insurer's staff member is never an employee. */
async function userOf(db: Db, line: AgreementEmployee): Promise<{ id: string; role: string } | undefined> {
  const user = await db('users').where({ nationalRegisterNumber: line.nationalRegisterNumber }).first('id', 'role')
    ?? await db('users').whereRaw('lower(email) = ?', [line.email]).first('id', 'role');
  if (user && user.role !== 'customer') {
    throw ApplicationFailure.create({ type: badDataFailureType, nonRetryable: true, message: 'The agreement names a member of the insurer\'s staff', details: [{ email: line.email }] });
  }
  return user;
}

async function currentAccess(db: Db, userId: string, organisationId: string): Promise<AccessLevel | null> {
  return (await db('organisationAccess').where({ userId, organisationId }).first('accessLevel'))?.accessLevel ?? null;
}

/** The agreement in force names the line's employee as it now stands. */
async function recordInForce(db: Db, agreement: UserAgreementSnapshot, line: AgreementEmployee, userId: string) {
  await db('agreementEmployees')
    .insert({
      organisationId: agreement.organisationId, nationalRegisterNumber: line.nationalRegisterNumber, userId, fullName: line.fullName,
      email: line.email, accessLevel: line.accessLevel, agreementId: agreement.id, appliedAt: db.fn.now(),
    })
    .onConflict(['organisationId', 'nationalRegisterNumber']).merge();
}

/** Takes the line's access down to what it names; the employee's sessions end, so the next request already has less. */
async function lowerAccess(db: Db, organisationId: string, userId: string, line: AgreementEmployee) {
  if (line.accessLevel === 'none') await db('organisationAccess').where({ userId, organisationId }).delete();
  else await db('organisationAccess').where({ userId, organisationId }).update({ accessLevel: line.accessLevel });
  await endSessionsOf(db, userId);
}

export function userAgreementActivities(knex: Knex) {
  return {
    /** Writes the agreement to the read model; an older revision never overwrites a newer one. */
    async projectUserAgreement(agreement: UserAgreementSnapshot): Promise<void> {
      const row = {
        id: agreement.id, workflowId: agreement.workflowId, organisationId: agreement.organisationId, employees: JSON.stringify(agreement.employees),
        status: agreement.status, version: agreement.version, revision: agreement.revision, requestedBy: JSON.stringify(agreement.requestedBy),
        requestedById: agreement.requestedBy.userId, signature: JSON.stringify(agreement.signature), decision: JSON.stringify(agreement.decision),
        actions: JSON.stringify(agreement.actions), createdAt: agreement.createdAt, updatedAt: agreement.updatedAt, submittedAt: agreement.submittedAt,
        registrationDueAt: agreement.registrationDueAt, escalatedAt: agreement.escalatedAt, registeredAt: agreement.registeredAt,
      };
      await knex.transaction(async (trx) => {
        await trx('userAgreements').insert(row).onConflict('id').merge().where('user_agreements.revision', '<', agreement.revision);
        await logLatestAction(trx, 'user_agreement', agreement.id, agreement.organisationId, agreement.workflowId, agreement.revision, agreement.actions.at(-1));
      });
    },

    /**
     * At submission: the lines that take access away (or lower it) apply at once, without waiting for the insurer.
     * Idempotent: the same lines applied again change nothing; the audit entry is kept once per submission.
     */
    async takeAwayAgreementAccess({ agreement, by }: { agreement: UserAgreementSnapshot; by: Actor }): Promise<{ userIds: string[] }> {
      return knex.transaction(async (trx) => {
        const userIds: string[] = [];
        for (const line of agreement.employees) {
          const user = await userOf(trx, line);
          if (!user || !lowersAccess(line.accessLevel, await currentAccess(trx, user.id, agreement.organisationId))) continue;
          await lowerAccess(trx, agreement.organisationId, user.id, line);
          await recordInForce(trx, agreement, line, user.id);
          userIds.push(user.id);
        }
        if (userIds.length) {
          await audit(trx, {
            actor: { id: by.userId, name: by.name }, action: TAKEN_AWAY, subject: { type: 'user_agreement', id: agreement.id },
            organisationId: agreement.organisationId, details: { userIds }, eventKey: `${agreement.workflowId}:taken-away:${agreement.revision}`,
          });
        }
        return { userIds };
      });
    },

    /**
     * Registration: every line applies — users created or matched, access set, the agreement in force updated — in
     * one transaction with its audit entry, which also marks it applied: a retried activity changes nothing twice.
     */
    async applyUserAgreement({ agreement, registeredBy }: { agreement: UserAgreementSnapshot; registeredBy: Actor }): Promise<void> {
      await knex.transaction(async (trx) => {
        const applied = await trx('auditLog').where({ action: APPLIED, subjectType: 'user_agreement', subjectId: agreement.id }).first('id');
        if (applied) return;
        const organisation = await trx('organisations').where({ id: agreement.organisationId }).first('language');
        const users: Record<string, string> = {};
        for (const line of agreement.employees) {
          let user = await userOf(trx, line);
          if (!user && line.accessLevel === 'none') continue;
          if (!user) {
            [user] = await trx('users').insert({
              email: line.email, fullName: line.fullName, role: 'customer', passwordHash: NO_PASSWORD, language: organisation.language,
              nationalRegisterNumber: line.nationalRegisterNumber, defaultOrganisationId: agreement.organisationId,
            }).returning(['id', 'role']);
          } else {
            await trx('users').where({ id: user.id }).whereNull('nationalRegisterNumber').update({ nationalRegisterNumber: line.nationalRegisterNumber });
          }
          const current = await currentAccess(trx, user!.id, agreement.organisationId);
          if (line.accessLevel === 'none' || lowersAccess(line.accessLevel, current)) await lowerAccess(trx, agreement.organisationId, user!.id, line);
          else {
            await trx('organisationAccess').insert({ userId: user!.id, organisationId: agreement.organisationId, accessLevel: line.accessLevel })
              .onConflict(['userId', 'organisationId']).merge(['accessLevel']);
          }
          await recordInForce(trx, agreement, line, user!.id);
          users[line.nationalRegisterNumber] = user!.id;
        }
        await audit(trx, {
          actor: { id: registeredBy.userId, name: registeredBy.name }, action: APPLIED, subject: { type: 'user_agreement', id: agreement.id },
          organisationId: agreement.organisationId, details: { employees: agreement.employees.map((line) => ({ userId: users[line.nationalRegisterNumber] ?? null, accessLevel: line.accessLevel })) },
        });
      });
    },

    /**
     * Unregistered past the registration days: every senior handler finds it among their notifications (My work),
     * once per submission however often this runs.
     */
    async notifyUserAgreementEscalated(agreement: UserAgreementSnapshot): Promise<{ notified: number }> {
      const organisation = await knex('organisations').where({ id: agreement.organisationId }).first('name');
      const seniors: { id: string }[] = await knex('users').where({ role: 'senior_handler' }).select('id');
      if (seniors.length === 0) return { notified: 0 };
      const params = { organisationName: organisation.name, agreementId: agreement.id, submittedAt: agreement.submittedAt, employees: agreement.employees.length };
      await knex('notifications').insert(seniors.map((senior) => ({
        dedupeKey: `user-agreement-escalation:${agreement.id}:${agreement.submittedAt}:${senior.id}`, userId: senior.id, kind: ESCALATED_NOTICE, params,
      }))).onConflict('dedupeKey').ignore();
      return { notified: seniors.length };
    },
  };
}
