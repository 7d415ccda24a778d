import type { ProjectBundle } from '../../core/bundle';
import { codeCounts } from '../../core/codebook/counts';
import { segmentsCsv, segmentsFileName } from '../../io/csv/segments-csv';

/** Files for the research team: not anonymised, and named so. */
export type ResearchFormat = 'codebook-markdown' | 'codebook-word' | 'segments-csv';

export interface ResearchFile {
  fileName: string;
  blob: Blob;
  /** "the codebook (13 codes)", "57 coded segments": what the success message names. */
  what: string;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Builds one research-team file from a project snapshot. */
export async function researchFile(bundle: ProjectBundle, format: ResearchFormat): Promise<ResearchFile> {
  if (format === 'segments-csv') {
    const segmentIds = new Set(bundle.segments.map((s) => s.id));
    const rows = bundle.codings.filter((c) => segmentIds.has(c.segmentId)).length;
    return {
      fileName: segmentsFileName(),
      blob: new Blob([segmentsCsv(bundle)], { type: 'text/csv;charset=utf-8' }),
      what: `${rows} coded ${rows === 1 ? 'segment' : 'segments'}`,
    };
  }
  const source = { codes: bundle.codes, counts: codeCounts(bundle.codes, bundle.segments, bundle.codings), title: 'Codebook' };
  const what = `the codebook (${bundle.codes.length} ${bundle.codes.length === 1 ? 'code' : 'codes'})`;
  // Word's writer is large: it loads with the first codebook export, not with the screen.
  const { codebookDocx, codebookMarkdown } = await import('../../io/documents/codebook-document');
  if (format === 'codebook-markdown') {
    return { fileName: 'codebook_INTERNAL.md', blob: new Blob([codebookMarkdown(source)], { type: 'text/markdown;charset=utf-8' }), what };
  }
  const bytes = await codebookDocx(source);
  return { fileName: 'codebook_INTERNAL.docx', blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }), what };
}
