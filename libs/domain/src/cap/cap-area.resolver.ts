import type { SignalAuthorityDefinition } from '../signals/catalogue/catalogue.types.js';
import type { CapAlert, CapInfo } from './cap-alert.types.js';
import { mentionsAny } from './cap-text.match.js';

/**
 * The authority's areas an info block covers: by geocode (administrative division code), else by a name in
 * areaDesc (most specific area first), else by the administrative code that leads GB/T 35965 identifiers.
 * An info block without areas covers the authority's default area. Null when areas are given but none is ours.
 */
export function resolveAreas(info: CapInfo, alert: CapAlert, authority: SignalAuthorityDefinition): string[] | null {
  const found = new Set<string>();
  for (const area of info.areas) {
    const codes = area.geocodes.map((geocode) => geocode.value.trim());
    const byCode = authority.areas.find((candidate) => (candidate.adminCodes ?? []).some((code) => codes.includes(code)));
    const byName = authority.areas.find((candidate) => mentionsAny(area.areaDesc, candidate.keywords ?? []));
    const id = byCode?.id ?? byName?.id;
    if (id) found.add(id);
  }
  if (found.size > 0) return [...found];
  const byIdentifier = adminCodeArea(alert.identifier, authority);
  if (byIdentifier) return [byIdentifier];
  return info.areas.length === 0 ? [authority.defaultArea] : null;
}

function adminCodeArea(identifier: string, authority: SignalAuthorityDefinition): string | undefined {
  const prefix = /^(\d{6})\d{8}_/.exec(identifier)?.[1];
  if (!prefix) return undefined;
  return authority.areas.find((area) => (area.adminCodes ?? []).includes(prefix))?.id;
}
