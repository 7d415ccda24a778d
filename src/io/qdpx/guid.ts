import type { IssueLog } from './issues';
import type { XmlElement } from './xml';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The comparable form of a GUID: trimmed, braces removed, lower case. */
export function normaliseGuid(raw: string): string {
  const trimmed = raw.trim();
  const bare = trimmed.startsWith('{') && trimmed.endsWith('}') ? trimmed.slice(1, -1) : trimmed;
  return bare.toLowerCase();
}

/** Whether `value` has the 8-4-4-4-12 hex form of the schema's GUIDType (braces not included). */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** Source elements share one identity space; every other element is its own kind. */
const SOURCE_ELEMENTS = new Set(['TextSource', 'PDFSource', 'PictureSource', 'AudioSource', 'VideoSource']);

function kindOf(element: XmlElement): string {
  return SOURCE_ELEMENTS.has(element.name) ? 'source' : element.name;
}

/** A short, human description of an element for messages: `Code "Anger" (guid …)`. */
export function describe(element: XmlElement): string {
  const name = element.attrs.name ? ` "${element.attrs.name}"` : '';
  const guid = element.attrs.guid ? ` (guid ${element.attrs.guid})` : '';
  return `${element.name}${name}${guid}`;
}

/**
 * Tracks every GUID defined in one file. A GUID must be unique within its kind (E_DUPLICATE_GUID);
 * the same GUID on two kinds is only a warning, because the standard's own ATLAS.ti example gives a
 * PDFSelection and its text representation the same GUID.
 */
export class GuidRegistry {
  private readonly kindsByGuid = new Map<string, Set<string>>();

  constructor(private readonly log: IssueLog) {}

  /** Registers `element`'s guid and returns it normalised, or undefined (E_MISSING_GUID) when absent. */
  define(element: XmlElement): string | undefined {
    const raw = element.attrs.guid;
    if (raw === undefined || raw.trim() === '') {
      this.log.error('E_MISSING_GUID', `${describe(element)} has no guid attribute; every ${element.name} needs one.`);
      return undefined;
    }
    const guid = normaliseGuid(raw);
    if (!isGuid(guid)) {
      this.log.warn('W_INVALID_GUID_FORMAT', `${describe(element)} has a guid that is not in 8-4-4-4-12 form; it is kept as an identifier and replaced on export.`);
    }
    const kind = kindOf(element);
    const kinds = this.kindsByGuid.get(guid) ?? new Set<string>();
    if (kinds.has(kind)) {
      this.log.error('E_DUPLICATE_GUID', `${describe(element)}: guid ${guid} is used by two ${kind === 'source' ? 'sources' : `${element.name} elements`}.`);
    } else if (kinds.size > 0) {
      this.log.warn('W_DUPLICATE_GUID_CROSS_KIND', `${describe(element)} shares guid ${guid} with a ${[...kinds].join('/')}.`);
    }
    kinds.add(kind);
    this.kindsByGuid.set(guid, kinds);
    return guid;
  }
}
