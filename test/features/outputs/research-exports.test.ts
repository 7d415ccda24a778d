import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { researchFile } from '../../../src/features/outputs/research-exports';
import { segmentsCsv } from '../../../src/io/csv/segments-csv';
import { demoBundle } from '../demo-bundle';

const bundle = demoBundle();

describe('researchFile', () => {
  it('writes the coded segments as CSV, counting one row per coding', async () => {
    const file = await researchFile(bundle, 'segments-csv');
    expect(file.fileName).toMatch(/\.csv$/);
    expect(file.blob.type).toBe('text/csv;charset=utf-8');
    expect(await file.blob.text()).toBe(segmentsCsv(bundle));
    expect(file.what).toBe(`${bundle.codings.length} coded segments`);
  });

  it('does not count a coding whose passage is gone', async () => {
    const orphan = { ...bundle.codings[0]!, id: 'orphan', segmentId: 'no-such-segment' };
    const file = await researchFile({ ...bundle, codings: [...bundle.codings, orphan] }, 'segments-csv');
    expect(file.what).toBe(`${bundle.codings.length} coded segments`);
  });

  it('writes the codebook as Markdown, named as internal, with every code', async () => {
    const file = await researchFile(bundle, 'codebook-markdown');
    expect(file.fileName).toBe('codebook_INTERNAL.md');
    expect(file.what).toBe(`the codebook (${bundle.codes.length} codes)`);
    const text = await file.blob.text();
    for (const code of bundle.codes) expect(text).toContain(code.name);
  });

  it('writes the codebook as a Word document holding every code', async () => {
    const file = await researchFile(bundle, 'codebook-word');
    expect(file.fileName).toBe('codebook_INTERNAL.docx');
    const parts = unzipSync(new Uint8Array(await file.blob.arrayBuffer()));
    const body = strFromU8(parts['word/document.xml']!);
    for (const code of bundle.codes) expect(body).toContain(code.name.replace(/&/g, '&amp;'));
  });

  it('says "1 code" and "1 coded segment" in the singular', async () => {
    const one = { ...bundle, codes: bundle.codes.slice(0, 1), codings: bundle.codings.slice(0, 1) };
    expect((await researchFile(one, 'codebook-markdown')).what).toBe('the codebook (1 code)');
    expect((await researchFile(one, 'segments-csv')).what).toBe('1 coded segment');
  });
});
