/**
 * @module text/tokens
 * Word tokens with their spans in the original text, and the normal form used to match lexicons.
 * Word boundaries come from the platform's Unicode segmenter (Intl.Segmenter, ICU), which handles
 * every script, including Chinese and Thai that have no spaces. Spans are UTF-16 offsets into the
 * original text, so evidence always points at what the author wrote.
 */
import type { Span } from '../schema/result.js';
import { SEGMENTER_CHUNK, chunkRanges } from './chunks.js';

export interface Token {
  /** The token as written. */
  raw: string;
  /** Lower-cased, accent-folded, de-obfuscated form used for matching. */
  norm: string;
  span: Span;
  /** True when the token was rebuilt from obfuscation (spaced letters, symbols inside a word). */
  rebuilt: boolean;
}

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Characters people put inside words to dodge filters ("f@g", "k*ll", "$cum"). */
const INFIX_SYMBOLS = /^[@$*!|+€£]+$/;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '6': 'g', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'i', '+': 't', '€': 'e', '£': 'l', '*': '' };
const ASCII = /^[\x20-\x7e]*$/;
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;

/**
 * Normalises one word for matching: NFKC (full-width and compatibility forms), lower case, Latin
 * accents and Arabic diacritics folded, letters repeated three or more times collapsed.
 * @param word - a word as written.
 * @returns its matching form.
 */
export function normaliseWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase().replace(/([a-z])\1{2,}/g, '$1').replace(/`/g, "'");
  let w = word.normalize('NFKC').toLowerCase();
  w = w.normalize('NFD').replace(LATIN_MARKS, '$1').normalize('NFC');
  w = w.replace(ARABIC_DIACRITICS, '').replace(/[’‘`´]/g, "'");
  return w.replace(/(\p{L})\1{2,}/gu, '$1');
}

/**
 * Maps leetspeak digits and symbols inside a word to letters, only when the word mixes letters
 * with them ("k1ll", "v3rm1n"); plain numbers stay numbers.
 * @param norm - a normalised word.
 * @returns the de-obfuscated word, or the input when it has nothing to map.
 */
export function deLeet(norm: string): string {
  if (!/\p{L}/u.test(norm) || !/[0-9@$!|+€£*]/.test(norm)) return norm;
  return [...norm].map((c) => LEET[c] ?? c).join('');
}

type Piece = { s: string; start: number; word: boolean };

/** Scripts written without spaces between words: only these need the dictionary-based ICU segmenter. */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** A word (letters, marks, digits, inner apostrophes) or any other single visible character. */
const PIECE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;

/** Pieces of a text written with spaces: a regular expression is 10x faster than Intl.Segmenter here. */
function regexPieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(PIECE)) out.push({ s: m[0], start: m.index, word: /[\p{L}\p{N}]/u.test(m[0]) });
  return out;
}

/** Pieces of a text with Chinese, Japanese, Thai...: ICU's dictionary segmenter, in chunks (see chunks.ts). */
function segmenterPieces(text: string): Piece[] {
  const out: Piece[] = [];
  const ranges = text.length <= SEGMENTER_CHUNK ? [{ start: 0, end: text.length }] : chunkRanges(text);
  for (const r of ranges) {
    for (const seg of wordSegmenter.segment(r.end - r.start === text.length ? text : text.slice(r.start, r.end))) {
      out.push({ s: seg.segment, start: r.start + seg.index, word: seg.isWordLike === true });
    }
  }
  return out;
}

/**
 * Splits a text into word tokens with spans. Symbols glued inside a word are kept in it, and runs
 * of three or more single letters separated by single spaces or dots ("k i l l", "k.i.l.l") are
 * joined into one rebuilt token, because both are common ways of hiding a word.
 * @param text - the text (or a segment of it).
 * @param offset - added to every span (the segment's start in the original text).
 * @returns the tokens in order.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const pieces = NO_SPACE_SCRIPT.test(text) ? segmenterPieces(text) : regexPieces(text);
  // Glue symbols hidden inside a word ("f@g", "sh!t", "$cum") into it; a trailing "!" stays punctuation.
  const merged: { s: string; start: number; word: boolean; rebuilt: boolean }[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const next = pieces[i + 1];
    const prev = merged[merged.length - 1];
    const prevTouches = prev !== undefined && prev.start + prev.s.length === p.start;
    const nextTouches = next !== undefined && p.start + p.s.length === next.start;
    if (INFIX_SYMBOLS.test(p.s) && nextTouches && next.word) {
      if (prev && prevTouches && prev.word) {
        prev.s += p.s + next.s;
        prev.rebuilt = true;
        i++;
        continue;
      }
      if (!p.s.startsWith('@')) {
        merged.push({ s: p.s + next.s, start: p.start, word: true, rebuilt: true });
        i++;
        continue;
      }
    }
    if (p.word && prev && prevTouches && prev.rebuilt && prev.word) {
      prev.s += p.s;
      continue;
    }
    merged.push({ ...p, rebuilt: false });
  }
  const words = merged.filter((p) => p.word && /[\p{L}\p{N}]/u.test(p.s));
  const tokens: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Spaced-out letters: a run of >= 3 one-letter words separated by one space or dot.
    if ([...w.s].length === 1 && /\p{L}/u.test(w.s)) {
      let j = i;
      while (j + 1 < words.length) {
        const a = words[j]!;
        const b = words[j + 1]!;
        const gap = text.slice(a.start + a.s.length, b.start);
        if ([...b.s].length !== 1 || !/^[ .\-_]$/.test(gap)) break;
        j++;
      }
      if (j - i >= 2) {
        const run = words.slice(i, j + 1);
        const raw = text.slice(w.start, run[run.length - 1]!.start + run[run.length - 1]!.s.length);
        const joined = run.map((r) => r.s).join('');
        tokens.push({ raw, norm: normaliseWord(joined), span: { start: offset + w.start, end: offset + w.start + raw.length }, rebuilt: true });
        i = j;
        continue;
      }
    }
    const norm = normaliseWord(w.s);
    const de = deLeet(norm);
    tokens.push({ raw: w.s, norm: de, span: { start: offset + w.start, end: offset + w.start + w.s.length }, rebuilt: w.rebuilt || de !== norm });
  }
  return tokens;
}
