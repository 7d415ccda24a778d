import type { AgreementDiagnostic } from './table';
import { RARE_PREVALENCE } from './table';

/** Names for the ids a diagnostic refers to; an id without a name is shown as it is. */
export interface DiagnosticNames {
  coder(id: string): string;
  code(id: string): string;
  document(id: string): string;
}

const percent = (x: number) => `${(Math.round(x * 1000) / 10).toLocaleString('en')} %`;

/** One sentence saying why a figure cannot be trusted, for the agreement screen and its export. */
export function describeDiagnostic(d: AgreementDiagnostic, names: DiagnosticNames): string {
  switch (d.kind) {
    case 'not-opened':
      return `${names.coder(d.coderId)} never opened ${names.document(d.documentId)}: it counts as missing data for them, not as text they left uncoded.`;
    case 'coded-nothing':
      return `${names.coder(d.coderId)} coded nothing in ${names.document(d.documentId)}: every coding there is a disagreement, and the figures for it say little about boundaries.`;
    case 'rare-code': {
      const rare = d.prevalence < RARE_PREVALENCE;
      return `${names.code(d.codeId)} is ${rare ? 'coded in only' : 'coded in'} ${percent(d.prevalence)} of the units: ${rare ? 'too rare' : 'too common'} for chance correction, so kappa, pi and alpha swing on a few units; read AC1 and the agreement over coded text beside them.`;
    }
  }
}
