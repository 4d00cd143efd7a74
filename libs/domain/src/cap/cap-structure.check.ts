import type { XmlElement } from '../xml/index.js';
import type { CapProblem } from './cap-alert.types.js';
import { CAP_NAMESPACE, type ElementRule } from './cap-schema.data.js';

/** Collects problems while a document is read, so that one answer lists everything wrong with it. */
export class CapProblemLog {
  readonly problems: CapProblem[] = [];

  add(code: CapProblem['code'], path: string, message: string): void {
    this.problems.push({ code, path, message });
  }
}

/**
 * Checks a complex element's children against the schema's sequence: every child in the CAP namespace, known,
 * in order, within its counts, required ones present, no loose text. Children from `trailingNamespace` (the
 * signature) may follow the sequence.
 */
export function checkSequence(
  element: XmlElement,
  rules: readonly ElementRule[],
  path: string,
  log: CapProblemLog,
  trailingNamespace?: string,
): void {
  if (element.text.trim() !== '') log.add('cap_mixed_content', path, `<${element.localName}> must contain only elements, not text`);
  const counts = rules.map(() => 0);
  let position = 0;
  let inTrailer = false;
  for (const child of element.children) {
    if (trailingNamespace !== undefined && child.namespace === trailingNamespace) {
      inTrailer = true;
      continue;
    }
    if (child.namespace !== CAP_NAMESPACE) {
      log.add('cap_unexpected_element', path, `<${child.name}> is not a CAP 1.2 element (namespace ${child.namespace ?? 'none'})`);
      continue;
    }
    const index = rules.findIndex((rule) => rule.name === child.localName);
    if (index === -1) {
      log.add('cap_unexpected_element', path, `<${child.localName}> is not allowed in <${element.localName}>`);
      continue;
    }
    if (inTrailer) {
      log.add('cap_element_order', path, `<${child.localName}> comes after the signature`);
    } else if (index < position) {
      log.add('cap_element_order', path, `<${child.localName}> must come before <${rules[position]!.name}>`);
    } else {
      position = index;
    }
    counts[index] = counts[index]! + 1;
    if (counts[index] === rules[index]!.max + 1) {
      log.add('cap_too_many', path, `<${child.localName}> may appear at most ${rules[index]!.max} time(s)`);
    }
  }
  rules.forEach((rule, index) => {
    if (counts[index]! < rule.min) log.add('cap_missing_element', path, `<${rule.name}> is required in <${element.localName}>`);
  });
}

/** CAP-namespace children with the given name, in document order. */
export function capChildren(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.namespace === CAP_NAMESPACE && child.localName === name);
}

/**
 * The text of a simple-typed child, trimmed; null when absent. A simple type holding elements is reported.
 */
export function capText(element: XmlElement, name: string, path: string, log: CapProblemLog): string | null {
  const child = capChildren(element, name)[0];
  if (child === undefined) return null;
  if (child.children.length > 0) log.add('cap_bad_value', `${path}/${name}`, `<${name}> must hold text only`);
  return child.text.trim();
}
