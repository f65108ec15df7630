import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { Router } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { note, noteOrder, notes } from '../../contract/notes';
import type { Config } from '../../runtime/config';
import { addNoteUpdate } from '../../workflows/claim/definitions';
import { updateClaim } from '../../workflows/claim/client';
import { actorOf, authOf } from '../auth/context';
import { recordRead } from '../audit/reads';
import { claimContextOf } from '../claims/context';
import { fileReaders, riskReaders } from '../claims/risk-access';
import { claimTargetOf } from '../claims/target';
import { notFound } from '../errors';
import { idForKey, requiredIdempotencyKey } from '../idempotency';
import { route } from '../route';

const claimParams = z.object({ id: z.uuid() });
const tag = 'back office';

const noteView = (row: Record<string, any>) => ({
  id: row.id, text: row.text, confidential: row.confidential, author: row.author, createdAt: new Date(row.createdAt).toISOString(),
});

/**
 * Notes on a claim: written through the claim's process, never edited (a correction is a new note). A confidential
 * note is read by senior handlers, the SIU and auditors only; every read of the notes is in the audit log. The SIU
 * reads and writes notes on the claims referred to it (api/claims/investigation-seclusion.ts).
 */
export function claimNoteRoutes(knex: Knex, client: Client, config: Config): Router {
  const router = Router();
  const context = claimContextOf(config);
  const base = '/api/backoffice/claims/:id/notes';
  /** Who reads confidential notes: those who handle what a note may hold about suspicion or health, and the auditors. */
  const readsConfidential = (role: string) => role === 'senior_handler' || role === 'siu' || role === 'auditor';

  route(router, {
    method: 'get', path: base, tag, access: 'handlers, senior handlers, auditors and the special investigation unit (the claims referred to it)', params: claimParams,
    summary: "The claim's notes, oldest first; confidential ones only for senior handlers, the special investigation unit and auditors.", response: notes,
  }, [riskReaders], async ({ params }, req) => {
    const claim = await knex('claims as c').join('declarations as d', 'd.id', 'c.declarationId').where('c.declarationId', params.id).first('d.organisationId');
    if (!claim) throw notFound('claim');
    const rows = await knex('claimNotes').where({ declarationId: params.id })
      .modify((query) => { if (!readsConfidential(authOf(req).user.role)) query.where({ confidential: false }); })
      .orderBy('createdAt').orderBy('id');
    await recordRead(knex, req, { subject: { type: 'declaration', id: params.id }, organisationId: claim.organisationId, what: 'claim_notes' });
    return rows.map(noteView);
  });

  route(router, {
    method: 'post', path: base, tag, access: 'handlers, senior handlers and the special investigation unit on the claims referred to it (confidential: senior handlers and the unit)', status: 201,
    params: claimParams, body: noteOrder, response: note,
    summary: 'Write a note on the claim (with an Idempotency-Key, a retry writes it once); it is never edited: a correction is a new note.',
  }, [fileReaders], async ({ params, body }, req) => {
    const key = req.get('Idempotency-Key') ? requiredIdempotencyKey(req, params.id) : `${authOf(req).user.id}:${params.id}:${randomUUID()}`;
    const noteId = idForKey(key, 'note');
    await updateClaim(client, context, await claimTargetOf(knex, params.id), addNoteUpdate, { key, actor: actorOf(req), noteId, ...body }, key);
    const row = await knex('claimNotes').where({ id: noteId, declarationId: params.id }).first();
    if (!row) throw notFound('claim');
    return noteView(row);
  });

  return router;
}
