/**
 * @module model/load-content-model
 * Finds and loads the content model named in the config, once per process. A missing model folder
 * means lexicon-only scoring (said in the log and visible in every result's `model` list); a folder that
 * exists but is incomplete is an error with a clear message, never a silent downgrade.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { Logger } from '../log.js';
import type { ContentModel } from './content-model.js';

let cached: Promise<ContentModel | null> | undefined;
let cachedKey = '';

/**
 * Loads the configured content model (lazily, once per process and configuration).
 * @param config - models dir and model name ('' disables the model).
 * @param logger - where to say what was loaded.
 * @returns the model, or null when none is configured or installed.
 * @throws AppError model_unavailable when the folder exists but cannot be loaded.
 */
export function loadContentModel(config: Pick<Config, 'modelsDir' | 'contentModel'>, logger: Logger): Promise<ContentModel | null> {
  const key = `${config.modelsDir}\u0000${config.contentModel}`;
  if (cached && cachedKey === key) return cached;
  cachedKey = key;
  cached = load(config, logger);
  // A failed load is not cached: the next caller gets the same clear error again.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

async function load(config: Pick<Config, 'modelsDir' | 'contentModel'>, logger: Logger): Promise<ContentModel | null> {
  if (config.contentModel === '') {
    logger.info('content_model_disabled', {});
    return null;
  }
  const dir = path.join(config.modelsDir, config.contentModel);
  if (!fs.existsSync(dir)) {
    logger.warn('content_model_missing', { dir, fallback: 'lexicons only' });
    return null;
  }
  // Imported by name at run time so that lexicon-only runs never load onnxruntime.
  const specifier = './transformer-content-model.js';
  const mod = (await import(specifier)) as { loadTransformerContentModel?: (modelsDir: string, name: string) => Promise<ContentModel> };
  if (typeof mod.loadTransformerContentModel !== 'function') {
    throw new AppError('model_unavailable', 'the transformer loader is missing from this build');
  }
  const model = await mod.loadTransformerContentModel(config.modelsDir, config.contentModel);
  logger.info('content_model_loaded', { id: model.ref.id, version: model.ref.version });
  return model;
}
