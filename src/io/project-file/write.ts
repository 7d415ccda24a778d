import { Zip, ZipDeflate } from 'fflate';
import type { ProjectBundle } from '../../core/bundle';
import { RECORD_TABLES, SCHEMA_VERSION, type HistoryStep } from '../../core/schema';
import { BUNDLE_TABLES } from '../../core/operations/projects';
import { FILE_TYPE, FORMAT_VERSION, HISTORY_ENTRY, MANIFEST_ENTRY, tableEntry, type ProjectFileManifest } from './format';
import { APP_VERSION } from './app-version';

/** Records per deflate push: the JSON of a whole table is never held as one string. */
const BATCH = 2000;

/**
 * Writes one project as a `.verbatim` file: a zip of `manifest.json`, one `tables/<table>.json`
 * (an array of records, exactly as stored) per table, and `history.json` when undo steps are given.
 * Each table is deflated in batches of records as it is serialised.
 */
export function writeProjectFile(bundle: ProjectBundle, options: { history?: readonly HistoryStep[]; now?: Date } = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const zip = new Zip((err, data, final) => {
      if (err) { reject(err); return; }
      chunks.push(data);
      length += data.length;
      if (final) resolve(concat(chunks, length));
    });
    const encoder = new TextEncoder();
    const manifest: ProjectFileManifest = {
      type: FILE_TYPE, version: FORMAT_VERSION, schemaVersion: SCHEMA_VERSION, app: `Verbatim ${APP_VERSION}`,
      createdAt: (options.now ?? new Date()).toISOString(),
    };
    try {
      addJsonArray(zip, MANIFEST_ENTRY, null, encoder, JSON.stringify(manifest, null, 2));
      for (const table of RECORD_TABLES) {
        const records: readonly unknown[] = table === 'projects' ? [bundle.project] : bundle[table as keyof typeof BUNDLE_TABLES];
        addJsonArray(zip, tableEntry(table), records, encoder);
      }
      if (options.history) addJsonArray(zip, HISTORY_ENTRY, options.history.map(({ seq: _seq, ...step }) => step), encoder);
      zip.end();
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

/** Adds one entry: `whole` as it is, or `records` as a JSON array pushed batch by batch. */
function addJsonArray(zip: Zip, name: string, records: readonly unknown[] | null, encoder: TextEncoder, whole?: string): void {
  // Level 1: a study's tables are tens of MB of JSON; higher levels cost seconds for a few per cent.
  const file = new ZipDeflate(name, { level: 1 });
  zip.add(file);
  if (records === null) { file.push(encoder.encode(whole ?? ''), true); return; }
  if (records.length === 0) { file.push(encoder.encode('[]'), true); return; }
  for (let i = 0; i < records.length; i += BATCH) {
    const part = records.slice(i, i + BATCH).map((r) => JSON.stringify(r)).join(',\n');
    const last = i + BATCH >= records.length;
    file.push(encoder.encode(`${i === 0 ? '[\n' : ',\n'}${part}${last ? '\n]' : ''}`), last);
  }
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let p = 0;
  for (const c of chunks) { out.set(c, p); p += c.length; }
  return out;
}
