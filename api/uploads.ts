import { createHash, randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import multer from 'multer';
import { AttachmentRef, MAX_ATTACHMENT_BYTES, sanitiseFileName, sniffContentType } from '../domain/attachments';
import { fieldProblem } from '../i18n/field-problems';
import { phrase } from '../i18n/phrase';
import { badRequest, HttpError, invalid } from './errors';

export const MAX_FILES_PER_UPLOAD = 5;
const MAX_FIELD_CHARACTERS = 20_000;

/** Reads a multipart upload (files in the field 'files') into memory within the limits, with clear refusals. */
export const receiveFiles: RequestHandler = (req, res, next) => {
  // Browsers send file names as UTF-8 without saying so.
  const upload = multer({ storage: multer.memoryStorage(), defParamCharset: 'utf8', limits: { fileSize: MAX_ATTACHMENT_BYTES, files: MAX_FILES_PER_UPLOAD, fields: 10, fieldSize: MAX_FIELD_CHARACTERS } }).array('files');
  upload(req, res, (error: unknown) => {
    if (!error) return next();
    const code = (error as { code?: string }).code;
    if (code === 'LIMIT_FILE_SIZE') return next(new HttpError(413, 'file_too_large', phrase('api.upload.fileTooLarge', { megabytes: MAX_ATTACHMENT_BYTES / 1024 / 1024 })));
    if (code === 'LIMIT_FILE_COUNT') return next(invalid(phrase('api.upload.tooManyFiles'), [fieldProblem('files', 'api.upload.atMostFiles', { count: MAX_FILES_PER_UPLOAD })]));
    if (code === 'LIMIT_UNEXPECTED_FILE') return next(badRequest(phrase('api.upload.multipartField')));
    if (code === 'LIMIT_FIELD_VALUE') return next(invalid(phrase('api.upload.textTooLong'), [fieldProblem((error as { field?: string }).field ?? 'body', 'api.upload.atMostCharacters', { count: MAX_FIELD_CHARACTERS })]));
    next(badRequest(phrase('api.upload.unreadable')));
  });
};

export interface ReceivedFile {
  ref: AttachmentRef;
  content: Buffer;
  sha256: string;
}

/** Checks each file by its bytes (PDF, JPEG, PNG, HEIC) and gives it an id and a safe name. */
export function acceptFiles(files: Express.Multer.File[] | undefined, kind: AttachmentRef['kind'], required: boolean): ReceivedFile[] {
  const received = files ?? [];
  if (required && received.length === 0) throw invalid(phrase('api.upload.noFile'), [fieldProblem('files', 'api.upload.addFile')]);
  return received.map((file, index) => {
    const contentType = sniffContentType(file.buffer.subarray(0, 16));
    if (!contentType) {
      throw invalid(phrase('api.upload.kindRefused'), [fieldProblem(`files.${index}`, 'api.upload.onlyTheseKinds', { file: sanitiseFileName(file.originalname) })]);
    }
    return {
      ref: { id: randomUUID(), kind, fileName: sanitiseFileName(file.originalname), contentType, sizeBytes: file.size },
      content: file.buffer,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
    };
  });
}
