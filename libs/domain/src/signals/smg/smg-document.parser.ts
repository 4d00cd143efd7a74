import type { Language } from '@app/contracts';
import type { SignalCatalogue } from '../catalogue/catalogue.types.js';
import { SIGNAL_CATALOGUE } from '../catalogue/signal-catalogue.data.js';
import { findAuthority, levelRank } from '../signal-catalogue.lookup.js';
import { isOneAtATime } from '../signal-rules.policy.js';
import { loadXml, type XmlElement, type XmlLimits } from '../../xml/index.js';
import { childNamed, childText, isNamed } from './smg-element.lookup.js';
import { SMG_ELEMENT_NAMES, SMG_LANGUAGE_OF, SMG_WARNING_FILES, type SmgFileKind } from './smg-feed.data.js';
import { SmgFormatError, type SmgParseResult, type SmgSignalReading } from './smg-reading.types.js';
import { parseSmgTime } from './smg-time.js';
import { readWarningElement } from './smg-warning-element.reader.js';

export interface SmgParseOptions {
  /** The file the document was fetched as; its hazard is then required and any other hazard is refused. */
  file?: SmgFileKind;
  limits?: Partial<XmlLimits>;
  catalogue?: SignalCatalogue;
}

/**
 * Parses one SMG warning file (`c_typhoon.xml`, `e_rainstorm.xml`, …) into one reading per hazard it covers.
 * Any root element name is accepted; the `System` envelope gives the publication time and the warning elements sit
 * under `Custom`. Every failure is an error result — never an empty "no signal" reading.
 */
export function parseSmgDocument(input: string | Uint8Array, options: SmgParseOptions = {}): SmgParseResult {
  const catalogue = options.catalogue ?? SIGNAL_CATALOGUE;
  const loaded = loadXml(input, options.limits);
  if (!loaded.ok) return loaded;
  try {
    return { ok: true, document: readDocument(loaded.document.root, options.file, catalogue) };
  } catch (error) {
    if (error instanceof SmgFormatError) return { ok: false, error };
    throw error;
  }
}

function readDocument(root: XmlElement, file: SmgFileKind | undefined, catalogue: SignalCatalogue) {
  const authority = findAuthority('smg', catalogue);
  if (!authority) throw new SmgFormatError('smg_unknown_element', 'The catalogue has no SMG authority.');
  const system = childNamed(root, SMG_ELEMENT_NAMES.system);
  const rawPubDate = system ? childText(system, SMG_ELEMENT_NAMES.pubDate) : childText(root, SMG_ELEMENT_NAMES.pubDate);
  let pubDate: string | null = null;
  if (rawPubDate) {
    pubDate = parseSmgTime(rawPubDate, authority.utcOffset);
    if (pubDate === null) throw new SmgFormatError('smg_bad_time', `SysPubdate "${rawPubDate}" is not a date and time.`);
  }
  const rawLanguage = system ? childText(system, SMG_ELEMENT_NAMES.language) : null;
  const language: Language | null = rawLanguage ? (SMG_LANGUAGE_OF[rawLanguage.toUpperCase()] ?? null) : null;

  const expected = file ? SMG_WARNING_FILES.find((candidate) => candidate.kind === file) : undefined;
  const container = childNamed(root, SMG_ELEMENT_NAMES.custom) ?? root;
  const readings: SmgSignalReading[] = [];
  for (const element of container.children) {
    if (isNamed(element, SMG_ELEMENT_NAMES.system)) continue;
    const hazardId = hazardOfElement(element, expected?.hazard);
    if (hazardId === undefined) continue;
    if (expected && hazardId !== expected.hazard) {
      throw new SmgFormatError('smg_wrong_hazard', `The ${file} file contains a <${element.localName}> warning.`);
    }
    const hazard = authority.hazards.find((candidate) => candidate.id === hazardId);
    if (!hazard) throw new SmgFormatError('smg_unknown_element', `The catalogue has no SMG hazard ${hazardId}.`);
    readings.push(
      readWarningElement(element, { hazard, area: authority.defaultArea, pubDate, utcOffset: authority.utcOffset, catalogue }),
    );
  }
  if (readings.length === 0) {
    throw new SmgFormatError('smg_no_warning', 'No warning element was found; the document says nothing about any signal.');
  }
  return { pubDate, language, readings: combinePerHazard(readings, catalogue) };
}

/** The hazard a warning element reports: by its name, or, for an unfamiliar name with a code, by the file fetched. */
function hazardOfElement(element: XmlElement, fileHazard: string | undefined): string | undefined {
  const byName = SMG_WARNING_FILES.find((candidate) => isNamed(element, candidate.elementNames));
  if (byName) return byName.hazard;
  if (childNamed(element, SMG_ELEMENT_NAMES.code) === undefined) return undefined;
  if (fileHazard) return fileHazard;
  throw new SmgFormatError('smg_unknown_element', `<${element.localName}> carries a warning code but is not a known warning.`);
}

/**
 * One reading per hazard. Several elements for one hazard must agree on what is in force; for hazards where only
 * one signal may be up at a time (Macau tropical cyclone) two different levels are a contradiction, elsewhere the
 * highest in force counts.
 */
function combinePerHazard(readings: SmgSignalReading[], catalogue: SignalCatalogue): SmgSignalReading[] {
  const byHazard = new Map<string, SmgSignalReading[]>();
  for (const reading of readings) byHazard.set(reading.hazard, [...(byHazard.get(reading.hazard) ?? []), reading]);
  return [...byHazard.entries()].map(([hazard, group]) => {
    const inForce = group.filter((reading) => reading.level !== null);
    if (inForce.length === 0) return group[0]!;
    const levels = new Set(inForce.map((reading) => reading.level));
    if (levels.size > 1 && isOneAtATime('smg', hazard, catalogue)) {
      throw new SmgFormatError('smg_conflicting', `The file lists ${[...levels].join(' and ')} in force at once for ${hazard}.`);
    }
    const rank = (reading: SmgSignalReading) => levelRank('smg', hazard, reading.level, catalogue) ?? 0;
    return inForce.reduce((highest, reading) => (rank(reading) > rank(highest) ? reading : highest));
  });
}
