import { describe } from './guid';
import {
  codingsOf, dateAttr, descriptionOf, guidAttr, isXsdInteger, nameOr, noteRefsOf, type ParseContext,
} from './parse-common';
import { countSkipped, type MediaFile, type TextCarrier } from './parsed';
import type { QdpxMediaSelection, QdpxSelection, QdpxSource, QdpxVariableValue, SourceKind } from './types';
import { childNamed, childrenNamed, type XmlElement } from './xml';

/** Parses the `VariableValue` children of an element (supplied by the caller, who knows the variables). */
export type ValuesParser = (owner: XmlElement) => QdpxVariableValue[];

export interface ParsedSources {
  sources: QdpxSource[];
  selections: QdpxSelection[];
  mediaSelections: QdpxMediaSelection[];
  textCarriers: TextCarrier[];
  mediaFiles: MediaFile[];
}

const MEDIA_KINDS: Record<string, Exclude<SourceKind, 'text'>> = {
  PDFSource: 'pdf', PictureSource: 'picture', AudioSource: 'audio', VideoSource: 'video',
};

/**
 * Parses `Sources` into sources, text selections (offsets as written, validated for sign and
 * order), media selections, and the text carriers and media files to look up in the archive.
 */
export function parseSources(sourcesElement: XmlElement, ctx: ParseContext, values: ValuesParser, skipped: Map<string, number>): ParsedSources {
  const out: ParsedSources = { sources: [], selections: [], mediaSelections: [], textCarriers: [], mediaFiles: [] };
  for (const element of sourcesElement.children) {
    if (element.name === 'TextSource') parseTextSource(element, ctx, values, out);
    else if (MEDIA_KINDS[element.name]) parseMediaSource(element, MEDIA_KINDS[element.name]!, ctx, values, out, skipped);
    else countSkipped(skipped, element.name);
  }
  return out;
}

function baseSource(element: XmlElement, guid: string, kind: SourceKind, fallbackName: string, ctx: ParseContext, values: ValuesParser): QdpxSource {
  const source: QdpxSource = { guid, name: nameOr(element, fallbackName), kind };
  const description = descriptionOf(element);
  if (description !== undefined) source.description = description;
  const notes = noteRefsOf(element, ctx);
  if (notes.length > 0) source.noteGuids = notes;
  const userGuid = guidAttr(element, 'creatingUser');
  if (userGuid) source.userGuid = userGuid;
  const createdAt = dateAttr(element, 'creationDateTime', ctx);
  if (createdAt !== undefined) source.createdAt = createdAt;
  const codings = codingsOf(element, ctx, userGuid);
  if (codings.length > 0) source.codings = codings;
  const sourceValues = values(element);
  if (sourceValues.length > 0) source.values = sourceValues;
  return source;
}

function parseTextSource(element: XmlElement, ctx: ParseContext, values: ValuesParser, out: ParsedSources): void {
  const guid = ctx.guids.define(element);
  if (guid === undefined) return;
  const path = element.attrs.plainTextPath;
  const source = baseSource(element, guid, 'text', fileNameOf(path) ?? guid, ctx, values);
  if (path) source.path = path;
  out.sources.push(source);
  out.textCarriers.push(carrierOf(element, guid));
  for (const selection of childrenNamed(element, 'PlainTextSelection')) {
    const parsed = parseTextSelection(selection, guid, ctx);
    if (parsed) out.selections.push(parsed);
  }
}

function carrierOf(element: XmlElement, ownerGuid: string): TextCarrier {
  const carrier: TextCarrier = { ownerGuid, owner: 'source', what: describe(element) };
  const path = element.attrs.plainTextPath;
  if (path !== undefined && path.trim() !== '') carrier.plainTextPath = path;
  const inline = childNamed(element, 'PlainTextContent');
  if (inline) carrier.inlineText = inline.text;
  return carrier;
}

function fileNameOf(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const name = path.replace(/^[a-z]+:\/\//i, '').split('/').pop();
  return name || undefined;
}

/**
 * A `PlainTextSelection` with its offsets as written. Missing or non-integer positions are
 * errors (E_MISSING_ATTRIBUTE / E_BAD_INTEGER), as are negative (E_SELECTION_OUT_OF_RANGE) and
 * reversed ones (E_SELECTION_REVERSED); an empty one is dropped (W_ZERO_LENGTH_SELECTION).
 */
function parseTextSelection(element: XmlElement, sourceGuid: string, ctx: ParseContext): QdpxSelection | undefined {
  const guid = ctx.guids.define(element);
  const start = positionAttr(element, 'startPosition', ctx);
  const end = positionAttr(element, 'endPosition', ctx);
  if (guid === undefined || start === undefined || end === undefined) return undefined;
  if (start < 0 || end < 0) {
    ctx.log.error('E_SELECTION_OUT_OF_RANGE', `${describe(element)} has a negative position (${start}–${end}).`);
    return undefined;
  }
  if (start > end) {
    ctx.log.error('E_SELECTION_REVERSED', `${describe(element)} starts at ${start}, after its end ${end}.`);
    return undefined;
  }
  if (start === end) {
    ctx.log.warn('W_ZERO_LENGTH_SELECTION', `${describe(element)} is empty (${start}–${end}); it was dropped.`);
    return undefined;
  }
  const userGuid = guidAttr(element, 'creatingUser');
  const selection: QdpxSelection = { guid, sourceGuid, start, end, codings: codingsOf(element, ctx, userGuid) };
  addSelectionDetails(selection, element, ctx);
  if (userGuid) selection.userGuid = userGuid;
  const createdAt = dateAttr(element, 'creationDateTime', ctx);
  if (createdAt !== undefined) selection.createdAt = createdAt;
  return selection;
}

function addSelectionDetails(selection: QdpxSelection | QdpxMediaSelection, element: XmlElement, ctx: ParseContext): void {
  const name = element.attrs.name;
  if (name !== undefined && name !== '') selection.name = name;
  const description = descriptionOf(element);
  if (description !== undefined) selection.description = description;
  const notes = noteRefsOf(element, ctx);
  if (notes.length > 0) selection.noteGuids = notes;
}

function positionAttr(element: XmlElement, attr: string, ctx: ParseContext): number | undefined {
  const raw = element.attrs[attr];
  if (raw === undefined) {
    ctx.log.error('E_MISSING_ATTRIBUTE', `${describe(element)} has no ${attr}.`);
    return undefined;
  }
  if (!isXsdInteger(raw)) {
    ctx.log.error('E_BAD_INTEGER', `${describe(element)} has ${attr}="${raw}", which is not an integer.`);
    return undefined;
  }
  return Number(raw.trim());
}

function parseMediaSource(
  element: XmlElement, kind: Exclude<SourceKind, 'text'>, ctx: ParseContext, values: ValuesParser,
  out: ParsedSources, skipped: Map<string, number>,
): void {
  const guid = ctx.guids.define(element);
  if (guid === undefined) return;
  const path = element.attrs.path;
  const source = baseSource(element, guid, kind, fileNameOf(path) ?? guid, ctx, values);
  if (path) {
    source.path = path;
    out.mediaFiles.push({ sourceGuid: guid, what: describe(element), path });
  }
  out.sources.push(source);
  for (const child of element.children) {
    if (child.name.endsWith('Selection')) {
      const selection = mediaSelection(child, guid, kind, ctx);
      if (selection) out.mediaSelections.push(selection);
    }
    else if (child.name === 'Representation') parseRepresentation(child, guid, ctx, out);
    else if (child.name === 'Transcript' || child.name === 'TextDescription') countSkipped(skipped, child.name);
  }
}

/** A PDF's text representation: its selections count as text selections of the PDF source. */
function parseRepresentation(element: XmlElement, pdfGuid: string, ctx: ParseContext, out: ParsedSources): void {
  if (ctx.guids.define(element) === undefined) return;
  out.textCarriers.push(carrierOf(element, pdfGuid));
  for (const selection of childrenNamed(element, 'PlainTextSelection')) {
    const parsed = parseTextSelection(selection, pdfGuid, ctx);
    if (parsed) out.selections.push(parsed);
  }
}

const GEOMETRY = ['page', 'firstX', 'firstY', 'secondX', 'secondY', 'begin', 'end'] as const;

/** A PDF, picture, audio or video selection with its geometry; numbers that are not integers are dropped. */
function mediaSelection(element: XmlElement, sourceGuid: string, kind: Exclude<SourceKind, 'text'>, ctx: ParseContext): QdpxMediaSelection | undefined {
  const guid = ctx.guids.define(element);
  if (guid === undefined) return undefined;
  const userGuid = guidAttr(element, 'creatingUser');
  const selection: QdpxMediaSelection = { guid, sourceGuid, kind, codings: codingsOf(element, ctx, userGuid) };
  addSelectionDetails(selection, element, ctx);
  for (const attr of GEOMETRY) {
    const raw = element.attrs[attr];
    if (raw === undefined) continue;
    if (isXsdInteger(raw)) selection[attr] = Number(raw.trim());
    else ctx.log.warn('W_BAD_INTEGER', `${describe(element)} has ${attr}="${raw}", which is not an integer; it was ignored.`);
  }
  const representation = childNamed(element, 'Representation');
  if (representation) {
    ctx.guids.define(representation);
    const inline = childNamed(representation, 'PlainTextContent');
    if (inline) selection.text = inline.text;
  }
  return selection;
}
