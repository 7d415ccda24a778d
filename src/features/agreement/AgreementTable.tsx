import type { AgreementRow } from '../../core/agreement';

const pct = (x: number | null) => (x === null ? null : `${(x * 100).toFixed(1)}%`);
const coef = (x: number | null) => (x === null ? null : x.toFixed(3));

/** A figure, or a word saying it is undefined (never a 0 or 1 that was not computed). */
function Figure({ value }: { value: string | null }) {
  return value === null ? <td className="muted" title="Undefined here: no variation, or the statistic needs exactly two coders">undefined</td> : <td>{value}</td>;
}

/** Per-code (and overall) agreement figures, one row each. */
export function AgreementTable({ rows, codeName, twoCoders }: { rows: AgreementRow[]; codeName: (id: string | null) => string; twoCoders: boolean }) {
  return (
    <div className="table-scroll">
      <table className="agreement-table">
        <caption className="visually-hidden">Agreement per code</caption>
        <thead>
          <tr>
            <th scope="col">Code</th><th scope="col">Units</th><th scope="col">How common</th>
            <th scope="col" title="Over every unit, coded or not">Agreement, all text</th>
            <th scope="col" title="Only over units at least one coder coded with the code">Agreement, coded text</th>
            {twoCoders && <><th scope="col">Cohen’s κ</th><th scope="col">Scott’s π</th><th scope="col">Gwet’s AC1</th></>}
            <th scope="col">Fleiss’ κ</th><th scope="col">Gwet’s AC1 (multi)</th><th scope="col">Krippendorff’s α</th>
            {twoCoders && <th scope="col">Unitizing uα</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.scope}:${r.codeId}:${r.documentId}`} className={r.scope === 'overall' ? 'overall' : undefined}>
              <th scope="row">{r.scope === 'overall' ? 'All codes' : codeName(r.codeId)}</th>
              <td>{r.units.toLocaleString()}</td>
              <Figure value={pct(r.prevalence)} />
              <Figure value={pct(r.percentAgreement)} />
              <Figure value={pct(r.codedAgreement)} />
              {twoCoders && <><Figure value={coef(r.cohenKappa)} /><Figure value={coef(r.scottPi)} /><Figure value={coef(r.gwetAC1)} /></>}
              <Figure value={coef(r.fleissKappa)} /><Figure value={coef(r.gwetAC1Multi)} /><Figure value={coef(r.krippendorffAlpha)} />
              {twoCoders && <Figure value={coef(r.unitizingAlpha)} />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
