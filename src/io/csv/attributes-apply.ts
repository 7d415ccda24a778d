import type { AttributeDef, AttributeValue, Id, Participant } from '../../core/model';
import type { AttributeImportPreview } from './attributes-preview';

export interface AttributeImportContext {
  projectId: Id;
  /** The project's attributes now, to place new ones after them. */
  attributes: readonly AttributeDef[];
  /** The project's values now, so unchanged values are not rewritten. */
  existingValues: readonly AttributeValue[];
  /** Ids for new attributes and participants (the storage layer's id scheme). */
  createId: () => Id;
}

export interface AttributeImportResult {
  /** Participants created from rows that named no one, in row order. */
  participants: Participant[];
  /** New attribute definitions, in column order; all `category` (their values were not type-checked). */
  attributes: AttributeDef[];
  /** Values to write (new or changed), keyed by `${participantId}:${attributeId}`. */
  values: AttributeValue[];
  /** Values in the file identical to what is stored. */
  unchanged: number;
}

/**
 * The records an accepted preview writes: new attributes for the unknown headers, the preview's
 * new participants, and one value per accepted cell. Unknown participants, duplicate rows
 * (after the first) and bad values are left out, as the preview showed; empty cells change
 * nothing. Pure: the caller saves the result. Throws when the preview has file-level errors.
 */
export function applyAttributeImport(preview: AttributeImportPreview, context: AttributeImportContext): AttributeImportResult {
  if (preview.errors.length > 0) throw new Error(`The file cannot be imported: ${preview.errors[0]}`);
  let order = Math.max(-1, ...context.attributes.map((a) => a.order)) + 1;
  const attributes: AttributeDef[] = [];
  const attributeOf = new Map<number, Id>();
  for (const column of preview.columns) {
    if (column.attributeId !== null) {
      attributeOf.set(column.index, column.attributeId);
      continue;
    }
    const def: AttributeDef = { id: context.createId(), projectId: context.projectId, name: column.header, type: 'category', order: order++ };
    attributes.push(def);
    attributeOf.set(column.index, def.id);
  }
  const participants = preview.newParticipants.map((n): Participant => ({
    id: context.createId(), projectId: context.projectId, name: n.name, ref: n.ref, attributionOverride: null, speakerLabels: [],
  }));
  const rows = [
    ...preview.rows,
    ...preview.newParticipants.map((n, i) => ({ participantId: participants[i]!.id, values: n.values })),
  ];
  const stored = new Map(context.existingValues.map((v) => [v.id, v.value] as const));
  const values: AttributeValue[] = [];
  let unchanged = 0;
  for (const row of rows) {
    for (const cell of row.values) {
      const attributeId = attributeOf.get(cell.column) as Id;
      const id = `${row.participantId}:${attributeId}`;
      if (stored.get(id) === cell.value) unchanged += 1;
      else values.push({ id, projectId: context.projectId, participantId: row.participantId, attributeId, value: cell.value });
    }
  }
  return { participants, attributes, values, unchanged };
}
