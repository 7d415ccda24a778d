import { describe, expect, it } from 'vitest';
import { quotesDocx, quotesMarkdown } from '../../../src/io/documents/quotes-document';
import { selectQuotes, type QuoteRow } from '../../../src/core/quotes/select';
import { NAMES, study } from '../../core/quotes/study';
import { documentXml, visibleText } from './docx-zip';

const rows = selectQuotes(study(), { codeIds: ['c-trust'] }).rows;

describe('quotesMarkdown', () => {
  it('writes each quote as a block quote followed by an italic attribution, under its code', () => {
    const md = quotesMarkdown(rows);
    expect(md.startsWith('# Quotes\n\n## Trust\n\n> Public health money')).toBe(true);
    expect(md).toContain('## Trust/Building trust\n\n> ');
    expect(md).toContain('> When Melton and Harborough agreed to share me, trust was the whole thing.\n\n— *Shared district chief executive* (Q0007)');
    expect(md).toContain('— *District chief executive; District chief executive* (Q0008)');
    for (const name of NAMES) for (const part of name.split(' ')) expect(md).not.toContain(part);
  });

  it('quotes every line of a multi-line passage and escapes Markdown syntax', () => {
    const row: QuoteRow = { ...rows[0]!, quote: '# not a heading\n\n1. not a list *or* <b>bold</b>', attribution: 'Chief_executive' };
    const md = quotesMarkdown([row], { groupByCode: false, includeQuoteRefs: false, title: 'Selected quotes' });
    expect(md).toBe('# Selected quotes\n\n> \\# not a heading\n>\n> 1\\. not a list \\*or\\* \\<b\\>bold\\</b\\>\n\n— *Chief\\_executive*\n');
  });
});

describe('quotesDocx', () => {
  it('is a zip whose word/document.xml holds the quotes and attributions', async () => {
    const bytes = await quotesDocx(rows);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const xml = documentXml(bytes);
    const text = visibleText(xml);
    expect(text).toContain('When Melton and Harborough agreed to share me, trust was the whole thing.');
    expect(text).toContain('— Shared district chief executive (Q0007)');
    expect(text).toContain('Trust/Distrust of county');
    expect(xml).toContain('<w:smallCaps/>');
    expect(xml).toContain('<w:i/>');
    expect(xml).toMatch(/<w:ind w:left="720" w:right="720"\/>/);
    for (const name of NAMES) for (const part of name.split(' ')) expect(text).not.toContain(part);
  });

  it('keeps line breaks and drops characters Word cannot open', async () => {
    const row: QuoteRow = { ...rows[0]!, quote: 'first line\nsecond\u0007 line' };
    const text = visibleText(documentXml(await quotesDocx([row], { groupByCode: false })));
    expect(text).toContain('first line\nsecond line');
  });
});
