import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { QdpxCode, QdpxCoding, QdpxNote, QdpxProject, QdpxSelection, QdpxSource, QdpxUser } from '../../src/io/qdpx/types';
import { writeQdpx } from '../../src/io/qdpx/write';
import { prng } from './prng';

/**
 * Synthetic REFI-QDA projects for the import benchmark, built in Node from a seeded PRNG (the
 * same bytes on every machine, for a given writer) and written with Verbatim's own `writeQdpx`.
 *
 * Shape: interview transcripts of speaker turns ("Interviewer: …", "P007: …", paragraphs separated
 * by a blank line, LF only, NFC, with some accented words and emoji, including surrogate pairs),
 * a codebook of 300 codes in a three-level tree, selections of 3–40 words inside one turn, each
 * coded with 1–2 codes by 1–3 of three users, and notes attached to the project, codes, sources
 * and selections.
 */
export interface SyntheticSpec {
  /** File name stem, e.g. `qdpx-20mb`. */
  name: string;
  seed: number;
  sources: number;
  /** UTF-16 code units of text per source (approximately: turns are whole). */
  charsPerSource: number;
  selections: number;
  codes: number;
  notes: number;
}

/** What was generated, for the benchmark's note. Sizes in bytes. */
export interface SyntheticStats {
  path: string;
  fileName: string;
  zipBytes: number;
  /** `project.qde` plus every `sources/*.txt`, as stored (UTF-8). */
  uncompressedBytes: number;
  qdeBytes: number;
  sourceTextBytes: number;
  /** UTF-16 code units of source text. */
  textChars: number;
  sources: number;
  selections: number;
  codings: number;
  codes: number;
  notes: number;
  users: number;
}

/**
 * "A 20 MB project" read as the .qdpx file on disk, the zip: 21,269,257 bytes (20.3 MiB), which
 * inflates to 78.4 MB (42.7 MB of UTF-8 text, 41.1 M UTF-16 units, in 410 sources of ~100k
 * characters, and a 35.7 MB project.qde: 50,000 selections, 96,770 codings, 300 codes, 600 notes).
 * Calibrated by measuring the written file; `loadSyntheticQdpx` reports the exact sizes.
 */
export const QDPX_20MB: SyntheticSpec = {
  name: 'qdpx-20mb', seed: 20_2024, sources: 410, charsPerSource: 100_000, selections: 50_000, codes: 300, notes: 600,
};

/**
 * "A 20 MB project" read as 20 MB of project data, the size the files have inside the .qdpx
 * (NVivo for Mac stores them uncompressed, so its .qdpx is this size too): about 10 MB of text
 * in 100 sources and a project.qde of about 9 MB with 12,000 selections.
 */
export const QDPX_20MB_DATA: SyntheticSpec = {
  name: 'qdpx-20mb-data', seed: 20_2025, sources: 100, charsPerSource: 100_000, selections: 12_000, codes: 300, notes: 150,
};

/** The baseline: the same generator at 1/100 of the data (same codebook), about 200 KB zipped. */
export const QDPX_200KB: SyntheticSpec = {
  name: 'qdpx-200kb', seed: 2_024, sources: 4, charsPerSource: 85_000, selections: 500, codes: 300, notes: 6,
};


class Gen {
  readonly random: () => number;
  constructor(seed: number) { this.random = prng(seed); }
  int(lo: number, hi: number): number { return lo + Math.floor(this.random() * (hi - lo + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.random() * xs.length)]!; }
  /** Zipf-like (rank r with probability ∝ 1/r): early items far more often, as words are in speech. */
  zipf<T>(xs: readonly T[]): T { return xs[Math.floor((xs.length + 1) ** this.random()) - 1]!; }
  guid(): string {
    const hex = (n: number) => Math.floor(this.random() * 16 ** n).toString(16).padStart(n, '0');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(6)}${hex(6)}`;
  }
}

const COMMON = `the and to of a I in that it was you we is for they but so on with like just about
have what not this my be at all there when he she it's do had or were know think people then because
if one would really from time going out can more them get an some very well me our how could by
been did which up who no yeah mean thing things would've school work family said kind lot much
other back first years even those year go home want where day first always never money help job
feel felt course around same still little good right talk talked different because through before`.split(/\s+/);
const CONTENT = `community housing council neighbourhood landlord rent deposit benefits childcare nursery
shift manager warehouse contract agency hours overtime commute bus train bicycle allotment garden
clinic doctor appointment waiting list prescription pharmacy anxiety stress sleep mother father
grandmother sister brother cousin daughter son partner friend neighbour teacher headteacher
homework exam college apprenticeship training certificate interview application form deadline
library volunteer church mosque temple festival market shop café résumé naïve façade fiancée
déjà coöperation jalapeño piñata São Paulo Zürich Ångström Kraków Łódź Dvořák Gdańsk Málaga
Ñuñoa crème brûlée smörgåsbord Bjørn Siobhán Zoë Chloé Renée Jürgen Ólafur François Ærø
mañana über naïveté rôle élan cortège soirée tête-à-tête`.split(/\s+/).map((w) => w.normalize('NFC'));
const EMOJI = ['😀', '👍🏽', '🎉', '❤️', '🙏', '😂', '🏠', '🚌', '☕', '👩‍👧'];
const FILLERS = ['um', 'uh', 'you know', 'I mean', 'sort of', '[laughs]', '[pause]', '[inaudible]', '…'];
const CODE_WORDS = `Housing Work Family Health Education Money Community Transport Identity Belonging Trust
Loss Change Hope Fear Support Conflict Care Time Place Faith Food Safety Voice Rights Memory`.split(/\s+/);
const CODE_QUALIFIERS = `costs security quality access barriers strategies experiences expectations networks
conflicts routines decisions feelings changes history future past formal informal positive negative`.split(/\s+/);

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'f', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'r', 's', 'sh', 'st', 't', 'th', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'é', 'ö', 'á', 'ü', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'nd', 'st', 'ng', 'ck', 'x'];

/**
 * A larger, rarer vocabulary (names, places, jargon of the study) so the text deflates about as
 * much as real transcripts do (~3×, as QualCoder's demo sources); common words alone give ~4.5×.
 */
function lexicon(g: Gen, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    let w = '';
    for (let k = g.int(1, 3); k > 0; k--) w += g.pick(ONSETS) + g.pick(VOWELS) + g.pick(CODAS);
    words.add(w.normalize('NFC'));
  }
  return [...words];
}

function sentence(g: Gen, rare: readonly string[]): string {
  const n = g.int(4, 22);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = g.random();
    if (r < 0.55) words.push(g.zipf(COMMON));
    else if (r < 0.75) words.push(g.zipf(CONTENT));
    else if (r < 0.95) words.push(g.zipf(rare));
    else if (r < 0.985) words.push(g.pick(FILLERS));
    else words.push(g.pick(EMOJI));
  }
  const first = words[0]!;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}${g.pick(['.', '.', '.', '?', '!', '…'])}`;
}

interface Turn { bodyStart: number; bodyEnd: number }

function transcript(g: Gen, rare: readonly string[], participant: string, chars: number): { text: string; turns: Turn[] } {
  const parts: string[] = [];
  const turns: Turn[] = [];
  let length = 0;
  for (let k = 0; length < chars; k++) {
    const speaker = k % 2 === 0 ? 'Interviewer' : participant;
    const sentences = k % 2 === 0 ? g.int(1, 3) : g.int(2, 12);
    const body = Array.from({ length: sentences }, () => sentence(g, rare)).join(' ');
    const prefix = `${k > 0 ? '\n\n' : ''}${speaker}: `;
    turns.push({ bodyStart: length + prefix.length, bodyEnd: length + prefix.length + body.length });
    parts.push(prefix, body);
    length += prefix.length + body.length;
  }
  return { text: `${parts.join('')}\n`, turns };
}

/** Offsets in `text` where a word starts (after a space) within `[from, to)`, plus `to`. */
function wordStarts(text: string, from: number, to: number): number[] {
  const starts = [from];
  for (let i = text.indexOf(' ', from); i !== -1 && i < to; i = text.indexOf(' ', i + 1)) starts.push(i + 1);
  return starts;
}

function codebook(g: Gen, count: number): QdpxCode[] {
  const codes: QdpxCode[] = [];
  const add = (name: string, parentGuid: string | undefined, isCodable = true) => {
    const code: QdpxCode = { guid: g.guid(), name, isCodable };
    if (parentGuid) code.parentGuid = parentGuid;
    if (g.random() < 0.6) code.color = `#${g.int(0, 0xffffff).toString(16).padStart(6, '0')}`;
    if (g.random() < 0.3) code.description = `Use for talk about ${name.toLowerCase()}; not for passing mentions.`;
    codes.push(code);
    return code;
  };
  const tops = CODE_WORDS.slice(0, 15).map((w) => add(w, undefined, g.random() < 0.7));
  for (let i = 0; codes.length < count; i++) {
    const top = tops[i % tops.length]!;
    const child = add(`${top.name}: ${g.pick(CODE_QUALIFIERS)} ${i}`, top.guid);
    for (let j = g.int(0, 2); j > 0 && codes.length < count; j--) add(`${child.name} / ${g.pick(CODE_QUALIFIERS)}`, child.guid);
  }
  return codes;
}

/** Builds the project described by `spec`, deterministically. */
export function syntheticProject(spec: SyntheticSpec): QdpxProject {
  const g = new Gen(spec.seed);
  const t0 = Date.UTC(2024, 2, 1);
  const users: QdpxUser[] = [
    { guid: g.guid(), name: 'Amira Haddad' }, { guid: g.guid(), name: 'Tomás Ó Briain' }, { guid: g.guid(), name: 'Li Wei 李伟' },
  ];
  const codes = codebook(g, spec.codes);
  const rare = lexicon(g, 5000);
  const codable = codes.filter((c) => c.isCodable);
  const sources: QdpxSource[] = [];
  const turnsBySource: Turn[][] = [];
  for (let i = 0; i < spec.sources; i++) {
    const participant = `P${String(i + 1).padStart(3, '0')}`;
    const { text, turns } = transcript(g, rare, participant, spec.charsPerSource);
    sources.push({
      guid: g.guid(), name: `Interview ${participant}`, kind: 'text', text,
      userGuid: users[i % users.length]!.guid, createdAt: t0 + i * 86_400_000,
      ...(i % 10 === 0 ? { description: `Interview with ${participant}, recorded at home; consent on file.` } : {}),
    });
    turnsBySource.push(turns.filter((_, k) => k % 2 === 1));
  }
  const selections: QdpxSelection[] = [];
  for (let i = 0; i < spec.selections; i++) {
    const s = i % sources.length;
    const source = sources[s]!;
    const turn = g.pick(turnsBySource[s]!);
    const starts = wordStarts(source.text!, turn.bodyStart, turn.bodyEnd);
    const a = g.int(0, Math.max(0, starts.length - 4));
    const b = Math.min(starts.length - 1, a + g.int(3, 40));
    const end = b === starts.length - 1 ? turn.bodyEnd : starts[b]! - 1;
    const codings: QdpxCoding[] = [];
    // Mostly one coder; a reliability subset coded by two or all three.
    const r = g.random();
    const coders = users.slice(0, r < 0.6 ? 1 : r < 0.9 ? 2 : 3);
    for (let c = g.random() < 0.7 ? 1 : 2; c > 0; c--) {
      const code = g.zipf(codable);
      for (const user of coders) {
        if (codings.some((x) => x.codeGuid === code.guid && x.userGuid === user.guid)) continue;
        codings.push({ guid: g.guid(), codeGuid: code.guid, userGuid: user.guid, createdAt: t0 + i * 60_000 });
      }
    }
    selections.push({
      guid: g.guid(), sourceGuid: source.guid, start: starts[a]!, end, codings,
      userGuid: coders[0]!.guid, createdAt: t0 + i * 60_000,
    });
  }
  const notes: QdpxNote[] = [];
  const project: QdpxProject = {
    name: `Synthetic study (${spec.name})`, origin: 'Verbatim bench', description: 'A synthetic project for the import benchmark.',
    createdAt: t0, modifiedAt: t0 + 365 * 86_400_000,
    users, codes, sources, selections, mediaSelections: [], notes, cases: [], variables: [], sets: [], links: [], noteGuids: [],
  };
  for (let i = 0; i < spec.notes; i++) {
    const note: QdpxNote = {
      guid: g.guid(), name: `Memo ${i + 1}`, userGuid: g.pick(users).guid, createdAt: t0 + i * 3_600_000,
      text: Array.from({ length: g.int(2, 12) }, () => sentence(g, rare)).join(' '),
    };
    notes.push(note);
    const target = i % 4;
    const holder = target === 0 ? project : target === 1 ? g.pick(codes) : target === 2 ? g.pick(sources) : g.pick(selections);
    (holder.noteGuids ??= []).push(note.guid);
  }
  return project;
}

/** Hash of what the file's bytes depend on: the spec, this generator, the writer and text normalisation. */
function cacheKey(spec: SyntheticSpec): string {
  const hash = createHash('sha256').update(JSON.stringify(spec));
  const qdpx = resolve(import.meta.dirname, '../../src/io/qdpx');
  const inputs = [
    import.meta.filename, resolve(import.meta.dirname, '../../src/core/text/normalise.ts'),
    ...readdirSync(qdpx).filter((f) => f.startsWith('write') || f === 'xml-writer.ts').sort().map((f) => resolve(qdpx, f)),
  ];
  for (const file of inputs) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/**
 * The .qdpx for `spec` in the OS temp directory, written once and reused while the spec, this
 * generator and the writer are unchanged (the 20 MB one takes ~10 s to build).
 */
export async function loadSyntheticQdpx(spec: SyntheticSpec): Promise<SyntheticStats> {
  const fileName = `${spec.name}.qdpx`;
  const dir = resolve(tmpdir(), `verbatim-bench-${cacheKey(spec)}`);
  const path = resolve(dir, fileName);
  const statsPath = resolve(dir, `${spec.name}.json`);
  if (existsSync(path) && existsSync(statsPath)) return { ...(JSON.parse(readFileSync(statsPath, 'utf8')) as SyntheticStats), path };
  const project = syntheticProject(spec);
  const zip = await writeQdpx(project);
  const entries = unzipSync(zip);
  const sizes = Object.entries(entries).map(([name, bytes]) => ({ name, size: bytes.length }));
  const qdeBytes = sizes.find((e) => e.name === 'project.qde')?.size ?? 0;
  const sourceTextBytes = sizes.filter((e) => e.name.startsWith('sources/')).reduce((n, e) => n + e.size, 0);
  const stats: SyntheticStats = {
    path, fileName, zipBytes: zip.length, uncompressedBytes: qdeBytes + sourceTextBytes, qdeBytes, sourceTextBytes,
    textChars: project.sources.reduce((n, s) => n + (s.text?.length ?? 0), 0),
    sources: project.sources.length, selections: project.selections.length,
    codings: project.selections.reduce((n, s) => n + s.codings.length, 0),
    codes: project.codes.length, notes: project.notes.length, users: project.users.length,
  };
  mkdirSync(dir, { recursive: true });
  // Written under a temporary name and renamed, so a concurrent run never reads half a file.
  writeFileSync(`${path}.${process.pid}`, zip);
  renameSync(`${path}.${process.pid}`, path);
  writeFileSync(statsPath, JSON.stringify(stats, null, 1));
  return stats;
}
