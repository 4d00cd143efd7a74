import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { XmlDocument } from './xml-element.js';
import { DEFAULT_XML_LIMITS, type XmlLimits } from './xml-limits.js';
import { screenXmlInput } from './xml-input.screen.js';
import { XmlRejected } from './xml-rejected.js';
import { buildElement, rootScope, type OrderedNode } from './xml-tree.builder.js';

export type XmlLoadResult = { ok: true; document: XmlDocument } | { ok: false; error: XmlRejected };

const HTML_ROOTS = new Set(['html', 'head', 'body']);

/**
 * Loads an untrusted XML document: screens it (size, encoding, BOM, HTML, DTD and entity declarations), checks it
 * is well-formed, then parses it with entity processing off while counting depth and elements. Never throws for bad
 * input: the result says why the document was refused.
 */
export function loadXml(input: string | Uint8Array, limits: Partial<XmlLimits> = {}): XmlLoadResult {
  const bounds: XmlLimits = { ...DEFAULT_XML_LIMITS, ...limits };
  const screened = screenXmlInput(input, bounds);
  if (!screened.ok) return screened;

  const validation = XMLValidator.validate(screened.text, { allowBooleanAttributes: false });
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    const where = col === undefined ? `line ${line}` : `line ${line}, column ${col}`;
    return fail('xml_ill_formed', `The document is not well-formed XML (truncated or damaged?): ${msg} (${where}).`);
  }

  let elementCount = 0;
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    cdataPropName: '#cdata',
    commentPropName: false,
    jPath: false,
    // The parser's own nesting guard stays above ours so that ours, with its clearer message, is the one that trips.
    maxNestedTags: bounds.maxDepth + 1,
    updateTag(tagName, matcher) {
      elementCount += 1;
      if (elementCount > bounds.maxElements) {
        throw new XmlRejected('xml_too_many_elements', `The document has more than ${bounds.maxElements} elements.`);
      }
      if (typeof matcher !== 'string' && matcher.getDepth() > bounds.maxDepth) {
        throw new XmlRejected('xml_too_deep', `Elements are nested more than ${bounds.maxDepth} levels deep.`);
      }
      return tagName;
    },
  });

  try {
    const nodes = parser.parse(screened.text) as OrderedNode[];
    const elements = nodes.filter((node) => !('#text' in node) && !('#cdata' in node));
    if (elements.length !== 1) return fail('xml_ill_formed', 'The document must have exactly one root element.');
    const root = buildElement(elements[0]!, rootScope());
    if (HTML_ROOTS.has(root.localName.toLowerCase())) {
      return fail('xml_html', 'An HTML page was received instead of an XML document (maintenance or error page?).');
    }
    return { ok: true, document: { root, elementCount } };
  } catch (error) {
    if (error instanceof XmlRejected) return { ok: false, error };
    const reason = error instanceof Error ? error.message : String(error);
    return fail('xml_ill_formed', `The document could not be parsed: ${reason}`);
  }
}

function fail(code: XmlRejected['code'], message: string): XmlLoadResult {
  return { ok: false, error: new XmlRejected(code, message) };
}
