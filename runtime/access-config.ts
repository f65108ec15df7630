import type { Duration } from '@temporalio/common';
import { duration, wholeNumber, type Env } from './env';

/** Who may call the API from where, how long a session lives, and how hard a failed login is throttled. */
export interface AccessConfig {
  /** Origins besides the API's own host allowed to send state-changing requests (APP_ORIGINS, comma-separated). */
  appOrigins: string[];
  /** Express's 'trust proxy' (TRUST_PROXY): set it behind a reverse proxy so the client's address is the real one. */
  trustProxy: boolean | number | string;
  sessions: {
    /** A session unused this long is over (sliding). */
    idleTimeout: Duration;
    /** A session is over this long after login, used or not. */
    maxAge: Duration;
  };
  loginThrottle: {
    /** Failed logins that cost nothing; each further failure doubles a wait (1 s, 2 s, 4 s …) before the next try. */
    accountFreeFailures: number;
    /** After this many failures the account is locked for lockFor. */
    accountLockAfter: number;
    /** The same for one client address (an office behind one address shares it: higher numbers). */
    addressFreeFailures: number;
    addressLockAfter: number;
    lockFor: Duration;
    /** Failures are counted within this window from the first one; a successful login clears the account's. */
    countFailuresFor: Duration;
  };
}

const count = (env: Env, name: string, fallback: number) => wholeNumber(env, name, fallback, 1);

function origins(raw: string | undefined): string[] {
  return (raw ?? '').split(',').map((entry) => entry.trim()).filter(Boolean).map((entry) => {
    let origin: string;
    try {
      origin = new URL(entry).origin;
    } catch {
      origin = 'null';
    }
    if (origin === 'null') throw new Error(`APP_ORIGINS must list origins such as https://claims.example, got "${entry}"`);
    return origin;
  });
}

/** 'true', a number of proxy hops, or addresses / subnets ('loopback, 10.0.0.0/8'), as Express reads them. */
function trustProxy(raw: string | undefined): boolean | number | string {
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

export function accessConfig(env: Env): AccessConfig {
  const accountFreeFailures = count(env, 'LOGIN_FREE_FAILURES', 5);
  const addressFreeFailures = count(env, 'LOGIN_ADDRESS_FREE_FAILURES', 20);
  const throttle = {
    accountFreeFailures,
    accountLockAfter: count(env, 'LOGIN_LOCK_AFTER', accountFreeFailures + 5),
    addressFreeFailures,
    addressLockAfter: count(env, 'LOGIN_ADDRESS_LOCK_AFTER', addressFreeFailures + 80),
    lockFor: duration(env, 'LOGIN_LOCK_DURATION', '15 minutes'),
    countFailuresFor: duration(env, 'LOGIN_FAILURE_WINDOW', '1 hour'),
  };
  if (throttle.accountLockAfter < throttle.accountFreeFailures || throttle.addressLockAfter < throttle.addressFreeFailures) {
    throw new Error('LOGIN_LOCK_AFTER (LOGIN_ADDRESS_LOCK_AFTER) must not be below LOGIN_FREE_FAILURES (LOGIN_ADDRESS_FREE_FAILURES)');
  }
  return {
    appOrigins: origins(env.APP_ORIGINS),
    trustProxy: trustProxy(env.TRUST_PROXY),
    sessions: {
      idleTimeout: duration(env, 'SESSION_IDLE_TIMEOUT', '30 minutes'),
      maxAge: duration(env, 'SESSION_MAX_AGE', '8 hours'),
    },
    loginThrottle: throttle,
  };
}
