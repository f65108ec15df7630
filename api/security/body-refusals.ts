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
  message: string;
  details?: unknown;
}

const refusal = (status: number, code: string, message: string, details?: unknown): BodyRefusal => ({ status, code, message, details });
const unreadable = (message: string) => refusal(400, 'malformed_request', message);

/**
 * The client's mistakes in sending a body, as refusals in the error format (never a 500).
 * Undefined: not a body-reading error.
 */
export function bodyRefusal(error: BodyReadingError | undefined, contentEncoding: string | undefined): BodyRefusal | undefined {
  switch (error?.type) {
    case 'entity.parse.failed':
      return refusal(400, 'malformed_json', 'The request body is not valid JSON.');
    case 'entity.too.large':
      return refusal(413, 'payload_too_large', 'The request body is too large.');
    case 'charset.unsupported':
      return refusal(415, 'unsupported_charset', 'Send JSON in UTF-8 (Content-Type: application/json; charset=utf-8).', { charset: error.charset ?? null });
    case 'encoding.unsupported':
      return refusal(415, 'unsupported_content_encoding', 'Send the body with Content-Encoding gzip, deflate, br or none.', { encoding: error.encoding ?? null });
    case 'request.size.invalid':
      return unreadable('The request body is not as long as its Content-Length says.');
    case 'request.aborted':
    case 'stream.not.readable': // the client closed the request before its body could be read
      return unreadable('The request body could not be read: the request was cut off.');
    case 'entity.verify.failed':
      return unreadable('The request body could not be read.');
    case 'stream.encoding.set':
      return undefined; // our own code set an encoding on the request: a bug, left to be a 500
  }
  // A stream error while reading (zlib's or brotli's on a body that does not inflate): body-parser passes
  // it on with status 400 and no type of its own.
  if (error?.status === 400 && typeof error.errno === 'number') {
    if (contentEncoding && contentEncoding !== 'identity') {
      return refusal(400, 'malformed_content_encoding', `The request body could not be decompressed: it is not valid ${contentEncoding}.`);
    }
    return unreadable('The request body could not be read.');
  }
  return undefined;
}
