/**
 * @module cli/serve-command
 * `rabat-triage serve [--db PATH] [--port N] [--host H] [--seed-samples]`: opens the database, scores the
 * bundled sample corpus into it when it is empty and --seed-samples is given (what `npm start` does),
 * and serves the API until interrupted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Server, createServer } from 'node:http';
import type { Writable } from 'node:stream';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { createApp } from '../http/app.js';
import { readLines } from '../ingest/line-reader.js';
import { type ParsedLine, parseJsonLine } from '../ingest/parse-record.js';
import type { Logger } from '../log.js';
import { type Runtime, createRuntime } from '../runtime.js';

/**
 * Scores every .jsonl file of the samples folder into an empty database.
 * @param rt - the runtime.
 * @returns how many records were stored (0 when the database already had items).
 */
export async function seedSamples(rt: Runtime): Promise<number> {
  if (!rt.repos || rt.repos.items.count() > 0) return 0;
  const dir = rt.config.samplesDir;
  if (!fs.existsSync(dir)) return 0;
  let stored = 0;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    const batch: ParsedLine[] = [];
    for await (const raw of readLines(fs.createReadStream(path.join(dir, f)), rt.config.maxLineBytes)) {
      if ('text' in raw) batch.push(parseJsonLine(raw.line, raw.text));
    }
    const out = await rt.triage.scoreLines(batch);
    stored += out.filter((o) => 'result' in o).length;
  }
  return stored;
}

/**
 * Starts the server.
 * @param config - the config (db path, host and port already overridden by flags).
 * @param logger - the logger.
 * @param opts - whether to seed, and where to print the address.
 * @returns the runtime and the listening server.
 */
export async function runServe(config: Config, logger: Logger, opts: { seed: boolean; stdout: Writable }): Promise<{ rt: Runtime; server: Server }> {
  const rt = await createRuntime(config, logger);
  if (opts.seed) {
    const n = await seedSamples(rt);
    if (n > 0) opts.stdout.write(`rabat-triage: scored ${n} sample records into ${config.dbPath}\n`);
  }
  const app = createApp(rt);
  // Not app.listen(): express 5 calls its callback on failure too, which would announce a server that
  // is not listening.
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE' || e.code === 'EACCES'
          ? new AppError('io_error', `cannot listen on ${config.host}:${config.port} (${e.code}); choose another with --port or RABAT_PORT`)
          : e,
      ),
    );
    server.listen(config.port, config.host);
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  opts.stdout.write(`rabat-triage: serving http://${config.host}:${port}/ (database ${config.dbPath})\n`);
  if (!rt.moderation?.keys.list().some((k) => k.revokedAt === null && k.role === 'admin')) {
    // Every API route needs a key; say how to make the first one rather than leave a 401 unexplained.
    opts.stdout.write('rabat-triage: no admin API key yet: create one with `npx rabat-triage keys create --role admin --name <you>`\n');
  }
  return { rt, server };
}
