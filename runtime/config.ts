import path from 'node:path';
import type { Duration } from '@temporalio/common';
import { duration, wholeNumber as integer, type Env } from './env';
import { accessConfig, type AccessConfig } from './access-config';
import { oidcConfig, type OidcConfig } from './oidc-config';
import { fraudConfig, type FraudConfig } from './fraud-config';
import { benefitRulesConfig } from './benefit-rules-config';
import { userAgreementEscalateAfterDefault } from '../domain/user-agreement';
import type { WorkplaceBenefitRules } from '../domain/rules/workplace-benefits';
import { parsePayloadKeys, type PayloadKeyRing } from './codec/payload-keys';
import { fastTrackRuleName, type FastTrackRule } from '../domain/catastrophe';
import { logLevel, type LogLevel } from './observability/log-level';

/** Every setting of the system, read from the environment in one place. */
export interface Config {
  production: boolean;
  port: number;
  dataDir: string;
  temporal: {
    /** Set: connect to that cluster. Unset: run the CLI's dev server with a SQLite file under dataDir. */
    address?: string;
    namespace: string;
    taskQueue: string;
    tls: boolean;
    apiKey?: string;
    devServerPort: number;
    devServerUiPort: number;
    /** Where people open the Temporal Web UI (links for auditors). */
    webUiUrl: string;
    /**
     * WORKER_MAX_CACHED_WORKFLOWS (default 200): workflows a worker keeps in memory between their tasks. Each holds its
     * own copy of the workflow modules (a few MB); the SDK's default, sized by the heap, let a worker grow to GBs.
     */
    maxCachedWorkflows: number;
    /** WORKFLOW_BUNDLE: the workflows bundled once (scripts/bundle-workflows.ts) for the worker to load; unset, it bundles them itself. */
    workflowBundle?: string;
  };
  /** `start.ts --cluster` (runtime/cluster): the Temporal server itself on PostgreSQL, the API and the workers as processes of their own. */
  cluster: {
    /** TEMPORAL_HISTORY_SHARDS (default 4): fixed once the cluster's databases exist. */
    historyShards: number;
    /** CLUSTER_WORKERS (default 2): worker processes sharing the task queue. */
    workers: number;
    /**
     * WORKER_HEAP_MB (0: V8's default): the cap of each of a worker process's two V8 heaps (its activities' and its
     * workflows' thread). Uncapped, V8 lets each grow towards 4 GB on a 24 GB machine before it collects hard.
     */
    workerHeapMb: number;
    /** TEMPORAL_NAMESPACE_RETENTION (default 30 days): how long Temporal keeps a closed workflow's history. */
    namespaceRetention: Duration;
  };
  database: {
    /** Set: use that PostgreSQL. Unset: embedded PostgreSQL with its data under dataDir. */
    url?: string;
    embeddedPort: number;
  };
  mail: {
    /** Set: send through that SMTP server (smtp://user:pass@host:port). Unset: the embedded SMTP sink. */
    url?: string;
    sinkPort: number;
    from: string;
  };
  messages: {
    /** An unanswered message reminds its handler after this long, and reaches a senior handler after that. */
    reminderAfter: Duration;
    escalateAfter: Duration;
  };
  money: {
    /** A payment above the requester's authority limit undecided this long reaches every senior handler. */
    paymentApprovalEscalateAfter: Duration;
    /** Between two instalments of a payment schedule ('30 days': Temporal durations know no month). */
    instalmentPeriod: Duration;
    /** A closed claim can be reopened this long: the three-year limitation period (Insurance Act art. 88). */
    reopenWithin: Duration;
    /** A claim's process continues as new past this many history events (or when Temporal suggests it). */
    claimHistoryEvents: number;
  };
  diary: {
    /** An open diary item this long past its due day reaches every senior handler. */
    escalateAfter: Duration;
  };
  /** The benefits files of workplace accidents (workflows/workplace-benefits): the law's durations (Temporal knows no month or year). */
  benefits: {
    /** Between two monthly payments of the allowance or the life annuity. */
    month: Duration;
    /** The revision period from the ratification (law of 10 April 1971, art. 72: three years). */
    revisionPeriod: Duration;
    /** An accepted agreement Fedris has not ratified this long reminds the handler, and again every as long. */
    ratificationRemindAfter: Duration;
    /** A file continues as new once a benefit year. */
    year: Duration;
  };
  catastrophes: {
    /** The fast track of a catastrophe event: small simple claims up to maxEstimatedCents, paid up to paymentLimitCents; null: off. */
    fastTrack: FastTrackRule | null;
  };
  sepa: {
    /** The insurer's own account, the debtor of every transfer. */
    debtor: { name: string; iban: string; bic: string | null };
    /** When the daily payment batch runs, Brussels time ('HH:MM'). */
    batchAt: string;
  };
  payloadEncryption: {
    /** PAYLOAD_KEYS ("id:base64,id:base64"; the first or PAYLOAD_KEY_ID encrypts new payloads, every one decrypts). */
    keys?: PayloadKeyRing;
    /** Used when PAYLOAD_KEYS is unset: PAYLOAD_KEY_FILE, or <dataDir>/keys/payload-keys.json. */
    keyFile: string;
    /** Outside production a missing default key file is generated on first start. */
    generateKeyFile: boolean;
  };
  access: AccessConfig;
  /** Logins through OpenID Connect: customers with their eID, staff with the insurer's own IdP (runtime/oidc-config). */
  oidc: OidcConfig;
  /** The fraud screening's thresholds (FRAUD_* settings). */
  fraud: FraudConfig;
  /** The tables of workplace-accident benefits (WORKPLACE_BENEFIT_RULES; unset: the law's). */
  benefitRules: WorkplaceBenefitRules;
  /** User agreements (workflows/user-agreement): received and unregistered this long, the senior staff are told; a draft untouched this long expires. */
  userAgreements: { escalateAfter: Duration; draftExpiresAfter: Duration };
  /** Prometheus metrics (runtime/metrics): who may read them, the worker's port, the Temporal SDK's own address. */
  metrics: {
    /** METRICS_TOKEN: /metrics needs it as a bearer token; unset, /metrics is open outside production and off in production. */
    token?: string;
    /** WORKER_METRICS_PORT (default 9464; 'off': none): the worker's /metrics with the business counters. */
    workerPort: number | null;
    /** TEMPORAL_SDK_METRICS_ADDRESS ('host:port'; unset: off): the Temporal SDK core's own Prometheus endpoint. */
    temporalSdkAddress?: string;
  };
  /** Traces and logs (runtime/observability). */
  observability: {
    /** OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, or OTEL_EXPORTER_OTLP_ENDPOINT + '/v1/traces': spans go there over OTLP/HTTP; unset: no tracer at all. */
    tracesEndpoint?: string;
    /** OTEL_BSP_SCHEDULE_DELAY (ms, default 5000): how often finished spans are sent. */
    traceBatchDelayMs: number;
    /** LOG_LEVEL (default info): the JSON logs' threshold. */
    logLevel: LogLevel;
  };
  declarations: {
    /** Temporal duration strings ('14 days', '30s'): an untouched draft is reminded, then expires. */
    draftReminderAfter: Duration;
    draftExpiresAfter: Duration;
    /** A declaration whose creation failed half-way (no first save) ends itself after this long. */
    firstSaveWithin: Duration;
  };
}

/** Production never runs without a key it was given: a generated key would be lost with its container. */
function payloadEncryption(env: Env, production: boolean, dataDir: string): Config['payloadEncryption'] {
  if (production && !env.PAYLOAD_KEYS && !env.PAYLOAD_KEY_FILE) {
    throw new Error('Set PAYLOAD_KEYS (or PAYLOAD_KEY_FILE): production does not start without the key that encrypts what Temporal stores.');
  }
  return {
    keys: env.PAYLOAD_KEYS ? parsePayloadKeys(env.PAYLOAD_KEYS, env.PAYLOAD_KEY_ID || undefined) : undefined,
    keyFile: path.resolve(env.PAYLOAD_KEY_FILE || path.join(dataDir, 'keys', 'payload-keys.json')),
    generateKeyFile: !production && !env.PAYLOAD_KEY_FILE,
  };
}

export function loadConfig(env: Env = process.env): Config {
  const devServerPort = integer(env, 'TEMPORAL_DEV_PORT', 7233);
  const devServerUiPort = integer(env, 'TEMPORAL_DEV_UI_PORT', 8233);
  const address = env.TEMPORAL_ADDRESS || undefined;
  const production = env.NODE_ENV === 'production';
  const dataDir = path.resolve(env.DATA_DIR || path.join(__dirname, '..', 'data'));
  return {
    production,
    port: integer(env, 'PORT', 3000),
    dataDir,
    temporal: {
      address,
      namespace: env.TEMPORAL_NAMESPACE || 'claims',
      taskQueue: env.TEMPORAL_TASK_QUEUE || 'claims',
      tls: env.TEMPORAL_TLS === 'true' || Boolean(env.TEMPORAL_API_KEY),
      apiKey: env.TEMPORAL_API_KEY || undefined,
      devServerPort,
      devServerUiPort,
      webUiUrl: env.TEMPORAL_WEB_UI_URL || `http://localhost:${devServerUiPort}`,
      maxCachedWorkflows: integer(env, 'WORKER_MAX_CACHED_WORKFLOWS', 200),
      workflowBundle: env.WORKFLOW_BUNDLE || undefined,
    },
    cluster: {
      historyShards: integer(env, 'TEMPORAL_HISTORY_SHARDS', 4, 1),
      workers: integer(env, 'CLUSTER_WORKERS', 2, 1),
      workerHeapMb: integer(env, 'WORKER_HEAP_MB', 0),
      namespaceRetention: duration(env, 'TEMPORAL_NAMESPACE_RETENTION', '30 days'),
    },
    database: {
      url: env.DATABASE_URL || undefined,
      embeddedPort: integer(env, 'EMBEDDED_PG_PORT', 5488),
    },
    mail: {
      url: env.SMTP_URL || undefined,
      sinkPort: integer(env, 'SMTP_SINK_PORT', 2525),
      from: env.MAIL_FROM || 'Schadebeheer <claims@insurer.example>',
    },
    messages: {
      reminderAfter: duration(env, 'MESSAGE_REMINDER_AFTER', '2 days'),
      escalateAfter: duration(env, 'MESSAGE_ESCALATE_AFTER', '5 days'),
    },
    money: {
      paymentApprovalEscalateAfter: duration(env, 'PAYMENT_APPROVAL_ESCALATE_AFTER', '2 days'),
      instalmentPeriod: duration(env, 'INSTALMENT_PERIOD', '30 days'),
      reopenWithin: duration(env, 'CLAIM_REOPEN_WITHIN', '1095 days'),
      claimHistoryEvents: integer(env, 'CLAIM_HISTORY_EVENTS', 4_000),
    },
    diary: {
      escalateAfter: duration(env, 'DIARY_ESCALATE_AFTER', '2 days'),
    },
    benefits: {
      month: duration(env, 'BENEFITS_MONTH', '30 days'),
      revisionPeriod: duration(env, 'BENEFITS_REVISION_PERIOD', '1095 days'),
      ratificationRemindAfter: duration(env, 'BENEFITS_RATIFICATION_REMIND_AFTER', '30 days'),
      year: duration(env, 'BENEFITS_YEAR', '365 days'),
    },
    catastrophes: {
      fastTrack: env.FAST_TRACK_ENABLED === 'false' ? null : {
        name: fastTrackRuleName,
        maxEstimatedCents: integer(env, 'FAST_TRACK_MAX_ESTIMATE_CENTS', 100_000),
        paymentLimitCents: integer(env, 'FAST_TRACK_PAYMENT_LIMIT_CENTS', 100_000),
      },
    },
    sepa: {
      debtor: {
        name: env.SEPA_DEBTOR_NAME || 'Verzekeraar NV',
        iban: env.SEPA_DEBTOR_IBAN || 'BE71096123456769',
        bic: env.SEPA_DEBTOR_BIC || 'GKCCBEBB',
      },
      batchAt: env.SEPA_BATCH_AT || '16:00',
    },
    payloadEncryption: payloadEncryption(env, production, dataDir),
    access: accessConfig(env),
    oidc: oidcConfig(env, production),
    fraud: fraudConfig(env),
    benefitRules: benefitRulesConfig(env),
    userAgreements: {
      escalateAfter: duration(env, 'USER_AGREEMENT_ESCALATE_AFTER', userAgreementEscalateAfterDefault),
      // Like a declaration's draft: an agreement never submitted does not wait forever.
      draftExpiresAfter: duration(env, 'USER_AGREEMENT_DRAFT_EXPIRES_AFTER', '90 days'),
    },
    metrics: {
      token: env.METRICS_TOKEN || undefined,
      workerPort: env.WORKER_METRICS_PORT === 'off' ? null : integer(env, 'WORKER_METRICS_PORT', 9464),
      temporalSdkAddress: env.TEMPORAL_SDK_METRICS_ADDRESS || undefined,
    },
    observability: {
      tracesEndpoint: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || (env.OTEL_EXPORTER_OTLP_ENDPOINT ? `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces` : undefined),
      traceBatchDelayMs: integer(env, 'OTEL_BSP_SCHEDULE_DELAY', 5000, 1),
      logLevel: logLevel(env),
    },
    declarations: {
      draftReminderAfter: duration(env, 'DRAFT_REMINDER_AFTER', '14 days'),
      draftExpiresAfter: duration(env, 'DRAFT_EXPIRES_AFTER', '90 days'),
      firstSaveWithin: duration(env, 'FIRST_SAVE_WITHIN', '1 hour'),
    },
  };
}
