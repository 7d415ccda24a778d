import { describe, expect, it } from 'vitest';
import {
  attributionFor, attributionResolver, participantAttributes, passageAttribution, renderAttribution, validateTemplate,
} from '../../../src/core/quotes/attribution';
import { participant, study } from './study';

const jane = participant('p1', 'Jane Smith', 'P01');
const attrs = { role: 'Shared district chief executive', 'Organisation Type': 'District' };

describe('renderAttribution', () => {
  it('fills attribute placeholders ignoring case and spacing', () => {
    expect(renderAttribution('{Role}', attrs, jane)).toEqual({ ok: true, text: 'Shared district chief executive' });
    expect(renderAttribution('{role}, {organisation   type} council', attrs, jane)).toEqual({ ok: true, text: 'Shared district chief executive, District council' });
    expect(renderAttribution('{organisation_type}', attrs, jane)).toEqual({ ok: true, text: 'District' });
  });

  it('fills {ref} and {number} from the participant reference', () => {
    expect(renderAttribution('{ref}', {}, jane)).toEqual({ ok: true, text: 'P01' });
    expect(renderAttribution('Interviewee {number}, {role}', attrs, jane)).toEqual({ ok: true, text: 'Interviewee 01, Shared district chief executive' });
    expect(renderAttribution('Interviewee {number}', {}, participant('x', 'A B', 'Alpha'))).toEqual({ ok: true, text: 'Interviewee [number?]' });
  });

  it('marks a missing or empty value visibly', () => {
    expect(renderAttribution('{role} ({sector})', attrs, jane)).toEqual({ ok: true, text: 'Shared district chief executive ([sector?])' });
    expect(renderAttribution('{role}', { role: '  ' }, jane)).toEqual({ ok: true, text: '[role?]' });
  });

  it('refuses name placeholders whatever the template says', () => {
    for (const template of ['{name}', '{Name}, {role}', '{first name}', '{Surname}', '{participant_name}']) {
      const result = renderAttribution(template, { ...attrs, name: 'Jane Smith' }, jane);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).not.toContain('Jane');
    }
  });

  it('refuses a result that would contain the participant name, without repeating it', () => {
    const result = renderAttribution('{role}', { role: 'Jane Smith, chief executive' }, jane);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('P01') });
    if (!result.ok) expect(result.error).not.toMatch(/Jane|Smith/);
    // A name that is only part of a longer word is not the name.
    expect(renderAttribution('{role}', { role: 'Joint lead' }, participant('x', 'Jo', 'P09')).ok).toBe(true);
  });

  it('validates braces', () => {
    expect(validateTemplate('{role')).toMatch(/unmatched/);
    expect(validateTemplate('role}')).toMatch(/unmatched/);
    expect(validateTemplate('{}')).toMatch(/empty/);
    expect(validateTemplate('{role}, {ref}')).toBeNull();
  });
});

describe('attributionFor', () => {
  const b = study();
  const byId = new Map(b.participants.map((p) => [p.id, p]));

  it('uses the project template with the participant attributes', () => {
    expect(attributionFor(byId.get('p1')!, b.attributes, b.attributeValues, '{role}')).toEqual({ ok: true, text: 'Shared district chief executive' });
    expect(participantAttributes('p2', b.attributes, b.attributeValues)).toEqual({ 'organisation type': 'County', role: 'County health lead' });
  });

  it('honours an override, which may use placeholders', () => {
    expect(attributionFor(byId.get('p6')!, b.attributes, b.attributeValues, '{role}')).toEqual({ ok: true, text: 'Senior officer, County council' });
  });

  it('joins several speakers in order and marks an unknown speaker', () => {
    const speakers = [byId.get('p3')!, byId.get('p2')!];
    const attributionOf = attributionResolver(b.attributes, b.attributeValues, '{role}');
    expect(passageAttribution(speakers, attributionOf)).toEqual({ ok: true, text: 'District chief executive; County health lead' });
    expect(passageAttribution([], attributionOf)).toEqual({ ok: true, text: '[speaker?]' });
  });
});
