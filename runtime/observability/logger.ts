import pino from 'pino';
import type { LogLevel } from './log-level';

/**
 * The process's JSON log (one line per event on stdout). Errors keep their type, message, code and stack,
 * never the extra fields drivers attach (PostgreSQL's `detail` quotes the values of a violated key).
 */
export function createLogger(level: LogLevel): pino.Logger {
  return pino({
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: errorWithoutDetails, error: errorWithoutDetails },
  });
}

export function errorWithoutDetails(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  return { type: error.name, message: error.message, code: (error as { code?: unknown }).code, stack: error.stack };
}
