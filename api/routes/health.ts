import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type { Knex } from 'knex';
import type { ServiceStatus } from '../../runtime/supervisor';
import { route } from '../route';

/**
 * Whether a dependency answers. Anyone may ask, so the answer says what is down, never how: the
 * reason (addresses, driver messages) goes to the server's log for the operator.
 */
async function check(what: string, probe: () => Promise<unknown>): Promise<{ ok: boolean }> {
  try {
    await probe();
    return { ok: true };
  } catch (error) {
    console.error(`Health check: ${what} does not answer:`, (error as Error).message);
    return { ok: false };
  }
}

/** `supervision`: what the start command runs and restarts itself (absent, or answering undefined, when the services are run elsewhere). */
export function healthRoutes(knex: Knex, client: Client, namespace: string, supervision?: () => Record<string, ServiceStatus> | undefined): Router {
  const router = Router();
  route(router, { method: 'get', path: '/api/health', tag: 'system', access: 'anyone', summary: 'Whether Temporal and the database answer; from the start command also which services it runs are up or restarting.' },
    [], async (_input, _req, res) => {
      const [temporal, database] = await Promise.all([
        check('Temporal', () => client.connection.withDeadline(Date.now() + 3000, () => client.workflowService.describeNamespace({ namespace }))),
        check('PostgreSQL', () => knex.raw('select 1').timeout(3000)),
      ]);
      const supervised = supervision?.();
      const ok = temporal.ok && database.ok && Object.values(supervised ?? {}).every((service) => service.state === 'up');
      res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', temporal, database, ...(supervised && { supervision: supervised }) });
    });
  return router;
}
