import { describe, normaliseGuid } from './guid';
import {
  descriptionOf, isXsdInteger, nameOr, type ParseContext, parseXsdBoolean, refsOf,
} from './parse-common';
import type { QdpxCase, QdpxVariable, QdpxVariableValue, VariableType } from './types';
import { childNamed, childrenNamed, type XmlElement } from './xml';

const TYPES: readonly VariableType[] = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'];
const VALUE_ELEMENTS = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'];

/**
 * Parses `Variables`. A Variable without name is dropped (W_MISSING_ATTRIBUTE); an unknown or
 * missing `typeOfVariable` reads as Text (W_BAD_ENUM).
 */
export function parseVariables(variables: XmlElement, ctx: ParseContext): QdpxVariable[] {
  const out: QdpxVariable[] = [];
  for (const element of childrenNamed(variables, 'Variable')) {
    const guid = ctx.guids.define(element);
    if (guid === undefined) continue;
    const name = element.attrs.name;
    if (name === undefined) {
      ctx.log.warn('W_MISSING_ATTRIBUTE', `${describe(element)} has no name; the variable was ignored.`);
      continue;
    }
    const rawType = element.attrs.typeOfVariable?.trim();
    const type = TYPES.find((t) => t === rawType);
    if (!type) ctx.log.warn('W_BAD_ENUM', `${describe(element)} has typeOfVariable="${rawType ?? ''}"; it was read as Text.`);
    const variable: QdpxVariable = { guid, name, type: type ?? 'Text' };
    const description = descriptionOf(element);
    if (description !== undefined) variable.description = description;
    out.push(variable);
  }
  return out;
}

/**
 * Returns a parser for the `VariableValue` children of an element. A value whose VariableRef
 * names no Variable is dropped (W_DANGLING_REFERENCE); a value that does not fit the variable's
 * type is kept as written and reported (W_BAD_VARIABLE_VALUE), so nothing typed by the user is lost.
 */
export function variableValuesParser(variables: QdpxVariable[], ctx: ParseContext): (owner: XmlElement) => QdpxVariableValue[] {
  const byGuid = new Map(variables.map((v) => [v.guid, v]));
  return (owner) => {
    const out: QdpxVariableValue[] = [];
    for (const element of childrenNamed(owner, 'VariableValue')) {
      const target = childNamed(element, 'VariableRef')?.attrs.targetGUID;
      const variable = target === undefined ? undefined : byGuid.get(normaliseGuid(target));
      if (!variable) {
        ctx.log.warn('W_DANGLING_REFERENCE', `A VariableValue in ${describe(owner)} refers to no known Variable (${target ?? 'no VariableRef'}); it was dropped.`);
        continue;
      }
      const valueElement = element.children.find((c) => VALUE_ELEMENTS.includes(c.name));
      if (!valueElement) continue;
      const value = normaliseValue(variable.type, valueElement.text);
      if (value === undefined) {
        ctx.log.warn('W_BAD_VARIABLE_VALUE', `${describe(owner)}: ${valueElement.name} "${valueElement.text}" is not a valid ${variable.type} for variable "${variable.name}"; kept as written.`);
      }
      out.push({ variableGuid: variable.guid, value: value ?? valueElement.text });
    }
    return out;
  };
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const DATE = /^-?\d{4,}-\d\d-\d\d(Z|[+-]\d\d:\d\d)?$/;
const DATE_TIME = /^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$/;

/** The value in canonical form when it fits `type` (booleans as `true`/`false`), else undefined. */
export function normaliseValue(type: VariableType, raw: string): string | undefined {
  const value = raw.trim();
  switch (type) {
    case 'Text': return raw;
    case 'Boolean': {
      const b = parseXsdBoolean(value);
      return b === undefined ? undefined : String(b);
    }
    case 'Integer': return isXsdInteger(value) ? value : undefined;
    case 'Float': return DECIMAL.test(value) ? value : undefined;
    case 'Date': return DATE.test(value) ? value : undefined;
    case 'DateTime': return DATE_TIME.test(value) ? value : undefined;
  }
}

/** Parses `Cases`; targets of SourceRef and SelectionRef are checked later. */
export function parseCases(cases: XmlElement, ctx: ParseContext, values: (owner: XmlElement) => QdpxVariableValue[]): QdpxCase[] {
  const out: QdpxCase[] = [];
  for (const element of childrenNamed(cases, 'Case')) {
    const guid = ctx.guids.define(element);
    if (guid === undefined) continue;
    const item: QdpxCase = {
      guid,
      name: nameOr(element, `Case ${out.length + 1}`),
      sourceGuids: refsOf(element, 'SourceRef', 'targetGUID', ctx),
      selectionGuids: refsOf(element, 'SelectionRef', 'targetGUID', ctx),
      values: values(element),
    };
    const description = descriptionOf(element);
    if (description !== undefined) item.description = description;
    out.push(item);
  }
  return out;
}
