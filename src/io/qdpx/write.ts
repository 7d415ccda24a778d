import { zipSync, type Zippable } from 'fflate';
import type { QdpxCode, QdpxProject, QdpxSet } from './types';
import { GuidMinter, VERBATIM_ORIGIN, writeDescription } from './write-common';
import { projectDocument, writeCodeTree } from './write-project';
import { XmlWriter } from './xml-writer';

const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';
const CODEBOOK_XSD = 'http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * Exports `project` as a REFI-QDA project (.qdpx): a deflated ZIP with `project.qde` (UTF-8, no
 * BOM, valid against Project-mrt2019.xsd) and `sources/<guid>.txt` for every text source with text.
 * Offsets are converted from UTF-16 to code points. Media sources and sources without text are
 * not written (their bytes are not part of `QdpxProject`); references to them are left out.
 * `readQdpx(await writeQdpx(p))` gives back p's users, codes, text sources, selections with
 * their codings and users, notes and descriptions. Entry times are the project's `modifiedAt`
 * (or now); objects without a GUID get a fresh one on every export.
 */
export async function writeQdpx(project: QdpxProject): Promise<Uint8Array> {
  const { xml, files } = projectDocument(project);
  const entries: Zippable = { 'project.qde': new TextEncoder().encode(xml) };
  for (const [name, bytes] of Object.entries(files)) entries[name] = bytes;
  const mtime = new Date(Math.max(project.modifiedAt ?? Date.now(), Date.UTC(1980, 0, 2)));
  return zipSync(entries, { level: 6, mtime });
}

/**
 * Exports a codebook (.qdc): `CodeBook` XML valid against Codebook.xsd, codes as a tree by
 * `parentGuid`, optional sets (members that are not among `codes` are left out).
 * Throws a RangeError for an empty list: the schema requires at least one Code.
 */
export function writeQdc(codes: QdpxCode[], sets: QdpxSet[] = []): Uint8Array {
  if (codes.length === 0) throw new RangeError('A REFI-QDA codebook needs at least one code.');
  const guids = new GuidMinter();
  const xml = new XmlWriter();
  xml.open('CodeBook', { origin: VERBATIM_ORIGIN, xmlns: CODEBOOK_NS, 'xmlns:xsi': XSI, 'xsi:schemaLocation': `${CODEBOOK_NS} ${CODEBOOK_XSD}` });
  xml.open('Codes');
  writeCodeTree(xml, codes, guids, null);
  xml.close('Codes');
  const known = new Set(codes.map((c) => c.guid));
  if (sets.length > 0) {
    xml.open('Sets');
    for (const set of sets) {
      xml.open('Set', { guid: guids.guid(set.guid), name: set.name });
      writeDescription(xml, set.description);
      for (const guid of set.memberCodeGuids) {
        if (known.has(guid)) xml.empty('MemberCode', { guid: guids.guid(guid) });
      }
      xml.close('Set');
    }
    xml.close('Sets');
  }
  xml.close('CodeBook');
  return new TextEncoder().encode(xml.toString());
}
