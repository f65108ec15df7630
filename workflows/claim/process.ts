import { getExternalWorkflowHandle, log, patched, setHandler } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { ClaimChange } from '../../domain/claim/change';
import type { ClaimPayment, ClaimState } from '../../domain/claim/state';
import { durationMs } from '../../domain/duration';
import { brusselsDate } from '../../domain/rules/calendar';
import { deadlinesWorkflowId, paymentMadeSignal } from '../claim-deadlines/definitions';
import { refusalOf } from '../refusals';
import { checkpointOf, copy, remembered, serially } from '../shared';
import { claimActivities, claimGenerationPatch, claimLocalActivities, localActivitiesPatch, writesAfterRecordingPatch } from './activities';
import type { ClaimInput } from './definitions';

/** How many recent idempotency keys and settled payments a run keeps: far above what one claim sees between two runs. */
const RECENT_KEYS = 500;
const SETTLED_PAYMENTS_KEPT = 50;

export { copy };

type Check<A> = (state: ClaimState, arg: A) => unknown;

/**
 * The claim's process as its handlers share it (samples-typescript's safe-message-handlers): the state, one
 * handler at a time, and the commit that writes each accepted change to the ledger before the caller hears of it.
 */
export class ClaimProcess {
  state!: ClaimState;
  /** Until the claim is set up (adopted from the ledger, cover checked), validators leave the checks to the handlers. */
  ready = false;
  readonly exclusively = serially();
  /** What concerns of their own add to every change before it is written (the diary's rules): pure state changes, no commands. */
  readonly amendments: ((change: Omit<ClaimChange, 'state' | 'at'>) => Omit<ClaimChange, 'state' | 'at'>)[] = [];
  private checkpoint?: ReturnType<typeof checkpointOf>;
  /** The opening's reads: local activities, unless the run began before them (asked once, at its start). */
  readonly quickWork: typeof claimActivities;
  /** Where the claim's changes are written (projectClaim, with the ledger). */
  private readonly projection: typeof claimActivities;
  private readonly beganWithLocalActivities: boolean;

  /** Runs of this generation ask one patch that stands for both below and open in one task (workflow.ts); asked at the start. */
  readonly currentGeneration: boolean;

  constructor(readonly input: ClaimInput) {
    this.currentGeneration = patched(claimGenerationPatch);
    this.beganWithLocalActivities = this.currentGeneration || patched(localActivitiesPatch);
    this.quickWork = this.beganWithLocalActivities ? claimLocalActivities : claimActivities;
    // The projection is a write: as a local activity it could outlive a workflow task a dead worker never completed
    // (see the declaration's writesAfterRecording). New runs write through an activity; the reads stay local.
    const writesAfterRecording = this.currentGeneration || patched(writesAfterRecordingPatch);
    this.projection = this.beganWithLocalActivities && !writesAfterRecording ? claimLocalActivities : claimActivities;
  }

  /**
   * patched() for the claim's patches older than localActivitiesPatch: a run that began with that one has them all, so
   * it records no marker of its own for each (with its TemporalChangeVersion upsert, two events apiece). A patch newer
   * than localActivitiesPatch calls patched() itself.
   */
  patched(patchId: string): boolean {
    return this.beganWithLocalActivities || patched(patchId);
  }

  readonly now = () => new Date().toISOString();

  /** The state as the database last stored it is what a refused change goes back to. */
  hold(state: ClaimState) {
    this.state = state;
    this.checkpoint = checkpointOf(state);
  }

  /** Applies an accepted change: a new revision, written to the ledger before the caller hears of it. Refused there, nothing changed. */
  async commit(change: Omit<ClaimChange, 'state' | 'at'>): Promise<ClaimState> {
    this.state.revision += 1;
    this.pruneSettledPayments();
    for (const amend of this.amendments) change = amend(change);
    try {
      await this.projection.projectClaim({ ...change, at: this.now(), state: copy(this.state) });
    } catch (error) {
      this.checkpoint!.restore();
      throw refusalOf(error);
    }
    this.checkpoint!.stored();
    return copy(this.state);
  }

  /** Settled payments beyond a bound leave the state; what they paid stays counted. */
  private pruneSettledPayments() {
    const { state } = this;
    const settled = state.payments.filter((payment) => ['confirmed', 'returned', 'rejected', 'cancelled'].includes(payment.status));
    for (const payment of settled.slice(0, Math.max(0, settled.length - SETTLED_PAYMENTS_KEPT))) {
      if (payment.status === 'confirmed') state.settledPaidCents[payment.costType] += payment.amountCents;
      state.payments = state.payments.filter((kept) => kept.id !== payment.id);
    }
  }

  private remember(key: string) {
    this.state.recentKeys = remembered(this.state.recentKeys, key, RECENT_KEYS);
  }

  /** A keyed (money) command; one seen before answers the state as it is: the first request's result stands. */
  keyed<A extends { key: string }>(check: Check<A>, act: (arg: A) => Promise<ClaimState>) {
    return {
      handler: (arg: A) => this.exclusively(async () => {
        if (this.state.recentKeys.includes(arg.key)) return copy(this.state);
        await this.refreshLegacyMoney();
        check(this.state, arg);
        this.remember(arg.key);
        return act(arg);
      }),
      validator: (arg: A) => {
        if (this.ready && !this.state.recentKeys.includes(arg.key)) check(this.state, arg);
      },
    };
  }

  /** A command checked by its validator and again, on its turn, by its handler. */
  checked<A>(check: Check<A>, act: (arg: A) => Promise<ClaimState>) {
    return {
      handler: (arg: A) => this.exclusively(async () => {
        await this.refreshLegacyMoney();
        check(this.state, arg);
        return act(arg);
      }),
      validator: (arg: A) => {
        if (this.ready) check(this.state, arg);
      },
    };
  }

  register<A, R>(update: UpdateDefinition<R, [A]>, spec: { handler: (arg: A) => Promise<R>; validator: (arg: A) => void }) {
    setHandler(update, spec.handler, { validator: spec.validator });
  }

  /** Payments and schedules begun before the claim had its process keep their own processes; the claim re-reads what they did. */
  private async refreshLegacyMoney() {
    if (!Object.values(this.state.legacyPromisedCents).some((cents) => cents > 0)) return;
    const ledger = await claimActivities.readLegacyMoney({ declarationId: this.state.declarationId });
    this.state.settledPaidCents = ledger.settledPaidCents;
    this.state.legacyPromisedCents = ledger.legacyPromisedCents;
    this.checkpoint!.stored();
  }

  /** Tells the claim's deadlines (a workflow of their own); a claim without them says so in the log. */
  async tellDeadlines(send: (handle: ReturnType<typeof getExternalWorkflowHandle>) => Promise<void>): Promise<boolean> {
    try {
      await send(getExternalWorkflowHandle(deadlinesWorkflowId(this.state.declarationId)));
      return true;
    } catch (error) {
      log.warn('The claim has no deadlines to tell', { declarationId: this.state.declarationId, error: String(error) });
      return false;
    }
  }

  /** A payment meets the claim's 30-day payment deadline, if one runs. */
  paymentMade() {
    return this.tellDeadlines((handle) => handle.signal(paymentMadeSignal, { paidOn: brusselsDate(this.now()) }));
  }

  newPayment(fields: Pick<ClaimPayment, 'id' | 'costType' | 'amountCents' | 'payeeName' | 'iban' | 'bic' | 'requestedBy'> & Partial<ClaimPayment>): ClaimPayment {
    return {
      status: 'awaiting_approval', requestedAt: this.now(), decidedBy: null, decidedAt: null, reason: null, escalateAt: null, escalatedAt: null,
      batchId: null, scheduleId: null, instalmentNumber: null, bank: null, ...fields,
    };
  }

  /** A closed claim can be reopened until the limitation period has passed (epoch ms); an open one has no such moment. */
  reopenUntil(): number | null {
    return this.state.closed ? Date.parse(this.state.closed.at) + durationMs(this.input.timing.reopenWithin) : null;
  }
}
