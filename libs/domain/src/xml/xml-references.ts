import { XmlRejected } from './xml-rejected.js';

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);|&/g;

/**
 * Resolves the five predefined entities and numeric character references. Documents cannot declare entities (their
 * DTD is refused), so any other name, or a bare `&`, makes the document ill-formed.
 */
export function resolveReferences(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (whole: string, body: string | undefined) => {
    if (body === undefined) throw new XmlRejected('xml_ill_formed', 'A bare "&" was found; it must be written "&amp;".');
    if (body.startsWith('#')) return characterFor(body, whole);
    const replacement = PREDEFINED[body];
    if (replacement === undefined) {
      throw new XmlRejected('xml_entity', `The entity reference ${whole} is not defined; only the XML built-in entities are accepted.`);
    }
    return replacement;
  });
}

function characterFor(body: string, whole: string): string {
  const codePoint = body.startsWith('#x') ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
  const allowed =
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff);
  if (!allowed) throw new XmlRejected('xml_ill_formed', `The character reference ${whole} is not an allowed XML character.`);
  return String.fromCodePoint(codePoint);
}
