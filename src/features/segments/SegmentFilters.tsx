import { useId } from 'react';
import type { DocumentMeta } from '../../core/model';
import type { CodeChoice } from '../../core/search/code-choices';
import { NO_SPEAKER, type SegmentFilter } from '../../core/search/segment-rows';

interface Props {
  filter: SegmentFilter;
  onChange: (filter: SegmentFilter) => void;
  codes: CodeChoice[];
  documents: DocumentMeta[];
  speakers: string[];
}

const ANY = '';
/** Speaker option values are prefixed so a speaker label can never collide with "any". */
const speakerValue = (s: string) => `s:${s}`;

/** The filters above the coded-segments table: code (with sub-codes), document, speaker, text. */
export function SegmentFilters({ filter, onChange, codes, documents, speakers }: Props) {
  const id = useId();
  const set = (patch: Partial<SegmentFilter>) => onChange({ ...filter, ...patch });
  return (
    <div className="row segment-filters" role="group" aria-label="Filter coded segments">
      <label htmlFor={`${id}-text`}>Filter text</label>
      <input id={`${id}-text`} type="search" value={filter.text} onChange={(e) => set({ text: e.target.value })} />

      <label htmlFor={`${id}-code`}>Code</label>
      <select id={`${id}-code`} value={filter.codeId ?? ANY} onChange={(e) => set({ codeId: e.target.value || null })}>
        <option value={ANY}>Any code</option>
        {codes.map((c) => <option key={c.id} value={c.id}>{c.path}</option>)}
      </select>
      <label>
        <input type="checkbox" checked={filter.includeSubcodes}
          onChange={(e) => set({ includeSubcodes: e.target.checked })} /> Include sub-codes
      </label>

      <label htmlFor={`${id}-doc`}>Document</label>
      <select id={`${id}-doc`} value={filter.documentId ?? ANY} onChange={(e) => set({ documentId: e.target.value || null })}>
        <option value={ANY}>Any document</option>
        {documents.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
      </select>

      <label htmlFor={`${id}-speaker`}>Speaker</label>
      <select id={`${id}-speaker`} value={filter.speaker === null ? ANY : speakerValue(filter.speaker)}
        onChange={(e) => set({ speaker: e.target.value === ANY ? null : e.target.value.slice(2) })}>
        <option value={ANY}>Any speaker</option>
        {speakers.map((s) => <option key={s} value={speakerValue(s)}>{s === NO_SPEAKER ? 'No speaker' : s}</option>)}
      </select>
    </div>
  );
}
