import type { NormalisedText } from '../../core/text/normalise';
import { normaliseWithMap } from '../../core/text/normalise';
import type { QdpxCoding, QdpxProject, QdpxSelection, QdpxSource, QdpxVariable } from './types';
import {
  type GuidMinter, writeDescription, writeNoteRefs, writeVariableValues, xsdDateTime,
} from './write-common';
import type { XmlWriter } from './xml-writer';

/** What is being exported, so references point only at objects that are in the file. */
export interface ExportScope {
  guids: GuidMinter;
  sources: QdpxSource[];
  selections: Map<string, QdpxSelection[]>;
  writtenSelections: Set<string>;
  notes: Set<string>;
  variables: Map<string, QdpxVariable>;
}

/**
 * The sources Verbatim can write: text sources that have text. Media sources and sources whose
 * file was missing on import carry no bytes here, so they cannot be exported.
 */
export function exportableSources(project: QdpxProject): QdpxSource[] {
  return project.sources.filter((s) => s.kind === 'text' && s.text !== undefined);
}

/**
 * Writes `Sources` and returns the plain-text files, `sources/<guid>.txt`: UTF-8 without BOM, in
 * Verbatim's normalised form (NFC, LF line ends; text that already is, as from a bundle, is
 * written unchanged). Selection offsets (UTF-16) follow the text into that form and are written
 * as Unicode code points, end-exclusive, as the standard counts them.
 */
export function writeSources(xml: XmlWriter, scope: ExportScope): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  if (scope.sources.length === 0) return files;
  const encoder = new TextEncoder();
  xml.open('Sources');
  for (const source of scope.sources) {
    const guid = scope.guids.guid(source.guid);
    const fileName = `${guid}.txt`;
    const normalised = normaliseWithMap(source.text ?? '');
    files[`sources/${fileName}`] = encoder.encode(normalised.text);
    xml.open('TextSource', {
      guid, name: source.name, plainTextPath: `internal://${fileName}`,
      creatingUser: userRef(source.userGuid, scope), creationDateTime: xsdDateTime(source.createdAt),
    });
    writeDescription(xml, source.description);
    writeSelections(xml, source.guid, normalised, scope);
    writeCodings(xml, source.codings, scope);
    writeNoteRefs(xml, source.noteGuids, scope.notes, scope.guids);
    writeVariableValues(xml, source.values, scope.variables, scope.guids);
    xml.close('TextSource');
  }
  xml.close('Sources');
  return files;
}

function writeSelections(xml: XmlWriter, sourceGuid: string, normalised: NormalisedText, scope: ExportScope): void {
  const selections = scope.selections.get(sourceGuid) ?? [];
  if (selections.length === 0) return;
  const toCodePoints = codePointIndex(normalised.text);
  const last = normalised.map.length - 1;
  const mapped = (offset: number) => normalised.map[Math.max(0, Math.min(last, offset))]!;
  for (const selection of selections) {
    const [start, end] = toCodePoints(mapped(selection.start), mapped(selection.end));
    xml.open('PlainTextSelection', {
      guid: scope.guids.guid(selection.guid), name: selection.name, startPosition: start, endPosition: end,
      creatingUser: userRef(selection.userGuid, scope), creationDateTime: xsdDateTime(selection.createdAt),
    });
    writeDescription(xml, selection.description);
    writeCodings(xml, selection.codings, scope);
    writeNoteRefs(xml, selection.noteGuids, scope.notes, scope.guids);
    xml.close('PlainTextSelection');
  }
}

function writeCodings(xml: XmlWriter, codings: QdpxCoding[] | undefined, scope: ExportScope): void {
  for (const coding of codings ?? []) {
    xml.open('Coding', {
      guid: coding.guid ? scope.guids.guid(coding.guid) : scope.guids.fresh(),
      creatingUser: userRef(coding.userGuid, scope), creationDateTime: xsdDateTime(coding.createdAt),
    });
    xml.empty('CodeRef', { targetGUID: scope.guids.guid(coding.codeGuid) });
    xml.close('Coding');
  }
}

/** A user reference is written whenever given: keeping the coder matters more than tidiness. */
function userRef(guid: string | undefined, scope: ExportScope): string | undefined {
  return guid === undefined ? undefined : scope.guids.guid(guid);
}

/**
 * Returns a converter from a UTF-16 range `[start, end)` of `text` to the same range in code
 * points. A bound inside a surrogate pair is widened to the whole character. Bounds are clamped
 * to the text. The table is built once per text (linear), so conversion is O(1).
 */
export function codePointIndex(text: string): (start: number, end: number) => [number, number] {
  const table = new Uint32Array(text.length + 1);
  let codePoints = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = codePoints;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) table[++i] = codePoints;
    codePoints++;
  }
  table[text.length] = codePoints;
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const insidePair = (i: number) => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00
    && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  return (start, end) => {
    const s = clamp(start);
    const e = clamp(end);
    return [table[s]!, table[e]! + (insidePair(e) ? 1 : 0)];
  };
}
