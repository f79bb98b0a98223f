/**
 * @module scripts/lib/prepared-data
 * The rows `scripts/python/prepare_data.py` writes to `$RABAT_WORK/data.jsonl` during `npm run train`,
 * read by the scripts that calibrate and evaluate on them, and their command-line arguments.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { z } from 'zod';

/** A prepared row: labels in the order of docs/labels.md, -1 where the source has no label. */
export const PreparedRowSchema = z.object({
  id: z.number(),
  dataset: z.string(),
  lang: z.string(),
  split: z.string(),
  text: z.string(),
  labels: z.array(z.number().int().min(-1).max(1)),
});
export type PreparedRow = z.infer<typeof PreparedRowSchema>;

/**
 * A command-line option's value.
 * @param name - the option, without its leading dashes.
 * @param def - the value when it is absent.
 * @returns the value.
 */
export function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : def;
}

/** The prepared data file: --data, else $RABAT_WORK/data.jsonl, else the training default. */
export const dataFileArg = (): string => arg('data', path.join(process.env.RABAT_WORK ?? '/tmp/rabat-train', 'data.jsonl'));

/**
 * Reads the rows that `keep` accepts, validating every line.
 * @param file - the data.jsonl file.
 * @param keep - which rows to return.
 * @returns the rows, in file order.
 * @throws Error naming the file, and the line when a row is invalid.
 */
export async function readPreparedRows(file: string, keep: (r: PreparedRow) => boolean): Promise<PreparedRow[]> {
  if (!fs.existsSync(file)) throw new Error(`no prepared data at ${file}: run npm run train (or prepare_data.py) first`);
  const rows: PreparedRow[] = [];
  let line = 0;
  for await (const text of readline.createInterface({ input: fs.createReadStream(file) })) {
    line++;
    if (!text.trim()) continue;
    const parsed = PreparedRowSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`${file} line ${line}: ${parsed.error.issues[0]?.message ?? 'invalid row'}`);
    if (keep(parsed.data)) rows.push(parsed.data);
  }
  return rows;
}
