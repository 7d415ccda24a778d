import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ProjectBundle } from '../../../src/core/bundle';
import { buildDemoBundle } from '../../../src/core/demo/build-demo';
import { RECORD_TABLES, SCHEMA_VERSION, type HistoryStep, type TableName } from '../../../src/core/schema';
import { tableEntry } from '../../../src/io/project-file/format';

/** The demo project with a redaction, a memo, a quote reference, a template and an attribute value. */
export function demoBundle(): ProjectBundle {
  let n = 0;
  const b = buildDemoBundle({ newId: () => `id-${++n}`, now: Date.UTC(2025, 0, 15, 9, 30) }, { name: 'Ana', color: '#aa3300', guid: 'guid-ana' });
  b.project = { ...b.project, memo: 'Memo with emoji 🎉 and “quotes”', attributionTemplate: 'P{number}, {role}' };
  b.redactions.push({ id: 'red-1', projectId: b.project.id, term: 'Holt', replacement: '[name]', caseSensitive: false, wholeWord: true, createdAt: 1 });
  b.segments[0] = { ...b.segments[0]!, memo: 'A passage memo', quoteRef: 'Q0001' };
  return b;
}

export function historyOf(b: ProjectBundle): HistoryStep[] {
  const code = b.codes[0]!;
  return [{
    projectId: b.project.id, coderId: b.coders[0]!.id, label: 'Rename code', at: 5, undone: 0, schemaVersion: SCHEMA_VERSION,
    deltas: [{ table: 'codes', key: code.id, before: { ...code, name: 'Old name' }, after: code }],
  }];
}

/** The tables of a bundle as a file holds them. */
export function tablesOf(b: ProjectBundle): Record<TableName, unknown[]> {
  const out = {} as Record<TableName, unknown[]>;
  for (const t of RECORD_TABLES) out[t] = t === 'projects' ? [b.project] : (b as unknown as Record<string, unknown[]>)[t]!;
  return out;
}

export function manifest(over: Record<string, unknown> = {}) {
  return { type: 'verbatim-project', version: 1, schemaVersion: SCHEMA_VERSION, app: 'Verbatim test', createdAt: '2025-01-15T09:30:00.000Z', ...over };
}

/** A file built by hand (not by the writer), for files the writer would never produce. */
export function craft(tables: Record<string, unknown>, opts: { manifest?: unknown; history?: unknown; extra?: Zippable; level?: 0 | 6 } = {}): Uint8Array {
  const files: Zippable = { 'manifest.json': strToU8(JSON.stringify(opts.manifest ?? manifest())) };
  for (const [t, records] of Object.entries(tables)) files[tableEntry(t as never)] = strToU8(JSON.stringify(records));
  if (opts.history !== undefined) files['history.json'] = strToU8(JSON.stringify(opts.history));
  Object.assign(files, opts.extra ?? {});
  return zipSync(files, { level: opts.level ?? 6 });
}

/** Rewrites the declared uncompressed size of `name` in both its local and central headers. */
export function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const encoded = strToU8(name);
  for (let p = 0; p + 46 < out.length; p++) {
    const sig = view.getUint32(p, true);
    const nameAt = sig === 0x04034b50 ? p + 30 : sig === 0x02014b50 ? p + 46 : -1;
    if (nameAt < 0 || !encoded.every((c, i) => out[nameAt + i] === c)) continue;
    view.setUint32(sig === 0x04034b50 ? p + 22 : p + 24, size, true);
  }
  return out;
}
