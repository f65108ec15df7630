import type { Client } from '@temporalio/client';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { Knex } from 'knex';
import swaggerUi from 'swagger-ui-express';
import type { Config } from '../runtime/config';
import { Replayer } from './audit/replayer';
import { authenticate } from './auth/sessions';
import { errorHandler, HttpError } from './errors';
import { openApiDocument } from './openapi';
import { attachmentRoutes } from './routes/attachments';
import { auditRoutes } from './routes/audit';
import { auditLogRoutes } from './routes/audit-log';
import { authRoutes } from './routes/auth';
import { backofficeRoutes } from './routes/backoffice';
import { backofficeClaimRoutes } from './routes/backoffice-claims';
import { declarationRoutes } from './routes/declarations';
import { declarationTypeRoutes } from './routes/declaration-types';
import { devMailRoutes } from './routes/dev-mails';
import { healthRoutes } from './routes/health';
import { organisationRoutes } from './routes/organisations';
import { policyDocumentRoutes, policyRoutes } from './routes/policies';
import { claimRoutes } from './routes/claims';
import { messageRoutes } from './routes/messages';
import { hospitalisationRoutes } from './routes/hospitalisation';
import { moneyRoutes } from './routes/money';
import { webUi } from './web-ui';

export interface ApiDependencies {
  config: Config;
  knex: Knex;
  client: Client;
}

export function createApp({ config, knex, client }: ApiDependencies): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));
  app.use(cookieParser());

  const api = express.Router();
  api.use(authenticate(knex));
  api.use(healthRoutes(knex, client, config.temporal.namespace));
  api.use(authRoutes(knex, { production: config.production }));
  api.use(organisationRoutes(knex));
  api.use(policyRoutes());
  api.use(policyDocumentRoutes(knex));
  api.use(claimRoutes(knex));
  api.use(messageRoutes(knex, client, config));
  api.use(hospitalisationRoutes(knex, client, config));
  api.use(moneyRoutes(knex, client, config));
  api.use(declarationTypeRoutes());
  api.use(declarationRoutes(knex, client, config));
  api.use(attachmentRoutes(knex, client));
  api.use(backofficeRoutes(client));
  api.use(backofficeClaimRoutes(knex, client));
  api.use(auditRoutes(client, new Replayer(), config));
  api.use(auditLogRoutes(knex));
  if (!config.production) api.use(devMailRoutes(knex));
  // The routes above registered their schemas: the document describes exactly what is served.
  const document = openApiDocument();
  api.get('/openapi.json', (_req, res) => res.json(document));
  api.use('/docs', swaggerUi.serve, swaggerUi.setup(document));
  api.use((req, _res, next) => next(new HttpError(404, 'not_found', `No route ${req.method} ${req.baseUrl}${req.path}.`)));

  app.use('/api', api);
  app.use(webUi());
  app.use(errorHandler);
  return app;
}
