/**
 * @module ingest/parse-record
 * Turns one decoded line (JSON) or one CSV row into a validated input record, or a typed error that
 * says what is wrong in one sentence.
 */
import type { z } from 'zod';
import { AppError } from '../errors.js';
import { type InputRecord, InputRecordSchema } from '../schema/input.js';

export type ParsedLine = { line: number; record: InputRecord } | { line: number; error: AppError; id?: string };

/**
 * Describes zod issues in one sentence, naming fields by path.
 * @param error - the zod error.
 * @returns the sentence.
 */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : 'record'}: ${i.message}`)
    .join('; ');
}

/**
 * Validates a parsed value as an input record.
 * @param value - the parsed JSON value or CSV row object.
 * @param where - how to name its place in messages ("line 7", "items[3]").
 * @returns the record, or an AppError.
 */
export function validateRecord(value: unknown, where: string): InputRecord | AppError {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return new AppError('invalid_record', `${where}: expected a JSON object with a "text" field`);
  }
  const parsed = InputRecordSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const text = (value as { text?: unknown }).text;
  if (typeof text === 'string' && text.trim().length === 0 && parsed.error.issues.every((i) => i.path[0] === 'text')) {
    return new AppError('empty_text', `${where}: text is empty`);
  }
  if (text === undefined) return new AppError('invalid_record', `${where}: missing required field "text"`);
  return new AppError('invalid_record', `${where}: ${describeIssues(parsed.error)}`);
}

/**
 * Parses one JSONL line.
 * @param line - its number.
 * @param text - its decoded text.
 * @returns the record or the error, with the line number.
 */
export function parseJsonLine(line: number, text: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { line, error: new AppError('invalid_json', `line ${line}: not valid JSON (${(e as Error).message})`) };
  }
  const r = validateRecord(value, `line ${line}`);
  if (r instanceof AppError) {
    const id = (value as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? { line, error: r, id } : { line, error: r };
  }
  return { line, record: r };
}
