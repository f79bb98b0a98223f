/**
 * @module lexicon/lexicon
 * Loads the compiled lexicons and finds their terms in tokenised text. A term matches a token sequence
 * by its normal form, by stem (languages natural can stem), after undoing leetspeak and spacing, or,
 * for severe single words, within one edit (a swapped, missing or added letter). Every match keeps the
 * span of the words it covers, so evidence points at the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';
import type { ModelRef, Span } from '../schema/result.js';
import { type Token, normaliseWord, tokenize } from '../text/tokens.js';
import { type CompiledEntry, type LexiconCategory, CompiledLexiconSchema } from './lexicon-schema.js';
import { damerauLevenshtein, stemmerFor } from './natural.js';

export type MatchMethod = 'exact' | 'stem' | 'deobfuscated' | 'fuzzy';

export interface LexiconMatch {
  entry: CompiledEntry;
  lang: string;
  span: Span;
  /** Index of the first and one past the last token covered. */
  from: number;
  to: number;
  method: MatchMethod;
}

interface IndexedEntry {
  entry: CompiledEntry;
  lang: string;
  words: string[];
  stems: string[] | null;
  /** Per word: forms that share its stem but are not its inflections (the compiled `not_inflections`). */
  notInflected: (ReadonlySet<string> | undefined)[] | null;
}

/** Categories severe enough to be worth a fuzzy (one-edit) match: the words people disguise. */
const FUZZY_CATEGORIES = new Set<LexiconCategory>(['slur', 'dehumanisation', 'violence', 'profanity']);
const FUZZY_MIN_LENGTH = 5;
/** Four-letter severe words ("kill", "rats") are matched disguised only with two neighbouring letters swapped. */
const FUZZY_SWAP_MIN_LENGTH = 4;
/** Only severe, curated terms are worth the risk of a one-edit match. */
const FUZZY_MIN_SEVERITY = 0.5;
/**
 * Group names are disguised as often as slurs ("muslmis", "mulsims", "muslixms"), and a group not recognised
 * is a target not seen. But a group name one substituted letter away is too often an everyday word (German
 * "müssen" / "Russen": thousands of false groups in the training corpora), so for group names of five
 * letters or more only two swapped neighbouring letters count, or one inner letter added or dropped (the
 * first and last stay), never a dictionary word ("leben" / "Lesben", "Schule" / "Schwule", French
 * "trucs" / "turcs": the compiled lexicon's `known_words`). Four-letter group names ("jews", "gays", "lgbt") match
 * only with their two inner letters swapped ("jwes", "lbgt"): at either end, or with a letter added or dropped,
 * so short a word too easily becomes another.
 */
const IDENTITY_FUZZY_MIN_LENGTH = 4;
/** Group names shorter than this are matched disguised only by the inner swap. */
const IDENTITY_INDEL_MIN_LENGTH = 5;

/**
 * @param a - a word.
 * @param b - another word.
 * @returns whether b is a with two neighbouring letters swapped.
 */
function isAdjacentSwap(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length) return false;
  const diff = x.flatMap((c, i) => (c === y[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!];
}

/**
 * @param a - a word.
 * @param b - another word.
 * @returns whether b is a with two neighbouring letters swapped, neither of them the first or the last.
 */
function isInnerSwap(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  return isAdjacentSwap(a, b) && x[0] === y[0] && x[x.length - 1] === y[y.length - 1];
}

/**
 * @param a - a word.
 * @param b - another word.
 * @returns whether one of them is the other with one inner letter added (not the first or the last).
 */
function isInnerIndel(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [[...a], [...b]] : [[...b], [...a]];
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length - 1; i++) {
    if (long.slice(0, i).join('') === short.slice(0, i).join('') && long.slice(i + 1).join('') === short.slice(i).join('')) return true;
  }
  return false;
}

// Fuzzy only in alphabetic scripts: in Arabic, Devanagari or Bengali one letter turns "the sea" into "slaughter"
// and "clothes" into "insects" (our lexicon writers' check against dictionaries).
const FUZZY_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}'-]+$/u;

/**
 * @param word - a normalised word.
 * @returns whether the word may be read as a disguised spelling at all (alphabetic script, long enough).
 */
function mayBeDisguised(word: string): boolean {
  return FUZZY_SCRIPT.test(word) && [...word].length >= FUZZY_MIN_LENGTH - 1;
}

/**
 * The one definition of "a disguised spelling of this entry", for the matcher and for the lexicon compiler,
 * which lists the dictionary words it holds true for (`known_words`) so that they are never read as disguises.
 * @param entry - a fuzzy-eligible single-word entry.
 * @param entryWord - its normalised word.
 * @param word - a normalised word from a text (or a dictionary).
 * @returns whether `word` is `entryWord` disguised by the matcher's rules (see IDENTITY_FUZZY_MIN_LENGTH).
 */
export function isDisguisedAs(entry: CompiledEntry, entryWord: string, word: string): boolean {
  if (!mayBeDisguised(word)) return false;
  const length = [...entryWord].length;
  if (entry.category === 'identity') {
    return length < IDENTITY_INDEL_MIN_LENGTH ? isInnerSwap(word, entryWord) : isAdjacentSwap(word, entryWord) || isInnerIndel(word, entryWord);
  }
  return length >= FUZZY_MIN_LENGTH ? damerauLevenshtein(word, entryWord) <= 1 : isAdjacentSwap(word, entryWord);
}

/**
 * Whether a single-word entry is matched in disguise at all. The lexicon compiler uses the same rule to
 * list the dictionary words near such entries (`known_words`).
 * @param entry - the entry.
 * @param word - its normalised word.
 * @returns true for group names and severe curated terms of four letters or more.
 */
export function fuzzyEligible(entry: CompiledEntry, word: string): boolean {
  const length = [...word].length;
  if (entry.category === 'identity') return length >= IDENTITY_FUZZY_MIN_LENGTH;
  return FUZZY_CATEGORIES.has(entry.category) && entry.severity >= FUZZY_MIN_SEVERITY && length >= FUZZY_SWAP_MIN_LENGTH;
}
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

class LanguageIndex {
  readonly byWord = new Map<string, IndexedEntry[]>();
  readonly byStem = new Map<string, IndexedEntry[]>();
  /** One-deletion neighbourhood of fuzzy-eligible single words → entries (SymSpell-style). */
  readonly byDeletion = new Map<string, IndexedEntry[]>();
  /** Terms in scripts without spaces, matched as substrings. */
  readonly substrings: IndexedEntry[] = [];
  readonly knownWords: ReadonlySet<string>;
  readonly notInflections: Readonly<Record<string, readonly string[]>>;

  constructor(readonly lang: string, entries: CompiledEntry[], knownWords: readonly string[] = [], notInflections: Readonly<Record<string, readonly string[]>> = {}) {
    this.knownWords = new Set(knownWords.map(normaliseWord));
    this.notInflections = notInflections;
    const notInflected = new Map(Object.entries(notInflections).map(([w, forms]) => [w, new Set(forms)]));
    const stemmer = stemmerFor(lang);
    for (const entry of entries) {
      if (NO_SPACE_SCRIPT.test(entry.term)) {
        this.substrings.push({ entry, lang, words: [normaliseWord(entry.term)], stems: null, notInflected: null });
        continue;
      }
      const words = tokenize(entry.term).map((t) => t.norm);
      if (words.length === 0) continue;
      // Negation words are function words: "personnes" (people) is no form of "personne" (nobody).
      const stems = stemmer && entry.category !== 'negation' ? words.map((w) => stemmer.stem(w)) : null;
      const ie: IndexedEntry = { entry, lang, words, stems, notInflected: words.map((w) => notInflected.get(w)) };
      push(this.byWord, words[0]!, ie);
      if (stems) push(this.byStem, stems[0]!, ie);
      if (words.length === 1 && fuzzyEligible(entry, words[0]!)) {
        for (const d of deletions(words[0]!)) push(this.byDeletion, d, ie);
        push(this.byDeletion, words[0]!, ie);
      }
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function deletions(word: string): string[] {
  const chars = [...word];
  return chars.map((_, i) => [...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
}

/** The loaded lexicons of every language, ready to match. */
export class LexiconSet {
  private readonly indexes = new Map<string, LanguageIndex>();

  constructor(
    readonly ref: ModelRef,
    lexicons: { lang: string; entries: CompiledEntry[]; known_words?: string[]; not_inflections?: Record<string, string[]> }[],
  ) {
    for (const l of lexicons) this.indexes.set(l.lang, new LanguageIndex(l.lang, l.entries, l.known_words, l.not_inflections));
  }

  /**
   * Adds terms at run time (a context profile's own lexicon) to a language.
   * @param lang - the language; the pipeline uses the pseudo-language 'ctx', matched in every text.
   * @param entries - the entries.
   */
  extend(lang: string, entries: CompiledEntry[]): LexiconSet {
    const next = new LexiconSet(this.ref, []);
    for (const [k, v] of this.indexes) next.indexes.set(k, v);
    const existing = this.indexes.get(lang);
    next.indexes.set(lang, new LanguageIndex(lang, [...(existing ? allEntries(existing) : []), ...entries], existing ? [...existing.knownWords] : [], existing?.notInflections));
    return next;
  }

  /**
   * Finds lexicon terms in a text.
   * @param text - the segment text as written.
   * @param tokens - its tokens (spans relative to the original text).
   * @param offset - the segment's start in the original text.
   * @param langs - languages whose lexicons apply (detected, declared, the context's, and English).
   * @returns the matches, longest first where two start at the same token.
   */
  match(text: string, tokens: readonly Token[], offset: number, langs: readonly string[]): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    const seen = new Set<string>();
    const add = (m: LexiconMatch) => {
      const key = `${m.entry.category}|${m.span.start}|${m.span.end}|${m.entry.term}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(m);
      }
    };
    const lowered = NO_SPACE_SCRIPT.test(text) ? normaliseWord(text) : null;
    for (const lang of new Set(langs)) {
      const idx = this.indexes.get(lang);
      if (!idx) continue;
      const stemmer = stemmerFor(lang);
      const stemAt = new Map<number, string>();
      const stem = (i: number): string => {
        let s = stemAt.get(i);
        if (s === undefined) {
          s = stemmer ? stemmer.stem(tokens[i]!.norm) : tokens[i]!.norm;
          stemAt.set(i, s);
        }
        return s;
      };
      for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i]!;
        const method: MatchMethod = tok.rebuilt ? 'deobfuscated' : 'exact';
        let found = false;
        for (const ie of idx.byWord.get(tok.norm) ?? []) {
          const n = sequenceMatch(tokens, i, ie, stemmer ? stem : null);
          if (n > 0) {
            add(mk(ie, tokens, i, n, method));
            found = true;
          }
        }
        if (stemmer) {
          for (const ie of idx.byStem.get(stem(i)) ?? []) {
            const n = sequenceMatch(tokens, i, ie, stem);
            if (n > 0) {
              add(mk(ie, tokens, i, n, tok.rebuilt ? 'deobfuscated' : 'stem'));
              found = true;
            }
          }
        }
        // Fuzzy only in the segment's own language (the first given): across languages a real word is
        // too often one letter from a foreign slur ("gripe" / "tripe").
        if (!found && lang === langs[0] && mayBeDisguised(tok.norm) && !idx.knownWords.has(tok.norm)) {
          for (const ie of fuzzyCandidates(idx, tok.norm)) {
            if (isDisguisedAs(ie.entry, ie.words[0]!, tok.norm)) add(mk(ie, tokens, i, 1, 'fuzzy'));
          }
        }
      }
      if (lowered && lowered.length === text.length) {
        for (const ie of idx.substrings) {
          let at = lowered.indexOf(ie.words[0]!);
          while (at >= 0) {
            const span = { start: offset + at, end: offset + at + ie.words[0]!.length };
            add({ entry: ie.entry, lang, span, from: -1, to: -1, method: 'exact' });
            at = lowered.indexOf(ie.words[0]!, at + 1);
          }
        }
      }
    }
    return out;
  }
}

function allEntries(idx: LanguageIndex): CompiledEntry[] {
  const set = new Set<CompiledEntry>();
  for (const list of idx.byWord.values()) for (const ie of list) set.add(ie.entry);
  for (const ie of idx.substrings) set.add(ie.entry);
  return [...set];
}

function fuzzyCandidates(idx: LanguageIndex, word: string): Set<IndexedEntry> {
  const out = new Set<IndexedEntry>();
  for (const key of [word, ...deletions(word)]) for (const ie of idx.byDeletion.get(key) ?? []) out.add(ie);
  return out;
}

/** Categories whose two-word phrasal verbs may have their object inside ("drive the settlers out"). */
const GAPPED_CATEGORIES = new Set<LexiconCategory>(['violence']);
const MAX_GAP = 3;

/** Number of tokens the match of `ie` at token `i` covers (0 when it does not match). */
function sequenceMatch(tokens: readonly Token[], i: number, ie: IndexedEntry, stem: ((i: number) => string) | null): number {
  const same = (k: number, j: number): boolean => {
    const t = tokens[k];
    const w = ie.words[j]!;
    if (!t) return false;
    if (t.norm === w) return true;
    // "don't" / "isn't" are one token; a negation entry "n't" matches their ending.
    if (w.startsWith("n'") && t.norm.endsWith(w)) return true;
    return stem !== null && ie.stems !== null && stemMatches(t.norm, stem(k), w, ie.stems[j]!) && !ie.notInflected?.[j]?.has(t.norm);
  };
  let k = i;
  for (let j = 0; j < ie.words.length; j++, k++) {
    if (same(k, j)) continue;
    const lastOfTwo = j === ie.words.length - 1 && ie.words.length === 2 && GAPPED_CATEGORIES.has(ie.entry.category);
    if (!lastOfTwo) return 0;
    let found = -1;
    for (let g = 1; g <= MAX_GAP && found < 0; g++) if (same(k + g, j)) found = k + g;
    if (found < 0) return 0;
    k = found;
  }
  return k - i;
}

/**
 * Whether a token is read as an inflected form of an entry word by their stems (the matcher's stem test, shared
 * with the lexicon compiler). A form shorter than the entry may drop one letter ("tue" of "tuer"), no more: short
 * function words share stems with entries ("que" and "queer" are both "que" to the Spanish stemmer).
 * @param token - the token's matching form; @param tokenStem - its stem.
 * @param word - the entry word's matching form; @param wordStem - its stem.
 */
export function stemMatches(token: string, tokenStem: string, word: string, wordStem: string): boolean {
  return [...word].length >= 4 && [...token].length >= [...word].length - 1 && tokenStem === wordStem && sharesStem(token, word);
}

/**
 * Porter stems are coarse ("protesters" and "protestants" both become "protest"): an inflected form
 * must also keep all but the last two letters of the shorter word.
 */
function sharesStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short.slice(0, Math.max(3, short.length - 2)));
}

function mk(ie: IndexedEntry, tokens: readonly Token[], i: number, n: number, method: MatchMethod): LexiconMatch {
  return { entry: ie.entry, lang: ie.lang, span: { start: tokens[i]!.span.start, end: tokens[i + n - 1]!.span.end }, from: i, to: i + n, method };
}

/**
 * Loads every compiled lexicon in a folder.
 * @param dir - data/lexicons/compiled (or a test folder with the same layout).
 * @returns the lexicon set; its ref carries the set's version from manifest.json.
 * @throws AppError model_unavailable when the folder or its manifest is missing.
 */
export function loadLexicons(dir: string): LexiconSet {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestPath)) {
    throw new AppError('model_unavailable', `lexicons not found: ${manifestPath} is missing (run npm run lexicons)`);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { id?: unknown; version?: unknown };
  const lexicons = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
    .sort()
    .map((f) => CompiledLexiconSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))));
  const ref: ModelRef = { id: typeof manifest.id === 'string' ? manifest.id : 'rabat-lexicons', version: String(manifest.version ?? 'unknown'), kind: 'lexicon' };
  return new LexiconSet(ref, lexicons);
}
