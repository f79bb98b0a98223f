/**
 * @module model/transformer-content-model
 * The project's own transformer (models/<name>/, trained by `npm run train`) behind the
 * {@link ContentModel} seam. Files are checked and config.json is validated when the model is
 * loaded, so a missing or broken model fails fast with `model_unavailable` naming the file; the ONNX
 * session itself starts lazily in a worker thread on the first `score()` call (inference blocks, the
 * event loop must not). One instance per model folder, dtype and thread count per process.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { TARGET_GROUPS, type ModelRef, type TargetGroup } from '../schema/result.js';
import type { ContentModel, ContentScores, OperatingPoints } from './content-model.js';
import { normaliseForModel } from './normalise-for-model.js';

/** Spawn-time data for the worker (mirrors the JSDoc typedef in transformer-worker.mjs). */
interface WorkerInit {
  modelsDir: string;
  name: string;
  dtype: 'q8' | 'fp32';
  intraOpNumThreads: number;
}

/** The worker's reply to one batch; errors never contain text. */
const WorkerReplySchema = z.union([
  z.object({ id: z.number().int(), probs: z.array(z.array(z.number())) }),
  z.object({ id: z.number().int(), error: z.string() }),
]);

/** Options for {@link loadTransformerContentModel}. */
export interface TransformerModelOptions {
  /** 'q8' (default: the int8 model, about twice as fast) or 'fp32'. */
  dtype?: 'q8' | 'fp32';
  /** ONNX Runtime intra-op threads in the worker (default 2: the main thread waits meanwhile). */
  intraOpNumThreads?: number;
}

/** The parts of config.json this module relies on; anything else is ignored. */
const ModelConfigSchema = z.object({
  model_type: z.literal('bert'),
  problem_type: z.literal('multi_label_classification'),
  id2label: z.record(z.string().regex(/^\d+$/), z.string()),
});

/** operating-points.json, written by `npm run calibrate` from the development split. */
const PointsSchema = z.object({ hate: z.number().gt(0).lt(1), offensive: z.number().gt(0).lt(1), violence: z.number().gt(0).lt(1) }).partial();
const OperatingPointsFileSchema = z.object({
  points: PointsSchema,
  by_lang: z.record(z.string(), PointsSchema).default({}),
});

const TARGET_PREFIX = 'target_';
const MAIN_LABELS = ['hate', 'offensive', 'violence'] as const;

type LabelSlot = { kind: 'main'; key: (typeof MAIN_LABELS)[number] } | { kind: 'target'; group: TargetGroup };

const instances = new Map<string, Promise<ContentModel>>();

function requireFile(file: string): void {
  if (!existsSync(file)) {
    throw new AppError('model_unavailable', `model file missing: ${file} (run \`npm run train\` or restore models/)`, {
      file,
    });
  }
}

function labelSlots(id2label: Record<string, string>): LabelSlot[] {
  const count = Object.keys(id2label).length;
  const slots: LabelSlot[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = id2label[String(i)];
    if (name === undefined) throw new AppError('model_unavailable', `config.json id2label has no index ${i}`);
    const main = MAIN_LABELS.find((m) => m === name);
    const group = TARGET_GROUPS.find((g) => `${TARGET_PREFIX}${g}` === name);
    if (main !== undefined) slots.push({ kind: 'main', key: main });
    else if (group !== undefined) slots.push({ kind: 'target', group });
    else throw new AppError('model_unavailable', `config.json id2label has an unknown label: ${name}`);
  }
  for (const m of MAIN_LABELS) {
    if (!slots.some((s) => s.kind === 'main' && s.key === m)) {
      throw new AppError('model_unavailable', `config.json id2label lacks the label ${m}`);
    }
  }
  return slots;
}

function toScores(slots: readonly LabelSlot[], probs: readonly number[]): ContentScores {
  const scores: ContentScores = { hate: 0, offensive: 0, violence: 0, targets: {} };
  slots.forEach((slot, i) => {
    const p = probs[i] ?? 0;
    if (slot.kind === 'main') scores[slot.key] = p;
    else scores.targets[slot.group] = p;
  });
  return scores;
}

/**
 * Spawns the worker. It is plain JavaScript (Node 20 workers cannot load TypeScript), which `tsc`
 * does not copy to dist/, so the compiled build falls back to the file in src/.
 */
function spawnWorker(init: WorkerInit): Worker {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, 'transformer-worker.mjs');
  const file = existsSync(beside) ? beside : path.resolve(here, '../../../src/model/transformer-worker.mjs');
  return new Worker(file, { workerData: init });
}

class TransformerContentModel implements ContentModel {
  readonly ref: ModelRef;
  readonly operatingPoints: OperatingPoints;
  readonly operatingPointsByLang: Readonly<Record<string, OperatingPoints>>;
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (p: number[][]) => void; reject: (e: Error) => void }>();

  constructor(
    ref: ModelRef,
    private readonly init: WorkerInit,
    private readonly slots: readonly LabelSlot[],
    private readonly onClose: () => void,
    operatingPoints: OperatingPoints = {},
    operatingPointsByLang: Readonly<Record<string, OperatingPoints>> = {},
  ) {
    this.ref = ref;
    this.operatingPoints = operatingPoints;
    this.operatingPointsByLang = operatingPointsByLang;
  }

  private ensureWorker(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = spawnWorker(this.init);
    worker.on('message', (msg: unknown) => {
      const parsed = WorkerReplySchema.safeParse(msg);
      if (!parsed.success) return;
      const reply = parsed.data;
      const waiter = this.pending.get(reply.id);
      if (waiter === undefined) return;
      this.pending.delete(reply.id);
      if ('error' in reply) waiter.reject(new AppError('model_unavailable', `model inference failed: ${reply.error}`));
      else waiter.resolve(reply.probs);
    });
    const failAll = (e: Error): void => {
      for (const w of this.pending.values()) w.reject(new AppError('model_unavailable', e.message, undefined, { cause: e }));
      this.pending.clear();
      this.worker = null;
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => {
      if (this.pending.size > 0) failAll(new Error(`model worker exited with code ${code}`));
      this.worker = null;
    });
    // An idle worker must not keep the process alive (CLI runs end when their work ends).
    worker.unref();
    this.worker = worker;
    return worker;
  }

  async score(texts: readonly string[]): Promise<ContentScores[]> {
    if (texts.length === 0) return [];
    const worker = this.ensureWorker();
    const id = this.nextId;
    this.nextId += 1;
    const probs = await new Promise<number[][]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Keep the process alive while a request is in flight.
      worker.ref();
      // Normalised here, in the same code the parity test covers; the worker only tokenises and runs.
      worker.postMessage({ id, texts: texts.map(normaliseForModel) });
    }).finally(() => {
      if (this.pending.size === 0) this.worker?.unref();
    });
    return probs.map((p) => toScores(this.slots, p));
  }

  async close(): Promise<void> {
    this.onClose();
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) await worker.terminate();
  }
}

/**
 * Loads the transformer content model from `<modelsDir>/<name>/` without any network access.
 * Checks the files and config.json at once; the ONNX session starts on the first `score()`.
 * Repeated calls with the same folder and options return the same instance.
 * @param modelsDir - the folder holding model folders (e.g. `models`).
 * @param name - the model folder name (e.g. `rabat-content`).
 * @param opts - dtype (default 'q8') and ONNX intra-op threads (default 1).
 * @returns the content model.
 * @throws {AppError} `model_unavailable` naming the missing file, or describing a bad config.json.
 */
export async function loadTransformerContentModel(
  modelsDir: string,
  name: string,
  opts: TransformerModelOptions = {},
): Promise<ContentModel> {
  const dtype = opts.dtype ?? 'q8';
  // Two intra-op threads: the main thread waits on the model while it runs, so both cores can work.
  const threads = opts.intraOpNumThreads ?? 2;
  const dir = path.resolve(modelsDir, name);
  const key = `${dir}|${dtype}|${threads}`;
  const cached = instances.get(key);
  if (cached !== undefined) return cached;
  const created = (async (): Promise<ContentModel> => {
    const onnxFile = path.join(dir, 'onnx', dtype === 'q8' ? 'model_quantized.onnx' : 'model.onnx');
    for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json']) requireFile(path.join(dir, f));
    requireFile(onnxFile);
    let config: z.infer<typeof ModelConfigSchema>;
    try {
      config = ModelConfigSchema.parse(JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')));
    } catch (e) {
      throw new AppError('model_unavailable', `invalid config.json in ${dir}`, undefined, { cause: e });
    }
    const slots = labelSlots(config.id2label);
    // Operating points are optional: without them the model's probabilities are used as they are.
    const pointsFile = path.join(dir, 'operating-points.json');
    let points: OperatingPoints = {};
    let byLang: Record<string, OperatingPoints> = {};
    if (existsSync(pointsFile)) {
      const parsed = OperatingPointsFileSchema.safeParse(JSON.parse(readFileSync(pointsFile, 'utf8')));
      if (!parsed.success) throw new AppError('model_unavailable', `invalid operating-points.json in ${dir}`);
      points = parsed.data.points;
      byLang = parsed.data.by_lang;
    }
    // The version is the content hash of the weights actually served and of their operating points,
    // so evidence pins exactly what produced a score.
    // A points file without per-language points hashes as before, so its model keeps its version.
    const pinned = Object.keys(byLang).length > 0 ? { points, by_lang: byLang } : points;
    const version = createHash('sha256').update(readFileSync(onnxFile)).update(JSON.stringify(pinned)).digest('hex').slice(0, 12);
    const ref: ModelRef = { id: `${name}-${dtype}`, version, kind: 'transformer' };
    const init: WorkerInit = { modelsDir: path.resolve(modelsDir), name, dtype, intraOpNumThreads: threads };
    return new TransformerContentModel(ref, init, slots, () => instances.delete(key), points, byLang);
  })();
  instances.set(key, created);
  created.catch(() => instances.delete(key));
  return created;
}
