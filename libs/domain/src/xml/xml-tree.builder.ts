import type { XmlElement } from './xml-element.js';
import { resolveReferences } from './xml-references.js';
import { XmlRejected } from './xml-rejected.js';

/** A node of fast-xml-parser's `preserveOrder` output. */
export type OrderedNode = Record<string, unknown>;

const TEXT = '#text';
const CDATA = '#cdata';
const ATTRIBUTES = ':@';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * Turns fast-xml-parser's ordered output into plain elements: resolves namespaces as XML Namespaces defines them and
 * resolves character references in text and attributes (CDATA stays literal).
 */
export function buildElement(node: OrderedNode, parentScope: ReadonlyMap<string, string | null>): XmlElement {
  const name = Object.keys(node).find((key) => key !== ATTRIBUTES);
  if (name === undefined) throw new XmlRejected('xml_ill_formed', 'An element without a name was found.');
  const content = node[name];
  if (!Array.isArray(content)) throw new XmlRejected('xml_ill_formed', `The element <${name}> could not be read.`);

  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  const rawAttributes = (node[ATTRIBUTES] ?? {}) as Record<string, unknown>;
  for (const [attributeName, value] of Object.entries(rawAttributes)) {
    const rawValue = String(value);
    if (rawValue.includes('<')) {
      throw new XmlRejected('xml_ill_formed', `The attribute ${attributeName} of <${name}> contains "<", which XML does not allow.`);
    }
    attributes[attributeName] = resolveReferences(rawValue);
  }

  const scope = scopeWith(parentScope, attributes, name);
  const [prefix, localName] = splitName(name);
  const namespace = prefix === null ? (scope.get('') ?? null) : scope.get(prefix);
  if (namespace === undefined) {
    throw new XmlRejected('xml_namespace', `The prefix "${prefix}" of <${name}> is not declared.`);
  }

  const children: XmlElement[] = [];
  let text = '';
  for (const child of content as OrderedNode[]) {
    if (TEXT in child) {
      text += resolveReferences(String(child[TEXT]));
    } else if (CDATA in child) {
      const parts = child[CDATA];
      if (Array.isArray(parts)) for (const part of parts as OrderedNode[]) text += String(part[TEXT] ?? '');
    } else {
      children.push(buildElement(child, scope));
    }
  }
  return { name, localName, namespace, attributes, children, text };
}

export function rootScope(): Map<string, string | null> {
  return new Map<string, string | null>([['xml', XML_NAMESPACE]]);
}

function scopeWith(
  parent: ReadonlyMap<string, string | null>,
  attributes: Readonly<Record<string, string>>,
  elementName: string,
): ReadonlyMap<string, string | null> {
  let scope: Map<string, string | null> | null = null;
  for (const [attributeName, value] of Object.entries(attributes)) {
    if (attributeName !== 'xmlns' && !attributeName.startsWith('xmlns:')) continue;
    const prefix = attributeName === 'xmlns' ? '' : attributeName.slice('xmlns:'.length);
    if (prefix !== '' && value === '') {
      throw new XmlRejected('xml_namespace', `<${elementName}> binds the prefix "${prefix}" to an empty namespace.`);
    }
    scope ??= new Map(parent);
    scope.set(prefix, value === '' ? null : value);
  }
  return scope ?? parent;
}

function splitName(name: string): [string | null, string] {
  const parts = name.split(':');
  if (parts.length === 1) return [null, name];
  if (parts.length === 2 && parts[0] !== '' && parts[1] !== '') return [parts[0]!, parts[1]!];
  throw new XmlRejected('xml_namespace', `The element name "${name}" is not a valid qualified name.`);
}
