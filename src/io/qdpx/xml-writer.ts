/** Attribute values; `undefined` attributes are left out. */
export type Attributes = Record<string, string | number | boolean | undefined>;

// Characters XML 1.0 does not allow anywhere, even as references (lone surrogates included).
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters that XML 1.0 forbids (control characters, U+FFFE/FFFF, lone surrogates). */
export function stripIllegalXmlChars(value: string): string {
  return value.replace(ILLEGAL, '');
}

/**
 * Escapes element content. CR is written as `&#13;` so that XML end-of-line handling on the
 * reading side does not turn it into LF.
 */
export function escapeText(value: string): string {
  return stripIllegalXmlChars(value).replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/** Escapes an attribute value; tabs and line breaks become references so they survive normalisation. */
export function escapeAttribute(value: string): string {
  return stripIllegalXmlChars(value).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** Builds an XML document as text, indenting elements (never inside text content). */
export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  private depth = 0;

  /** Opens `<name …>`; pair with `close(name)`. */
  open(name: string, attrs: Attributes = {}): this {
    this.parts.push(`${this.indent()}<${name}${formatAttributes(attrs)}>\n`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.parts.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  /** An element without content: `<name …/>`. */
  empty(name: string, attrs: Attributes = {}): this {
    this.parts.push(`${this.indent()}<${name}${formatAttributes(attrs)}/>\n`);
    return this;
  }

  /** An element holding only text, written exactly (no indentation inside). */
  text(name: string, content: string, attrs: Attributes = {}): this {
    this.parts.push(`${this.indent()}<${name}${formatAttributes(attrs)}>${escapeText(content)}</${name}>\n`);
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }

  private indent(): string {
    return '  '.repeat(this.depth);
  }
}

function formatAttributes(attrs: Attributes): string {
  let out = '';
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined) out += ` ${key}="${escapeAttribute(String(value))}"`;
  }
  return out;
}
