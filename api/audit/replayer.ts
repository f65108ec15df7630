import type { HistoryAndWorkflowId } from '@temporalio/client';
import type { DataConverter, PayloadCodec } from '@temporalio/common';
import { bundleWorkflowCode, ReplayHistoriesIterable, Worker, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { failureConverterPath } from '../../runtime/codec/data-converter';

export interface ReplayResult {
  workflowId: string;
  deterministic: boolean;
  error: string | null;
}

/** One history of a bulk replay: it replayed the same, took another path, or could not be replayed at all. */
export interface ReplayOutcome {
  workflowId: string;
  verdict: 'deterministic' | 'nondeterministic' | 'failed';
  error: string | null;
}

export interface ReplaySummary {
  total: number;
  deterministic: number;
  nondeterministic: { workflowId: string; error: string }[];
  failed: { workflowId: string; error: string }[];
}

/** Replays recorded histories against the workflow code this process runs now, decoding them with the system's codecs. */
export class Replayer {
  private bundle?: Promise<WorkflowBundleWithSourceMap>;
  private readonly dataConverter: DataConverter;

  constructor(payloadCodecs: PayloadCodec[]) {
    this.dataConverter = { payloadCodecs, failureConverterPath };
  }

  private workflowBundle() {
    // Bundling takes seconds: do it once, on first use.
    this.bundle ??= bundleWorkflowCode({ workflowsPath: require.resolve('../../workflows'), failureConverterPath, logger: quietLogger });
    return this.bundle;
  }

  private async replayOptions() {
    return { workflowBundle: await this.workflowBundle(), dataConverter: this.dataConverter };
  }

  async replay(workflowId: string, history: unknown): Promise<ReplayResult> {
    try {
      await Worker.runReplayHistory(await this.replayOptions(), history, workflowId);
      return { workflowId, deterministic: true, error: null };
    } catch (error) {
      if (error instanceof DeterminismViolationError) return { workflowId, deterministic: false, error: error.message };
      throw error;
    }
  }

  /** A history in the JSON form Temporal's tools export: the replay worker reads it as it is. */
  replayJson(workflowId: string, json: unknown) {
    return this.replay(workflowId, json);
  }

  /** Replays many histories with one replay worker and one bundle, yielding each verdict as it comes. */
  async *replayMany(histories: ReplayHistoriesIterable): AsyncIterable<ReplayOutcome> {
    const results = Worker.runReplayHistories(await this.replayOptions(), histories);
    for await (const { workflowId, error } of results) {
      if (!error) yield { workflowId, verdict: 'deterministic', error: null };
      else if (error instanceof DeterminismViolationError) yield { workflowId, verdict: 'nondeterministic', error: error.message };
      else yield { workflowId, verdict: 'failed', error: error.message };
    }
  }

  /** Bulk replay of histories recorded as JSON files (as Temporal's tools export them). */
  replayManyJson(histories: { workflowId: string; json: unknown }[]): AsyncIterable<ReplayOutcome> {
    return this.replayMany(histories.map(({ workflowId, json }): HistoryAndWorkflowId => ({ workflowId, history: json })));
  }
}

export const summarise = (outcomes: ReplayOutcome[]): ReplaySummary => ({
  total: outcomes.length,
  deterministic: outcomes.filter((outcome) => outcome.verdict === 'deterministic').length,
  nondeterministic: outcomes.filter((outcome) => outcome.verdict === 'nondeterministic').map(({ workflowId, error }) => ({ workflowId, error: error ?? '' })),
  failed: outcomes.filter((outcome) => outcome.verdict === 'failed').map(({ workflowId, error }) => ({ workflowId, error: error ?? '' })),
});

const quietLogger = {
  log: () => undefined, trace: () => undefined, debug: () => undefined, info: () => undefined,
  warn: (message: string) => console.warn(message), error: (message: string) => console.error(message),
};
