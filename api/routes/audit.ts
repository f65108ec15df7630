import { Client, isGrpcServiceError, WorkflowNotFoundError } from '@temporalio/client';
import { historyToJson } from '../../runtime/history-json';
import { Request, Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../runtime/config';
import { OrganisationId } from '../../workflows/search-attributes';
import { decodeHistory } from '../audit/decode-history';
import { checkPeriod, periodFields } from '../audit/period';
import { ReplayOutcome, Replayer, summarise } from '../audit/replayer';
import { timelineOf } from '../audit/timeline';
import { historiesOf, listWorkflows, statusOf, visibilityQuery, workflowStatuses, workflowType } from '../audit/workflow-search';
import { requireRole } from '../auth/guards';
import { notFound } from '../errors';
import { readerLanguage } from '../i18n/reader-language';
import { pagingFields } from '../lists/query';
import { route } from '../route';
import { Declaration } from '../../db/models/declaration';
import { recordRead } from '../audit/reads';
import { bulkReplay, replayVerdict, timeline as timelineSchema, workflowPage } from '../../contract/audit';

/** A declaration's or its deadlines' workflow: its reads count as reads of that claim. */
const declarationIdOf = (workflowId: string) => /^(?:declaration|claim-deadlines)-([0-9a-f-]{36})$/.exec(workflowId)?.[1];
/** The auditor reads process histories: each read is recorded like any other read of a claim. */
const historyRead = (req: Request, workflowId: string, what: string) => {
  const declarationId = declarationIdOf(workflowId);
  return recordRead(Declaration.knex(), req, {
    subject: { type: 'workflow', id: workflowId }, what, declarationIds: declarationId ? [declarationId] : undefined,
  });
};

const GRPC_NOT_FOUND = 5;
/** A bulk replay answers within one HTTP request; the full audit (`npm run audit`) has no cap. */
const BULK_REPLAY_LIMIT = 500;
/** A declaration continues as new every few megabytes of history: a hundred runs is far beyond any real one. */
const MAX_RUNS_IN_TIMELINE = 100;
const workflowParams = z.object({ workflowId: z.string().min(1).max(255) });

const searchQuery = z.object({
  type: workflowType.optional(),
  status: z.enum(workflowStatuses).optional(),
  organisationId: z.uuid().optional(),
  ...periodFields,
  ...pagingFields,
}).superRefine(checkPeriod);

/** Read-only access for auditors: histories, timelines and replays come from Temporal; nothing is changed. */
export function auditRoutes(client: Client, replayer: Replayer, config: Config): Router {
  const router = Router();
  const auditors = [requireRole('auditor')];
  const { namespace, webUiUrl } = config.temporal;

  const fetchHistory = async (workflowId: string, runId?: string) => {
    try {
      return await client.workflow.getHandle(workflowId, runId).fetchHistory();
    } catch (error) {
      const missing = error instanceof WorkflowNotFoundError || (isGrpcServiceError(error) && error.code === GRPC_NOT_FOUND);
      if (missing) throw notFound('workflow');
      throw error;
    }
  };

  /** What the workflow saw: the auditor reads personal data that Temporal only stores encrypted. */
  const fetchDecodedHistory = async (workflowId: string, runId?: string) =>
    decodeHistory(await fetchHistory(workflowId, runId), client.options.loadedDataConverter.payloadCodecs);

  /** A workflow that continued as new is a chain of runs, each with its own history: all of them, oldest first. */
  const fetchDecodedRunChain = async (workflowId: string) => {
    const chain = [await fetchDecodedHistory(workflowId)];
    const previousRun = () => chain[0].events?.[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
    for (let runId = previousRun(); runId && chain.length < MAX_RUNS_IN_TIMELINE; runId = previousRun()) {
      chain.unshift(await fetchDecodedHistory(workflowId, runId));
    }
    return chain;
  };

  route(router, {
    method: 'get', path: '/api/audit/workflows', tag: 'audit', access: 'auditors',
    summary: 'Finds workflows by type, status, organisation and start period (Temporal visibility), with a link to each in the Temporal Web UI.',
    query: searchQuery,
    response: workflowPage,
  }, auditors, async ({ query }) => {
    const visibility = visibilityQuery(query);
    const [found, { count }] = await Promise.all([
      listWorkflows(client, visibility, (query.page - 1) * query.pageSize, query.pageSize),
      client.workflow.count(visibility || undefined),
    ]);
    return {
      items: found.map((info) => ({
        workflowId: info.workflowId,
        runId: info.runId,
        type: info.type,
        status: statusOf(info),
        startTime: info.startTime.toISOString(),
        closeTime: info.closeTime?.toISOString() ?? null,
        organisationId: info.typedSearchAttributes.get(OrganisationId) ?? null,
        temporalWebUiUrl: `${webUiUrl}/namespaces/${namespace}/workflows/${encodeURIComponent(info.workflowId)}`,
      })),
      total: count, page: query.page, pageSize: query.pageSize,
    };
  });

  route(router, {
    method: 'get', path: '/api/audit/workflows/:workflowId/history', tag: 'audit', access: 'auditors',
    summary: "The workflow's complete event history as Temporal recorded it (JSON), its payloads decrypted.", params: workflowParams,
  }, auditors, async ({ params }, req, res) => {
    const history = await fetchDecodedHistory(params.workflowId);
    await historyRead(req, params.workflowId, 'workflow_history');
    res.type('application/json').send(historyToJson(history));
  });

  route(router, {
    method: 'get', path: '/api/audit/workflows/:workflowId/timeline', tag: 'audit', access: 'auditors',
    summary: 'The history as a readable timeline: who did what and when, in business words (Accept-Language nl or fr, English otherwise), each with the raw event behind it. `format=json` downloads it.',
    params: workflowParams, query: z.object({ format: z.enum(['json']).optional() }),
    response: timelineSchema,
  }, auditors, async ({ params, query }, req, res) => {
    const runs = await fetchDecodedRunChain(params.workflowId);
    const entries = runs.flatMap((history) => timelineOf(history, readerLanguage(req))); // the reader's language, like refusals
    const timeline = { workflowId: params.workflowId, entries };
    await historyRead(req, params.workflowId, query.format === 'json' ? 'workflow_timeline_export' : 'workflow_timeline');
    if (query.format === 'json') res.setHeader('Content-Disposition', `attachment; filename="${params.workflowId}-timeline.json"`);
    return timeline;
  });

  route(router, {
    method: 'post', path: '/api/audit/workflows/:workflowId/replay', tag: 'audit', access: 'auditors',
    summary: 'Replays the history against the current workflow code: does it still produce exactly the same decisions?',
    params: workflowParams,
    response: replayVerdict,
  }, auditors, async ({ params }) => replayer.replay(params.workflowId, await fetchHistory(params.workflowId)));

  route(router, {
    method: 'post', path: '/api/audit/replay', tag: 'audit', access: 'auditors',
    summary: `Replays closed workflows (of one type, or all) against the current code, at most ${BULK_REPLAY_LIMIT} per call; changes nothing.`,
    body: z.object({ type: workflowType.optional() }),
    response: bulkReplay,
  }, auditors, async ({ body }) => {
    const closed = await listWorkflows(client, visibilityQuery({ type: body.type }, true), 0, BULK_REPLAY_LIMIT + 1);
    const selected = closed.slice(0, BULK_REPLAY_LIMIT);
    const outcomes: ReplayOutcome[] = [];
    const histories = historiesOf(client, selected, (workflowId, error) => outcomes.push({ workflowId, verdict: 'failed', error }));
    for await (const outcome of replayer.replayMany(histories)) outcomes.push(outcome);
    return {
      type: body.type ?? null,
      ...summarise(outcomes),
      limit: BULK_REPLAY_LIMIT,
      // More closed workflows exist than one call replays: `npm run audit` replays them all.
      truncated: closed.length > BULK_REPLAY_LIMIT,
    };
  });

  return router;
}
