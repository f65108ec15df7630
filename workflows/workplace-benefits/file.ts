import { ActivityFailure, ApplicationFailure, log, proxyActivities, setHandler } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { createActivities } from '../../activities';
import type { BenefitLetter } from '../../activities/documents/benefit-letters';
import type { Actor } from '../../domain/declaration';
import type { ComputationLine } from '../../domain/rules/workplace-benefits/money';
import { phrase, type Phrase } from '../../i18n/phrase';
import { notAllowed, refusalOf } from '../refusals';
import { activityOptions, checkpointOf, copy, remembered, serially } from '../shared';
import type { BenefitItem, BenefitsInput, BenefitsState, Payee } from './definitions';
import { checkNotEnded } from './checks';
import { claimRefusedFailureType } from './failure-types';

export const benefitsActivities = proxyActivities<ReturnType<typeof createActivities>>(activityOptions);

/** How many recent idempotency keys a run keeps: far above what one file sees. */
const RECENT_KEYS = 500;

export { copy };

/** A change of the file as the projection and the audit log record it. */
export interface BenefitsChange {
  action: string;
  by: Actor;
  details?: Record<string, unknown>;
  /** Told to the claim's handler, once (the dedupe key). */
  notification?: { kind: string; params: Record<string, unknown>; dedupeKey: string };
}

/**
 * The benefits file as its handlers share it: the state, one handler at a time, and the commit that writes each
 * accepted change to the projection before the caller hears of it (the claim's process works the same way).
 */
export class BenefitsFile {
  state!: BenefitsState;
  ready = false;
  readonly exclusively = serially();
  private checkpoint?: ReturnType<typeof checkpointOf>;

  constructor(readonly input: BenefitsInput) {}

  readonly now = () => new Date().toISOString();

  hold(state: BenefitsState) {
    this.state = state;
    this.checkpoint = checkpointOf(state);
  }

  async commit(change: BenefitsChange): Promise<BenefitsState> {
    this.state.revision += 1;
    try {
      await benefitsActivities.projectWorkplaceBenefits({ ...change, at: this.now(), state: copy(this.state) });
    } catch (error) {
      this.checkpoint!.restore();
      throw refusalOf(error);
    }
    this.checkpoint!.stored();
    return copy(this.state);
  }

  /** A refused command (a validator, or the claim refusing to pay) leaves the state as the database has it. */
  restore() {
    this.checkpoint!.restore();
    this.letters = [];
  }

  private remember(key: string) {
    this.state.recentKeys = remembered(this.state.recentKeys, key, RECENT_KEYS);
  }

  /** A keyed command: one seen before answers the state as it is; else checked, and checked again on its turn. */
  keyed<A extends { key: string }>(check: (state: BenefitsState, arg: A, now: number) => unknown, act: (arg: A) => Promise<BenefitsState>) {
    return {
      handler: (arg: A) => this.exclusively(async () => {
        if (this.state.recentKeys.includes(arg.key)) return copy(this.state);
        checkNotEnded(this.state);
        check(this.state, arg, Date.now());
        try {
          this.remember(arg.key);
          return await act(arg);
        } catch (error) {
          this.restore();
          // A rule that cannot compute (a year without known base-wage limits) refuses the command, never the whole file.
          if (error instanceof RangeError) throw notAllowed(phrase('benefits.refusal.rulesRefused', { reason: error.message }));
          throw error;
        }
      }),
      validator: (arg: A) => {
        if (this.ready && !this.state.recentKeys.includes(arg.key)) {
          checkNotEnded(this.state);
          check(this.state, arg, Date.now());
        }
      },
    };
  }

  register<A>(update: UpdateDefinition<BenefitsState, [A]>, spec: { handler: (arg: A) => Promise<BenefitsState>; validator: (arg: A) => void }) {
    setHandler(update, spec.handler, { validator: spec.validator });
  }

  /**
   * Pays one item through the claim (its payBenefit update), under a key that follows from the file and the item:
   * asked again, the claim pays nothing twice. Recorded in the file's state; the caller commits.
   */
  async pay(item: BenefitItem, itemRef: string, payee: Payee, amountCents: number, basis: Phrase, lines: ComputationLine[], provisional = false) {
    const { state } = this;
    const key = `benefit:${state.declarationId}:${item}:${itemRef}:${payee}`;
    const known = state.payments.find((payment) => payment.key === key);
    if (known || amountCents <= 0) return known ?? null;
    const party = payee === 'victim' ? state.victim : state.employer;
    let paymentId: string;
    try {
      ({ paymentId } = await benefitsActivities.payWorkplaceBenefit({
        declarationId: state.declarationId, key, payee, payeeName: party.name, iban: party.iban, amountCents, basis: `benefit:${item}`,
      }));
    } catch (error) {
      const cause = error instanceof ActivityFailure ? error.cause : undefined;
      if (cause instanceof ApplicationFailure && cause.type === claimRefusedFailureType) {
        const said = (cause.details?.[0] as { phrase?: Phrase } | undefined)?.phrase;
        throw notAllowed(said ?? { key: 'benefits.refusal.claimRefused' });
      }
      throw error;
    }
    const payment = { id: paymentId, key, item, itemRef, payee, payeeName: party.name, amountCents, provisional, basis, lines, paidAt: this.now() };
    state.payments.push(payment);
    return payment;
  }

  /** Letters wait for the commit of what they tell; a refused command drops them. */
  private letters: [BenefitLetter, string][] = [];
  queueLetter(letter: BenefitLetter, ref: string) {
    this.letters.push([letter, ref]);
  }
  async sendLetters() {
    const letters = this.letters;
    this.letters = [];
    for (const [letter, ref] of letters) await this.letter(letter, ref);
  }

  /** The victim and the employer are told in writing, once per letter key; a letter that cannot be written holds no money back. */
  private async letter(letter: BenefitLetter, ref: string) {
    try {
      await benefitsActivities.issueBenefitLetter({ declarationId: this.state.declarationId, letterKey: `${letter.step}:${ref}`, ...letter });
    } catch (error) {
      log.warn('A benefits letter could not be written', { declarationId: this.state.declarationId, step: letter.step, error: String(error) });
    }
  }
}
