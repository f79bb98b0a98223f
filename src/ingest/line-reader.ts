/**
 * @module ingest/line-reader
 * Reads a byte stream as numbered lines without trusting it: a line over the byte limit is skipped
 * without being held in memory, and bytes that are not valid UTF-8 are reported, not replaced. Memory
 * stays bounded by the limit whatever the file size.
 */
import type { Readable } from 'node:stream';
import { AppError } from '../errors.js';

export type RawLine = { line: number; text: string } | { line: number; error: AppError };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Splits a stream into lines.
 * @param input - the byte stream.
 * @param maxLineBytes - the longest line accepted.
 * @returns lines in order, numbered from 1; blank lines are skipped but counted.
 */
export async function* readLines(input: Readable, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let lineNo = 0;

  const finish = (): RawLine | null => {
    lineNo++;
    if (overflow) {
      overflow = false;
      parts = [];
      size = 0;
      return { line: lineNo, error: new AppError('line_too_long', `line ${lineNo} is longer than ${maxLineBytes} bytes (RABAT_MAX_LINE_BYTES)`) };
    }
    let buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    if (buf.length > 0 && buf[buf.length - 1] === 0x0d) buf = buf.subarray(0, buf.length - 1);
    if (lineNo === 1 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    let text: string;
    try {
      text = decoder.decode(buf);
    } catch {
      return { line: lineNo, error: new AppError('invalid_utf8', `line ${lineNo} is not valid UTF-8`) };
    }
    return text.trim().length === 0 ? null : { line: lineNo, text };
  };

  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (;;) {
      const nl = buf.indexOf(0x0a);
      const piece = nl < 0 ? buf : buf.subarray(0, nl);
      if (!overflow) {
        if (size + piece.length > maxLineBytes) {
          overflow = true;
          parts = [];
          size = 0;
        } else if (piece.length > 0) {
          // Copy: the stream may reuse its chunk buffers.
          parts.push(Buffer.from(piece));
          size += piece.length;
        }
      }
      if (nl < 0) break;
      const out = finish();
      if (out) yield out;
      buf = buf.subarray(nl + 1);
    }
  }
  if (size > 0 || overflow) {
    const out = finish();
    if (out) yield out;
  }
}
