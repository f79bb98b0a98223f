/**
 * @module model/transformer-worker
 * Worker-thread side of the transformer content model (see transformer-content-model.ts).
 * ONNX Runtime inference is synchronous and would block the event loop for 20-180 ms per batch, so it
 * runs here. The worker owns one tokenizer and one ONNX session; the main thread sends batches of
 * ALREADY NORMALISED texts and receives sigmoid probabilities in config.json's id2label order.
 *
 * Why plain JavaScript: on Node 20 a worker cannot load TypeScript (`execArgv: ['--import', 'tsx']`
 * is ignored for workers), and the tests run the TypeScript sources. Keeping this file free of
 * project imports lets the same file serve tests, `tsx` and the compiled build. Nothing here logs text.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AutoModelForSequenceClassification, AutoTokenizer, env } from '@huggingface/transformers';

/**
 * @typedef {{ modelsDir: string, name: string, dtype: 'q8' | 'fp32', intraOpNumThreads: number }} WorkerInit
 * @typedef {{ id: number, texts: string[] }} WorkerRequest
 */

/** Rows per ONNX run, after sorting by length. */
const SUB_BATCH = 32;

/** @param {WorkerInit} init */
async function load(init) {
  // Offline by construction: only the local folder is ever read.
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = init.modelsDir.endsWith('/') ? init.modelsDir : `${init.modelsDir}/`;
  const tokenizer = await AutoTokenizer.from_pretrained(init.name, { local_files_only: true });
  const model = await AutoModelForSequenceClassification.from_pretrained(init.name, {
    local_files_only: true,
    dtype: init.dtype,
    session_options: { intraOpNumThreads: init.intraOpNumThreads, interOpNumThreads: 1 },
  });
  return { tokenizer, model };
}

/**
 * @param {Awaited<ReturnType<typeof load>>} loaded
 * @param {string[]} texts normalised texts
 * @returns {Promise<number[][]>}
 */
async function score(loaded, texts) {
  // Texts of similar length go together: a batch is padded to its longest text, so one 600-character
  // segment among tweets would make every row pay for 128 tokens.
  const order = texts.map((t, i) => i).sort((a, b) => texts[a].length - texts[b].length);
  const probs = new Array(texts.length);
  for (let start = 0; start < order.length; start += SUB_BATCH) {
    const idx = order.slice(start, start + SUB_BATCH);
    const inputs = loaded.tokenizer(idx.map((i) => texts[i]), { padding: true, truncation: true });
    const { logits } = await loaded.model(inputs);
    const [rows, cols] = logits.dims;
    if (rows !== idx.length || typeof cols !== 'number') throw new Error('unexpected logits shape');
    const data = logits.data;
    for (let r = 0; r < rows; r += 1) {
      const row = [];
      for (let c = 0; c < cols; c += 1) row.push(1 / (1 + Math.exp(-Number(data[r * cols + c]))));
      probs[idx[r]] = row;
    }
  }
  return probs;
}

function isRequest(msg) {
  return (
    typeof msg === 'object' && msg !== null && Number.isInteger(msg.id) && Array.isArray(msg.texts) &&
    msg.texts.every((t) => typeof t === 'string')
  );
}

if (parentPort !== null) {
  const port = parentPort;
  /** @type {WorkerInit} */
  const init = workerData;
  // Loading starts at once; requests queue behind it, and a load failure answers every request.
  const loading = load(init);
  loading.catch(() => undefined);
  port.on('message', (msg) => {
    if (!isRequest(msg)) return;
    const { id, texts } = msg;
    loading
      .then((loaded) => score(loaded, texts))
      .then(
        (probs) => port.postMessage({ id, probs }),
        (e) => port.postMessage({ id, error: e instanceof Error ? e.message : 'inference failed' }),
      );
  });
}
