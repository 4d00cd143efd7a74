import type { SignalCatalogue, SignalHazardDefinition } from '../catalogue/catalogue.types.js';
import { matchLevelCode } from '../level-code.matcher.js';
import type { XmlElement } from '../../xml/index.js';
import { childNamed, childText } from './smg-element.lookup.js';
import { SMG_ACTIONS, SMG_ELEMENT_NAMES, SMG_IN_FORCE_VALUES } from './smg-feed.data.js';
import { SmgFormatError, type SmgSignalReading } from './smg-reading.types.js';
import { parseSmgTime } from './smg-time.js';

export interface WarningElementContext {
  hazard: SignalHazardDefinition;
  area: string;
  pubDate: string | null;
  utcOffset: string;
  catalogue: SignalCatalogue;
}

/**
 * Reads one warning element (`TropicalCyclone`, `Rainstorm`, …). Not in force when `Inforce` is "0" or the action
 * is CANCEL, whatever code is present; otherwise the code must name a catalogue level. Anything contradictory or
 * unrecognised throws, so that a misread never turns into "no signal".
 */
export function readWarningElement(element: XmlElement, context: WarningElementContext): SmgSignalReading {
  const names = SMG_ELEMENT_NAMES;
  const raw = {
    element: element.localName,
    warncode: childText(element, names.code),
    action: childText(element, names.action),
    inforce: childText(element, names.inForce),
    status: childText(element, names.status),
    issuedAt: childText(element, names.issuedAt),
    iconUrl: iconUrlOf(element),
  };
  const where = `<${element.localName}>`;

  const actionKey = (raw.action ?? '').toUpperCase();
  if (!(actionKey in SMG_ACTIONS)) throw new SmgFormatError('smg_unknown_action', `${where} has an unknown Action "${raw.action}".`);
  const action = SMG_ACTIONS[actionKey] ?? null;

  let inForce: boolean | null = null;
  if (raw.inforce !== null) {
    const value = SMG_IN_FORCE_VALUES[raw.inforce.toUpperCase()];
    if (value === undefined) throw new SmgFormatError('smg_bad_inforce', `${where} has an unreadable Inforce "${raw.inforce}".`);
    inForce = value;
  }

  let issuedAt: string | null = null;
  if (raw.issuedAt !== null && raw.issuedAt !== '') {
    issuedAt = parseSmgTime(raw.issuedAt, context.utcOffset);
    if (issuedAt === null) throw new SmgFormatError('smg_bad_time', `${where} has an unreadable IssuedAt "${raw.issuedAt}".`);
  }

  const level = levelInForce(context, raw.warncode, inForce, action, where);
  const description = childText(element, names.description);
  return {
    authority: 'smg',
    area: context.area,
    hazard: context.hazard.id,
    level,
    action,
    issuedAt,
    description: description === '' ? null : description,
    pubDate: context.pubDate,
    raw,
  };
}

/** `<Icon><IconURL>…</IconURL></Icon>`, `<Icon>…</Icon>` or `<IconURL>…</IconURL>`. */
function iconUrlOf(element: XmlElement): string | null {
  const icon = childNamed(element, SMG_ELEMENT_NAMES.icon);
  const url = (icon && (childText(icon, SMG_ELEMENT_NAMES.iconUrl) ?? icon.text.trim())) || childText(element, SMG_ELEMENT_NAMES.iconUrl);
  return url || null;
}

function levelInForce(
  context: WarningElementContext,
  warncode: string | null,
  inForce: boolean | null,
  action: SmgSignalReading['action'],
  where: string,
): string | null {
  if (inForce === false || action === 'cancel') return null;
  const match = warncode === null ? ({ kind: 'none' } as const) : matchLevelCode(context.hazard, warncode, context.catalogue);
  switch (match.kind) {
    case 'level':
      return match.code;
    case 'none':
      // In force, or being issued, yet no level named: the file cannot be read either way.
      if (inForce === true || action === 'issue' || action === 'update') {
        throw new SmgFormatError('smg_inconsistent', `${where} is in force or issued but carries no signal code ("${warncode ?? ''}").`);
      }
      return null;
    case 'ambiguous':
      throw new SmgFormatError(
        'smg_ambiguous_code',
        `${where} code "${warncode}" could mean ${match.candidates.join(' or ')} of ${context.hazard.id}.`,
      );
    case 'unknown':
      throw new SmgFormatError('smg_unknown_code', `${where} code "${warncode}" is not a known ${context.hazard.id} level.`);
  }
}
