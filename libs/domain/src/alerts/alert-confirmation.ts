import type { AlertContent, Language } from '@app/contracts';

/**
 * What an approver types to send an Extreme or Severe Actual alert: a deliberate phrase that says "live", in the
 * approver's language. Any of the four is accepted (case and surrounding spaces ignored).
 */
export const LIVE_CONFIRMATION_PHRASES: Record<Language, string> = {
  'zh-Hans': '发送真实警报',
  'zh-Hant': '發送真實警報',
  pt: 'ENVIAR ALERTA REAL',
  en: 'SEND LIVE ALERT',
};

/** Whether approving needs the typed phrase: live alerts with the two highest severities. */
export function needsTypedConfirmation(content: Pick<AlertContent, 'status' | 'severity'>): boolean {
  return content.status === 'Actual' && (content.severity === 'Extreme' || content.severity === 'Severe');
}

export function isLiveConfirmation(typed: string | undefined | null): boolean {
  if (typeof typed !== 'string') return false;
  const normal = (value: string) => value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleUpperCase('und');
  return Object.values(LIVE_CONFIRMATION_PHRASES).some((phrase) => normal(phrase) === normal(typed));
}
