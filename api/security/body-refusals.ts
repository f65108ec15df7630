import { phrase, type Phrase } from '../../i18n/phrase';

/** What express.json() (body-parser, raw-body) reports when it cannot read a body, and zlib when it cannot inflate one. */
interface BodyReadingError {
  type?: string;
  status?: number;
  errno?: number;
  charset?: string;
  encoding?: string;
}

/** A refusal in the error format's terms (api/errors.ts sends it). */
export interface BodyRefusal {
  status: number;
  code: string;
  phrase: Phrase;
  details?: unknown;
}

const refusal = (status: number, code: string, said: Phrase, details?: unknown): BodyRefusal => ({ status, code, phrase: said, details });
const unreadable = (said: Phrase) => refusal(400, 'malformed_request', said);

/**
 * The client's mistakes in sending a body, as refusals in the error format (never a 500).
 * Undefined: not a body-reading error.
 */
export function bodyRefusal(error: BodyReadingError | undefined, contentEncoding: string | undefined): BodyRefusal | undefined {
  switch (error?.type) {
    case 'entity.parse.failed':
      return refusal(400, 'malformed_json', phrase('api.body.notJson'));
    case 'entity.too.large':
      return refusal(413, 'payload_too_large', phrase('api.body.tooLarge'));
    case 'charset.unsupported':
      return refusal(415, 'unsupported_charset', phrase('api.body.charset'), { charset: error.charset ?? null });
    case 'encoding.unsupported':
      return refusal(415, 'unsupported_content_encoding', phrase('api.body.encoding'), { encoding: error.encoding ?? null });
    case 'request.size.invalid':
      return unreadable(phrase('api.body.lengthMismatch'));
    case 'request.aborted':
    case 'stream.not.readable': // the client closed the request before its body could be read
      return unreadable(phrase('api.body.cutOff'));
    case 'entity.verify.failed':
      return unreadable(phrase('api.body.unreadable'));
    case 'stream.encoding.set':
      return undefined; // our own code set an encoding on the request: a bug, left to be a 500
  }
  // A stream error while reading (zlib's or brotli's on a body that does not inflate): body-parser passes
  // it on with status 400 and no type of its own.
  if (error?.status === 400 && typeof error.errno === 'number') {
    if (contentEncoding && contentEncoding !== 'identity') {
      return refusal(400, 'malformed_content_encoding', phrase('api.body.notDecompressed', { encoding: contentEncoding }));
    }
    return unreadable(phrase('api.body.unreadable'));
  }
  return undefined;
}
