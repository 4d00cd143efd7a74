import type { XmlLimits } from './xml-limits.js';
import { XmlRejected } from './xml-rejected.js';

export type ScreenedXml = { ok: true; text: string } | { ok: false; error: XmlRejected };

// A maintenance or error page served in place of the feed: an HTML doctype or <html> root after an optional prolog.
const HTML_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html\b|html\b|head\b|body\b)/i;
// Any markup declaration other than a comment or CDATA section: DOCTYPE, ENTITY, ELEMENT, ATTLIST, NOTATION.
// Refusing them outright is what makes external entities (XXE) and entity expansion (billion laughs) impossible.
const MARKUP_DECLARATION = /<!(?!--|\[CDATA\[)/;
const DECLARED_ENCODING = /^<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']/;
// Characters XML 1.0 does not allow anywhere in a document.
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Checks raw input before any parser sees it: size, encoding, byte order mark, HTML pages and markup declarations.
 * Every check is a bounded scan without building a tree, so hostile input is refused cheaply.
 */
export function screenXmlInput(input: string | Uint8Array, limits: XmlLimits): ScreenedXml {
  const byteLength = typeof input === 'string' ? utf8Length(input, limits.maxBytes) : input.byteLength;
  if (byteLength > limits.maxBytes) {
    return reject('xml_too_large', `The document is larger than the limit of ${limits.maxBytes} bytes.`);
  }

  if (typeof input !== 'string' && looksLikeHtml(new TextDecoder('utf-8').decode(input.subarray(0, 4096)))) {
    // Checked before strict decoding: error pages often come in other encodings, and "HTML" is the clearer reason.
    return reject('xml_html', HTML_MESSAGE);
  }
  let text: string;
  if (typeof input === 'string') {
    text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  } else {
    try {
      // The decoder drops a UTF-8 byte order mark itself.
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return reject('xml_encoding', 'The document is not valid UTF-8.');
    }
  }
  // Feeds sometimes send a blank line before the declaration, which strict XML forbids; it carries no meaning.
  text = text.trimStart();
  if (text.length === 0) return reject('xml_empty', 'The document is empty.');

  if (looksLikeHtml(text.slice(0, 4096))) return reject('xml_html', HTML_MESSAGE);
  const declaration = MARKUP_DECLARATION.exec(text);
  if (declaration) {
    const what = /^<!\s*DOCTYPE/i.test(text.slice(declaration.index, declaration.index + 12))
      ? 'A DOCTYPE declaration'
      : 'A markup declaration (<!ENTITY, <!ELEMENT …)';
    return reject(
      'xml_doctype',
      `${what} was found at character ${declaration.index}; documents with DTDs or entity declarations are refused.`,
    );
  }
  if (typeof input !== 'string') {
    const encoding = DECLARED_ENCODING.exec(text)?.[1]?.toLowerCase();
    if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'utf8') {
      return reject('xml_encoding', `The document declares encoding "${encoding}"; only UTF-8 is accepted.`);
    }
  }
  const forbidden = FORBIDDEN_CHARACTER.exec(text);
  if (forbidden) {
    const code = forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return reject('xml_ill_formed', `The document contains the character U+${code}, which XML does not allow.`);
  }
  return { ok: true, text };
}

const HTML_MESSAGE = 'An HTML page was received instead of an XML document (maintenance or error page?).';

function looksLikeHtml(head: string): boolean {
  return HTML_START.test(head.replace(/^\uFEFF/, '').trimStart());
}

/** UTF-8 size of a string, counting no further than just past `limit` so a huge input costs little. */
function utf8Length(text: string, limit: number): number {
  // Every UTF-16 code unit takes at least one byte in UTF-8.
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function reject(code: XmlRejected['code'], message: string): ScreenedXml {
  return { ok: false, error: new XmlRejected(code, message) };
}
