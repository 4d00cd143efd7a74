/**
 * One element of a loaded XML document. Text is the element's own character data (text and CDATA, in document
 * order, entity references already resolved, whitespace kept); child elements are listed separately.
 */
export interface XmlElement {
  /** The name as written, with its prefix (e.g. `cap:alert`). */
  readonly name: string;
  /** The name without its prefix (e.g. `alert`). */
  readonly localName: string;
  /** The namespace URI in scope for the element, or null when it is in no namespace. */
  readonly namespace: string | null;
  /** Attributes by the name as written (namespace declarations included). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

export interface XmlDocument {
  readonly root: XmlElement;
  /** How many elements the document holds, root included. */
  readonly elementCount: number;
}
