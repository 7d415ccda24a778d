import { describe, GuidRegistry, normaliseGuid } from './guid';
import type { IssueLog } from './issues';
import type { QdpxCoding } from './types';
import { childNamed, childrenNamed, type XmlElement } from './xml';

/** What every element parser needs: the issue log and the file's GUID registry. */
export interface ParseContext {
  log: IssueLog;
  guids: GuidRegistry;
}

/** The element's `Description` text, or undefined when absent or blank (NVivo writes `<Description />`). */
export function descriptionOf(element: XmlElement): string | undefined {
  const text = childNamed(element, 'Description')?.text;
  return text !== undefined && text.trim() !== '' ? text : undefined;
}

/** GUIDs of the element's `NoteRef` children (targets are checked later). */
export function noteRefsOf(element: XmlElement, ctx: ParseContext): string[] {
  return refsOf(element, 'NoteRef', 'targetGUID', ctx);
}

/** Normalised GUIDs that the children named `childName` point at with attribute `attr`. */
export function refsOf(element: XmlElement, childName: string, attr: string, ctx: ParseContext): string[] {
  const guids: string[] = [];
  for (const child of childrenNamed(element, childName)) {
    const target = child.attrs[attr];
    if (target === undefined || target.trim() === '') {
      ctx.log.warn('W_MISSING_ATTRIBUTE', `A ${childName} in ${describe(element)} has no ${attr}; it was ignored.`);
    } else {
      guids.push(normaliseGuid(target));
    }
  }
  return guids;
}

/** The normalised GUID in attribute `attr`, if present. */
export function guidAttr(element: XmlElement, attr: string): string | undefined {
  const value = element.attrs[attr];
  return value === undefined || value.trim() === '' ? undefined : normaliseGuid(value);
}

/**
 * An `xsd:dateTime` as milliseconds since the epoch. A time without zone is read as UTC; an
 * unreadable one is dropped with W_BAD_DATETIME (dates are optional everywhere).
 */
export function dateAttr(element: XmlElement, attr: string, ctx: ParseContext): number | undefined {
  const raw = element.attrs[attr]?.trim();
  if (!raw) return undefined;
  const withZone = /(Z|[+-]\d\d:\d\d)$/.test(raw) ? raw : `${raw}Z`;
  const ms = /^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(raw) ? Date.parse(withZone) : NaN;
  if (Number.isNaN(ms)) {
    ctx.log.warn('W_BAD_DATETIME', `${describe(element)} has ${attr}="${raw}", which is not an xsd:dateTime; it was ignored.`);
    return undefined;
  }
  return ms;
}

const INTEGER = /^[+-]?\d+$/;

/** Whether `value` is an `xsd:integer` lexical form. */
export function isXsdInteger(value: string): boolean {
  return INTEGER.test(value.trim());
}

/** An `xsd:boolean` (`true`, `false`, `1`, `0`), or undefined when it is not one. */
export function parseXsdBoolean(value: string): boolean | undefined {
  const v = value.trim();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return undefined;
}

/** `#RGB` or `#RRGGBB` as lower-case `#rrggbb`; undefined when not an RGBType. */
export function parseColor(value: string): string | undefined {
  const m = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(value.trim());
  if (!m) return undefined;
  const hex = m[1]!.toLowerCase();
  return hex.length === 3 ? `#${hex[0]}${hex[0]}${hex[1]}${hex[1]}${hex[2]}${hex[2]}` : `#${hex}`;
}

/**
 * The `Coding` children of `owner`. Each keeps its creating user (falling back to the owner's)
 * so the coder survives; a Coding without a CodeRef is dropped with a warning.
 */
export function codingsOf(owner: XmlElement, ctx: ParseContext, fallbackUser?: string): QdpxCoding[] {
  const codings: QdpxCoding[] = [];
  for (const element of childrenNamed(owner, 'Coding')) {
    const guid = ctx.guids.define(element);
    const codeGuid = guidAttr(childNamed(element, 'CodeRef') ?? element, 'targetGUID');
    if (!childNamed(element, 'CodeRef') || codeGuid === undefined) {
      ctx.log.warn('W_MISSING_ELEMENT', `${describe(element)} in ${describe(owner)} has no CodeRef with a targetGUID; it was ignored.`);
      continue;
    }
    const coding: QdpxCoding = { codeGuid };
    const userGuid = guidAttr(element, 'creatingUser') ?? fallbackUser;
    if (userGuid) coding.userGuid = userGuid;
    if (guid) coding.guid = guid;
    const createdAt = dateAttr(element, 'creationDateTime', ctx);
    if (createdAt !== undefined) coding.createdAt = createdAt;
    codings.push(coding);
  }
  return codings;
}

/** The element's `name` attribute, or `fallback` when it is missing or blank. */
export function nameOr(element: XmlElement, fallback: string): string {
  const name = element.attrs.name;
  return name !== undefined && name.trim() !== '' ? name : fallback;
}
