import { createHash } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { type RequestHandler, Router } from 'express';
import type { Knex } from 'knex';
import multer from 'multer';
import { z } from 'zod';
import { bankStatementImport, type PaymentBatch, paymentBatch, paymentBatches } from '../../contract/payment-batches';
import { sanitiseFileName } from '../../domain/attachments';
import { bankReportOf, BankReportRejected, type BankReportRejection, MAX_REPORTED_TRANSFERS } from '../../domain/sepa/bank-report';
import { fieldProblem } from '../../i18n/field-problems';
import { phrase, type Phrase } from '../../i18n/phrase';
import type { Config } from '../../runtime/config';
import { importBankStatement } from '../../workflows/bank-statement/client';
import type { BankStatementResult } from '../../workflows/bank-statement/definitions';
import { runPaymentBatch } from '../../workflows/payment-batch/client';
import { actorOf } from '../auth/context';
import { requireRole } from '../auth/guards';
import { badRequest, conflict, HttpError, invalid } from '../errors';
import { idForKey, requiredIdempotencyKey } from '../idempotency';
import { route } from '../route';

const tag = 'payment batches';
const access = 'senior handlers';
const MAX_STATEMENT_MEGABYTES = 5;

/** Why a bank statement is refused, as the person uploading it reads it. */
const rejections: Record<BankReportRejection, Phrase> = {
  doctype: phrase('paymentBatches.statementRejected.doctype'),
  not_xml: phrase('paymentBatches.statementRejected.notXml'),
  not_camt054: phrase('paymentBatches.statementRejected.notCamt054'),
  too_many_entries: phrase('paymentBatches.statementRejected.tooManyEntries', { max: MAX_REPORTED_TRANSFERS }),
  malformed_entry: phrase('paymentBatches.statementRejected.malformedEntry'),
  not_euro: phrase('paymentBatches.statementRejected.notEuro'),
};

/** Reads the one file of a statement upload (multipart field 'file') into memory, at most 5 MB. */
const receiveStatement: RequestHandler = (req, res, next) => {
  const upload = multer({ storage: multer.memoryStorage(), defParamCharset: 'utf8', limits: { fileSize: MAX_STATEMENT_MEGABYTES * 1024 * 1024, files: 1, fields: 0 } }).single('file');
  upload(req, res, (error: unknown) => {
    if (!error) return next();
    const code = (error as { code?: string }).code;
    if (code === 'LIMIT_FILE_SIZE') return next(new HttpError(413, 'file_too_large', phrase('api.upload.fileTooLarge', { megabytes: MAX_STATEMENT_MEGABYTES })));
    if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT' || code === 'LIMIT_FIELD_COUNT') return next(badRequest(phrase('paymentBatches.statement.oneFile')));
    next(badRequest(phrase('api.upload.unreadable')));
  });
};

/** Counts of an import: confirmed and returned are what this statement changed. */
function countsOf(results: BankStatementResult[]) {
  const applied = (outcome: BankStatementResult['outcome']) => results.filter((r) => r.result === 'applied' && r.outcome === outcome).length;
  return {
    confirmed: applied('confirmed'), returned: applied('returned'),
    unchanged: results.filter((r) => r.result === 'unchanged').length, unknown: results.filter((r) => r.result === 'unknown_payment').length,
  };
}

/** SEPA payment batches (pain.001 files for the bank) and the bank's statements (camt.054) that confirm or return their payments. */
export function paymentBatchRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const seniors = [requireRole('senior_handler')];
  const taskQueue = config.temporal.taskQueue;

  const batchesWhere = async (where: Record<string, string>, limit: number): Promise<PaymentBatch[]> => {
    const batches = await knex('paymentBatches').where(where).orderBy('number', 'desc').limit(limit)
      .select('id', 'number', 'executionDate', 'paymentCount', 'totalCents', 'createdBy', 'createdAt');
    const payments = await knex('payments').join('claims', 'claims.declarationId', 'payments.declarationId')
      .whereIn('payments.batchId', batches.map((batch) => batch.id)).orderBy('payments.createdAt').orderBy('payments.id')
      .select('payments.id', 'payments.batchId', 'payments.declarationId', 'claims.claimNumber', 'payments.payeeName', 'payments.iban', 'payments.amountCents', 'payments.status');
    return batches.map((batch) => ({
      id: batch.id, number: batch.number, executionDate: batch.executionDate, paymentCount: batch.paymentCount, totalCents: Number(batch.totalCents),
      createdBy: batch.createdBy, createdAt: new Date(batch.createdAt).toISOString(),
      payments: payments.filter((payment) => payment.batchId === batch.id).map((payment) => ({
        id: payment.id, claimId: payment.declarationId, claimNumber: payment.claimNumber, payee: payment.payeeName, iban: payment.iban,
        amountCents: payment.amountCents, status: payment.status,
      })),
    }));
  };
  const batchNotFound = () => new HttpError(404, 'not_found', phrase('paymentBatches.batchNotFound'));

  route(router, {
    method: 'post', path: '/api/backoffice/payment-batches', tag, access, status: 201, response: paymentBatch,
    summary: 'Send every approved payment not yet sent to the bank now, in one SEPA batch (pain.001), as the daily batch does. '
      + 'Requires an Idempotency-Key header: the same key again answers the same batch. 409 when no approved payment waits.',
  }, seniors, async (_input, req) => {
    const requestKey = idForKey(requiredIdempotencyKey(req), 'payment-batch');
    const batch = await runPaymentBatch(client, taskQueue, { requestKey, requestedBy: actorOf(req) });
    if (!batch) throw conflict('nothing_to_batch', phrase('paymentBatches.nothingToBatch'));
    const [view] = await batchesWhere({ id: batch.batchId }, 1);
    return view;
  });

  route(router, {
    method: 'get', path: '/api/backoffice/payment-batches', tag, access, response: paymentBatches,
    query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
    summary: 'The payment batches, newest first, each with its payments and what the bank made of them so far.',
  }, seniors, async ({ query }) => batchesWhere({}, query.limit));

  route(router, {
    method: 'get', path: '/api/backoffice/payment-batches/:id/pain.001.xml', tag, access, params: z.object({ id: z.uuid() }), produces: 'application/xml',
    summary: "The batch's SEPA credit transfer file (pain.001.001.09), as it goes to the bank.",
  }, seniors, async ({ params }, _req, res) => {
    const batch = await knex('paymentBatches').where({ id: params.id }).first('number', 'file');
    if (!batch) throw batchNotFound();
    res.type('application/xml').setHeader('Content-Disposition', `attachment; filename="batch-${batch.number}.xml"`).send(batch.file);
  });

  route(router, {
    method: 'post', path: '/api/backoffice/bank-statements', tag, access, multipart: { fields: z.object({}), files: ['file'] }, response: bankStatementImport,
    summary: `Import the bank's debit/credit notification (camt.054 XML, at most ${MAX_STATEMENT_MEGABYTES} MB, multipart field 'file'): `
      + 'each reported transfer confirms or returns its payment (a returned amount is available on the reserve again). The same file imported again changes nothing.',
  }, [...seniors, receiveStatement], async (_input, req) => {
    const file = req.file;
    if (!file) throw invalid(phrase('paymentBatches.statement.noFile'), [fieldProblem('file', 'paymentBatches.statement.addFile')]);
    let report;
    try {
      report = bankReportOf(file.buffer.toString('utf8'));
    } catch (error) {
      if (error instanceof BankReportRejected) throw new HttpError(422, 'bank_statement_rejected', rejections[error.code]);
      throw error;
    }
    const statement = {
      statementId: createHash('sha256').update(file.buffer).digest('hex'), notificationId: report.messageId,
      fileName: sanitiseFileName(file.originalname), uploadedBy: actorOf(req), entries: report.transfers,
    };
    const before = await knex('bankStatements').where({ id: statement.statementId }).first('createdAt');
    const results = await importBankStatement(client, taskQueue, statement);
    return {
      statementId: statement.statementId, notificationId: statement.notificationId, fileName: statement.fileName,
      importedBefore: before ? new Date(before.createdAt).toISOString() : null, results, counts: countsOf(results),
    };
  });

  return router;
}
