import { isGuid, normaliseGuid } from './guid';
import { normaliseValue } from './parse-cases';
import { parseColor } from './parse-common';
import type { QdpxVariable, QdpxVariableValue } from './types';
import type { XmlWriter } from './xml-writer';

/** The `origin` written into every export. */
export const VERBATIM_ORIGIN = 'Verbatim 0.1';

/**
 * Turns project identifiers into schema-valid GUIDs (8-4-4-4-12, lower case). A valid GUID is kept;
 * anything else (e.g. `c001` from a hand-made codebook) gets one new GUID, used for every reference.
 */
export class GuidMinter {
  private readonly minted = new Map<string, string>();

  guid(id: string): string {
    const normalised = normaliseGuid(id);
    if (isGuid(normalised)) return normalised;
    let fresh = this.minted.get(normalised);
    if (!fresh) {
      fresh = crypto.randomUUID();
      this.minted.set(normalised, fresh);
    }
    return fresh;
  }

  /** A new GUID for an object that had none. */
  fresh(): string {
    return crypto.randomUUID();
  }
}

/** `YYYY-MM-DDThh:mm:ssZ` (xsd:dateTime in UTC, whole seconds), or undefined. */
export function xsdDateTime(ms: number | undefined): string | undefined {
  if (ms === undefined || !Number.isFinite(ms)) return undefined;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `#RRGGBB` for the schema's RGBType, or undefined when the colour is not readable. */
export function rgb(color: string | undefined): string | undefined {
  return color === undefined ? undefined : parseColor(color)?.toUpperCase();
}

/** A description element, written only when there is something to say. */
export function writeDescription(xml: XmlWriter, description: string | undefined): void {
  if (description !== undefined && description !== '') xml.text('Description', description);
}

/** `NoteRef` elements for the notes that are part of the export. */
export function writeNoteRefs(xml: XmlWriter, noteGuids: string[] | undefined, written: Set<string>, guids: GuidMinter): void {
  for (const guid of noteGuids ?? []) {
    if (written.has(guid)) xml.empty('NoteRef', { targetGUID: guids.guid(guid) });
  }
}

const VALUE_ELEMENT: Record<QdpxVariable['type'], string> = {
  Text: 'TextValue', Boolean: 'BooleanValue', Integer: 'IntegerValue', Float: 'FloatValue', Date: 'DateValue', DateTime: 'DateTimeValue',
};

/**
 * `VariableValue` elements. A value that does not fit its variable's type cannot be written
 * validly and is left out; `bundleToQdpx` picks types that fit every value.
 */
export function writeVariableValues(xml: XmlWriter, values: QdpxVariableValue[] | undefined, variables: Map<string, QdpxVariable>, guids: GuidMinter): void {
  for (const item of values ?? []) {
    const variable = variables.get(item.variableGuid);
    if (!variable) continue;
    const value = normaliseValue(variable.type, item.value);
    if (value === undefined) continue;
    xml.open('VariableValue');
    xml.empty('VariableRef', { targetGUID: guids.guid(variable.guid) });
    xml.text(VALUE_ELEMENT[variable.type], variable.type === 'Text' ? value : value.trim());
    xml.close('VariableValue');
  }
}
