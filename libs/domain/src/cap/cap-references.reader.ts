import type { CapReference } from './cap-alert.types.js';
import { capTimeToIso } from './cap-time.js';

export type ReferencesResult = { ok: true; references: CapReference[] } | { ok: false; reason: string };

/** `references`: whitespace-separated `sender,identifier,sent` triples, each time in CAP form. */
export function readReferences(raw: string): ReferencesResult {
  const references: CapReference[] = [];
  for (const group of raw.trim().split(/\s+/).filter((part) => part !== '')) {
    const parts = group.split(',');
    if (parts.length !== 3 || parts.some((part) => part === '')) {
      return { ok: false, reason: `"${group}" is not sender,identifier,sent` };
    }
    const [sender, identifier, sent] = parts as [string, string, string];
    if (capTimeToIso(sent) === null) return { ok: false, reason: `"${sent}" in "${group}" is not a CAP time` };
    references.push({ sender, identifier, sent });
  }
  return { ok: true, references };
}
