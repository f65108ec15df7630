import fs from 'node:fs';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fontkit = require('fontkit');

/**
 * Fonts parsed once per process. pdfkit parses every font file anew for each document (fontkit.create on the
 * file's bytes), which was half of a declaration summary's 80–100 ms. fontkit's public registerFormat adds a
 * "format" that recognises a small handle (a marker and an index) and hands back the font parsed at start-up:
 * pdfkit still makes each document its own subset of it, and the PDF is the same byte for byte.
 */
const MARKER = 'PRSD';
const parsed: unknown[] = [];

fontkit.registerFormat(class ParsedFont {
  static probe(bytes: Uint8Array) {
    return bytes.length === 8 && Buffer.from(bytes.subarray(0, 4)).toString('latin1') === MARKER;
  }

  constructor(stream: { buffer: Uint8Array }) {
    // fontkit constructs the format it probed; returning the parsed font makes that the result.
    return parsed[Buffer.from(stream.buffer).readUInt32BE(4)] as ParsedFont;
  }
});

/** The handle pdfkit is given instead of the font file: 8 bytes that stand for the file, parsed now. */
export function parsedFontHandle(file: string): Buffer {
  const handle = Buffer.alloc(8);
  handle.write(MARKER, 0, 'latin1');
  handle.writeUInt32BE(parsed.push(fontkit.create(fs.readFileSync(file))) - 1, 4);
  return handle;
}
