import type { QdpxCode, QdpxProject, QdpxSelection } from './types';
import {
  GuidMinter, rgb, VERBATIM_ORIGIN, writeDescription, writeNoteRefs, writeVariableValues, xsdDateTime,
} from './write-common';
import { exportableSources, type ExportScope, writeSources } from './write-sources';
import { XmlWriter } from './xml-writer';

const PROJECT_NS = 'urn:QDA-XML:project:1.0';
const PROJECT_XSD = 'http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * Builds `project.qde` and the source files for `project`. Elements follow the order of each
 * `xsd:sequence` in Project-mrt2019.xsd, empty containers are left out (the schema forbids them),
 * and every reference points at an object that is in the file.
 */
export function projectDocument(project: QdpxProject): { xml: string; files: Record<string, Uint8Array> } {
  const guids = new GuidMinter();
  const sources = exportableSources(project);
  const sourceGuids = new Set(sources.map((s) => s.guid));
  const selections = groupBySource(project.selections.filter((s) => sourceGuids.has(s.sourceGuid)));
  const scope: ExportScope = {
    guids, sources, selections,
    writtenSelections: new Set([...selections.values()].flat().map((s) => s.guid)),
    notes: new Set(project.notes.map((n) => n.guid)),
    variables: new Map(project.variables.map((v) => [v.guid, v])),
  };
  const xml = new XmlWriter();
  xml.open('Project', {
    name: project.name, origin: VERBATIM_ORIGIN,
    creationDateTime: xsdDateTime(project.createdAt), modifiedDateTime: xsdDateTime(project.modifiedAt),
    xmlns: PROJECT_NS, 'xmlns:xsi': XSI, 'xsi:schemaLocation': `${PROJECT_NS} ${PROJECT_XSD}`,
  });
  if (project.users.length > 0) {
    xml.open('Users');
    for (const user of project.users) xml.empty('User', { guid: guids.guid(user.guid), name: user.name });
    xml.close('Users');
  }
  writeCodeBook(xml, project.codes, scope);
  writeVariables(xml, project, scope);
  writeCases(xml, project, scope, sourceGuids);
  const files = writeSources(xml, scope);
  writeNotes(xml, project, scope);
  writeLinks(xml, project, scope);
  writeSets(xml, project, scope, sourceGuids);
  writeDescription(xml, project.description);
  writeNoteRefs(xml, project.noteGuids, scope.notes, guids);
  xml.close('Project');
  return { xml: xml.toString(), files };
}

function groupBySource(selections: QdpxSelection[]): Map<string, QdpxSelection[]> {
  const groups = new Map<string, QdpxSelection[]>();
  for (const selection of selections) {
    const list = groups.get(selection.sourceGuid);
    if (list) list.push(selection);
    else groups.set(selection.sourceGuid, [selection]);
  }
  return groups;
}

/**
 * Writes the code tree rooted at codes without a (known) parent. `withNoteRefs` is false for a
 * .qdc, whose schema has no NoteRef. Cycles in `parentGuid` are broken, never followed forever.
 */
export function writeCodeTree(xml: XmlWriter, codes: QdpxCode[], guids: GuidMinter, notes: Set<string> | null): void {
  const known = new Set(codes.map((c) => c.guid));
  const children = new Map<string | undefined, QdpxCode[]>();
  for (const code of codes) {
    const parent = code.parentGuid !== undefined && known.has(code.parentGuid) ? code.parentGuid : undefined;
    const siblings = children.get(parent);
    if (siblings) siblings.push(code);
    else children.set(parent, [code]);
  }
  const written = new Set<string>();
  const visit = (code: QdpxCode) => {
    if (written.has(code.guid)) return;
    written.add(code.guid);
    const kids = (children.get(code.guid) ?? []).filter((k) => !written.has(k.guid));
    const attrs = { guid: guids.guid(code.guid), name: code.name, isCodable: code.isCodable, color: rgb(code.color) };
    const noteRefs = notes ? (code.noteGuids ?? []).filter((g) => notes.has(g)) : [];
    if (kids.length === 0 && !code.description && noteRefs.length === 0) {
      xml.empty('Code', attrs);
      return;
    }
    xml.open('Code', attrs);
    writeDescription(xml, code.description);
    if (notes) writeNoteRefs(xml, noteRefs, notes, guids);
    kids.forEach(visit);
    xml.close('Code');
  };
  (children.get(undefined) ?? []).forEach(visit);
  // Codes caught in a parent cycle have no root; write them at the top rather than lose them.
  codes.forEach(visit);
}

function writeCodeBook(xml: XmlWriter, codes: QdpxCode[], scope: ExportScope): void {
  if (codes.length === 0) return;
  xml.open('CodeBook').open('Codes');
  writeCodeTree(xml, codes, scope.guids, scope.notes);
  xml.close('Codes').close('CodeBook');
}

function writeVariables(xml: XmlWriter, project: QdpxProject, scope: ExportScope): void {
  if (project.variables.length === 0) return;
  xml.open('Variables');
  for (const variable of project.variables) {
    const attrs = { guid: scope.guids.guid(variable.guid), name: variable.name, typeOfVariable: variable.type };
    if (!variable.description) {
      xml.empty('Variable', attrs);
      continue;
    }
    xml.open('Variable', attrs);
    writeDescription(xml, variable.description);
    xml.close('Variable');
  }
  xml.close('Variables');
}

function writeCases(xml: XmlWriter, project: QdpxProject, scope: ExportScope, sources: Set<string>): void {
  if (project.cases.length === 0) return;
  xml.open('Cases');
  for (const item of project.cases) {
    xml.open('Case', { guid: scope.guids.guid(item.guid), name: item.name });
    writeDescription(xml, item.description);
    writeVariableValues(xml, item.values, scope.variables, scope.guids);
    for (const guid of item.sourceGuids) {
      if (sources.has(guid)) xml.empty('SourceRef', { targetGUID: scope.guids.guid(guid) });
    }
    for (const guid of item.selectionGuids) {
      if (scope.writtenSelections.has(guid)) xml.empty('SelectionRef', { targetGUID: scope.guids.guid(guid) });
    }
    xml.close('Case');
  }
  xml.close('Cases');
}

function writeNotes(xml: XmlWriter, project: QdpxProject, scope: ExportScope): void {
  if (project.notes.length === 0) return;
  xml.open('Notes');
  for (const note of project.notes) {
    xml.open('Note', {
      guid: scope.guids.guid(note.guid), name: note.name,
      creatingUser: note.userGuid ? scope.guids.guid(note.userGuid) : undefined, creationDateTime: xsdDateTime(note.createdAt),
    });
    writeDescription(xml, note.description);
    xml.text('PlainTextContent', note.text);
    xml.close('Note');
  }
  xml.close('Notes');
}

function writeLinks(xml: XmlWriter, project: QdpxProject, scope: ExportScope): void {
  const inFile = new Set<string>([
    ...project.codes.map((c) => c.guid), ...scope.sources.map((s) => s.guid), ...scope.writtenSelections,
    ...scope.notes, ...project.cases.map((c) => c.guid), ...project.sets.map((s) => s.guid),
  ]);
  const links = project.links.filter((l) => [l.originGuid, l.targetGuid].every((g) => g === undefined || inFile.has(g)));
  if (links.length === 0) return;
  xml.open('Links');
  for (const link of links) {
    const attrs = {
      guid: scope.guids.guid(link.guid), name: link.name, direction: link.direction,
      originGUID: link.originGuid ? scope.guids.guid(link.originGuid) : undefined,
      targetGUID: link.targetGuid ? scope.guids.guid(link.targetGuid) : undefined,
    };
    xml.open('Link', attrs);
    writeNoteRefs(xml, link.noteGuids, scope.notes, scope.guids);
    xml.close('Link');
  }
  xml.close('Links');
}

function writeSets(xml: XmlWriter, project: QdpxProject, scope: ExportScope, sources: Set<string>): void {
  if (project.sets.length === 0) return;
  const codes = new Set(project.codes.map((c) => c.guid));
  xml.open('Sets');
  for (const set of project.sets) {
    xml.open('Set', { guid: scope.guids.guid(set.guid), name: set.name });
    writeDescription(xml, set.description);
    for (const guid of set.memberCodeGuids) {
      if (codes.has(guid)) xml.empty('MemberCode', { targetGUID: scope.guids.guid(guid) });
    }
    for (const guid of set.memberSourceGuids) {
      if (sources.has(guid)) xml.empty('MemberSource', { targetGUID: scope.guids.guid(guid) });
    }
    for (const guid of set.memberNoteGuids) {
      if (scope.notes.has(guid)) xml.empty('MemberNote', { targetGUID: scope.guids.guid(guid) });
    }
    xml.close('Set');
  }
  xml.close('Sets');
}
