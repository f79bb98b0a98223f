/**
 * @module runtime
 * Wires the product together from a config: the database and its repositories, the lexicons, the
 * content model, the context and speaker directories, the pipeline's dependencies and the triage
 * service. The CLI and the server both start here; tests build the same thing around a temp file.
 */
import type { Config } from './config.js';
import { ContextRegistry, loadContextFiles } from './context/context-registry.js';
import { type Db, openDb } from './db/connection.js';
import { ContextsRepository } from './db/repositories/contexts.repository.js';
import { DecisionsRepository } from './db/repositories/decisions.repository.js';
import { AuditRepository } from './db/repositories/audit.repository.js';
import type { ItemsRepository } from './db/repositories/items.repository.js';
import { SpeakersRepository } from './db/repositories/speakers.repository.js';
import { type LexiconSet, loadLexicons } from './lexicon/lexicon.js';
import type { Logger } from './log.js';
import type { ContentModel } from './model/content-model.js';
import { loadContentModel } from './model/load-content-model.js';
import type { PipelineDeps } from './pipeline/types.js';
import { AuditedItemsRepository } from './services/audited-items.js';
import { type Moderation, createModeration } from './services/moderation.js';
import { TriageService } from './services/triage-service.js';
import { NO_SPEAKERS } from './speakers/speaker.js';

export interface Repositories {
  items: ItemsRepository;
  decisions: DecisionsRepository;
  speakers: SpeakersRepository;
  contexts: ContextsRepository;
}

export interface Runtime {
  config: Config;
  logger: Logger;
  db: Db | null;
  repos: Repositories | null;
  contexts: ContextRegistry;
  deps: PipelineDeps;
  triage: TriageService;
  /** Keys, review, audit (issue 5); null without a database. */
  moderation: Moderation | null;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** Skip the database (`score --no-store`). */
  noStore?: boolean;
  /** Use this content model instead of loading the configured one (tests). */
  model?: ContentModel | null;
  /** Use these lexicons instead of loading them (tests). */
  lexicons?: LexiconSet;
}

/**
 * Builds the runtime.
 * @param config - the validated config.
 * @param logger - the logger.
 * @param opts - options.
 * @returns the runtime; call close() when done.
 */
export async function createRuntime(config: Config, logger: Logger, opts: RuntimeOptions = {}): Promise<Runtime> {
  const lexicons = opts.lexicons ?? loadLexicons(config.lexiconsDir);
  const model = opts.model !== undefined ? opts.model : await loadContentModel(config, logger);
  const db = opts.noStore ? null : openDb(config.dbPath);
  const repos: Repositories | null = db
    ? { items: new AuditedItemsRepository(db, new AuditRepository(db)), decisions: new DecisionsRepository(db), speakers: new SpeakersRepository(db), contexts: new ContextsRepository(db) }
    : null;
  const contexts = new ContextRegistry([...loadContextFiles(config.contextsDir), ...(repos?.contexts.list() ?? [])]);
  const deps: PipelineDeps = { config, lexicons, model, contexts, speakers: repos?.speakers ?? NO_SPEAKERS, logger };

  return {
    config,
    logger,
    db,
    repos,
    contexts,
    deps,
    triage: new TriageService(deps, repos?.items ?? null),
    moderation: db ? createModeration(db, logger) : null,
    async close() {
      db?.close();
      // The model is shared by the process (loaded once); it is closed at process exit.
    },
  };
}
