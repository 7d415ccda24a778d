import { describe, normaliseGuid } from './guid';
import { descriptionOf, noteRefsOf, type ParseContext, parseColor, parseXsdBoolean } from './parse-common';
import type { QdpxCode, QdpxSet } from './types';
import { childrenNamed, type XmlElement } from './xml';

/**
 * Flattens the `Code` tree under `codes` (a `Codes` element) into a list in document order,
 * parents before children, each child pointing at its parent by `parentGuid`.
 * A Code without name is an error (E_MISSING_ATTRIBUTE); a missing `isCodable` defaults to true
 * (W_MISSING_ISCODABLE); an invalid colour is dropped (W_INVALID_COLOR).
 */
export function parseCodeTree(codes: XmlElement, ctx: ParseContext): QdpxCode[] {
  const out: QdpxCode[] = [];
  const visit = (element: XmlElement, parentGuid: string | undefined) => {
    const code = parseCode(element, parentGuid, ctx);
    if (code) out.push(code);
    for (const child of childrenNamed(element, 'Code')) visit(child, code?.guid ?? parentGuid);
  };
  for (const element of childrenNamed(codes, 'Code')) visit(element, undefined);
  return out;
}

function parseCode(element: XmlElement, parentGuid: string | undefined, ctx: ParseContext): QdpxCode | undefined {
  const guid = ctx.guids.define(element);
  const name = element.attrs.name;
  if (name === undefined) {
    ctx.log.error('E_MISSING_ATTRIBUTE', `${describe(element)} has no name attribute; every Code needs one.`);
  }
  if (guid === undefined || name === undefined) return undefined;
  const code: QdpxCode = { guid, name, isCodable: isCodableOf(element, ctx) };
  if (parentGuid) code.parentGuid = parentGuid;
  const color = colorOf(element, ctx);
  if (color) code.color = color;
  const description = descriptionOf(element);
  if (description !== undefined) code.description = description;
  const notes = noteRefsOf(element, ctx);
  if (notes.length > 0) code.noteGuids = notes;
  return code;
}

function isCodableOf(element: XmlElement, ctx: ParseContext): boolean {
  const raw = element.attrs.isCodable;
  if (raw === undefined) {
    ctx.log.warn('W_MISSING_ISCODABLE', `${describe(element)} has no isCodable attribute; it was taken as codable.`);
    return true;
  }
  const value = parseXsdBoolean(raw);
  if (value === undefined) {
    ctx.log.warn('W_MISSING_ISCODABLE', `${describe(element)} has isCodable="${raw}", which is not a boolean; it was taken as codable.`);
    return true;
  }
  return value;
}

function colorOf(element: XmlElement, ctx: ParseContext): string | undefined {
  const raw = element.attrs.color;
  if (raw === undefined || raw.trim() === '') return undefined;
  const color = parseColor(raw);
  if (!color) ctx.log.warn('W_INVALID_COLOR', `${describe(element)} has color="${raw}", which is not #RGB or #RRGGBB; the colour was dropped.`);
  return color;
}

/**
 * The `Set` children of `sets`. Members are taken from `MemberCode`, `MemberSource` and
 * `MemberNote`, reading `targetGUID` (project schema) or `guid` (codebook schema).
 * A Set without name is dropped (W_MISSING_ATTRIBUTE); member targets are checked later.
 */
export function parseSets(sets: XmlElement, ctx: ParseContext): QdpxSet[] {
  const out: QdpxSet[] = [];
  for (const element of childrenNamed(sets, 'Set')) {
    const guid = ctx.guids.define(element);
    if (guid === undefined) continue;
    const name = element.attrs.name;
    if (name === undefined) {
      ctx.log.warn('W_MISSING_ATTRIBUTE', `${describe(element)} has no name attribute; the set was ignored.`);
      continue;
    }
    const set: QdpxSet = {
      guid,
      name,
      memberCodeGuids: memberGuids(element, 'MemberCode', ctx),
      memberSourceGuids: memberGuids(element, 'MemberSource', ctx),
      memberNoteGuids: memberGuids(element, 'MemberNote', ctx),
    };
    const description = descriptionOf(element);
    if (description !== undefined) set.description = description;
    out.push(set);
  }
  return out;
}

function memberGuids(set: XmlElement, childName: string, ctx: ParseContext): string[] {
  const guids: string[] = [];
  for (const member of childrenNamed(set, childName)) {
    const target = member.attrs.targetGUID ?? member.attrs.guid;
    if (target === undefined || target.trim() === '') {
      ctx.log.warn('W_MISSING_ATTRIBUTE', `A ${childName} in ${describe(set)} names no target; it was ignored.`);
    } else {
      guids.push(normaliseGuid(target));
    }
  }
  return guids;
}
