import type { Alert, Language } from '@app/contracts';
import { alertPageUrl } from '../alert-push.payload.js';
import { formatCapTime } from './cap-time.format.js';
import { textNode, writeXmlDocument, type XmlNode } from './xml.writer.js';

export interface AtomFeedOptions {
  /** Public origin of the service, e.g. `https://alerts.example.org`. */
  baseUrl: string;
  /** The feed's `updated` time; alerts expired by then are left out. */
  updated: Date;
  /** Language of entry titles and summaries (default English). */
  language?: Language;
}

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
const FEED_TITLE: Record<Language, string> = {
  'zh-Hans': '横琴现行警报',
  'zh-Hant': '橫琴現行警報',
  pt: 'Alertas em vigor em Hengqin',
  en: 'Current alerts for Hengqin',
};

export function capDocumentPath(alertId: string): string {
  return `/api/alerts/${encodeURIComponent(alertId)}/cap.xml`;
}

/** Alerts the public index lists: live (Actual), Public, published and not yet expired. */
export function isCurrentPublicAlert(alert: Alert, at: Date): boolean {
  return alert.status === 'Actual' && alert.scope === 'Public' && alert.state === 'published' && Date.parse(alert.expires) > at.getTime();
}

/** An Atom index of current public alerts, newest first, each entry linking its CAP document. */
export function toAtomFeed(alerts: readonly Alert[], options: AtomFeedOptions): string {
  const base = options.baseUrl.replace(/\/+$/, '');
  const language = options.language ?? 'en';
  const current = alerts
    .filter((alert) => isCurrentPublicAlert(alert, options.updated))
    .sort((a, b) => Date.parse(b.sent ?? b.updatedAt) - Date.parse(a.sent ?? a.updatedAt));
  const root: XmlNode = {
    name: 'feed',
    attributes: { xmlns: ATOM_NAMESPACE, 'xml:lang': language },
    children: [
      textNode('id', `${base}/api/alerts/feed.atom`),
      textNode('title', FEED_TITLE[language]),
      textNode('updated', formatCapTime(options.updated)),
      { name: 'author', children: [textNode('name', FEED_TITLE[language])] },
      { name: 'link', attributes: { rel: 'self', type: 'application/atom+xml', href: `${base}/api/alerts/feed.atom` } },
      ...current.map((alert) => entryNode(alert, base, language)),
    ],
  };
  return writeXmlDocument(root);
}

function entryNode(alert: Alert, base: string, language: Language): XmlNode {
  const sent = formatCapTime(alert.sent ?? alert.updatedAt);
  return {
    name: 'entry',
    children: [
      textNode('id', `${base}${capDocumentPath(alert.id)}`),
      textNode('title', alert.info[language].headline),
      textNode('updated', sent),
      textNode('published', sent),
      { name: 'link', attributes: { rel: 'alternate', type: 'application/cap+xml', href: `${base}${capDocumentPath(alert.id)}` } },
      { name: 'link', attributes: { rel: 'related', type: 'text/html', href: `${base}${alertPageUrl(alert.id)}` } },
      { name: 'category', attributes: { term: alert.event[language] } },
      textNode('summary', alert.info[language].description),
    ],
  };
}
