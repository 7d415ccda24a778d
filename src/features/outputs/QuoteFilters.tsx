import { useMemo } from 'react';
import type { ProjectBundle } from '../../core/bundle';
import { CodeTreeSelect } from './CodeTreeSelect';
import type { QuoteChoice } from './quote-preview';

function toggled(set: ReadonlySet<string>, value: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

type Bundle = Pick<ProjectBundle, 'codes' | 'attributes' | 'attributeValues' | 'documents'>;

/** Choose passages by code (with or without sub-codes), by participants' attribute values and by document. */
export function QuoteFilters({ bundle, choice, onChange }: { bundle: Bundle; choice: QuoteChoice; onChange: (c: QuoteChoice) => void }) {
  const valuesByAttribute = useMemo(() => bundle.attributes.map((a) => ({
    attribute: a,
    values: [...new Set(bundle.attributeValues.filter((v) => v.attributeId === a.id && v.value.trim() !== '').map((v) => v.value.trim()))]
      .sort((x, y) => x.localeCompare(y, 'en', { numeric: true })),
  })).filter((a) => a.values.length > 0), [bundle.attributes, bundle.attributeValues]);

  return (
    <div className="quote-filters">
      <div className="stack">
        <CodeTreeSelect codes={bundle.codes} chosen={choice.codeIds} onChange={(codeIds) => onChange({ ...choice, codeIds })} />
        <label className="row">
          <input type="checkbox" checked={choice.includeSubcodes} onChange={(e) => onChange({ ...choice, includeSubcodes: e.target.checked })} />
          Include sub-codes
        </label>
      </div>
      {valuesByAttribute.length > 0 && (
        <fieldset className="choice-box">
          <legend>Participants (none ticked = everyone)</legend>
          {valuesByAttribute.map(({ attribute, values }) => (
            <fieldset key={attribute.id} className="attribute-choice">
              <legend>{attribute.name}</legend>
              <ul className="choice-list">
                {values.map((value) => (
                  <li key={value}>
                    <label className="row">
                      <input type="checkbox" checked={choice.attributeValues.get(attribute.id)?.has(value) ?? false}
                        onChange={(e) => onChange({
                          ...choice,
                          attributeValues: new Map(choice.attributeValues).set(attribute.id, toggled(choice.attributeValues.get(attribute.id) ?? new Set(), value, e.target.checked)),
                        })} />
                      {value}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </fieldset>
      )}
      <fieldset className="choice-box">
        <legend>Documents (none ticked = all)</legend>
        <ul className="choice-list">
          {bundle.documents.map((d) => (
            <li key={d.id}>
              <label className="row">
                <input type="checkbox" checked={choice.documentIds.has(d.id)}
                  onChange={(e) => onChange({ ...choice, documentIds: toggled(choice.documentIds, d.id, e.target.checked) })} />
                {d.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
