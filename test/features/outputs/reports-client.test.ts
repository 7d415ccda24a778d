import { describe, expect, it } from 'vitest';
import { attributeMatrix, cooccurrenceMatrix } from '../../../src/core/frequencies/matrices';
import { themeFrequencies } from '../../../src/core/frequencies/theme-frequencies';
import { ReportsClient, reportInput } from '../../../src/features/outputs/reports-client';
import { demoBundle } from '../demo-bundle';

const bundle = demoBundle();

describe('reportInput', () => {
  it('hands the reports the records they count and nothing else', () => {
    const input = reportInput(bundle);
    expect(Object.keys(input).sort()).toEqual(
      ['attributeValues', 'attributes', 'codes', 'codings', 'documents', 'nonParticipantSpeakers', 'participants', 'segments', 'texts'],
    );
    expect(input.codings).toBe(bundle.codings);
  });
});

// Node has no Web Worker, so these run the client's main-thread path: the one a browser takes
// when the worker cannot start.
describe('ReportsClient without a worker', () => {
  const data = reportInput(bundle);
  const attributeId = bundle.attributes[0]!.id;

  it('answers each kind of request with what core computes', async () => {
    const client = new ReportsClient();
    const [frequencies, matrix, overlap] = await Promise.all([
      client.request('frequencies', { data, options: { groupByAttributeId: attributeId, k: 2 } }),
      client.request('attributeMatrix', { data, attributeId, options: { k: 2 } }),
      client.request('cooccurrence', { data, mode: 'overlap' }),
    ]);
    expect(frequencies).toEqual(themeFrequencies(data, { groupByAttributeId: attributeId, k: 2 }));
    expect(matrix).toEqual(attributeMatrix(data, attributeId, { k: 2 }));
    expect(overlap).toEqual(cooccurrenceMatrix(data, 'overlap'));
    client.dispose();
  });

  it('rejects a request core refuses, with core’s message, and keeps answering', async () => {
    const client = new ReportsClient();
    let expected = '';
    try { attributeMatrix(data, 'no-such-attribute'); } catch (e) { expected = (e as Error).message; }
    expect(expected).not.toBe('');
    await expect(client.request('attributeMatrix', { data, attributeId: 'no-such-attribute' })).rejects.toThrow(expected);
    await expect(client.request('cooccurrence', { data, mode: 'turn' })).resolves.toEqual(cooccurrenceMatrix(data, 'turn'));
    client.dispose();
  });
});
