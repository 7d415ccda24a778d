import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { MAX_TRANSCRIPT_BYTES, parseTranscriptFile } from '../../../src/io/transcripts/parse-file';
import { bytesOf, errorOf, fixtureBytes, valueOf } from './helpers';

const parse = (name: string, bytes: Uint8Array) => parseTranscriptFile(name, bytes);

/** A zip holding a minimal Word document plus any extra entries. */
function docxWith(extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hi</w:t></w:r></w:p></w:body></w:document>'),
    ...extra,
  });
}

/** Overwrites the uncompressed size of every entry, in local headers and central directory. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('files refused, with the reason', () => {
  it('refuses empty and blank files', async () => {
    expect(errorOf(await parse('a.txt', new Uint8Array()))).toBe('is empty');
    expect(errorOf(await parse('a.docx', new Uint8Array()))).toBe('is empty');
    expect(errorOf(await parse('a.txt', bytesOf(' \n\t\r\n')))).toBe('has no text to import');
    expect(errorOf(await parse('a.vtt', bytesOf('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<i></i>\n')))).toBe('has no text to import');
  });

  it('refuses binary files: NUL bytes or many control characters', async () => {
    expect(errorOf(await parse('a.txt', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00)))).toBe('is a binary file, not text');
    const controls = bytesOf('ab\u0001\u0002\u0003cd\u0004\u0005\u0006ef\u0007\u0008');
    expect(errorOf(await parse('a.txt', controls))).toBe('is a binary file, not text');
  });

  it('replaces a few stray control characters with spaces and says so', async () => {
    const parsed = valueOf(await parse('a.txt', bytesOf(`A long enough paragraph of ordinary words\u0007 with one bell in it.\fNext page.`)));
    expect(parsed.text).toBe('A long enough paragraph of ordinary words  with one bell in it.\nNext page.');
    expect(parsed.warnings).toEqual(['1 control character was replaced by spaces']);
  });

  it('refuses text that is not UTF-8 rather than mis-decoding it', async () => {
    const latin1 = Uint8Array.of(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b);
    expect(errorOf(await parse('a.txt', latin1))).toBe('is not UTF-8 text: save it as UTF-8 and import again');
    expect(errorOf(await parse('a.srt', latin1))).toBe('is not UTF-8 text: save it as UTF-8 and import again');
  });

  it('refuses UTF-16 without a BOM, and broken UTF-16', async () => {
    const bomless = new Uint8Array(new Uint16Array(Array.from('Interviewer: hello', (c) => c.charCodeAt(0))).buffer);
    expect(errorOf(await parse('a.txt', bomless))).toMatch(/^looks like UTF-16 text without a byte-order mark/);
    expect(errorOf(await parse('a.txt', Uint8Array.of(0xff, 0xfe, 0x41, 0x00, 0x42)))).toMatch(/^is not valid UTF-16 LE text/);
    expect(errorOf(await parse('a.txt', Uint8Array.of(0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41)))).toMatch(/^is not valid UTF-16 BE text/);
  });

  it('refuses files over the size limit before reading them', async () => {
    expect(MAX_TRANSCRIPT_BYTES).toBe(20 * 1024 * 1024);
    const big = new Uint8Array(25 * 1024 * 1024).fill(0x61);
    expect(errorOf(await parse('big.txt', big))).toBe('is 25 MB, over the 20 MB limit for one transcript');
    expect(errorOf(await parse('big.docx', big.subarray(0, MAX_TRANSCRIPT_BYTES + 1)))).toMatch(/over the 20 MB limit/);
    expect('value' in (await parse('edge.txt', big.subarray(0, MAX_TRANSCRIPT_BYTES)))).toBe(true);
  });

  it('refuses unknown extensions, naming them', async () => {
    expect(errorOf(await parse('report.pdf', bytesOf('%PDF')))).toBe('cannot be imported: .pdf files are not transcripts Verbatim reads (use .txt, .md, .docx, .vtt or .srt)');
    expect(errorOf(await parse('README', bytesOf('hi')))).toMatch(/^cannot be imported: files without an extension/);
    expect(valueOf(await parse('Interview.TXT', bytesOf('hi'))).title).toBe('Interview');
  });

  it('refuses a WebVTT file without its header or without cues, and warns about unreadable cues', async () => {
    expect(errorOf(await parse('a.vtt', bytesOf('00:00:01.000 --> 00:00:02.000\nHello')))).toBe('is not a WebVTT file: its first line should be "WEBVTT"');
    expect(errorOf(await parse('a.vtt', bytesOf('WEBVTT\n\nNOTE just a note\n')))).toMatch(/^has no cues/);
    const parsed = valueOf(await parse('a.vtt', bytesOf('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n\n00:00:0x.000 --> soon\nLost\n')));
    expect(parsed.text).toBe('Hello');
    expect(parsed.warnings).toEqual(['1 cue was skipped because its timing line was unreadable']);
  });

  it('refuses an SRT file without cues', async () => {
    expect(errorOf(await parse('a.srt', bytesOf('Just some words\nwith no timings.')))).toMatch(/^has no subtitle cues/);
  });
});

describe('Word files refused before mammoth opens them', () => {
  it('refuses a damaged zip', async () => {
    expect(errorOf(await parse('corrupt.docx', fixtureBytes('corrupt.docx')))).toBe('is not a valid .docx file: the zip archive is damaged');
  });

  it('refuses a file that is not a zip, an old .doc, and a zip that is not a Word document', async () => {
    expect(errorOf(await parse('a.docx', bytesOf('Interviewer: hi')))).toBe('is not a valid .docx file: it is not a zip archive');
    expect(errorOf(await parse('a.docx', Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)))).toMatch(/^is an old-format \(\.doc\) or password-protected Word file/);
    const notWord = zipSync({ 'content.xml': strToU8('<office:document/>') });
    expect(errorOf(await parse('a.docx', notWord))).toBe('is a zip archive but not a Word document: it has no word/document.xml');
  });

  it('refuses a zip bomb by its declared sizes', async () => {
    const bomb = docxWith({ 'word/media/padding.bin': new Uint8Array(30 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100_000);
    expect(errorOf(await parse('bomb.docx', bomb))).toMatch(/^inflates to far more than its size \(over \d+ MB\), as a zip bomb does, so it was not opened$/);
  });

  it('refuses a zip bomb that lies about its sizes, by inflating it in bounded steps', async () => {
    const bomb = lieAboutSizes(docxWith({ 'word/media/padding.bin': new Uint8Array(30 * 1024 * 1024) }), 10);
    // Its small entries now fail the size check first (damaged); the padding would fail as a bomb.
    expect(errorOf(await parse('liar.docx', bomb))).toMatch(/^(?:inflates to far more than its size|is a damaged Word document)/);
  });

  it('says a malformed document is damaged, in plain words, with the technical reason apart', async () => {
    const result = await parse('broken.docx', zipSync({ 'word/document.xml': strToU8('<not-closed') }));
    expect(result).toMatchObject({ error: 'is a damaged Word document: its text is not readable', details: expect.stringMatching(/^word\/document\.xml, line 1: /) });
  });

  it('stops a document nested too deeply before any parser recurses into it', async () => {
    const depth = 3000;
    const xml = `<w:document xmlns:w="w"><w:body>${'<w:tbl><w:tr><w:tc>'.repeat(depth / 3)}<w:p/>${'</w:tc></w:tr></w:tbl>'.repeat(depth / 3)}</w:body></w:document>`;
    const started = performance.now();
    const result = await parse('deep.docx', docxWith({ 'word/document.xml': strToU8(xml) }));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result).toMatchObject({ error: 'is too deeply nested to read (tables inside tables, many levels down)' });
  });

  it('checks every entry\'s checksum before mammoth sees the archive', async () => {
    const damaged = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }, { level: 0 });
    const at = new TextDecoder('latin1').decode(damaged).indexOf('<Types/>');
    damaged[at + 1] = 0x58; // a stored entry's byte changed: its CRC no longer matches
    const result = await parse('crc.docx', damaged);
    expect(result).toMatchObject({ error: 'is a damaged Word document: its zip archive could not be read', details: expect.stringContaining('checksum') });
  });
});

describe('one text rule for every format', () => {
  it('decodes subtitle character references before cleaning, so no bell or lone surrogate is stored', async () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAlex: ring&#7;ring &#xD800;half &#x1F600; whole\n';
    const parsed = valueOf(await parse('a.vtt', bytesOf(vtt)));
    expect(parsed.text).toBe('ring ring \uFFFDhalf 😀 whole');
    expect(parsed.warnings).toEqual(['1 control character was replaced by spaces', '1 broken character (half a UTF-16 pair) was replaced by �']);
  });

  it('cleans a Word document\'s text like a .txt file\'s, and says so', async () => {
    const body = '<w:body><w:p><w:r><w:t>Before\u009Fafter</w:t></w:r></w:p></w:body>';
    const parsed = valueOf(await parse('c.docx', docxWith({ 'word/document.xml': strToU8(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${body}</w:document>`) })));
    expect(parsed.text).toBe('Before after');
    expect(parsed.warnings).toContain('1 control character was replaced by spaces');
  });
});

describe('never throws', () => {
  it('returns a value or an error for any bytes under any supported name', async () => {
    const names = fc.constantFrom('a.txt', 'a.md', 'a.vtt', 'a.srt', 'a.docx', 'a.xyz');
    await fc.assert(fc.asyncProperty(names, fc.uint8Array({ maxLength: 300 }), async (name, bytes) => {
      const result = await parse(name, bytes);
      expect('value' in result || typeof result.error === 'string').toBe(true);
    }), { numRuns: 300 });
  });
});
