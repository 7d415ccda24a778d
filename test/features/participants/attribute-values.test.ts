import { describe, expect, it } from 'vitest';
import {
  checkAttributeName, checkAttributeValue, checkParticipantName, checkParticipantRef, inputType, TYPE_LABELS, usedValues,
  valueCount, valueIndex,
} from '../../../src/features/participants/attribute-values';
import { attribute, participant, value } from '../../core/quotes/study';

const people = [participant('p1', 'Jane Smith', 'P01'), participant('p2', 'Rajesh Patel', 'P02')];

describe('checkAttributeValue', () => {
  it('takes plain decimals for numbers and real ISO days for dates, trimmed', () => {
    expect(checkAttributeValue('number', ' -3.5 ')).toEqual({ ok: true, value: '-3.5' });
    expect(checkAttributeValue('date', '2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(checkAttributeValue('category', 'District')).toEqual({ ok: true, value: 'District' });
    expect(checkAttributeValue('text', 'anything at all, 12')).toEqual({ ok: true, value: 'anything at all, 12' });
  });

  it('refuses what is not a number or not a day, saying nothing was saved', () => {
    const notNumber = checkAttributeValue('number', 'four');
    expect(notNumber).toEqual({ ok: false, error: expect.stringContaining('“four” is not a number') });
    const notDay = checkAttributeValue('date', '2023-02-29');
    expect(notDay).toEqual({ ok: false, error: expect.stringContaining('“2023-02-29” is not a date') });
    for (const r of [notNumber, notDay]) expect(!r.ok && r.error).toMatch(/Nothing was saved\.$/);
  });

  it('clears a cell with an empty value, unless the browser could not read what was typed', () => {
    expect(checkAttributeValue('date', '  ')).toEqual({ ok: true, value: '' });
    expect(checkAttributeValue('date', '', true)).toEqual({ ok: false, error: expect.stringContaining('Not a date') });
    expect(checkAttributeValue('number', '', true)).toEqual({ ok: false, error: expect.stringContaining('Not a number') });
  });
});

describe('participant and attribute names', () => {
  it('needs a participant name that no other participant has, ignoring case', () => {
    expect(checkParticipantName(' Grace Okafor ', people, null)).toEqual({ ok: true, value: 'Grace Okafor' });
    expect(checkParticipantName('jane smith', people, null)).toEqual({ ok: false, error: 'There is already a participant called “jane smith”.' });
    expect(checkParticipantName('Jane Smith', people, 'p1')).toEqual({ ok: true, value: 'Jane Smith' });
    expect(checkParticipantName(' ', people, null).ok).toBe(false);
  });

  it('needs a reference that no other participant has, since exports are labelled with it', () => {
    expect(checkParticipantRef('p02', people, 'p1')).toEqual({ ok: false, error: 'Another participant is already p02.' });
    expect(checkParticipantRef('P01', people, 'p1')).toEqual({ ok: true, value: 'P01' });
    expect(checkParticipantRef('', people, 'p1').ok).toBe(false);
  });

  it('needs an attribute name not already used, ignoring case', () => {
    const attributes = [attribute('a-type', 'organisation type')];
    expect(checkAttributeName('Organisation Type', attributes)).toEqual({ ok: false, error: 'There is already an attribute called “Organisation Type”.' });
    expect(checkAttributeName(' role ', attributes)).toEqual({ ok: true, value: 'role' });
    expect(checkAttributeName('', attributes).ok).toBe(false);
  });
});

describe('attribute values', () => {
  const values = [value('p1', 'a-type', 'District'), value('p2', 'a-type', ' County '), value('p3', 'a-type', 'District'), value('p4', 'a-type', ' '), value('p1', 'a-role', 'Chief executive')];

  it('indexes values by participant and attribute, as they are stored', () => {
    const index = valueIndex(values);
    expect(index.get('p1:a-type')).toBe('District');
    expect(index.get('p1:a-role')).toBe('Chief executive');
    expect(index.get('p2:a-role')).toBeUndefined();
  });

  it('suggests the distinct values already used, trimmed and sorted, and counts what a delete removes', () => {
    expect(usedValues('a-type', values)).toEqual(['County', 'District']);
    expect(valueCount('a-type', values)).toBe(4);
    expect(valueCount('a-years', values)).toBe(0);
  });

  it('gives each type a label and the input a browser checks it with', () => {
    expect(TYPE_LABELS).toEqual({ category: 'Category', number: 'Number', date: 'Date', text: 'Text' });
    expect([inputType('number'), inputType('date'), inputType('category'), inputType('text')]).toEqual(['number', 'date', 'text', 'text']);
  });
});
