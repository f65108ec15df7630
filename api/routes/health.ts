import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type { Knex } from 'knex';
import { route } from '../route';

async function check(probe: () => Promise<unknown>): Promise<{ ok: boolean; error?: string }> {
  try {
    await probe();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

export function healthRoutes(knex: Knex, client: Client, namespace: string): Router {
  const router = Router();
  route(router, { method: 'get', path: '/api/health', tag: 'system', access: 'anyone', summary: 'Whether Temporal and the database answer.' },
    [], async (_input, _req, res) => {
      const [temporal, database] = await Promise.all([
        check(() => client.connection.withDeadline(Date.now() + 3000, () => client.workflowService.describeNamespace({ namespace }))),
        check(() => knex.raw('select 1').timeout(3000)),
      ]);
      const ok = temporal.ok && database.ok;
      res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', temporal: { ...temporal, namespace }, database });
    });
  return router;
}
