import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { IssueLog } from './issues';
import { reject } from './issues';
import { boundedValue, MAX_LISTED_ITEMS } from '../../core/text/bounded';
import { xmlDeeperThan } from '../xml-depth';

/** An XML element reduced to what REFI-QDA needs. Element names are local (prefix removed). */
export interface XmlElement {
  name: string;
  prefix?: string;
  /** Attribute values with character references decoded; names as written (`xsi:…`). */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, concatenated, references decoded. */
  text: string;
}

const MiB = 1024 * 1024;
/** A .qde larger than this is refused (E_XML_TOO_LARGE). */
export const MAX_XML_BYTES = 200 * MiB;
/** Deepest nesting accepted (E_XML_TOO_DEEP); real code trees reach depth 7. */
export const MAX_XML_DEPTH = 64;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Entities are decoded here instead (decodeReferences): the parser leaves numeric references as they are.
  processEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: MAX_XML_DEPTH,
});

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/**
 * Parses one XML file (`what` names it in messages) into its root element. Before any parsing it
 * rejects a `<!DOCTYPE` (E_XML_DOCTYPE: blocks entity expansion and external entities), files over
 * `MAX_XML_BYTES`, and bytes that are not UTF-8; a UTF-16 file (by BOM) is decoded with a warning.
 * Malformed XML is E_XML_MALFORMED with the validator's line and column.
 */
export function parseXml(bytes: Uint8Array, what: string, log: IssueLog): XmlElement {
  if (bytes.length > MAX_XML_BYTES) reject('E_XML_TOO_LARGE', `${what} is ${bytes.length} bytes; at most ${MAX_XML_BYTES} are accepted.`);
  if (hasDoctype(bytes)) rejectDoctype(what);
  // Before the validator, which would otherwise list every element left open.
  if (xmlDeeperThan(bytes, MAX_XML_DEPTH)) reject('E_XML_TOO_DEEP', `${what} nests elements deeper than ${MAX_XML_DEPTH} levels.`);
  const xml = normaliseLineEnds(decodeXmlBytes(bytes, what, log));
  if (/<!DOCTYPE/i.test(xml)) rejectDoctype(what);
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) reject('E_XML_MALFORMED', `${what} is not well-formed XML: ${explain(verdict.err)}.`);
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(xml) as OrderedNode[];
  } catch (error) {
    const message = (error as Error).message;
    if (/nested/i.test(message)) reject('E_XML_TOO_DEEP', `${what} nests elements deeper than ${MAX_XML_DEPTH} levels.`);
    return reject('E_XML_MALFORMED', `${what} could not be parsed: ${boundedValue(message)}.`);
  }
  const roots = nodes.map(toElement).filter((e): e is XmlElement => e !== undefined);
  if (roots.length !== 1) reject('E_XML_MALFORMED', `${what} must have exactly one root element; it has ${roots.length}.`);
  return roots[0]!;
}

/** The validator's complaint in plain words; a list of open elements means the file was cut short. */
function explain(err: { msg: string; line: number; col?: number }): string {
  const open = /^Invalid '\[(.*)\]' found/s.exec(err.msg);
  if (open) {
    const names = [...open[1]!.slice(0, 4000).matchAll(/"([^"]+)"/g)].map((m) => `<${boundedValue(m[1]!)}>`);
    const shown = names.length > MAX_LISTED_ITEMS ? [...names.slice(0, MAX_LISTED_ITEMS), '…'] : names;
    return `it ends while ${shown.join(' > ')} ${names.length === 1 ? 'is' : 'are'} still open (the file looks truncated)`;
  }
  return `${boundedValue(err.msg)} (line ${err.line}${err.col ? `, column ${err.col}` : ''})`;
}

function rejectDoctype(what: string): never {
  return reject('E_XML_DOCTYPE', `${what} contains a <!DOCTYPE> declaration; REFI-QDA files never need one and it is refused for safety (entity expansion).`);
}

const DOCTYPE = [0x3c, 0x21, 0x44, 0x4f, 0x43, 0x54, 0x59, 0x50, 0x45]; // "<!DOCTYPE"

/** Scans the raw bytes (UTF-8 or any ASCII-compatible encoding) for `<!DOCTYPE`, ignoring case. */
function hasDoctype(bytes: Uint8Array): boolean {
  const last = bytes.length - DOCTYPE.length;
  for (let i = bytes.indexOf(0x3c); i !== -1 && i <= last; i = bytes.indexOf(0x3c, i + 1)) {
    if (bytes[i + 1] !== 0x21) continue;
    let k = 2;
    while (k < DOCTYPE.length && (bytes[i + k]! & 0xdf) === DOCTYPE[k]) k++;
    if (k === DOCTYPE.length) return true;
  }
  return false;
}

function decodeXmlBytes(bytes: Uint8Array, what: string, log: IssueLog): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    log.warn('W_QDE_NOT_UTF8', `${what} is encoded as UTF-16; REFI-QDA requires UTF-8. It was decoded by its byte-order mark.`);
    return new TextDecoder(utf16).decode(bytes);
  }
  try {
    // A leading UTF-8 BOM is removed by TextDecoder (ignoreBOM: false), as XML allows it.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return reject('E_XML_MALFORMED', `${what} is not valid UTF-8.`);
  }
}

/** XML 1.0 §2.11: CRLF and lone CR become LF before parsing (`&#13;` survives as a reference). */
function normaliseLineEnds(xml: string): string {
  return xml.includes('\r') ? xml.replace(/\r\n?/g, '\n') : xml;
}

const REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; anything else stays as written. */
export function decodeReferences(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
    return isXmlChar(code) ? String.fromCodePoint(code) : whole;
  });
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff)
    || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** XML 1.0 §3.3.3: literal tabs and newlines in attribute values read as spaces. */
function attributeValue(raw: string): string {
  return decodeReferences(/[\t\n]/.test(raw) ? raw.replace(/[\t\n]/g, ' ') : raw);
}

function toElement(node: OrderedNode): XmlElement | undefined {
  const tag = Object.keys(node).find((k) => k !== ':@');
  if (tag === undefined || tag === '#text' || tag === '#cdata') return undefined;
  const colon = tag.indexOf(':');
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(node[':@'] ?? {})) attrs[key] = attributeValue(String(value));
  const element: XmlElement = { name: colon === -1 ? tag : tag.slice(colon + 1), attrs, children: [], text: '' };
  if (colon !== -1) element.prefix = tag.slice(0, colon);
  let text = '';
  for (const child of (node[tag] as OrderedNode[] | undefined) ?? []) {
    if ('#text' in child) text += decodeReferences(String(child['#text']));
    else if ('#cdata' in child) text += cdataText(child['#cdata'] as OrderedNode[]);
    else {
      const sub = toElement(child);
      if (sub) element.children.push(sub);
    }
  }
  element.text = text;
  return element;
}

function cdataText(nodes: OrderedNode[]): string {
  return nodes.map((n) => String(n['#text'] ?? '')).join('');
}

/** The namespace URI of `root` (its default namespace, or the one bound to its prefix). */
export function rootNamespace(root: XmlElement): string | undefined {
  return root.prefix ? root.attrs[`xmlns:${root.prefix}`] : root.attrs.xmlns;
}

/** Direct children named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The first direct child named `name`. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}
