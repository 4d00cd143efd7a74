import { loadXml, type XmlElement, type XmlLimits } from '../xml/index.js';
import { CapInvalid, type CapAlert, type CapParseResult, type CapReference } from './cap-alert.types.js';
import { readInfo } from './cap-info.reader.js';
import { readReferences } from './cap-references.reader.js';
import { ALERT_SEQUENCE, CAP_MSG_TYPES, CAP_NAMESPACE, CAP_SCOPES, CAP_STATUSES, XMLDSIG_NAMESPACE } from './cap-schema.data.js';
import { CapProblemLog, capChildren, capText, checkSequence } from './cap-structure.check.js';
import { checkCapTime, oneOf } from './cap-value.check.js';

export interface CapParseOptions {
  limits?: Partial<XmlLimits>;
}

// The CAP specification forbids spaces, commas and the restricted characters < and & in identifier and sender,
// which is what lets references list them comma-separated.
const CAP_ID = /^[^\s,<&]+$/;

/**
 * Parses and validates a CAP 1.2 alert against the OASIS schema's structure, enumerations and date pattern, and
 * the specification's rules for identifiers, references and areas. An invalid alert yields every problem found.
 */
export function parseCapAlert(input: string | Uint8Array, options: CapParseOptions = {}): CapParseResult {
  const loaded = loadXml(input, options.limits);
  if (!loaded.ok) return loaded;
  const root = loaded.document.root;
  const log = new CapProblemLog();

  if (root.localName !== 'alert') {
    log.add('cap_not_alert', root.name, `the root element is <${root.name}>, not a CAP <alert>`);
    return { ok: false, error: new CapInvalid(log.problems) };
  }
  if (root.namespace !== CAP_NAMESPACE) {
    log.add('cap_namespace', 'alert', `<alert> is in namespace ${root.namespace ?? '(none)'}, not ${CAP_NAMESPACE}`);
    return { ok: false, error: new CapInvalid(log.problems) };
  }
  const alert = readAlert(root, log);
  if (log.problems.length > 0 || alert === null) return { ok: false, error: new CapInvalid(log.problems) };
  return { ok: true, alert };
}

function readAlert(root: XmlElement, log: CapProblemLog): CapAlert | null {
  const path = 'alert';
  checkSequence(root, ALERT_SEQUENCE, path, log, XMLDSIG_NAMESPACE);
  const text = (name: string) => capText(root, name, path, log);

  const identifier = text('identifier');
  const sender = text('sender');
  for (const [name, value] of [['identifier', identifier], ['sender', sender]] as const) {
    if (value !== null && !CAP_ID.test(value)) {
      log.add('cap_bad_value', `${path}/${name}`, `${name} must not be empty or contain spaces, commas, < or &`);
    }
  }
  const sent = checkCapTime(text('sent'), `${path}/sent`, log);
  const status = oneOf(text('status'), CAP_STATUSES, `${path}/status`, log);
  const msgType = oneOf(text('msgType'), CAP_MSG_TYPES, `${path}/msgType`, log);
  const scope = oneOf(text('scope'), CAP_SCOPES, `${path}/scope`, log);
  const addresses = text('addresses');
  if (scope === 'Private' && !addresses) log.add('cap_missing_element', path, '<addresses> is required when scope is Private');

  let references: CapReference[] = [];
  const rawReferences = text('references');
  if (rawReferences !== null) {
    const read = readReferences(rawReferences);
    if (read.ok) references = read.references;
    else log.add('cap_bad_reference', `${path}/references`, read.reason);
  }

  const infos = capChildren(root, 'info').map((info, index) => readInfo(info, `${path}/info[${index + 1}]`, log));
  if (identifier === null || sender === null || sent === null || status === null || msgType === null || scope === null) return null;
  if (infos.some((info) => info === null)) return null;
  return {
    identifier,
    sender,
    sent,
    status,
    msgType,
    source: text('source'),
    scope,
    restriction: text('restriction'),
    addresses,
    codes: capChildren(root, 'code').map((code) => code.text.trim()),
    note: text('note'),
    references,
    incidents: (text('incidents') ?? '').split(/\s+/).filter((incident) => incident !== ''),
    infos: infos.filter((info) => info !== null),
    live: status === 'Actual',
    signed: root.children.some((child) => child.namespace === XMLDSIG_NAMESPACE),
  };
}
