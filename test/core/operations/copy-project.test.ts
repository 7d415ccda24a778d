import { describe, expect, it } from 'vitest';
import { buildDemoBundle } from '../../../src/core/demo/build-demo';
import { copyBundle } from '../../../src/core/operations/copy-project';
import { bundleRecords } from '../../../src/core/operations/projects';
import { keyOf, referencedKeys, SCHEMA } from '../../../src/core/schema';

describe('copyBundle', () => {
  it('gives every record a new id and keeps every reference pointing at the copy', () => {
    let n = 0;
    const original = buildDemoBundle({ newId: () => `old-${++n}`, now: 1 });
    let m = 0;
    const copy = copyBundle(original, 'Copy', () => `new-${++m}`);
    expect(copy.project.name).toBe('Copy');
    const before = bundleRecords(original);
    const after = bundleRecords(copy);
    expect(after.map((r) => r.table)).toEqual(before.map((r) => r.table));
    const keys = new Set(after.map(({ table, record }) => `${table}:${keyOf(table, record)}`));
    const oldKeys = new Set(before.map(({ record, table }) => keyOf(table, record)));
    for (const { table, record } of after) {
      expect(oldKeys.has(keyOf(table, record)), `${table} key is new`).toBe(false);
      if (table !== 'projects') expect((record as { projectId: string }).projectId).toBe(copy.project.id);
      for (const ref of SCHEMA[table].references) {
        for (const k of referencedKeys(ref, record)) expect(keys.has(`${ref.table}:${k}`), `${table}.${ref.field}`).toBe(true);
      }
    }
    // Everything but ids is the same: the demo's quotes, offsets, names and values.
    expect(copy.segments.map((s) => [s.start, s.end, s.quote])).toEqual(original.segments.map((s) => [s.start, s.end, s.quote]));
    expect(copy.attributeValues.map((v) => v.value)).toEqual(original.attributeValues.map((v) => v.value));
    expect(copy.attributeValues.every((v) => v.id === `${v.participantId}:${v.attributeId}`)).toBe(true);
    expect(copy.coders.map((c) => c.guid)).toEqual(original.coders.map((c) => c.guid));
  });
});
