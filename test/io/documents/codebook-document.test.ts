import { describe, expect, it } from 'vitest';
import { codebookDocx, codebookMarkdown, INTERNAL_LABEL } from '../../../src/io/documents/codebook-document';
import { codeCounts } from '../../../src/core/codebook/counts';
import { study } from '../../core/quotes/study';
import { documentXml, visibleText } from './docx-zip';

const b = study();
b.codes = b.codes.map((c) => c.id === 'c-build'
  ? { ...c, description: { definition: 'Actions that build trust between councils.', whenToUse: 'Concrete steps, not attitudes.', whenNotToUse: 'Distrust of the county: use that code.', example: 'We shared one budget first.' } }
  : c);
const source = { codes: b.codes, counts: codeCounts(b.codes, b.segments, b.codings) };

describe('codebookMarkdown', () => {
  it('lists every code in tree order with its fields and counts, labelled internal', () => {
    const md = codebookMarkdown(source);
    expect(md).toContain(INTERNAL_LABEL);
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['# Codebook', '## Trust', '### Building trust', '### Distrust of county', '## Leadership', '### Audacious leadership', '## Finance']);
    expect(md).toContain('**Path:** Trust/Building trust  \n**Definition:** Actions that build trust between councils.  \n**When to use:** Concrete steps, not attitudes.');
    expect(md).toContain('**Counts:** 1 segment in 1 document; with sub-codes 7 segments in 4 documents');
    expect(md).toContain('**Example:** —');
  });
});

describe('codebookDocx', () => {
  it('is a zip whose document.xml holds every code and its description', async () => {
    const xml = documentXml(await codebookDocx(source));
    const text = visibleText(xml);
    expect(text).toContain(INTERNAL_LABEL);
    for (const c of b.codes) expect(text).toContain(c.name);
    expect(text).toContain('When not to use: Distrust of the county: use that code.');
    expect(text).toContain('Counts: 4 segments in 2 documents');
    expect(xml).toContain('w:val="Heading3"');
  });
});
