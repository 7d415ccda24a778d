import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IssueLog } from '../../../src/io/qdpx/issues';
import { decodeReferences, parseXml } from '../../../src/io/qdpx/xml';
import { escapeAttribute, escapeText, XmlWriter } from '../../../src/io/qdpx/xml-writer';

const parse = (xml: string) => parseXml(new TextEncoder().encode(xml), 'test.xml', new IssueLog());

describe('reading XML', () => {
  it('decodes predefined entities and character references once, and leaves CDATA alone', () => {
    const root = parse('<R a="x&amp;y &#233;&#x1F600;&#10;z">&lt;b&gt; &amp;amp; &#13;<![CDATA[<raw> &amp;]]></R>');
    expect(root.attrs.a).toBe('x&y é😀\nz');
    expect(root.text).toBe('<b> &amp; \r<raw> &amp;');
  });

  it('applies XML line-end handling: literal CRLF reads as LF, &#13; stays CR', () => {
    expect(parse('<R>a\r\nb\rc&#13;&#10;d</R>').text).toBe('a\nb\nc\r\nd');
    expect(parse('<R a="one\ttwo\nthree"/>').attrs.a).toBe('one two three');
  });

  it('matches elements by local name whatever their prefix', () => {
    const root = parse('<q:Project xmlns:q="urn:QDA-XML:project:1.0"><q:Users><q:User guid="x"/></q:Users></q:Project>');
    expect(root).toMatchObject({ name: 'Project', prefix: 'q', children: [{ name: 'Users', children: [{ name: 'User' }] }] });
  });

  it('keeps references it does not know, and invalid character references, as written', () => {
    expect(decodeReferences('&nbsp; &#0; &#xD800; &#65;')).toBe('&nbsp; &#0; &#xD800; A');
  });

  it('rejects more than one root, and UTF-8 it cannot decode', () => {
    expect(() => parse('<a/><b/>')).toThrow(/E_XML_MALFORMED/);
    expect(() => parseXml(new Uint8Array([0x3c, 0x61, 0xff, 0x2f, 0x3e]), 'bad.xml', new IssueLog())).toThrow(/not valid UTF-8/);
  });

  it('reads a UTF-16 file by its byte-order mark, with a warning', () => {
    const text = '<R a="é"/>';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const log = new IssueLog();
    expect(parseXml(bytes, 'utf16.xml', log).attrs.a).toBe('é');
    expect(log.warnings.map((w) => w.code)).toEqual(['W_QDE_NOT_UTF8']);
  });
});

describe('writing XML', () => {
  const legal = fc.string({ unit: fc.constantFrom(...'ab <>&"\'\t\r\n😀é\u0001\uFFFE'), maxLength: 40 });

  it('escapes text and attributes so that reading gives back every legal character', () => {
    fc.assert(fc.property(legal, legal, (text, attr) => {
      const xml = new XmlWriter().text('R', text, { a: attr }).toString();
      const root = parse(xml);
      const strip = (s: string) => s.replaceAll('\u0001', '').replaceAll('\uFFFE', '');
      expect(root.text).toBe(strip(text));
      expect(root.attrs.a).toBe(strip(attr));
    }));
  });

  it('escapes what must be escaped', () => {
    expect(escapeText('a<b>&c\r')).toBe('a&lt;b&gt;&amp;c&#13;');
    expect(escapeAttribute('"x"\t\n')).toBe('&quot;x&quot;&#9;&#10;');
  });
});
