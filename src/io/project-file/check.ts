import type { Tables } from '../../core/migrate-tables';
import { RECORD_TABLES, SCHEMA, referencedKeys, type StoredRecord, type TableName } from '../../core/schema';
import type { ProjectFileError } from './format';
import { misfit } from './shapes';

const NOUN: Record<TableName, string> = {
  projects: 'project', coders: 'coder', documents: 'document', texts: 'document text', codes: 'code',
  segments: 'coded passage', codings: 'coding', participants: 'participant', attributes: 'attribute',
  attributeValues: 'attribute value', redactions: 'redaction', nonParticipantSpeakers: 'speaker mark',
};

export const damaged = (what: string, detail?: string): ProjectFileError =>
  ({ error: `This project file is damaged: ${what}. Nothing was restored.`, ...(detail ? { detail: clip(detail) } : {}) });

/** Keeps an id or a library message from making a message unbounded. */
export function clip(s: string, max = 300): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * Checks tables of the current schema version as one whole project: every record has its
 * table's shape, keys are unique, every record belongs to the file's one project, every
 * reference names a record in the file, each document has its text and each passage lies inside
 * it. Returns the first problem, or null.
 */
export function checkTables(tables: Tables): ProjectFileError | null {
  for (const table of RECORD_TABLES) {
    for (const record of tables[table]) {
      const field = misfit(table, record);
      if (field) return damaged(`a ${NOUN[table]} is incomplete or malformed`, `${table}: field "${field}" of ${describeKey(table, record)}`);
    }
  }
  if (tables.projects.length !== 1) return damaged(`it should hold one project and holds ${tables.projects.length}`);
  const projectId = (tables.projects[0] as { id: string }).id;
  const keys = new Map<TableName, Set<string>>();
  for (const table of RECORD_TABLES) {
    const seen = new Set<string>();
    for (const record of tables[table] as StoredRecord[]) {
      const key = (record as unknown as Record<string, string>)[SCHEMA[table].key]!;
      if (key === '' || seen.has(key)) return damaged(`two ${NOUN[table]}s share one id`, `${table}: ${key}`);
      seen.add(key);
      if (table !== 'projects' && (record as { projectId: string }).projectId !== projectId) {
        return damaged('it mixes records of more than one project', `${table} ${key} belongs to project ${(record as { projectId: string }).projectId}`);
      }
    }
    keys.set(table, seen);
  }
  for (const table of RECORD_TABLES) {
    for (const ref of SCHEMA[table].references) {
      for (const record of tables[table] as StoredRecord[]) {
        for (const key of referencedKeys(ref, record)) {
          if (!keys.get(ref.table)!.has(key)) {
            return damaged(`a ${NOUN[table]} refers to a ${NOUN[ref.table]} that is not in the file`, `${table} ${describeKey(table, record)}: ${ref.field} = ${key}`);
          }
        }
      }
    }
  }
  return checkTexts(tables);
}

function checkTexts(tables: Tables): ProjectFileError | null {
  const lengths = new Map((tables.texts as { documentId: string; text: string }[]).map((t) => [t.documentId, t.text.length]));
  for (const d of tables.documents as { id: string }[]) {
    if (!lengths.has(d.id)) return damaged('a document has no text', `documents ${d.id}`);
  }
  for (const s of tables.segments as { id: string; documentId: string; start: number; end: number }[]) {
    const length = lengths.get(s.documentId)!;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= length)) {
      return damaged('a coded passage lies outside its document', `segments ${s.id}: [${s.start}, ${s.end}) in a text of ${length}`);
    }
  }
  return null;
}

function describeKey(table: TableName, record: unknown): string {
  const key = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[SCHEMA[table].key] : undefined;
  return typeof key === 'string' ? clip(key, 80) : '(no id)';
}

/**
 * Checks undo steps (already migrated) against the file's project: each belongs to it and to one
 * of its coders, and its deltas name known tables and hold records of this project only.
 */
export function checkHistory(history: readonly unknown[], tables: Tables): ProjectFileError | null {
  const projectId = (tables.projects[0] as { id: string }).id;
  const coders = new Set((tables.coders as { id: string }[]).map((c) => c.id));
  for (const raw of history) {
    const s = raw as Record<string, unknown>;
    const ok = typeof s === 'object' && s !== null && s.projectId === projectId && typeof s.coderId === 'string' && coders.has(s.coderId)
      && typeof s.label === 'string' && typeof s.at === 'number' && (s.undone === 0 || s.undone === 1) && Array.isArray(s.deltas)
      && (s.deltas as unknown[]).every((d) => deltaFits(d, projectId));
    if (!ok) return damaged('its undo history is malformed', typeof s?.label === 'string' ? `step “${clip(s.label, 80)}”` : undefined);
  }
  return null;
}

function deltaFits(raw: unknown, projectId: string): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const d = raw as Record<string, unknown>;
  if (!(RECORD_TABLES as readonly unknown[]).includes(d.table) || typeof d.key !== 'string') return false;
  const table = d.table as TableName;
  return [d.before, d.after].every((r) => r === null || (misfit(table, r) === null
    && (table === 'projects' ? (r as { id: string }).id : (r as { projectId: string }).projectId) === projectId));
}
