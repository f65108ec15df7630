import type { Client } from '@temporalio/client';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { Knex } from 'knex';
import swaggerUi from 'swagger-ui-express';
import { phrase } from '../i18n/phrase';
import type { Config } from '../runtime/config';
import type { ServiceStatus } from '../runtime/supervisor';
import { httpMetrics } from '../runtime/metrics/http-metrics';
import { createLogger } from '../runtime/observability/logger';
import { Replayer } from './audit/replayer';
import { authenticate, sessionLifetime } from './auth/sessions';
import { errorHandler, HttpError } from './errors';
import { openApiDocument } from './openapi';
import { attachmentRoutes } from './routes/attachments';
import { auditRoutes } from './routes/audit';
import { auditLogRoutes } from './routes/audit-log';
import { auditReadRoutes } from './routes/audit-reads';
import { authRoutes } from './routes/auth';
import { oidcAuthRoutes } from './routes/oidc-auth';
import { backofficeRoutes } from './routes/backoffice';
import { backofficeClaimRoutes } from './routes/backoffice-claims';
import { dashboardRoutes } from './routes/dashboard';
import { declarationRoutes } from './routes/declarations';
import { declarationTypeRoutes } from './routes/declaration-types';
import { devMailRoutes } from './routes/dev-mails';
import { healthRoutes } from './routes/health';
import { organisationRoutes } from './routes/organisations';
import { policyDocumentRoutes, policyRoutes } from './routes/policies';
import { claimRoutes } from './routes/claims';
import { codecRoutes } from './routes/codec';
import { messageRoutes } from './routes/messages';
import { hospitalisationRoutes } from './routes/hospitalisation';
import { userAgreementRoutes } from './routes/user-agreements';
import { moneyRoutes } from './routes/money';
import { paymentBatchRoutes } from './routes/payment-batches';
import { recoveryRoutes } from './routes/recoveries';
import { workplaceBenefitRoutes } from './routes/workplace-benefits';
import { motorFaultRoutes } from './routes/motor-fault';
import { claimNoteRoutes } from './routes/claim-notes';
import { claimRiskRoutes } from './routes/claim-risk';
import { investigationSeclusion } from './claims/investigation-seclusion';
import { diaryRoutes } from './routes/diary';
import { myWorkRoutes } from './routes/my-work';
import { catastropheRoutes } from './routes/catastrophes';
import { assignmentRuleRoutes } from './routes/assignment-rules';
import { bulkClaimRoutes } from './routes/bulk-claims';
import { customerClaimDocumentRoutes } from './routes/customer-claim-documents';
import { claimDocumentRoutes } from './routes/claim-documents';
import { requestLog } from './request-log';
import { requestSpan } from './request-span';
import { refuseNonJsonBodies } from './security/json-bodies';
import { securityHeaders } from './security/headers';
import { refuseCrossSiteWrites } from './security/same-origin';
import { webUi } from './web-ui';

export interface ApiDependencies {
  config: Config;
  knex: Knex;
  client: Client;
  /** The start command's supervised services, for the health endpoint. */
  supervision?: () => Record<string, ServiceStatus> | undefined;
}

export function createApp({ config, knex, client, supervision }: ApiDependencies): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.access.trustProxy);
  // Each request's id and JSON log line; its trace span when tracing is configured (runtime/observability).
  app.use(requestLog(createLogger(config.observability.logLevel)));
  if (config.observability.tracesEndpoint) app.use(requestSpan);
  const metrics = httpMetrics({ token: config.metrics.token, production: config.production });
  app.use(metrics.measure); // every answer timed, under the route pattern that gave it
  app.locals.checkResponses = !config.production; // answers checked against their contract (api/route.ts)
  // Before anything reads a body: headers on every answer, then refuse cross-site writes and non-JSON bodies.
  app.use(securityHeaders(config.production));
  app.use(refuseCrossSiteWrites(config.access.appOrigins, { '/api/codec/': [new URL(config.temporal.webUiUrl).origin] }));
  app.use(refuseNonJsonBodies());
  app.use(express.json({ limit: '1mb' }));
  app.use(cookieParser());

  const api = express.Router();
  api.use(authenticate(knex, sessionLifetime(config.access)));
  api.use(investigationSeclusion(knex)); // a claim referred to the SIU does not exist for its handler
  api.use(healthRoutes(knex, client, config.temporal.namespace, supervision));
  api.use(authRoutes(knex, { production: config.production, access: config.access, staffIdentityProvider: Boolean(config.oidc.staff) }));
  api.use(oidcAuthRoutes(knex, config));
  api.use(organisationRoutes(knex));
  api.use(policyRoutes());
  api.use(policyDocumentRoutes(knex));
  api.use(claimRoutes(knex));
  api.use(messageRoutes(knex, client, config));
  api.use(hospitalisationRoutes(knex, client, config));
  api.use(userAgreementRoutes(knex, client, config));
  api.use(moneyRoutes(knex, client, config));
  api.use(paymentBatchRoutes(knex, client, config));
  api.use(recoveryRoutes(knex, client, config));
  api.use(workplaceBenefitRoutes(knex, client, config));
  api.use(motorFaultRoutes(knex, client, config));
  api.use(claimNoteRoutes(knex, client, config));
  api.use(claimRiskRoutes(knex, client, config));
  api.use(diaryRoutes(knex, client, config));
  api.use(myWorkRoutes(knex));
  api.use(catastropheRoutes(knex, client, config));
  api.use(assignmentRuleRoutes(knex));
  api.use(bulkClaimRoutes(knex, client, config));
  api.use(customerClaimDocumentRoutes(knex, client, config));
  api.use(claimDocumentRoutes(knex, client, config));
  api.use(declarationTypeRoutes());
  api.use(declarationRoutes(knex, client, config));
  api.use(attachmentRoutes(knex, client));
  api.use(backofficeRoutes(client, config));
  api.use(backofficeClaimRoutes(knex, client, config));
  api.use(dashboardRoutes(knex));
  api.use(auditRoutes(client, new Replayer(client.options.loadedDataConverter.payloadCodecs), config));
  api.use(codecRoutes(client.options.loadedDataConverter.payloadCodecs, config.temporal.webUiUrl));
  api.use(auditLogRoutes(knex));
  api.use(auditReadRoutes(knex));
  if (!config.production) api.use(devMailRoutes(knex));
  // The routes above registered their schemas: the document describes exactly what is served.
  const document = openApiDocument();
  api.get('/openapi.json', (_req, res) => res.json(document));
  api.use('/docs', swaggerUi.serve, swaggerUi.setup(document));
  api.use((req, _res, next) => next(new HttpError(404, 'not_found', phrase('api.noRoute', { method: req.method, path: `${req.baseUrl}${req.path}` }))));

  app.use('/api', api);
  app.get('/metrics', metrics.serve); // Prometheus; who may read it: runtime/metrics/access.ts
  app.use(webUi());
  app.use(errorHandler);
  return app;
}
