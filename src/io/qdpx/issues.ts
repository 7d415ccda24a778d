import type { QdpxIssue } from './types';
import { boundedValue } from '../../core/text/bounded';

/**
 * Longest message kept: a message quoting values from a file (each bounded where it is written)
 * stays readable, and one that slipped through cannot grow with the file.
 */
export const MAX_MESSAGE_CHARS = 600;

/** Thrown to stop an import at the first fatal problem; `read.ts` turns it into a result. */
export class QdpxRejection extends Error {
  readonly issue: QdpxIssue;

  constructor(code: string, message: string) {
    const bounded = boundedValue(message, MAX_MESSAGE_CHARS);
    super(`${code}: ${bounded}`);
    this.issue = { code, message: bounded };
  }
}

/** Shorthand for `throw new QdpxRejection(...)`, usable as an expression. */
export function reject(code: string, message: string): never {
  throw new QdpxRejection(code, message);
}

/** More messages of one code than this are summarised, so a report stays readable. */
const MAX_PER_CODE = 50;

/**
 * Collects errors and warnings of one import. Errors found while validating are gathered
 * (so the user sees all of them at once) and then raised together by `throwIfErrors`.
 */
export class IssueLog {
  readonly errors: QdpxIssue[] = [];
  readonly warnings: QdpxIssue[] = [];
  private readonly counts = new Map<string, number>();

  warn(code: string, message: string): void {
    this.add(this.warnings, code, message);
  }

  error(code: string, message: string): void {
    this.add(this.errors, code, message);
  }

  /** Throws the first collected error (all of them stay in `errors`). */
  throwIfErrors(): void {
    const first = this.errors[0];
    if (first) throw new QdpxRejection(first.code, first.message);
  }

  /** Appends a "…and N more" line for every code that went over the cap. */
  summarise(): void {
    for (const [code, count] of this.counts) {
      if (count <= MAX_PER_CODE) continue;
      const list = code.startsWith('E_') ? this.errors : this.warnings;
      list.push({ code, message: `…and ${count - MAX_PER_CODE} more ${code} like the above` });
    }
  }

  private add(list: QdpxIssue[], code: string, message: string): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count <= MAX_PER_CODE) list.push({ code, message: boundedValue(message, MAX_MESSAGE_CHARS) });
  }
}
