/**
 * Agreement between coders: the coefficients a methodologist expects, each checked against its
 * published worked example (test/core/agreement). Every function is pure and returns `null`
 * where the statistic is undefined (no variation, nothing pairable) rather than 0 or 1; a
 * malformed input (a table that is not square, a span outside the text) throws a RangeError.
 *
 * The helpers live in `./agreement/`, one coefficient family per file; this module is the
 * programming interface that screens, workers and tests call.
 */
export { cohenKappa, scottPi, gwetAC1, percentAgreement } from './agreement/two-coder';
export { fleissKappa, gwetAC1Multi } from './agreement/multi-coder';
export { krippendorffAlpha, type MeasurementLevel } from './agreement/krippendorff-alpha';
export { characterAgreement } from './agreement/character';
export { unitizingAlpha, type Continuum, type UnitizedUnit } from './agreement/unitizing-2004';
export { unitizingAlphaFamily } from './agreement/unitizing-2016';
export { computeAgreement, RARE_PREVALENCE } from './agreement/table';
export type { AgreementDiagnostic, AgreementResult, AgreementRow } from './agreement/table';
export type { AgreementCoding, AgreementDocument, AgreementRequest } from './agreement/request';
export { unitCoderData, type UnitCoderRow } from './agreement/raw-data';
export { unitRows, type AgreementUnit, type UnitRow } from './agreement/units';
export { describeDiagnostic, type DiagnosticNames } from './agreement/diagnostics';
export { compareSpans, type SpanComparison } from './agreement/spans';
export { projectAgreementRequest, type ProjectAgreementChoice } from './agreement/from-project';
