import { LANGUAGES, type Alert, type AlertCircle, type AlertPolygon, type Language, type LocalizedText } from '@app/contracts';
import { CAP_NAMESPACE } from '../../cap/cap-schema.data.js';
import { DomainError } from '../../domain-error.js';
import type { ReferenceArea } from '../../reference/reference.types.js';
import { alertPageUrl } from '../alert-push.payload.js';
import { formatCapTime } from './cap-time.format.js';
import { textNode, writeXmlDocument, type XmlNode } from './xml.writer.js';

export interface CapWriteOptions {
  /** CAP sender used when the alert does not carry one yet (e.g. `alerts.hengqin.example`). */
  sender: string;
  /** The seeded areas, for the names and outlines of targeted area ids. */
  areas: readonly ReferenceArea[];
  /** Who the public sees as the sender, per language. */
  senderName?: LocalizedText;
  /** Public origin of the resident page (`https://alerts.example.org`), for each info's `web`. */
  webBaseUrl?: string;
}

/** Geocode name under which our own area ids are published. */
export const AREA_GEOCODE_NAME = 'qinao-area';
export const OET_VALUE_NAME = 'OET:v1.2';

export const DEFAULT_SENDER_NAME: LocalizedText = {
  'zh-Hans': '横琴应急指挥中心',
  'zh-Hant': '橫琴應急指揮中心',
  pt: 'Centro de Comando de Emergência de Hengqin',
  en: 'Hengqin Emergency Command Centre',
};

const DRAWN_POLYGON: LocalizedText = { 'zh-Hans': '划定范围', 'zh-Hant': '劃定範圍', pt: 'Área delimitada', en: 'Drawn area' };
const DRAWN_CIRCLE: LocalizedText = { 'zh-Hans': '划定圆形范围', 'zh-Hant': '劃定圓形範圍', pt: 'Área circular delimitada', en: 'Drawn circular area' };

const DRILL_NOTES = {
  Exercise: 'Exercise message: for drill participants only, no action by the public.',
  Test: 'Test message: for test devices only, no action by the public.',
} as const;

/**
 * The alert as a CAP 1.2 document (valid against the OASIS schema): one `info` per language, times in +08:00, each
 * seeded area as its outline with a geocode, drawn polygons and circles as they were drawn.
 */
export function toCapXml(alert: Alert, options: CapWriteOptions): string {
  const sender = alert.sender ?? options.sender;
  if (!alert.identifier || !alert.sent) {
    throw new DomainError('conflict', 'alert_not_published', 'A CAP document exists only for a published alert.');
  }
  const areasById = new Map(options.areas.map((area) => [area.id, area]));
  const missing = alert.target.areaIds.filter((id) => !areasById.has(id));
  if (missing.length > 0) throw new DomainError('unprocessable', 'alert_unknown_area', `Unknown area(s): ${missing.join(', ')}.`);

  const references = alert.references.map((ref) => `${ref.sender},${ref.identifier},${formatCapTime(ref.sent)}`).join(' ');
  const root: XmlNode = {
    name: 'alert',
    attributes: { xmlns: CAP_NAMESPACE },
    children: [
      textNode('identifier', alert.identifier),
      textNode('sender', sender),
      textNode('sent', formatCapTime(alert.sent)),
      textNode('status', alert.status),
      textNode('msgType', alert.msgType),
      textNode('scope', alert.scope),
      textNode('note', alert.status === 'Exercise' || alert.status === 'Test' ? DRILL_NOTES[alert.status] : null),
      textNode('references', references),
      ...LANGUAGES.map((language) => infoNode(alert, language, areasById, options)),
    ],
  };
  return writeXmlDocument(root);
}

function infoNode(alert: Alert, language: Language, areasById: Map<string, ReferenceArea>, options: CapWriteOptions): XmlNode {
  const text = alert.info[language];
  const web = options.webBaseUrl ? `${options.webBaseUrl.replace(/\/+$/, '')}${alertPageUrl(alert.id)}` : null;
  return {
    name: 'info',
    children: [
      textNode('language', language),
      textNode('category', alert.category),
      textNode('event', alert.event[language]),
      ...alert.responseTypes.map((type) => textNode('responseType', type)),
      textNode('urgency', alert.urgency),
      textNode('severity', alert.severity),
      textNode('certainty', alert.certainty),
      { name: 'eventCode', children: [textNode('valueName', OET_VALUE_NAME), textNode('value', alert.eventCode)] },
      textNode('effective', formatCapTime(alert.effective)),
      textNode('onset', formatCapTime(alert.onset)),
      textNode('expires', formatCapTime(alert.expires)),
      textNode('senderName', (options.senderName ?? DEFAULT_SENDER_NAME)[language]),
      textNode('headline', text.headline),
      textNode('description', text.description),
      textNode('instruction', text.instruction),
      textNode('web', web),
      ...alert.target.areaIds.map((id) => seededAreaNode(areasById.get(id)!, language)),
      ...alert.target.polygons.map((polygon) => drawnPolygonNode(polygon, language)),
      ...alert.target.circles.map((circle) => drawnCircleNode(circle, language)),
    ],
  };
}

function seededAreaNode(area: ReferenceArea, language: Language): XmlNode {
  const ring = area.outline.coordinates[0]!;
  return {
    name: 'area',
    children: [
      textNode('areaDesc', area.names[language]),
      textNode('polygon', ring.map(([lon, lat]) => `${coordinate(lat!)},${coordinate(lon!)}`).join(' ')),
      { name: 'geocode', children: [textNode('valueName', AREA_GEOCODE_NAME), textNode('value', area.id)] },
    ],
  };
}

function drawnPolygonNode(polygon: AlertPolygon, language: Language): XmlNode {
  return {
    name: 'area',
    children: [textNode('areaDesc', DRAWN_POLYGON[language]), textNode('polygon', polygon.map(([lat, lon]) => `${coordinate(lat)},${coordinate(lon)}`).join(' '))],
  };
}

function drawnCircleNode(circle: AlertCircle, language: Language): XmlNode {
  return {
    name: 'area',
    children: [
      textNode('areaDesc', DRAWN_CIRCLE[language]),
      textNode('circle', `${coordinate(circle.center.lat)},${coordinate(circle.center.lon)} ${coordinate(circle.radiusKm)}`),
    ],
  };
}

/** Plain decimal with at most six places (about 0.1 m): never exponent notation, which CAP readers do not expect. */
function coordinate(value: number): string {
  return String(Number(value.toFixed(6)));
}
