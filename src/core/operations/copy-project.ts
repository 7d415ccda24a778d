import type { ProjectBundle } from '../bundle';
import type { StoredRecord } from '../schema';
import { RECORD_TABLES, SCHEMA } from '../schema';
import { bundleRecords } from './projects';

/**
 * A copy of a whole project under new ids, so it can sit beside the original: every record's key
 * and every reference to it (the schema's references, and `projectId`) is mapped to a new id, the
 * same old id always to the same new one. An attribute value's key spells its participant and
 * attribute, so it is spelt again from theirs. Other fields, known or not, are copied as they are.
 */
export function copyBundle(bundle: ProjectBundle, name: string, newId: () => string): ProjectBundle {
  const ids = new Map<string, string>();
  const map = (old: string) => ids.get(old) ?? ids.set(old, newId()).get(old)!;
  const out = { project: bundle.project } as ProjectBundle;
  for (const { table, record } of bundleRecords(bundle)) {
    const r = { ...(record as unknown as Record<string, unknown>) };
    const spec = SCHEMA[table];
    // Not every table lists its projectId among its references (segments and codings reach the project through their document).
    if (typeof r.projectId === 'string' && !spec.references.some((ref) => ref.field === 'projectId')) r.projectId = map(r.projectId);
    for (const ref of spec.references) {
      const v = r[ref.field];
      if (ref.many) r[ref.field] = (v as string[]).map(map);
      else if (typeof v === 'string') r[ref.field] = map(v);
    }
    if (table === 'attributeValues') r.id = `${r.participantId as string}:${r.attributeId as string}`;
    else if (!spec.references.some((ref) => ref.field === spec.key)) r[spec.key] = map(r[spec.key] as string);
    if (table === 'projects') out.project = { ...(r as unknown as ProjectBundle['project']), name };
    else ((out as unknown as Record<string, StoredRecord[]>)[table] ??= []).push(r as unknown as StoredRecord);
  }
  for (const table of RECORD_TABLES) if (table !== 'projects') (out as unknown as Record<string, StoredRecord[]>)[table] ??= [];
  return out;
}
