/**
 * @module config
 * All runtime configuration, read from the environment once, validated with zod, with defaults that
 * make `npm start` work on a fresh clone. Nothing else reads process.env.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';

/** The project folder (two levels above this file, in src/ and in dist/src/ alike). */
export const PROJECT_ROOT = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const up = path.basename(path.dirname(here)) === 'dist' ? '../..' : '..';
  return path.resolve(here, up);
})();

const num = (def: number) => z.coerce.number().finite().default(def);
const unit = (def: number) => z.coerce.number().min(0).max(1).default(def);

/** Decision thresholds of the aggregate, each a factor score a record must reach. Overridable per context profile. */
export const ThresholdsSchema = z.object({
  /** Content must be at least this hostile to count toward incitement. */
  content: unit(0.6),
  /** Intent must read as advocacy / a call to action. */
  intent: unit(0.6),
  /** Speaker standing relative to the audience. */
  speaker: unit(0.4),
  /** Context tension. */
  context: unit(0.4),
  /** Reach. */
  extent: unit(0.4),
  /** Likelihood and imminence of harm. */
  likelihood: unit(0.5),
  /** Content score from which an identity-based attack is `hate`. */
  hate: unit(0.5),
  /** Content score from which abuse is `offensive`. */
  offensive: unit(0.35),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

const EnvSchema = z.object({
  RABAT_DB: z.string().min(1).default(path.join(PROJECT_ROOT, 'data', 'triage.db')),
  RABAT_MODELS_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, 'models')),
  RABAT_LEXICONS_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, 'data', 'lexicons', 'compiled')),
  RABAT_CONTEXTS_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, 'data', 'contexts')),
  RABAT_SAMPLES_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, 'data', 'samples')),
  /** Name of the content model folder under the models dir; empty disables the transformer. */
  RABAT_CONTENT_MODEL: z.string().default('rabat-content'),
  RABAT_HOST: z.string().default('127.0.0.1'),
  RABAT_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  /** Longest text accepted, in characters. Longer ones get a `text_too_long` error. */
  RABAT_MAX_TEXT_CHARS: z.coerce.number().int().positive().default(200_000),
  /** Longest input line read, in bytes; protects memory from a runaway line. */
  RABAT_MAX_LINE_BYTES: z.coerce.number().int().positive().default(8 * 1024 * 1024),
  /** Largest JSON body the API accepts. */
  RABAT_MAX_BODY: z.string().default('10mb'),
  /** Records scored together (one transaction, one model batch). */
  RABAT_BATCH_SIZE: z.coerce.number().int().min(1).max(4096).default(128),
  RABAT_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  RABAT_T_CONTENT: num(0.6),
  RABAT_T_INTENT: num(0.6),
  RABAT_T_SPEAKER: num(0.4),
  RABAT_T_CONTEXT: num(0.4),
  RABAT_T_EXTENT: num(0.4),
  RABAT_T_LIKELIHOOD: num(0.5),
  RABAT_T_HATE: num(0.5),
  RABAT_T_OFFENSIVE: num(0.35),
});

export interface Config {
  dbPath: string;
  modelsDir: string;
  lexiconsDir: string;
  contextsDir: string;
  samplesDir: string;
  contentModel: string;
  host: string;
  port: number;
  maxTextChars: number;
  maxLineBytes: number;
  maxBody: string;
  batchSize: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  thresholds: Thresholds;
}

/**
 * Reads and validates the configuration.
 * @param env - the environment to read (process.env by default; tests pass their own).
 * @returns the validated configuration.
 * @throws Error naming every invalid variable.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    dbPath: e.RABAT_DB,
    modelsDir: e.RABAT_MODELS_DIR,
    lexiconsDir: e.RABAT_LEXICONS_DIR,
    contextsDir: e.RABAT_CONTEXTS_DIR,
    samplesDir: e.RABAT_SAMPLES_DIR,
    contentModel: e.RABAT_CONTENT_MODEL,
    host: e.RABAT_HOST,
    port: e.RABAT_PORT,
    maxTextChars: e.RABAT_MAX_TEXT_CHARS,
    maxLineBytes: e.RABAT_MAX_LINE_BYTES,
    maxBody: e.RABAT_MAX_BODY,
    batchSize: e.RABAT_BATCH_SIZE,
    logLevel: e.RABAT_LOG_LEVEL,
    thresholds: ThresholdsSchema.parse({
      content: e.RABAT_T_CONTENT,
      intent: e.RABAT_T_INTENT,
      speaker: e.RABAT_T_SPEAKER,
      context: e.RABAT_T_CONTEXT,
      extent: e.RABAT_T_EXTENT,
      likelihood: e.RABAT_T_LIKELIHOOD,
      hate: e.RABAT_T_HATE,
      offensive: e.RABAT_T_OFFENSIVE,
    }),
  };
}
