import { strFromU8, unzipSync } from 'fflate';

/** The text of `word/document.xml` in a .docx, after checking the bytes are a zip. */
export function documentXml(bytes: Uint8Array): string {
  expect4(bytes);
  const files = unzipSync(bytes);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error(`no word/document.xml; entries: ${Object.keys(files).join(', ')}`);
  return strFromU8(xml);
}

/** The visible text: every <w:t> joined, breaks as \n. */
export function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<\/w:p>/g)]
    .map((m) => (m[0] === '<w:br/>' ? '\n' : m[0] === '</w:p>' ? '\n\n' : decode(m[1] ?? '')))
    .join('');
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function expect4(bytes: Uint8Array): void {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4) throw new Error('not a zip (no PK\\x03\\x04 header)');
}
