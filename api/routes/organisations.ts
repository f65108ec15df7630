import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { audit } from '../../db/audit';
import { menuItemsFor } from '../../domain/access';
import { authOf } from '../auth/context';
import { requireOrganisation, requireRole } from '../auth/guards';
import { notFound } from '../errors';
import { route } from '../route';
import { organisation, portalAccess } from '../../contract/session';

const orgParams = z.object({ orgId: z.uuid() });

/** My data, and the organisation's user agreement as the insurer's staff maintain it. */
export function organisationRoutes(knex: Knex): Router {
  const router = Router();

  route(router, {
    method: 'get', path: '/api/organisations/:orgId', tag: 'organisations', access: 'customers of the organisation (full or limited)',
    summary: "My data: the organisation's details and its user agreement (who may use the portal, with which access).",
    params: orgParams,
    response: organisation,
  }, [requireOrganisation('limited')], async ({ params }) => {
    const organisation = await knex('organisations').where({ id: params.orgId })
      .first('id', 'name', 'enterpriseNumber', 'street', 'postalCode', 'city', 'country', 'phone', 'email', 'language');
    const users = await knex('organisationAccess as a').join('users as u', 'u.id', 'a.userId')
      .where('a.organisationId', params.orgId).orderBy('u.fullName')
      .select('u.fullName as name', 'u.email', 'a.accessLevel');
    return { ...organisation, userAgreement: users.map((user) => ({ ...user, menuItems: menuItemsFor(user.accessLevel) })) };
  });

  route(router, {
    method: 'put', path: '/api/admin/organisations/:orgId/users/:userId/access', tag: 'admin', access: 'senior handlers (insurer staff)',
    summary: "Register, change or remove (null) a user's access to an organisation's portal; recorded in the audit log.",
    params: orgParams.extend({ userId: z.uuid() }),
    body: z.strictObject({ accessLevel: z.enum(['full', 'limited']).nullable() }),
    response: portalAccess,
  }, [requireRole('senior_handler')], async ({ params, body }, req) => {
    const staff = authOf(req).user;
    const [organisation, user] = await Promise.all([
      knex('organisations').where({ id: params.orgId }).first('id'),
      knex('users').where({ id: params.userId, role: 'customer' }).first('id', 'email'),
    ]);
    if (!organisation) throw notFound('organisation');
    if (!user) throw notFound('customerUser');
    return knex.transaction(async (trx) => {
      const before = await trx('organisationAccess').where({ userId: params.userId, organisationId: params.orgId }).first('accessLevel');
      if (body.accessLevel === null) {
        await trx('organisationAccess').where({ userId: params.userId, organisationId: params.orgId }).delete();
        await trx('users').where({ id: params.userId, defaultOrganisationId: params.orgId }).update({ defaultOrganisationId: null });
        await trx('sessions').where({ userId: params.userId, activeOrganisationId: params.orgId }).update({ activeOrganisationId: null });
      } else {
        await trx('organisationAccess').insert({ userId: params.userId, organisationId: params.orgId, accessLevel: body.accessLevel })
          .onConflict(['userId', 'organisationId']).merge(['accessLevel']);
      }
      await audit(trx, {
        actor: { id: staff.id, name: staff.fullName },
        action: 'portal_access_changed',
        subject: { type: 'user', id: params.userId },
        organisationId: params.orgId,
        details: { email: user.email, from: before?.accessLevel ?? null, to: body.accessLevel },
      });
      return { userId: params.userId, organisationId: params.orgId, accessLevel: body.accessLevel, menuItems: body.accessLevel ? menuItemsFor(body.accessLevel) : [] };
    });
  });

  return router;
}
