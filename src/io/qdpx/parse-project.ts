import { describe, GuidRegistry } from './guid';
import type { IssueLog } from './issues';
import { parseCases, parseVariables, variableValuesParser } from './parse-cases';
import { parseCodeTree, parseSets } from './parse-codes';
import {
  dateAttr, descriptionOf, guidAttr, nameOr, noteRefsOf, type ParseContext,
} from './parse-common';
import { countSkipped, type ParsedProject, type TextCarrier } from './parsed';
import { parseSources } from './parse-sources';
import type { QdpxLink, QdpxNote, QdpxProject, QdpxUser } from './types';
import { childNamed, childrenNamed, type XmlElement } from './xml';

const DIRECTIONS = ['Associative', 'OneWay', 'Bidirectional'] as const;

/**
 * Reads a `Project` element into a project whose selections still hold the offsets as written.
 * Identity problems (missing or duplicate GUIDs, Codes without name, bad positions) are collected
 * as errors in `log`; the caller decides when to stop.
 */
export function parseProject(root: XmlElement, log: IssueLog): ParsedProject {
  const ctx: ParseContext = { log, guids: new GuidRegistry(log) };
  const skipped = new Map<string, number>();
  const section = (name: string) => childNamed(root, name);
  const codes = section('CodeBook');
  const codesElement = codes ? childNamed(codes, 'Codes') : undefined;
  const variables = section('Variables') ? parseVariables(section('Variables')!, ctx) : [];
  const values = variableValuesParser(variables, ctx);
  const sources = section('Sources')
    ? parseSources(section('Sources')!, ctx, values, skipped)
    : { sources: [], selections: [], mediaSelections: [], textCarriers: [], mediaFiles: [] };
  const noteCarriers: TextCarrier[] = [];
  const project: QdpxProject = {
    name: projectName(root, log),
    users: section('Users') ? parseUsers(section('Users')!, ctx) : [],
    codes: codesElement ? parseCodeTree(codesElement, ctx) : [],
    sources: sources.sources,
    selections: sources.selections,
    mediaSelections: sources.mediaSelections,
    notes: section('Notes') ? parseNotes(section('Notes')!, ctx, noteCarriers, skipped) : [],
    cases: section('Cases') ? parseCases(section('Cases')!, ctx, values) : [],
    variables,
    sets: section('Sets') ? parseSets(section('Sets')!, ctx) : [],
    links: section('Links') ? parseLinks(section('Links')!, ctx) : [],
  };
  addProjectDetails(project, root, ctx);
  countSkipped(skipped, 'Graph', section('Graphs') ? childrenNamed(section('Graphs')!, 'Graph').length : 0);
  return { project, textCarriers: [...sources.textCarriers, ...noteCarriers], mediaFiles: sources.mediaFiles, skipped };
}

function projectName(root: XmlElement, log: IssueLog): string {
  const name = root.attrs.name;
  if (name !== undefined && name.trim() !== '') return name;
  log.warn('W_MISSING_ATTRIBUTE', 'The Project element has no name; it was called "Imported project".');
  return 'Imported project';
}

function addProjectDetails(project: QdpxProject, root: XmlElement, ctx: ParseContext): void {
  const origin = root.attrs.origin;
  if (origin) project.origin = origin;
  const description = descriptionOf(root);
  if (description !== undefined) project.description = description;
  const notes = noteRefsOf(root, ctx);
  if (notes.length > 0) project.noteGuids = notes;
  const createdAt = dateAttr(root, 'creationDateTime', ctx);
  if (createdAt !== undefined) project.createdAt = createdAt;
  const modifiedAt = dateAttr(root, 'modifiedDateTime', ctx);
  if (modifiedAt !== undefined) project.modifiedAt = modifiedAt;
}

function parseUsers(users: XmlElement, ctx: ParseContext): QdpxUser[] {
  const out: QdpxUser[] = [];
  for (const element of childrenNamed(users, 'User')) {
    const guid = ctx.guids.define(element);
    if (guid !== undefined) out.push({ guid, name: nameOr(element, element.attrs.id ?? `User ${out.length + 1}`) });
  }
  return out;
}

/** Notes are memos; their text is inline or in a file (loaded later through `carriers`). */
function parseNotes(notes: XmlElement, ctx: ParseContext, carriers: TextCarrier[], skipped: Map<string, number>): QdpxNote[] {
  const out: QdpxNote[] = [];
  for (const element of childrenNamed(notes, 'Note')) {
    const guid = ctx.guids.define(element);
    if (guid === undefined) continue;
    const note: QdpxNote = { guid, name: nameOr(element, 'Note'), text: '' };
    const description = descriptionOf(element);
    if (description !== undefined) note.description = description;
    const userGuid = guidAttr(element, 'creatingUser');
    if (userGuid) note.userGuid = userGuid;
    const createdAt = dateAttr(element, 'creationDateTime', ctx);
    if (createdAt !== undefined) note.createdAt = createdAt;
    const carrier: TextCarrier = { ownerGuid: guid, owner: 'note', what: describe(element) };
    if (element.attrs.plainTextPath) carrier.plainTextPath = element.attrs.plainTextPath;
    const inline = childNamed(element, 'PlainTextContent');
    if (inline) carrier.inlineText = inline.text;
    carriers.push(carrier);
    countSkipped(skipped, 'PlainTextSelection in a Note', childrenNamed(element, 'PlainTextSelection').length);
    out.push(note);
  }
  return out;
}

function parseLinks(links: XmlElement, ctx: ParseContext): QdpxLink[] {
  const out: QdpxLink[] = [];
  for (const element of childrenNamed(links, 'Link')) {
    const guid = ctx.guids.define(element);
    if (guid === undefined) continue;
    const link: QdpxLink = { guid };
    if (element.attrs.name) link.name = element.attrs.name;
    const direction = element.attrs.direction;
    const known = DIRECTIONS.find((d) => d === direction);
    if (known) link.direction = known;
    else if (direction !== undefined) ctx.log.warn('W_BAD_ENUM', `${describe(element)} has direction="${direction}"; it was ignored.`);
    const origin = guidAttr(element, 'originGUID');
    if (origin) link.originGuid = origin;
    const target = guidAttr(element, 'targetGUID');
    if (target) link.targetGuid = target;
    const notes = noteRefsOf(element, ctx);
    if (notes.length > 0) link.noteGuids = notes;
    out.push(link);
  }
  return out;
}
