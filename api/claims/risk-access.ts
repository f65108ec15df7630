import type { RequestHandler } from 'express';
import type { Role } from '../../db/models/user';
import { phrase } from '../../i18n/phrase';
import type { PhraseKey } from '../../i18n/keys';
import { forbidden, unauthenticated } from '../errors';

/** A role guard worded by its own sentence: groups with the special investigation unit in them (issue 12 §3). */
const allow = (roles: Role[], refusal: PhraseKey): RequestHandler => (req, _res, next) => {
  if (!req.auth) return next(unauthenticated());
  if (!roles.includes(req.auth.user.role)) return next(forbidden('role_not_allowed', phrase(refusal)));
  next();
};

/** The claim file and its risk: handlers (unless the claim is referred: see investigation-seclusion.ts), seniors and the SIU. */
export const fileReaders = allow(['handler', 'senior_handler', 'siu'], 'risk.refusal.fileReadersOnly');
/** A claim's risk: the file's readers, and the auditors. */
export const riskReaders = allow(['handler', 'senior_handler', 'siu', 'auditor'], 'risk.refusal.fileReadersOnly');
/** The referred claims: the SIU, senior handlers and auditors. */
export const referredReaders = allow(['siu', 'senior_handler', 'auditor'], 'risk.refusal.referredReadersOnly');
/** Closing a referral. */
export const siuOnly = allow(['siu'], 'risk.refusal.siuReadsOnly');
