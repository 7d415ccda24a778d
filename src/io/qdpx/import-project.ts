import type { ProjectBundle } from '../../core/bundle';
import { contentHash } from '../content-hash';
import { qdpxToBundle, sourcesNotImported } from './bundle';
import { readQdpx } from './read';
import type { PositionOption, QdpxIssue } from './types';

/** What an import report shows, without the (large) parsed project itself. */
export interface QdpxImportSummary {
  users: number;
  codes: number;
  sources: number;
  selections: number;
  cases: number;
}

export interface QdpxImport {
  /** Absent exactly when the file was rejected. */
  bundle?: ProjectBundle;
  summary?: QdpxImportSummary;
  notImported: { name: string; reason: string }[];
  errors: QdpxIssue[];
  warnings: QdpxIssue[];
}


/**
 * Reads a .qdpx and turns it into a Verbatim project in one go, where it runs (the import worker):
 * source texts are hashed with the platform's native SHA-256, and only the bundle, a summary
 * and the issues come back, never the parsed file, so nothing large is copied twice.
 */
export async function importQdpx(
  bytes: Uint8Array,
  options: { positions: PositionOption; onProgress?: (done: number, total: number) => void; newId: () => string; now: number },
): Promise<QdpxImport> {
  const result = await readQdpx(bytes, { positions: options.positions, onProgress: options.onProgress });
  const p = result.project;
  if (!p) return { notImported: [], errors: result.errors, warnings: result.warnings };
  const hashes = new Map<string, string>();
  for (const s of p.sources) if (s.text !== undefined && !hashes.has(s.text)) hashes.set(s.text, await contentHash(s.text));
  const bundle = qdpxToBundle(p, { newId: options.newId, now: options.now, hash: (t) => hashes.get(t) ?? '' });
  return {
    bundle,
    summary: { users: p.users.length, codes: p.codes.length, sources: p.sources.length, selections: p.selections.length, cases: p.cases.length },
    notImported: sourcesNotImported(p).map(({ source, reason }) => ({ name: source.name, reason })),
    errors: result.errors,
    warnings: result.warnings,
  };
}
