import { LANGUAGES, type Alert, type AlertActor, type AlertContent, type AlertInfoText, type AlertReference, type Language, type LocalizedText } from '@app/contracts';
import { withDrillPrefixes } from './alert-drill.text.js';
import { assertMayReplace } from './alert-lifecycle.policy.js';
import { formatLocalTime } from './cap/cap-time.format.js';

/** A new alert that replaces a published one, with the id it replaces. */
export interface FollowUpDraft {
  content: AlertContent;
  replacesAlertId: string;
}

/** How long a correction stays current. */
export const CORRECTION_LIFETIME_MINUTES = 120;

/** `sender,identifier,sent` of a published alert, which an Update or Cancel lists in `references`. */
export function referenceTo(original: Pick<Alert, 'identifier' | 'sender' | 'sent' | 'state'>): AlertReference {
  if (!original.identifier || !original.sender || !original.sent) throw new Error('only a published alert can be referenced');
  return { sender: original.sender, identifier: original.identifier, sent: original.sent };
}

/**
 * Starts an Update or Cancel of a published alert: the same content as a new draft, whose references list the
 * original and every alert the original itself replaced (CAP asks for the whole chain).
 */
export function buildFollowUpDraft(original: Alert, msgType: 'Update' | 'Cancel', actor: AlertActor): FollowUpDraft {
  assertMayReplace(original, actor);
  return {
    replacesAlertId: original.id,
    content: { ...contentOf(original), msgType, references: chain(original) },
  };
}

/**
 * The prepared "sent in error" correction for a published alert, in one call: a Cancel with a calm four-language
 * text that names the original, same targets and status, Minor severity, current for two hours.
 */
export function buildSentInErrorCorrection(original: Alert, actor: AlertActor, now: Date): FollowUpDraft {
  assertMayReplace(original, actor);
  const effective = now.toISOString();
  const expires = new Date(now.getTime() + CORRECTION_LIFETIME_MINUTES * 60_000).toISOString();
  const sentAt = formatLocalTime(original.sent!);
  const info = Object.fromEntries(LANGUAGES.map((language) => [language, correctionText(language, original.info[language].headline, sentAt)])) as Record<
    Language,
    AlertInfoText
  >;
  const content: AlertContent = {
    ...contentOf(original),
    msgType: 'Cancel',
    event: CORRECTION_EVENT,
    urgency: 'Immediate',
    severity: 'Minor',
    certainty: 'Observed',
    responseTypes: ['None'],
    effective,
    onset: effective,
    expires,
    info,
    templateId: null,
    references: chain(original),
  };
  return { replacesAlertId: original.id, content: withDrillPrefixes(content) };
}

const CORRECTION_EVENT: LocalizedText = {
  'zh-Hans': '误发警报更正',
  'zh-Hant': '誤發警報更正',
  pt: 'Correção de alerta enviado por engano',
  en: 'Correction of an alert sent in error',
};

function correctionText(language: Language, headline: string, sentAt: string): AlertInfoText {
  const quoted = headline.length > 100 ? `${[...headline].slice(0, 100).join('')}…` : headline;
  switch (language) {
    case 'zh-Hans':
      return {
        headline: '更正：上一条警报为误发，请忽略',
        description: `${sentAt} 发出的警报「${quoted}」是误发的，现予取消。`,
        instruction: '无需采取任何行动。请以官方发布的最新信息为准。',
      };
    case 'zh-Hant':
      return {
        headline: '更正：上一條警報為誤發，請忽略',
        description: `${sentAt} 發出的警報「${quoted}」是誤發的，現予取消。`,
        instruction: '無需採取任何行動。請以官方發佈的最新信息為準。',
      };
    case 'pt':
      return {
        headline: 'Correção: o alerta anterior foi enviado por engano; ignore-o',
        description: `O alerta «${quoted}», enviado às ${sentAt}, foi enviado por engano e fica cancelado.`,
        instruction: 'Não é necessária qualquer ação. Siga as informações oficiais mais recentes.',
      };
    case 'en':
      return {
        headline: 'Correction: the previous alert was sent in error; please ignore it',
        description: `The alert "${quoted}" sent at ${sentAt} was sent in error and is cancelled.`,
        instruction: 'No action is needed. Follow the latest official information.',
      };
  }
}

function chain(original: Alert): AlertReference[] {
  const own = referenceTo(original);
  const earlier = original.references.filter((ref) => !(ref.identifier === own.identifier && ref.sender === own.sender));
  return [...earlier, own];
}

function contentOf(alert: Alert): AlertContent {
  return {
    status: alert.status,
    msgType: alert.msgType,
    scope: alert.scope,
    category: alert.category,
    event: { ...alert.event },
    eventCode: alert.eventCode,
    urgency: alert.urgency,
    severity: alert.severity,
    certainty: alert.certainty,
    responseTypes: [...alert.responseTypes],
    effective: alert.effective,
    onset: alert.onset,
    expires: alert.expires,
    info: structuredClone(alert.info),
    target: structuredClone(alert.target),
    signal: alert.signal ? { ...alert.signal } : null,
    templateId: alert.templateId,
    references: [...alert.references],
  };
}
