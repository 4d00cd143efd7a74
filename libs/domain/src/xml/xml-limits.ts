/** Bounds a document must stay within before any of it is parsed. */
export interface XmlLimits {
  /** Largest accepted document, in bytes of UTF-8. */
  readonly maxBytes: number;
  /** Deepest accepted element nesting; the root element is depth 1. */
  readonly maxDepth: number;
  /** Most elements accepted in one document. */
  readonly maxElements: number;
}

// Warning files and CAP messages are a few kilobytes with a handful of levels; these bounds leave ample headroom
// while keeping a hostile document's cost small.
export const DEFAULT_XML_LIMITS: XmlLimits = {
  maxBytes: 512 * 1024,
  maxDepth: 32,
  maxElements: 10_000,
};
