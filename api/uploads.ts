import { createHash, randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import multer from 'multer';
import { AttachmentRef, MAX_ATTACHMENT_BYTES, sanitiseFileName, sniffContentType } from '../domain/attachments';
import { badRequest, HttpError, invalid } from './errors';

export const MAX_FILES_PER_UPLOAD = 5;

/** Reads a multipart upload (files in the field 'files') into memory within the limits, with clear refusals. */
export const receiveFiles: RequestHandler = (req, res, next) => {
  // Browsers send file names as UTF-8 without saying so.
  const upload = multer({ storage: multer.memoryStorage(), defParamCharset: 'utf8', limits: { fileSize: MAX_ATTACHMENT_BYTES, files: MAX_FILES_PER_UPLOAD, fields: 10, fieldSize: 20_000 } }).array('files');
  upload(req, res, (error: unknown) => {
    if (!error) return next();
    const code = (error as { code?: string }).code;
    if (code === 'LIMIT_FILE_SIZE') return next(new HttpError(413, 'file_too_large', `A file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB; nothing was stored.`));
    if (code === 'LIMIT_FILE_COUNT') return next(invalid('Too many files in one upload.', [{ path: 'files', message: `At most ${MAX_FILES_PER_UPLOAD} files per upload` }]));
    if (code === 'LIMIT_UNEXPECTED_FILE') return next(badRequest("Send the files in the multipart field 'files'."));
    if (code === 'LIMIT_FIELD_VALUE') return next(invalid('A text field is too long.', [{ path: (error as { field?: string }).field ?? 'body', message: 'At most 20,000 characters' }]));
    next(badRequest(`The upload could not be read: ${(error as Error).message}`));
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
  if (required && received.length === 0) throw invalid('No file was sent.', [{ path: 'files', message: "Add at least one file in the multipart field 'files'" }]);
  return received.map((file, index) => {
    const contentType = sniffContentType(file.buffer.subarray(0, 16));
    if (!contentType) {
      throw invalid('This kind of file is not accepted; nothing was stored.', [{ path: `files.${index}`, message: `${sanitiseFileName(file.originalname)}: only PDF, JPEG, PNG or HEIC files are accepted` }]);
    }
    return {
      ref: { id: randomUUID(), kind, fileName: sanitiseFileName(file.originalname), contentType, sizeBytes: file.size },
      content: file.buffer,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
    };
  });
}
