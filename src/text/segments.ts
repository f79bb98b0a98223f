/**
 * @module text/segments
 * Splits a text into analysis segments with spans: a post is one segment; a speech, a column or a
 * thread is cut at sentence boundaries into chunks, so each part is judged on its own and the result
 * can name the worst parts. Sentence boundaries come from Intl.Segmenter (ICU, every script).
 */
import type { Span } from '../schema/result.js';
import { chunkRanges } from './chunks.js';

export interface Segment {
  text: string;
  span: Span;
}

const sentenceSegmenter = new Intl.Segmenter('und', { granularity: 'sentence' });

/**
 * Sentences of a text with spans, blank ones dropped.
 * @param text - the text.
 * @param offset - added to every span.
 * @returns the sentences in order.
 */
export function sentences(text: string, offset = 0): Segment[] {
  const out: Segment[] = [];
  for (const r of chunkRanges(text)) {
    for (const s of sentenceSegmenter.segment(text.slice(r.start, r.end))) {
      if (s.segment.trim().length === 0) continue;
      const start = offset + r.start + s.index;
      out.push({ text: s.segment, span: { start, end: start + s.segment.length } });
    }
  }
  return out;
}

/**
 * Cuts a text into analysis segments of at most about `maxChars` characters, at sentence (or, for a
 * sentence longer than that, at whitespace) boundaries. Short texts come back whole.
 * @param text - the whole text.
 * @param maxChars - the target segment length.
 * @returns segments covering all non-blank text, in order.
 */
export function analysisSegments(text: string, maxChars = 600): Segment[] {
  if (text.length <= maxChars) return [{ text, span: { start: 0, end: text.length } }];
  const pieces: Segment[] = [];
  for (const s of sentences(text)) {
    if (s.text.length <= maxChars) {
      pieces.push(s);
      continue;
    }
    // A run-on "sentence" (a transcript without punctuation): cut at the last whitespace before the limit.
    let start = 0;
    while (start < s.text.length) {
      let end = Math.min(start + maxChars, s.text.length);
      if (end < s.text.length) {
        const ws = s.text.lastIndexOf(' ', end);
        if (ws > start + maxChars / 2) end = ws + 1;
      }
      pieces.push({ text: s.text.slice(start, end), span: { start: s.span.start + start, end: s.span.start + end } });
      start = end;
    }
  }
  const out: Segment[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && p.span.end - last.span.start <= maxChars) {
      last.span.end = p.span.end;
      last.text = text.slice(last.span.start, last.span.end);
    } else {
      out.push({ text: p.text, span: { ...p.span } });
    }
  }
  return out;
}
