import { ALL_GROUP, type FrequencyRow } from '../../core/frequencies/theme-frequencies';
import type { BarValue } from '../../ui/charts/BarChart';

export interface BarData {
  categories: string[];
  series: string[];
  values: BarValue[][];
}

/**
 * Participants per code from the published (suppressed) frequency rows: the `All` bar, then one
 * per broken-out group. A `<k` or withheld cell gets no length, only its text.
 */
export function participantBars(rows: readonly FrequencyRow[]): BarData {
  const series = [ALL_GROUP, ...new Set(rows.filter((r) => r.group !== ALL_GROUP).map((r) => r.group))];
  const byCode = new Map<string, Map<string, string>>();
  for (const r of rows) {
    const cells = byCode.get(r.code_path) ?? new Map<string, string>();
    cells.set(r.group, r.participants);
    byCode.set(r.code_path, cells);
  }
  const categories = [...byCode.keys()];
  const values = categories.map((code) => series.map((group): BarValue => {
    const text = byCode.get(code)?.get(group) ?? '';
    return /^\d+$/.test(text) ? { value: Number(text), text } : { value: null, text: text === '' ? 'withheld' : text };
  }));
  return { categories, series, values };
}
