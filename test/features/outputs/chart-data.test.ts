import { describe, expect, it } from 'vitest';
import { ALL_GROUP, themeFrequencies, type FrequencyRow } from '../../../src/core/frequencies/theme-frequencies';
import { participantBars } from '../../../src/features/outputs/chart-data';
import { demoBundle } from '../demo-bundle';

const row = (code_path: string, group: string, participants: string): FrequencyRow =>
  ({ code_path, group, participants, participants_in_group: '9', documents: '', segments: '' });

describe('participantBars', () => {
  it('draws one bar per code and group, All first, from the published counts', () => {
    const bars = participantBars([
      row('Trust', ALL_GROUP, '7'), row('Trust', 'type=District', '4'), row('Trust', 'type=County', '3'),
      row('Risk', ALL_GROUP, '5'), row('Risk', 'type=District', '<3'), row('Risk', 'type=County', ''),
    ]);
    expect(bars.categories).toEqual(['Trust', 'Risk']);
    expect(bars.series).toEqual([ALL_GROUP, 'type=District', 'type=County']);
    expect(bars.values).toEqual([
      [{ value: 7, text: '7' }, { value: 4, text: '4' }, { value: 3, text: '3' }],
      // A suppressed or withheld cell gets no length, only its text: the chart publishes no more than the CSV.
      [{ value: 5, text: '5' }, { value: null, text: '<3' }, { value: null, text: 'withheld' }],
    ]);
  });

  it('gives a code with no row for a group a withheld bar, never a zero', () => {
    const bars = participantBars([row('Trust', ALL_GROUP, '7'), row('Risk', ALL_GROUP, '5'), row('Risk', 'type=County', '3')]);
    expect(bars.values[0]).toEqual([{ value: 7, text: '7' }, { value: null, text: 'withheld' }]);
  });

  it('matches the frequency table of the demo project bar for bar', () => {
    const bundle = demoBundle();
    const attribute = bundle.attributes[0]!;
    const { rows } = themeFrequencies(bundle, { groupByAttributeId: attribute.id, k: 2 });
    const bars = participantBars(rows);
    for (const r of rows) {
      const cell = bars.values[bars.categories.indexOf(r.code_path)]![bars.series.indexOf(r.group)]!;
      expect(cell.text).toBe(r.participants === '' ? 'withheld' : r.participants);
      expect(cell.value).toBe(/^\d+$/.test(r.participants) ? Number(r.participants) : null);
    }
  });
});
