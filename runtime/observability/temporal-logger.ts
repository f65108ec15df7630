import type { Logger, LogLevel, LogMetadata } from '@temporalio/common';
import type pino from 'pino';

const pinoLevel: Record<LogLevel, pino.Level> = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' };

/**
 * The Temporal runtime's logger written through pino: the SDK's own lines, the workflows' `log` and the activities'
 * `log` become JSON lines with their context (workflowId, activityType, the requestId the interceptors add).
 */
export function temporalLogger(logger: pino.Logger): Logger {
  const write = (level: LogLevel, message: string, meta?: LogMetadata) => logger[pinoLevel[level]]({ ...meta }, message);
  return {
    log: write,
    trace: (message, meta) => write('TRACE', message, meta),
    debug: (message, meta) => write('DEBUG', message, meta),
    info: (message, meta) => write('INFO', message, meta),
    warn: (message, meta) => write('WARN', message, meta),
    error: (message, meta) => write('ERROR', message, meta),
  };
}
