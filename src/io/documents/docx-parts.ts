import { Document, Packer, Paragraph, TextRun, type IRunOptions, type ISectionOptions } from 'docx';

/**
 * Shared pieces for the .docx exports. `Packer.toArrayBuffer` is used because it works the same
 * in a browser, a Web Worker and Node (`toBuffer` needs Node's Buffer, `toBlob` a browser).
 */

/** Characters XML 1.0 forbids; Word will not open a file containing them. */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe to put in a Word document: forbidden XML characters removed. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** Runs for text that may hold line breaks: one run per line, joined by line breaks. */
export function textRuns(text: string, style: Omit<IRunOptions, 'text' | 'break'> = {}): TextRun[] {
  return xmlSafe(text).split('\n').map((line, i) => new TextRun({ ...style, text: line, break: i === 0 ? 0 : 1 }));
}

/** A plain paragraph of text. */
export function textParagraph(text: string, style: Omit<IRunOptions, 'text' | 'break'> = {}): Paragraph {
  return new Paragraph({ children: textRuns(text, style) });
}

/** Packs paragraphs into a .docx file (a zip), as bytes. Document properties name no person. */
export async function packDocx(title: string, children: ISectionOptions['children']): Promise<Uint8Array> {
  const doc = new Document({ creator: 'Verbatim', lastModifiedBy: 'Verbatim', title: xmlSafe(title), sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
