import type { XmlElement } from '../xml/index.js';
import type { CapInfo, CapResource } from './cap-alert.types.js';
import { readArea, readNamedValues } from './cap-area.reader.js';
import {
  CAP_CATEGORIES,
  CAP_CERTAINTIES,
  CAP_RESPONSE_TYPES,
  CAP_SEVERITIES,
  CAP_URGENCIES,
  INFO_SEQUENCE,
  RESOURCE_SEQUENCE,
  XS_INTEGER_PATTERN,
  XS_LANGUAGE_PATTERN,
} from './cap-schema.data.js';
import { type CapProblemLog, capChildren, capText, checkSequence } from './cap-structure.check.js';
import { checkCapTime, oneOf } from './cap-value.check.js';

/** Reads one `<info>`; null when a required value is missing or invalid (the problems are logged). */
export function readInfo(info: XmlElement, path: string, log: CapProblemLog): CapInfo | null {
  checkSequence(info, INFO_SEQUENCE, path, log);
  const text = (name: string) => capText(info, name, path, log);

  const language = text('language') ?? 'en-US';
  if (!XS_LANGUAGE_PATTERN.test(language)) log.add('cap_bad_value', `${path}/language`, `"${language}" is not a language tag`);
  const categories = capChildren(info, 'category').map((element, index) =>
    oneOf(element.text.trim(), CAP_CATEGORIES, `${path}/category[${index + 1}]`, log),
  );
  const responseTypes = capChildren(info, 'responseType').map((element, index) =>
    oneOf(element.text.trim(), CAP_RESPONSE_TYPES, `${path}/responseType[${index + 1}]`, log),
  );
  const event = text('event');
  if (event === '') log.add('cap_bad_value', `${path}/event`, 'event must not be empty');
  const urgency = oneOf(text('urgency'), CAP_URGENCIES, `${path}/urgency`, log);
  const severity = oneOf(text('severity'), CAP_SEVERITIES, `${path}/severity`, log);
  const certainty = oneOf(text('certainty'), CAP_CERTAINTIES, `${path}/certainty`, log);
  const times = {
    effective: checkCapTime(text('effective'), `${path}/effective`, log),
    onset: checkCapTime(text('onset'), `${path}/onset`, log),
    expires: checkCapTime(text('expires'), `${path}/expires`, log),
  };
  const resources = capChildren(info, 'resource').map((element, index) => readResource(element, `${path}/resource[${index + 1}]`, log));
  const areas = capChildren(info, 'area').map((element, index) => readArea(element, `${path}/area[${index + 1}]`, log));
  const eventCodes = readNamedValues(info, 'eventCode', path, log);
  const parameters = readNamedValues(info, 'parameter', path, log);

  if (!event || urgency === null || severity === null || certainty === null) return null;
  if (categories.length === 0 || categories.includes(null) || responseTypes.includes(null)) return null;
  return {
    language,
    categories: categories.filter((category) => category !== null),
    event,
    responseTypes: responseTypes.filter((responseType) => responseType !== null),
    urgency,
    severity,
    certainty,
    audience: text('audience'),
    eventCodes,
    ...times,
    senderName: text('senderName'),
    headline: text('headline'),
    description: text('description'),
    instruction: text('instruction'),
    web: text('web'),
    contact: text('contact'),
    parameters,
    resources,
    areas,
  };
}

function readResource(resource: XmlElement, path: string, log: CapProblemLog): CapResource {
  checkSequence(resource, RESOURCE_SEQUENCE, path, log);
  const text = (name: string) => capText(resource, name, path, log);
  const size = text('size');
  if (size !== null && !XS_INTEGER_PATTERN.test(size)) log.add('cap_bad_value', `${path}/size`, `"${size}" is not an integer`);
  return {
    resourceDesc: text('resourceDesc') ?? '',
    mimeType: text('mimeType') ?? '',
    size: size !== null && XS_INTEGER_PATTERN.test(size) ? Number(size) : null,
    uri: text('uri'),
    derefUri: text('derefUri'),
    digest: text('digest'),
  };
}
