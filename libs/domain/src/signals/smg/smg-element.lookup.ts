import type { XmlElement } from '../../xml/index.js';

/** An element name reduced to lower-case letters and digits, so spelling and case variants compare equal. */
export function leanName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function isNamed(element: XmlElement, names: readonly string[]): boolean {
  const lean = leanName(element.localName);
  return names.some((name) => leanName(name) === lean);
}

export function childNamed(element: XmlElement, names: readonly string[]): XmlElement | undefined {
  return element.children.find((child) => isNamed(child, names));
}

/** The trimmed text of the first child with one of the names; null when there is no such child. */
export function childText(element: XmlElement, names: readonly string[]): string | null {
  const child = childNamed(element, names);
  return child === undefined ? null : child.text.trim();
}
