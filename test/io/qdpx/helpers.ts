import { readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { crc32 } from '../../../src/io/qdpx/crc32';
import type { QdpxCode, QdpxProject } from '../../../src/io/qdpx/types';
import { sharedPath } from '../../support/shared';

/** Bytes of a file under ../shared/refi-qda. */
export function refiFile(...parts: string[]): Uint8Array {
  return new Uint8Array(readFileSync(sharedPath('refi-qda', ...parts)));
}

/** JSON under ../shared/refi-qda. */
export function refiJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(sharedPath('refi-qda', ...parts), 'utf8')) as T;
}

/** Depth of every code, 1 for a top-level code. */
export function codeDepths(codes: QdpxCode[]): Map<string, number> {
  const byGuid = new Map(codes.map((c) => [c.guid, c]));
  const depths = new Map<string, number>();
  const depthOf = (code: QdpxCode): number => {
    const known = depths.get(code.guid);
    if (known !== undefined) return known;
    const parent = code.parentGuid ? byGuid.get(code.parentGuid) : undefined;
    const depth = parent ? depthOf(parent) + 1 : 1;
    depths.set(code.guid, depth);
    return depth;
  };
  codes.forEach(depthOf);
  return depths;
}

/** The project's numbers, named as in expected.json. */
export function countsOf(p: QdpxProject): Record<string, number> {
  const depths = [...codeDepths(p.codes).values()];
  const sourcesOf = (kind: string) => p.sources.filter((s) => s.kind === kind).length;
  const mediaOf = (kind: string) => p.mediaSelections.filter((s) => s.kind === kind).length;
  const allSelections = [...p.selections, ...p.mediaSelections];
  const wholeSource = p.sources.reduce((n, s) => n + (s.codings?.length ?? 0), 0);
  return {
    users: p.users.length,
    codes: p.codes.length,
    code_max_depth: depths.length ? Math.max(...depths) : 0,
    codes_top_level: p.codes.filter((c) => !c.parentGuid).length,
    codes_non_codable: p.codes.filter((c) => !c.isCodable).length,
    codes_with_color: p.codes.filter((c) => c.color).length,
    codes_with_description: p.codes.filter((c) => c.description).length,
    sources_TextSource: sourcesOf('text'),
    sources_PDFSource: sourcesOf('pdf'),
    sources_PictureSource: sourcesOf('picture'),
    sources_AudioSource: sourcesOf('audio'),
    sources_VideoSource: sourcesOf('video'),
    sources_total: p.sources.length,
    selections_PlainTextSelection: p.selections.length,
    selections_PDFSelection: mediaOf('pdf'),
    selections_PictureSelection: mediaOf('picture'),
    selections_AudioSelection: mediaOf('audio'),
    selections_VideoSelection: mediaOf('video'),
    selections_total: allSelections.length,
    codings: allSelections.reduce((n, s) => n + s.codings.length, 0) + wholeSource,
    codings_on_whole_source: wholeSource,
    selections_without_coding: allSelections.filter((s) => s.codings.length === 0).length,
    cases: p.cases.length,
    variables: p.variables.length,
    variable_values: p.cases.reduce((n, c) => n + c.values.length, 0) + p.sources.reduce((n, s) => n + (s.values?.length ?? 0), 0),
    sets: p.sets.length,
    notes: p.notes.length,
    links: p.links.length,
  };
}

/** The coded passages: `text.slice(start, end)` of every selection whose source has text. */
export function selectedTexts(p: QdpxProject): string[] {
  const texts = new Map(p.sources.map((s) => [s.guid, s.text]));
  return p.selections.flatMap((s) => {
    const text = texts.get(s.sourceGuid);
    return text === undefined ? [] : [text.slice(s.start, s.end)];
  });
}

export interface TestZipEntry {
  name: string;
  data: Uint8Array | string;
  /** 0 stored, 8 deflate (default), or any other number to claim an unsupported method. */
  method?: number;
  /** Raw deflate bytes to store instead of compressing `data` (for bombs built elsewhere). */
  compressed?: Uint8Array;
  /** Size to claim in the headers (defaults to the real one). */
  declaredSize?: number;
  crc?: number;
  flags?: number;
}

/**
 * A ZIP archive built byte by byte, so tests can make archives no well-behaved library would:
 * unsafe names, lying sizes, encrypted flags, odd methods, a claimed entry count.
 */
export function buildZip(entries: TestZipEntry[], options: { claimedCount?: number } = {}): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data;
    const method = entry.method ?? 8;
    const body = entry.compressed ?? (method === 8 ? deflateSync(data) : data);
    const name = encoder.encode(entry.name);
    const size = entry.declaredSize ?? data.length;
    const crc = entry.crc ?? crc32(data);
    const flags = entry.flags ?? 0x0800;
    const local = header(30, name, [[0, 0x04034b50, 4], [4, 20, 2], [6, flags, 2], [8, method, 2], [14, crc, 4], [18, body.length, 4], [22, size, 4], [26, name.length, 2]]);
    const central = header(46, name, [[0, 0x02014b50, 4], [4, 20, 2], [6, 20, 2], [8, flags, 2], [10, method, 2], [16, crc, 4], [20, body.length, 4], [24, size, 4], [28, name.length, 2], [42, offset, 4]]);
    locals.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const count = options.claimedCount ?? entries.length;
  const end = header(22, new Uint8Array(0), [[0, 0x06054b50, 4], [8, Math.min(count, 0xffff), 2], [10, Math.min(count, 0xffff), 2], [12, centralSize, 4], [16, offset, 4]]);
  return concat([...locals, ...centrals, end]);
}

function header(size: number, name: Uint8Array, fields: [number, number, 2 | 4][]): Uint8Array {
  const out = new Uint8Array(size + name.length);
  const view = new DataView(out.buffer);
  for (const [at, value, width] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value >>> 0, true);
  }
  out.set(name, size);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A minimal valid project.qde with one text source and one selection coded by one user. */
export function minimalQde(options: { start?: number; end?: number; plainTextPath?: string; extra?: string } = {}): string {
  const { start = 0, end = 5, plainTextPath = 'internal://5a5a5a5a-0000-4000-8000-000000000001.txt', extra = '' } = options;
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="test" origin="test">
<Users><User guid="11111111-1111-4111-8111-111111111111" name="tester"/></Users>
<CodeBook><Codes><Code guid="c0de0002-0000-4000-8000-000000000002" name="Child" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="5a5a5a5a-0000-4000-8000-000000000001" name="doc1" plainTextPath="${plainTextPath}">
<PlainTextSelection guid="5e1e0001-0000-4000-8000-000000000001" startPosition="${start}" endPosition="${end}">
<Coding guid="c0d10001-0000-4000-8000-000000000001" creatingUser="11111111-1111-4111-8111-111111111111"><CodeRef targetGUID="c0de0002-0000-4000-8000-000000000002"/></Coding>
</PlainTextSelection></TextSource></Sources>${extra}</Project>`;
}

export const MINIMAL_SOURCE_NAME = 'sources/5a5a5a5a-0000-4000-8000-000000000001.txt';
