import { isIP } from 'node:net';

/**
 * True when a host names an address instead of a DNS name, in any spelling a URL parser or resolver accepts:
 * dotted, decimal (`2130706433`), octal (`0177.0.0.1`), hex (`0x7f.1`), shortened (`127.1`), and bracketed IPv6
 * (`[::1]`, `[::ffff:127.0.0.1]`). WHATWG URL parsing already rewrites the IPv4 spellings to dotted form; this
 * also catches them in raw host strings.
 */
export function isIpLiteral(host: string): boolean {
  const h = host.replace(/\.$/, '');
  if (h.startsWith('[') || h.includes(':')) return true;
  if (isIP(h) !== 0) return true;
  // Any all-numeric label sequence (decimal, octal, hex) is read as an IPv4 address by inet_aton and by URL parsers.
  const labels = h.split('.');
  return labels.length <= 4 && labels.every((label) => /^(0x[0-9a-f]*|\d+)$/i.test(label));
}
