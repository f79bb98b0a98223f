/**
 * @module lexicon/natural
 * The parts of `natural` we use (stemmers, Damerau-Levenshtein), imported by file path: the package's
 * index loads database storage back-ends and prints dotenv lines to stdout on import (RUNTIME-NOTES).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Stemmer {
  stem(word: string): string;
}

const STEMMER_FILES: Record<string, string> = {
  en: 'porter_stemmer', fr: 'porter_stemmer_fr', de: 'porter_stemmer_de', es: 'porter_stemmer_es',
  it: 'porter_stemmer_it', pt: 'porter_stemmer_pt', nl: 'porter_stemmer_nl', ru: 'porter_stemmer_ru',
  sv: 'porter_stemmer_sv', no: 'porter_stemmer_no', uk: 'porter_stemmer_uk', fa: 'porter_stemmer_fa',
};

const cache = new Map<string, Stemmer | null>();

/**
 * The stemmer for a language, or null when natural has none (Polish, Arabic, Swahili, Hindi, ...).
 * @param lang - two-letter language code.
 * @returns a stemmer or null.
 */
export function stemmerFor(lang: string): Stemmer | null {
  if (cache.has(lang)) return cache.get(lang) ?? null;
  const file = STEMMER_FILES[lang];
  let stemmer: Stemmer | null = null;
  if (file) {
    const mod: unknown = require(`natural/lib/natural/stemmers/${file}.js`);
    if (mod && typeof (mod as Stemmer).stem === 'function') stemmer = mod as Stemmer;
  }
  cache.set(lang, stemmer);
  return stemmer;
}

type Distance = (a: string, b: string, options?: { transposition_cost?: number }) => number;
const distances = require('natural/lib/natural/distance/levenshtein_distance.js') as { DamerauLevenshteinDistance: Distance };

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("kilL" → "ikll").
 * @param a - first word.
 * @param b - second word.
 * @returns the number of edits.
 */
export function damerauLevenshtein(a: string, b: string): number {
  return distances.DamerauLevenshteinDistance(a, b);
}
