import type { RecordTypes, TableName } from '../../core/schema';

/** What a field of a stored record must hold; `?` marks one that may be absent. */
type Kind = 'string' | 'number' | 'boolean' | 'string|null' | 'number|null' | 'strings' | 'object' | 'array'
  | 'string?' | 'number?';

type Shape<T> = { readonly [K in keyof T]?: Kind };

/**
 * The required fields of each table's records at the current schema version, by kind. A file's
 * records are checked against these after migration; fields not listed are kept as they are.
 */
export const SHAPES: { readonly [T in TableName]: Shape<RecordTypes[T]> } = {
  projects: { id: 'string', name: 'string', createdAt: 'number', updatedAt: 'number', memo: 'string', attributionTemplate: 'string' },
  coders: { id: 'string', projectId: 'string', name: 'string', color: 'string', guid: 'string?' },
  documents: {
    id: 'string', projectId: 'string', title: 'string', format: 'string', contentHash: 'string', importedAt: 'number',
    length: 'number', wordCount: 'number', speakers: 'strings', memo: 'string', participantIds: 'strings', guid: 'string?',
  },
  texts: { documentId: 'string', projectId: 'string', text: 'string', turns: 'array' },
  codes: {
    id: 'string', projectId: 'string', parentId: 'string|null', name: 'string', color: 'string', description: 'object',
    order: 'number', pinnedKey: 'number|null', isCodable: 'boolean', memo: 'string', guid: 'string?',
  },
  segments: {
    id: 'string', projectId: 'string', documentId: 'string', coderId: 'string', start: 'number', end: 'number',
    quote: 'string', prefix: 'string', suffix: 'string', memo: 'string', createdAt: 'number', quoteRef: 'string?', guid: 'string?',
  },
  codings: {
    id: 'string', projectId: 'string', segmentId: 'string', documentId: 'string', codeId: 'string', coderId: 'string',
    createdAt: 'number', guid: 'string?',
  },
  participants: {
    id: 'string', projectId: 'string', name: 'string', ref: 'string', attributionOverride: 'string|null',
    speakerLabels: 'strings', guid: 'string?',
  },
  attributes: { id: 'string', projectId: 'string', name: 'string', type: 'string', order: 'number', guid: 'string?' },
  attributeValues: { id: 'string', projectId: 'string', participantId: 'string', attributeId: 'string', value: 'string' },
  redactions: {
    id: 'string', projectId: 'string', term: 'string', replacement: 'string', caseSensitive: 'boolean',
    wholeWord: 'boolean', createdAt: 'number',
  },
  nonParticipantSpeakers: { id: 'string', projectId: 'string', label: 'string' },
};

function fits(kind: Kind, v: unknown): boolean {
  switch (kind) {
    case 'string': return typeof v === 'string';
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    case 'boolean': return typeof v === 'boolean';
    case 'string|null': return v === null || typeof v === 'string';
    case 'number|null': return v === null || (typeof v === 'number' && Number.isFinite(v));
    case 'strings': return Array.isArray(v) && v.every((s) => typeof s === 'string');
    case 'object': return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array': return Array.isArray(v);
    case 'string?': return v === undefined || typeof v === 'string';
    case 'number?': return v === undefined || (typeof v === 'number' && Number.isFinite(v));
  }
}

const FIELDS = new Map(Object.entries(SHAPES).map(([table, shape]) => [table, Object.entries(shape) as [string, Kind][]]));

/** The first field of `record` that does not have its table's kind, or null when it fits. */
export function misfit(table: TableName, record: unknown): string | null {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return '(the record itself)';
  const r = record as Record<string, unknown>;
  for (const [field, kind] of FIELDS.get(table)!) {
    if (!fits(kind, r[field])) return field;
  }
  if (table === 'texts') {
    for (const t of r.turns as unknown[]) {
      const turn = t as Record<string, unknown> | null;
      if (typeof turn !== 'object' || turn === null || !fits('number', turn.start) || !fits('number', turn.end) || !fits('string|null', turn.speaker)) return 'turns';
    }
  }
  return null;
}
