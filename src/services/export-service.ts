/**
 * @module services/export
 * Evidence packages: every item with its text, record, latest scores (six factors with evidence,
 * targets), review state and full decision history, as JSONL (one item per line, complete and exact) or
 * CSV (one row per item, flattened for a spreadsheet, formula-like cells defused). Written page by page with back-pressure, so memory does
 * not grow with the database. Each export is audited, and the audit head at export time is reported so
 * a package can be tied to the chain.
 */
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../db/connection.js';
import type { AuditRepository } from '../db/repositories/audit.repository.js';
import type { DecisionsRepository } from '../db/repositories/decisions.repository.js';
import type { ItemsRepository } from '../db/repositories/items.repository.js';
import type { ReviewRepository } from '../db/repositories/review.repository.js';
import { reviewStatus } from '../moderation/review-state.js';
import { FACTOR_KEYS } from '../schema/result.js';

/** The formats of an evidence package. */
export type ExportFormat = 'jsonl' | 'csv';

/** Where export chunks go; resolves when the sink can take more. */
export type ExportSink = (chunk: string) => Promise<void> | void;

/** The CSV header, in order. */
export const CSV_COLUMNS = [
  'id', 'created_at', 'published_at', 'lang', 'speaker_id', 'context_id', 'content_hash', 'scorer_version',
  'level', 'priority', 'confidence', ...FACTOR_KEYS.map((f) => `${f}_score`), 'targets', 'evidence',
  'review_state', 'reviewed_level', 'decision_count', 'decisions', 'text',
] as const;

const PAGE = 200;

/**
 * Spreadsheets run a cell that starts with =, +, -, @ (or a tab or carriage return before one) as a
 * formula, and post text is hostile input. Such cells get a leading apostrophe, which spreadsheets
 * show as text; the JSONL package keeps every value exactly as stored.
 * @param v - a cell value.
 * @returns the value, defused when it is a string that could run as a formula.
 */
export function csvCell(v: string | number): string | number {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** Writes evidence packages. */
export class ExportService {
  constructor(
    private readonly db: Db,
    private readonly items: ItemsRepository,
    private readonly decisions: DecisionsRepository,
    private readonly review: ReviewRepository,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * Writes every item.
   * @param format - jsonl or csv.
   * @param sink - where chunks go.
   * @param actor - who exports (audited).
   * @returns how many items were written and the audit head (id and hash) recorded with the export.
   */
  async write(format: ExportFormat, sink: ExportSink, actor: string): Promise<{ items: number; auditHead: { id: number; hash: string } }> {
    const entry = this.audit.append({ actor, action: 'export', subject: null, data: { format, items: this.items.count() } });
    if (format === 'csv') await sink(stringify([[...CSV_COLUMNS]]));
    let after = '';
    let n = 0;
    for (;;) {
      const ids = this.review.itemIdsAfter(after, PAGE);
      if (ids.length === 0) break;
      // One read transaction per page, so each row is a consistent view of item, scores and decisions.
      const chunk = this.db.transaction(() => ids.map((id) => this.render(id, format)).join(''))();
      await sink(chunk);
      n += ids.length;
      after = ids[ids.length - 1]!;
    }
    return { items: n, auditHead: { id: entry.id, hash: entry.hash } };
  }

  private render(id: string, format: ExportFormat): string {
    const item = this.items.find(id)!;
    const scores = this.items.scores(id);
    const latest = scores.find((s) => s.id === item.latest_score_id) ?? scores[scores.length - 1];
    const decisions = this.decisions.forItem(id);
    const status = reviewStatus(latest?.result.level ?? 'none', decisions);
    const history = decisions.map((d) => ({
      id: d.id, at: d.created_at, actor: d.actor, action: d.action, level: d.level, note: d.note, score_id: d.score_id,
      factor_overrides: d.factor_overrides_json === null ? null : (JSON.parse(d.factor_overrides_json) as unknown),
    }));
    if (format === 'jsonl') {
      return `${JSON.stringify({
        id: item.id,
        text: item.text,
        record: JSON.parse(item.record_json) as unknown,
        content_hash: item.content_hash,
        created_at: item.created_at,
        result: latest?.result ?? null,
        scores: scores.map((s) => ({ id: s.id, scorer_version: s.scorer_version, created_at: s.created_at, level: s.result.level, priority: s.result.priority })),
        review: { state: status.state, level: status.level },
        decisions: history,
      })}\n`;
    }
    const r = latest?.result;
    const evidence = r
      ? FACTOR_KEYS.flatMap((f) => r.factors[f].evidence.map((e) => `${f}:${e.kind}:${e.detail}${e.span ? `@${e.span.start}-${e.span.end}` : ''}`)).join(' | ')
      : '';
    const row: (string | number)[] = [
      item.id, item.created_at, item.published_at ?? '', r?.lang ?? item.lang ?? '', item.speaker_id ?? '', item.context_id ?? '', item.content_hash,
      r?.scorer_version ?? '', r?.level ?? '', r?.priority ?? '', r?.confidence ?? '',
      ...FACTOR_KEYS.map((f) => r?.factors[f].score ?? ''),
      r ? r.targets.map((t) => `${t.group}:${t.term}@${t.span.start}-${t.span.end}`).join(' | ') : '',
      evidence, status.state, status.level ?? '', decisions.length,
      history.map((d) => `${d.at} ${d.actor} ${d.action}${d.level ? ` ${d.level}` : ''}${d.note ? `: ${d.note}` : ''}`).join(' | '),
      item.text,
    ];
    return stringify([row.map(csvCell)]);
  }
}
