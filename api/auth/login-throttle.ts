import { createHash } from 'node:crypto';
import { durationMs } from '../../domain/duration';
import type { Knex } from 'knex';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { AccessConfig } from '../../runtime/access-config';
import { phrase } from '../../i18n/phrase';
import { HttpError } from '../errors';

/** The table of db/migrations/20261130040000_access_hardening.ts, shared by every API instance. */
const TABLE = 'login_throttle';

/** A login that must wait: 429, and how many seconds (the route sends them as Retry-After). */
export class LoginThrottled extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'too_many_login_attempts', phrase('api.login.throttled', { seconds: retryAfterSeconds }), { retryAfterSeconds });
  }
}

/** Failed logins of one kind of key (an account or a client address): a count, a growing wait, a lock. */
class FailureCounter {
  private readonly failures: RateLimiterPostgres;
  private readonly waits: RateLimiterPostgres;

  constructor(knex: Knex, kind: string, private readonly freeFailures: number, lockAfter: number, lockForMs: number, countForMs: number) {
    const store = { storeClient: knex, storeType: 'knex', tableName: TABLE, tableCreated: true };
    // Every attempt consumes a point (a success gives it back): the attempt after lockAfter failures goes
    // over the allowed points, which locks the key for lockFor.
    this.failures = new RateLimiterPostgres({
      ...store, keyPrefix: `login_failures_${kind}`, points: lockAfter, duration: countForMs / 1000, blockDuration: lockForMs / 1000,
    });
    this.waits = new RateLimiterPostgres({ ...store, keyPrefix: `login_wait_${kind}`, points: 1, duration: lockForMs / 1000 });
  }

  /** Counts the attempt before the password is checked, so parallel guesses cannot all slip through. */
  async attempt(key: string): Promise<void> {
    const waiting = await this.waits.get(key);
    if (waiting && waiting.consumedPoints > 1) throw throttled(waiting.msBeforeNext);
    try {
      await this.failures.consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw throttled(error.msBeforeNext);
      throw error;
    }
  }

  /** The attempt failed: past the free failures, the next one waits 1 s, 2 s, 4 s … */
  async failed(key: string): Promise<void> {
    const counted = await this.failures.get(key);
    const beyondFree = (counted?.consumedPoints ?? 0) - this.freeFailures;
    if (beyondFree >= 0) await this.waits.block(key, Math.min(2 ** beyondFree, this.waits.duration));
  }

  async forgive(key: string): Promise<void> {
    await Promise.all([this.failures.delete(key), this.waits.delete(key)]);
  }

  /** Undoes the attempt's count: a successful login is not a failure of its address. */
  async uncount(key: string): Promise<void> {
    await this.failures.reward(key, 1);
  }
}

const throttled = (ms: number) => new LoginThrottled(Math.max(1, Math.ceil(ms / 1000)));
/** Accounts by a digest: the counters need no e-mail address in clear, nor its length. */
const accountKey = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

/**
 * Login throttling per account and per client address, in PostgreSQL so several API instances share it.
 * Unknown e-mail addresses are counted like known ones: the answers do not reveal which accounts exist.
 */
export class LoginThrottle {
  private readonly accounts: FailureCounter;
  private readonly addresses: FailureCounter;

  constructor(knex: Knex, config: AccessConfig['loginThrottle']) {
    const lockForMs = durationMs(config.lockFor);
    const countForMs = durationMs(config.countFailuresFor);
    this.accounts = new FailureCounter(knex, 'account', config.accountFreeFailures, config.accountLockAfter, lockForMs, countForMs);
    this.addresses = new FailureCounter(knex, 'address', config.addressFreeFailures, config.addressLockAfter, lockForMs, countForMs);
  }

  /** Throws LoginThrottled when the account or the address must wait or is locked; otherwise counts the attempt. */
  async attempt(email: string, address: string): Promise<void> {
    await this.addresses.attempt(address);
    await this.accounts.attempt(accountKey(email));
  }

  async failed(email: string, address: string): Promise<void> {
    await Promise.all([this.accounts.failed(accountKey(email)), this.addresses.failed(address)]);
  }

  /** A successful login clears its account's failures. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([this.accounts.forgive(accountKey(email)), this.addresses.uncount(address)]);
  }
}
