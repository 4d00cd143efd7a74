import { CAP_NAMESPACE, loadXml, type XmlElement, type XmlLimits, type XmlRejected } from '@app/domain';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
/** An index lists current alerts; more entries than this is not a feed we understand. */
export const ATOM_MAX_ENTRIES = 200;

export interface AtomCapEntry {
  id: string | null;
  updated: string | null;
  /** Absolute http(s) URL of the entry's CAP document. */
  url: string;
}

export type CapFeedDocument =
  | { kind: 'cap' }
  | { kind: 'atom'; entries: AtomCapEntry[] }
  | { kind: 'unrecognised'; message: string }
  | { kind: 'rejected'; error: XmlRejected };

/**
 * Tells what a configured CAP feed URL returned: a CAP alert itself, or an Atom index whose entries link CAP
 * documents (the link typed `application/cap+xml`, else the `alternate` or only link, else `content@src`). Entry
 * links are resolved against the feed URL and must be http(s).
 */
export function readCapFeed(bytes: Uint8Array, feedUrl: string, limits: Partial<XmlLimits> = {}): CapFeedDocument {
  const loaded = loadXml(bytes, limits);
  if (!loaded.ok) return { kind: 'rejected', error: loaded.error };
  const root = loaded.document.root;
  if (root.localName === 'alert' && root.namespace === CAP_NAMESPACE) return { kind: 'cap' };
  if (root.localName !== 'feed' || root.namespace !== ATOM_NAMESPACE) {
    return { kind: 'unrecognised', message: `The feed is neither a CAP alert nor an Atom feed (root <${root.name}>).` };
  }
  const entries = root.children.filter((child) => child.localName === 'entry' && child.namespace === ATOM_NAMESPACE);
  if (entries.length > ATOM_MAX_ENTRIES) return { kind: 'unrecognised', message: `The feed lists ${entries.length} entries, more than ${ATOM_MAX_ENTRIES}.` };
  const read: AtomCapEntry[] = [];
  for (const entry of entries) {
    const href = capLinkOf(entry);
    const url = href === null ? null : absoluteHttpUrl(href, feedUrl);
    if (url === null) continue;
    read.push({ id: textOf(entry, 'id'), updated: textOf(entry, 'updated'), url });
  }
  return { kind: 'atom', entries: read };
}

function capLinkOf(entry: XmlElement): string | null {
  const links = entry.children.filter((child) => child.localName === 'link' && child.attributes.href);
  const typed = links.find((link) => /cap\+xml|application\/xml|text\/xml/i.test(link.attributes.type ?? ''));
  const alternate = links.find((link) => (link.attributes.rel ?? 'alternate') === 'alternate');
  const chosen = typed ?? alternate ?? (links.length === 1 ? links[0] : undefined);
  if (chosen) return chosen.attributes.href!.trim();
  const content = entry.children.find((child) => child.localName === 'content' && child.attributes.src);
  return content ? content.attributes.src!.trim() : null;
}

function textOf(entry: XmlElement, name: string): string | null {
  const child = entry.children.find((candidate) => candidate.localName === name);
  return child ? child.text.trim() || null : null;
}

function absoluteHttpUrl(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}
