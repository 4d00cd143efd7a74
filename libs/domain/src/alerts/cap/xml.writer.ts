/** An element to write: text content, or child elements (null children are skipped). */
export interface XmlNode {
  name: string;
  attributes?: Record<string, string>;
  text?: string;
  children?: (XmlNode | null)[];
}

// Characters XML 1.0 cannot carry at all; they are replaced rather than producing a document no parser accepts.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content and attribute values alike. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A UTF-8 XML document, indented with two spaces. */
export function writeXmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${writeNode(root, 0)}\n`;
}

function writeNode(node: XmlNode, depth: number): string {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(node.attributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  const children = (node.children ?? []).filter((child): child is XmlNode => child !== null);
  if (children.length > 0) {
    return `${indent}<${node.name}${attributes}>\n${children.map((child) => writeNode(child, depth + 1)).join('\n')}\n${indent}</${node.name}>`;
  }
  if (node.text === undefined) return `${indent}<${node.name}${attributes}/>`;
  return `${indent}<${node.name}${attributes}>${escapeXml(node.text)}</${node.name}>`;
}

/** A text element, or null when there is no value (optional CAP elements are left out, never written empty). */
export function textNode(name: string, value: string | null | undefined): XmlNode | null {
  return value === null || value === undefined || value === '' ? null : { name, text: value };
}
