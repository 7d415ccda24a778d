/**
 * Fuzz run of the REFI-QDA readers (.qdpx, .qdc) and the attributes CSV import: random and
 * mutated files, each answered within 2 s with a result or clear, bounded messages, and every
 * source text kept under the text rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewAttributeImport } from '../../src/io/csv/attributes-csv';
import { readQdc, readQdpx } from '../../src/io/qdpx/read';
import type { QdpxIssue } from '../../src/io/qdpx/types';
import { buildZip, MINIMAL_SOURCE_NAME, minimalQde } from '../io/qdpx/helpers';
import { awkwardText, expectClearMessage, expectTextRule, fuzzRuns, mutated, timed } from './fuzz-support';

const encoder = new TextEncoder();

function expectIssues(issues: readonly QdpxIssue[]): void {
  for (const issue of issues) {
    expect(issue.code).toMatch(/^[EW]_[A-Z0-9_]+$/);
    expectClearMessage(issue.message);
  }
  // Each code is capped at 50 messages plus a summary line.
  expect(issues.length).toBeLessThanOrEqual(51 * 40);
}

const CODEBOOK = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test"><Codes>
<Code guid="c0de0001-0000-4000-8000-000000000001" name="Trust" isCodable="true" color="#112233">
<Description>Said of partners</Description>
<Code guid="c0de0002-0000-4000-8000-000000000002" name="Building trust" isCodable="true"/></Code>
</Codes></CodeBook>`;

const SOURCE_TEXT = 'Interviewer: Hello there.\nGrace: We only got there because of trust.\n';

describe('fuzz: REFI-QDA readers', () => {
  it('.qdpx: mutated archives, and archives holding awkward source text and XML', async () => {
    const valid = buildZip([{ name: 'project.qde', data: minimalQde() }, { name: MINIMAL_SOURCE_NAME, data: SOURCE_TEXT }]);
    const inputs = fc.oneof(
      mutated(valid),
      mutated(buildZip([{ name: 'project.qde', data: minimalQde(), method: 0 }, { name: MINIMAL_SOURCE_NAME, data: SOURCE_TEXT, method: 0 }])),
      awkwardText.map((t) => buildZip([{ name: 'project.qde', data: minimalQde() }, { name: MINIMAL_SOURCE_NAME, data: t }])),
      fc.tuple(fc.nat(2000), awkwardText).map(([at, t]) => {
        const qde = minimalQde();
        return buildZip([{ name: 'project.qde', data: qde.slice(0, at % qde.length) + t + qde.slice(at % qde.length) }, { name: MINIMAL_SOURCE_NAME, data: SOURCE_TEXT }]);
      }),
      fc.uint8Array({ maxLength: 300 }),
    );
    await fc.assert(fc.asyncProperty(inputs, async (bytes) => {
      const result = await timed(() => readQdpx(bytes));
      expectIssues(result.errors);
      expectIssues(result.warnings);
      if (result.project === undefined) expect(result.errors.length).toBeGreaterThan(0);
      for (const source of result.project?.sources ?? []) if (source.text !== undefined) expectTextRule(source.text);
    }), { numRuns: fuzzRuns(150) });
  });

  it('.qdc: mutated codebooks, cut short, and awkward text spliced in', async () => {
    const inputs = fc.oneof(
      mutated(encoder.encode(CODEBOOK)),
      fc.tuple(fc.nat(2000), awkwardText).map(([at, t]) => encoder.encode(CODEBOOK.slice(0, at % CODEBOOK.length) + t + CODEBOOK.slice(at % CODEBOOK.length))),
      fc.nat(CODEBOOK.length).map((n) => encoder.encode(CODEBOOK.slice(0, n))),
      fc.uint8Array({ maxLength: 300 }),
    );
    await fc.assert(fc.asyncProperty(inputs, async (bytes) => {
      const result = await timed(() => readQdc(bytes));
      expectIssues(result.errors);
      expectIssues(result.warnings);
      if (result.codes === undefined) expect(result.errors.length).toBeGreaterThan(0);
    }), { numRuns: fuzzRuns(300) });
  });
});

describe('fuzz: attributes CSV import', () => {
  const participants = [{ id: 'p1', projectId: 'p', name: 'Grace Okafor', ref: 'P01', attributionOverride: null, speakerLabels: [] }];
  const attributes = [
    { id: 'a1', projectId: 'p', name: 'role', type: 'category' as const, order: 0 },
    { id: 'a2', projectId: 'p', name: 'years', type: 'number' as const, order: 1 },
    { id: 'a3', projectId: 'p', name: 'joined', type: 'date' as const, order: 2 },
  ];
  const csv = 'participant,role,years,joined\r\nP01,Chief executive,12,31/03/2024\r\nGrace Okafor,"Lead, county",3,2024-05-01\r\n';

  it('previews random, mutated and awkward CSV text with clear, bounded messages', async () => {
    const decoder = new TextDecoder();
    const inputs = fc.oneof(
      awkwardText,
      mutated(encoder.encode(csv)).map((b) => decoder.decode(b)),
      fc.tuple(fc.nat(200), awkwardText).map(([at, t]) => csv.slice(0, at % csv.length) + t + csv.slice(at % csv.length)),
    );
    await fc.assert(fc.asyncProperty(inputs, fc.boolean(), async (text, create) => {
      const preview = await timed(() => previewAttributeImport(text, participants, attributes, { createParticipants: create }));
      for (const error of preview.errors) expectClearMessage(error);
      expect(preview.errors.length).toBeLessThanOrEqual(20);
    }), { numRuns: fuzzRuns(300) });
  });
});
