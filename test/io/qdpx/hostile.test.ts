import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openQdpx } from '../../../src/io/qdpx/container';
import { IssueLog } from '../../../src/io/qdpx/issues';
import { readQdc, readQdpx } from '../../../src/io/qdpx/read';
import { DEFAULT_ZIP_LIMITS } from '../../../src/io/qdpx/zip-directory';
import { buildZip, MINIMAL_SOURCE_NAME, minimalQde } from './helpers';

const MiB = 1024 * 1024;
const TEXT = 'Hello world.\nSecond line here.\n';

async function errorCodes(bytes: Uint8Array): Promise<string[]> {
  const result = await readQdpx(bytes);
  expect(result.project).toBeUndefined();
  return result.errors.map((e) => e.code);
}

describe('zip bombs', () => {
  // 300 MiB of zeros, deflated natively (fflate would take seconds to build it): ~300 KB.
  const zeros = deflateRawSync(Buffer.alloc(300 * MiB), { level: 6 });

  it('stops a 1000:1 entry after the first chunk, without inflating it all', async () => {
    const bomb = buildZip([
      { name: 'project.qde', data: minimalQde() },
      { name: MINIMAL_SOURCE_NAME, data: new Uint8Array(0), compressed: zeros, declaredSize: 300 * MiB, crc: 0 },
    ]);
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const started = cpu();
    const result = await readQdpx(bomb);
    const spent = cpu() - started;
    expect(result.errors[0]).toMatchObject({ code: 'E_ZIP_TOO_LARGE' });
    expect(result.errors[0]!.message).toMatch(/more than 200:1/);
    // A safety property, not a speed target: inflating all 300 MiB costs over a second of CPU,
    // so a reader that stopped after the first chunk spends a small fraction of that.
    expect(spent).toBeLessThan(1000);
  });

  it('stops an entry that inflates past the size its header claims', async () => {
    const bomb = buildZip([
      { name: 'project.qde', data: new Uint8Array(0), compressed: zeros, declaredSize: 2000, crc: 0 },
    ]);
    const result = await readQdpx(bomb);
    expect(result.errors[0]).toMatchObject({ code: 'E_ZIP_TOO_LARGE' });
    expect(result.errors[0]!.message).toMatch(/past its declared size of 2000 bytes/);
  });

  it('refuses an entry whose declared size is over the budget before inflating anything', async () => {
    const bomb = buildZip([
      { name: 'project.qde', data: minimalQde() },
      { name: MINIMAL_SOURCE_NAME, data: new Uint8Array(0), compressed: zeros, declaredSize: 600 * MiB, crc: 0 },
    ]);
    expect(await errorCodes(bomb)).toEqual(['E_ZIP_TOO_LARGE']);
  });

  it('counts the budget across entries', () => {
    const chunk = 'Some ordinary words of an interview transcript. '.repeat(12_000);
    const zip = buildZip([
      { name: 'project.qde', data: minimalQde() },
      { name: 'sources/a.txt', data: chunk },
      { name: 'sources/b.txt', data: chunk },
    ]);
    const archive = openQdpx(zip, new IssueLog(), { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 1 * MiB });
    archive.read(archive.findSource('a.txt')!);
    expect(() => archive.read(archive.findSource('b.txt')!)).toThrow(/E_ZIP_TOO_LARGE/);
  });
});

describe('XML attacks', () => {
  it('rejects a billion-laughs .qde on its DOCTYPE before parsing', async () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE Project [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>`;
    expect(await errorCodes(buildZip([{ name: 'project.qde', data: laughs }]))).toEqual(['E_XML_DOCTYPE']);
  });

  it('rejects an external entity (XXE) DOCTYPE in a codebook, in any letter case', async () => {
    const xxe = '<?xml version="1.0"?><!doctype CodeBook [<!ENTITY x SYSTEM "file:///etc/passwd">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="c0de0001-0000-4000-8000-000000000001" name="&x;" isCodable="true"/></Codes></CodeBook>';
    const result = await readQdc(new TextEncoder().encode(xxe));
    expect(result.codes).toBeUndefined();
    expect(result.errors[0]!.code).toBe('E_XML_DOCTYPE');
  });

  it('answers an unclosed, deeply nested codebook quickly, with a message of bounded length', async () => {
    const open = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${'<Code guid="c0de0001-0000-4000-8000-000000000001" name="a" isCodable="true">'.repeat(200_000)}`;
    const started = performance.now();
    const result = await readQdc(new TextEncoder().encode(open));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.codes).toBeUndefined();
    expect(result.errors.map((e) => e.code)).toEqual(['E_XML_TOO_DEEP']);
    expect(result.errors[0]!.message.length).toBeLessThan(300);
  });

  it('bounds an unclosed shallow codebook\'s list of open elements', async () => {
    const open = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="c0de0001-0000-4000-8000-000000000001" name="${'a'.repeat(5000)}" isCodable="true">`;
    const result = await readQdc(new TextEncoder().encode(open));
    expect(result.errors[0]!.message.length).toBeLessThan(600);
  });

  it('rejects nesting deeper than 64 levels', async () => {
    const deep = `<Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook><Codes>${'<Code guid="c0de0001-0000-4000-8000-000000000001" name="a" isCodable="true">'.repeat(80)}${'</Code>'.repeat(80)}</Codes></CodeBook></Project>`;
    expect(await errorCodes(buildZip([{ name: 'project.qde', data: deep }]))).toEqual(['E_XML_TOO_DEEP']);
  });
});

describe('unsafe archives', () => {
  const withEntry = (name: string) => buildZip([{ name: 'project.qde', data: minimalQde() }, { name, data: TEXT }]);

  it.each(['../evil.txt', 'sources/../../evil.txt', '/etc/passwd', 'C:/Windows/evil.txt', 'sources\\evil.txt', 'sources/e\u0000vil.txt'])(
    'rejects the entry name %j',
    async (name) => {
      const result = await readQdpx(withEntry(name));
      expect(result.project).toBeUndefined();
      expect(result.errors[0]!.code).toBe('E_UNSAFE_ENTRY_NAME');
      expect(result.errors[0]!.message).toContain('is unsafe');
    },
  );

  it('rejects two entries whose names differ only in case', async () => {
    const zip = buildZip([{ name: 'project.qde', data: minimalQde() }, { name: MINIMAL_SOURCE_NAME, data: TEXT }, { name: MINIMAL_SOURCE_NAME.toUpperCase(), data: TEXT }]);
    expect(await errorCodes(zip)).toEqual(['E_ZIP_DUPLICATE_ENTRY']);
  });

  it('refuses an archive announcing more than 10,000 entries before reading any', async () => {
    const zip = buildZip([{ name: 'project.qde', data: minimalQde() }], { claimedCount: 10_001 });
    expect(await errorCodes(zip)).toEqual(['E_ZIP_TOO_MANY_ENTRIES']);
  });

  it('refuses encrypted entries and unsupported compression', async () => {
    expect(await errorCodes(buildZip([{ name: 'project.qde', data: minimalQde(), flags: 0x0801 }]))).toEqual(['E_ZIP_ENCRYPTED']);
    expect(await errorCodes(buildZip([{ name: 'project.qde', data: minimalQde(), method: 12 }]))).toEqual(['E_ZIP_UNSUPPORTED_METHOD']);
  });

  it('notices a damaged entry by its checksum', async () => {
    expect(await errorCodes(buildZip([{ name: 'project.qde', data: minimalQde(), crc: 1234 }]))).toEqual(['E_ZIP_CORRUPT']);
  });

  it('never resolves an internal path outside sources/', async () => {
    for (const path of ['internal://../project.qde', 'internal://sub/dir.txt', 'internal://..', 'internal://']) {
      const zip = buildZip([{ name: 'project.qde', data: minimalQde({ plainTextPath: path }) }, { name: MINIMAL_SOURCE_NAME, data: TEXT }]);
      expect(await errorCodes(zip)).toEqual(['E_UNSAFE_SOURCE_PATH']);
    }
  });

  it('rejects source text that is not UTF-8 instead of guessing', async () => {
    const latin1 = new Uint8Array([0x48, 0xe9, 0x6c, 0x6c, 0x6f, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64]);
    const zip = buildZip([{ name: 'project.qde', data: minimalQde() }, { name: MINIMAL_SOURCE_NAME, data: latin1 }]);
    expect(await errorCodes(zip)).toEqual(['E_SOURCE_NOT_UTF8']);
  });

  it('refuses source text in UTF-16 without a byte-order mark, which would pass as UTF-8 with NULs', async () => {
    const utf16 = new Uint8Array([...TEXT].flatMap((c) => [c.charCodeAt(0), 0]));
    const zip = buildZip([{ name: 'project.qde', data: minimalQde() }, { name: MINIMAL_SOURCE_NAME, data: utf16 }]);
    expect(await errorCodes(zip)).toEqual(['E_SOURCE_NOT_UTF8']);
  });

  it('stores source text under the text rule: control characters become spaces, with a warning', async () => {
    const zip = buildZip([{ name: 'project.qde', data: minimalQde() }, { name: MINIMAL_SOURCE_NAME, data: 'Hello\u0007world.\nSecond line here.\n' }]);
    const result = await readQdpx(zip);
    expect(result.project?.sources[0]?.text).toBe('Hello world.\nSecond line here.\n');
    expect(result.warnings.map((w) => w.code)).toContain('W_TEXT_CLEANED');
  });

  it('ignores directory entries and reads stored entries', async () => {
    const zip = buildZip([
      { name: 'sources/', data: '', method: 0 },
      { name: 'project.qde', data: minimalQde(), method: 0 },
      { name: MINIMAL_SOURCE_NAME, data: TEXT, method: 0 },
    ]);
    const result = await readQdpx(zip);
    expect(result.errors).toEqual([]);
    expect(result.project!.selections).toHaveLength(1);
  });

  it('tells a .qdpx given as a codebook apart from broken XML', async () => {
    const result = await readQdc(buildZip([{ name: 'project.qde', data: minimalQde() }]));
    expect(result.codes).toBeUndefined();
    expect(result.errors[0]!.message).toMatch(/ZIP archive/);
  });

  it('rejects several .qde files when none is project.qde', async () => {
    const zip = buildZip([{ name: 'a.qde', data: minimalQde() }, { name: 'b.qde', data: minimalQde() }]);
    expect(await errorCodes(zip)).toEqual(['E_AMBIGUOUS_QDE']);
  });
});
