import { openQdpx, type QdpxArchive } from './container';
import { GuidRegistry } from './guid';
import { IssueLog, QdpxRejection, reject } from './issues';
import { parseCodeTree, parseSets } from './parse-codes';
import type { ParseContext } from './parse-common';
import { parseProject } from './parse-project';
import type { ParsedProject } from './parsed';
import { placeSelections } from './place-selections';
import { checkReferences } from './references';
import { checkRoot } from './root';
import { checkMediaFiles, loadCarrierText } from './source-files';
import type {
  PositionOption, QdcResult, QdpxCode, QdpxResult, QdpxSelection, QdpxSet, ReadQdpxOptions,
} from './types';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml';

/**
 * Imports a REFI-QDA project (.qdpx). Never throws: a rejected file gives
 * `{ errors }` without `project`; an accepted one gives the project plus any warnings.
 * Selections come back as UTF-16 offsets into each source's normalised text (see types.ts);
 * `options.positions` forces a position model instead of choosing one per source.
 * `onProgress(done, total)` counts steps: reading the .qde, then each text loaded.
 */
export async function readQdpx(bytes: Uint8Array, options: ReadQdpxOptions = {}): Promise<QdpxResult> {
  const log = new IssueLog();
  try {
    const archive = openQdpx(bytes, log);
    const root = parseXml(archive.read(archive.qde), `"${archive.qde.name}"`, log);
    checkRoot(root, 'Project', `"${archive.qde.name}"`, log);
    const parsed = parseProject(root, log);
    checkReferences(parsed.project, log);
    log.throwIfErrors();
    loadTexts(parsed, archive, options.positions ?? 'auto', log, options.onProgress);
    log.throwIfErrors();
    reportSkipped(parsed.skipped, log);
    log.summarise();
    return { project: parsed.project, errors: [], warnings: log.warnings };
  } catch (error) {
    return rejected(error, log);
  }
}

/**
 * Imports a REFI-QDA codebook (.qdc: bare XML, root `CodeBook`). Like `readQdpx`, a rejected
 * file gives `{ errors }` without `codes`. Set members that are not codes are dropped with a warning.
 */
export async function readQdc(bytes: Uint8Array): Promise<QdcResult> {
  const log = new IssueLog();
  try {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
      reject('E_XML_MALFORMED', 'This is a ZIP archive (perhaps a .qdpx project), not a .qdc codebook, which is plain XML.');
    }
    const root = parseXml(bytes, 'The codebook', log);
    checkRoot(root, 'CodeBook', 'The codebook', log);
    const codesElement = childNamed(root, 'Codes');
    if (!codesElement || childrenNamed(codesElement, 'Code').length === 0) {
      log.error('E_MISSING_ELEMENT', 'The codebook has no <Codes> with at least one <Code>.');
    }
    const ctx = { log, guids: new GuidRegistry(log) };
    const codes = codesElement ? parseCodeTree(codesElement, ctx) : [];
    const sets = parseCodebookSets(root, codes, ctx);
    log.throwIfErrors();
    log.summarise();
    const result: QdcResult = { codes, sets, errors: [], warnings: log.warnings };
    if (root.attrs.origin) result.origin = root.attrs.origin;
    return result;
  } catch (error) {
    return rejected(error, log);
  }
}

/** The codebook's sets; an empty `<Sets/>` (Taguette) and members that are not codes are reported. */
function parseCodebookSets(root: XmlElement, codes: QdpxCode[], ctx: ParseContext): QdpxSet[] {
  const { log } = ctx;
  const setsElement = childNamed(root, 'Sets');
  if (!setsElement) return [];
  if (childrenNamed(setsElement, 'Set').length === 0) {
    log.warn('W_EMPTY_SETS', 'The codebook has an empty <Sets/> (the schema needs at least one Set); it was ignored.');
  }
  const sets = parseSets(setsElement, ctx);
  const known = new Set(codes.map((c) => c.guid));
  for (const set of sets) {
    set.memberCodeGuids = set.memberCodeGuids.filter((guid) => {
      if (known.has(guid)) return true;
      log.warn('W_DANGLING_REFERENCE', `MemberCode ${guid} of Set "${set.name}" is not a code of this codebook; it was dropped.`);
      return false;
    });
  }
  return sets;
}

/**
 * The result of a rejected file. A `QdpxRejection` carries its own code; anything else is a
 * fault of the importer, reported as E_UNEXPECTED rather than thrown, so callers always get a result.
 */
function rejected(error: unknown, log: IssueLog): { errors: QdpxResult['errors']; warnings: QdpxResult['warnings'] } {
  const issue = error instanceof QdpxRejection
    ? error.issue
    : { code: 'E_UNEXPECTED', message: `The file could not be read because of an unexpected problem in the importer: ${error instanceof Error ? error.message : String(error)}` };
  if (!log.errors.some((e) => e.code === issue.code && e.message === issue.message)) log.errors.unshift(issue);
  log.summarise();
  return { errors: log.errors, warnings: log.warnings };
}

function loadTexts(
  parsed: ParsedProject, archive: QdpxArchive, positions: PositionOption, log: IssueLog,
  onProgress: ReadQdpxOptions['onProgress'],
): void {
  const { project } = parsed;
  const total = parsed.textCarriers.length + 1;
  onProgress?.(1, total);
  const sources = new Map(project.sources.map((s) => [s.guid, s]));
  const notes = new Map(project.notes.map((n) => [n.guid, n]));
  const bySource = groupBySource(project.selections);
  const placed = new Map<string, QdpxSelection>();
  const withText = new Set<string>();
  parsed.textCarriers.forEach((carrier, index) => {
    const loaded = loadCarrierText(carrier, archive, log);
    const source = carrier.owner === 'source' ? sources.get(carrier.ownerGuid) : undefined;
    const note = carrier.owner === 'note' ? notes.get(carrier.ownerGuid) : undefined;
    // Memo text stays exactly as written (only a file's BOM is gone): memos are not coded.
    if (note) note.text = loaded.text ?? '';
    if (source && source.kind === 'text') {
      if (loaded.missing) source.missing = true;
      if (loaded.external) source.external = true;
    }
    if (source && loaded.text !== undefined) {
      const selections = bySource.get(source.guid) ?? [];
      withText.add(source.guid);
      for (const selection of placeSelections(source, loaded.text, selections, positions, project.origin, log)) {
        placed.set(selection.guid, selection);
      }
    }
    onProgress?.(index + 2, total);
  });
  checkMediaFiles(parsed.mediaFiles, sources, archive, log);
  // Selections of sources without text keep the offsets as written (nothing to map them into).
  project.selections = project.selections.flatMap((s) => {
    if (!withText.has(s.sourceGuid)) return [s];
    const mapped = placed.get(s.guid);
    return mapped ? [mapped] : [];
  });
}

function groupBySource(selections: QdpxSelection[]): Map<string, QdpxSelection[]> {
  const groups = new Map<string, QdpxSelection[]>();
  for (const selection of selections) {
    const list = groups.get(selection.sourceGuid) ?? [];
    list.push(selection);
    groups.set(selection.sourceGuid, list);
  }
  return groups;
}

function reportSkipped(skipped: Map<string, number>, log: IssueLog): void {
  if (skipped.size === 0) return;
  const list = [...skipped].map(([element, count]) => `${count} ${element}`).join(', ');
  log.warn('W_NOT_IMPORTED', `Verbatim does not import these parts of the file: ${list}.`);
}
