import type { AttributeValue, Participant } from '../../core/model';
import type {
  AttributeImportPreview, AttributeImportResult, AttributeImportRow, DuplicateRow, UnknownParticipant,
} from '../../io/csv/attributes-csv';
import { valueIndex } from './attribute-values';

export const PREVIEW_ROWS = 20;

export interface PreviewCell {
  value: string;
  /** Why the value is refused, when it is. */
  bad: string | null;
  /** The stored value it replaces, when there is a different one. */
  was: string | null;
}

export interface PreviewLine {
  row: number;
  participant: string;
  /** Skipped rows say why; null for a row that will be imported. */
  skipped: string | null;
  /** One per `preview.columns`, null for an empty or skipped cell. */
  cells: (PreviewCell | null)[];
}

const REASONS: Record<UnknownParticipant['reason'], string> = {
  'not found': 'no participant has this name or reference',
  ambiguous: 'more than one participant matches',
  empty: 'the first cell is empty',
};

export function unknownReason(reason: UnknownParticipant['reason']): string {
  return REASONS[reason];
}

/** How a participant the import creates is named before it exists: as the table will show it. */
export function newParticipantLabel(n: { ref: string; name: string }): string {
  return n.name === n.ref ? n.ref : `${n.ref} · ${n.name}`;
}

/** The first rows of the file as they will be treated: imported (with old and new values) or skipped (with why). */
export function previewLines(
  preview: AttributeImportPreview,
  participants: readonly Participant[],
  values: readonly AttributeValue[],
  limit = PREVIEW_ROWS,
): PreviewLine[] {
  const byId = new Map(participants.map((p) => [p.id, p] as const));
  const stored = valueIndex(values);
  const newByRow = new Map(preview.newParticipants.map((n) => [n.row, n] as const));
  const label = (id: string) => {
    const p = byId.get(id);
    return p ? `${p.ref} · ${p.name}` : id;
  };
  const duplicateLabel = (d: DuplicateRow) => {
    const created = d.participantId === null ? newByRow.get(d.firstRow) : undefined;
    return created ? `${newParticipantLabel(created)} (new)` : label(d.participantId ?? '');
  };
  const lines: PreviewLine[] = [];
  const empty = preview.columns.map(() => null);
  for (const u of preview.unknownParticipants) {
    lines.push({ row: u.row, participant: u.key || '(empty)', skipped: `Skipped: ${REASONS[u.reason]}`, cells: empty });
  }
  for (const d of preview.duplicateRows) {
    lines.push({ row: d.row, participant: duplicateLabel(d), skipped: `Skipped: repeats row ${d.firstRow}`, cells: empty });
  }
  const cellsOf = (row: number, values: AttributeImportRow['values'], participantId: string | null) => preview.columns.map((c): PreviewCell | null => {
    const bad = preview.badValues.find((b) => b.row === row && b.column === c.header);
    if (bad) return { value: bad.value, bad: `not a ${bad.expected}, skipped`, was: null };
    const cell = values.find((v) => v.column === c.index);
    if (!cell) return null;
    const old = c.attributeId === null || participantId === null ? undefined : stored.get(`${participantId}:${c.attributeId}`);
    return { value: cell.value, bad: null, was: old !== undefined && old !== cell.value ? old : null };
  });
  for (const r of preview.rows) {
    lines.push({ row: r.row, participant: label(r.participantId), skipped: null, cells: cellsOf(r.row, r.values, r.participantId) });
  }
  for (const n of preview.newParticipants) {
    lines.push({ row: n.row, participant: `${newParticipantLabel(n)} (new)`, skipped: null, cells: cellsOf(n.row, n.values, null) });
  }
  return lines.sort((a, b) => a.row - b.row).slice(0, limit);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What applying the preview would do (or did), in one sentence. */
export function importSummary(preview: AttributeImportPreview, result: AttributeImportResult, done: boolean): string {
  const people = new Set(result.values.map((v) => v.participantId)).size;
  const parts = [
    `${done ? 'Imported' : 'Will import'} ${plural(result.values.length, 'value')} for ${plural(people, 'participant')}`,
  ];
  if (result.participants.length > 0) parts.push(`${done ? 'created' : 'will create'} ${plural(result.participants.length, 'new participant')}`);
  if (result.attributes.length > 0) parts.push(`${done ? 'created' : 'will create'} ${plural(result.attributes.length, 'new attribute')}`);
  if (result.unchanged > 0) parts.push(`${plural(result.unchanged, 'value')} already up to date`);
  const skipped = [
    preview.unknownParticipants.length > 0 ? plural(preview.unknownParticipants.length, 'unknown participant') : '',
    preview.duplicateRows.length > 0 ? plural(preview.duplicateRows.length, 'duplicate row') : '',
    preview.badValues.length > 0 ? plural(preview.badValues.length, 'bad value') : '',
  ].filter(Boolean);
  return `${parts.join('; ')}${skipped.length > 0 ? `; skipped ${skipped.join(', ')}` : ''}.`;
}
