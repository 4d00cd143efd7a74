import {
  LANGUAGES,
  type Alert,
  type AlertContent,
  type AlertInfoText,
  type AlertProblem,
  type AlertStatus,
  type AlertTemplate,
  type Language,
} from '@app/contracts';

/**
 * The composer's rules as the server applies them (libs/domain alert validation), repeated here so that an operator
 * sees a problem beside the field while typing; the server's validate answer stays the authority.
 */
export const HEADLINE_MAX_CHARS = 140;
export const TEXT_MAX_CHARS = 4000;
/** Web Push payload budget the server enforces per language (bytes of compact JSON). */
export const PUSH_PAYLOAD_MAX_BYTES = 3000;

export const INFO_FIELDS = ['headline', 'description', 'instruction'] as const;
export type InfoField = (typeof INFO_FIELDS)[number];

/** Prefixes every Exercise or Test headline carries, per language, so that a drill is never read as live. */
export const DRILL_HEADLINE_PREFIXES: Record<'Exercise' | 'Test', Record<Language, string>> = {
  Exercise: { 'zh-Hans': '[演习]', 'zh-Hant': '[演習]', pt: '[EXERCÍCIO]', en: '[EXERCISE]' },
  Test: { 'zh-Hans': '[测试]', 'zh-Hant': '[測試]', pt: '[TESTE]', en: '[TEST]' },
};

/** The phrases the server accepts to approve an Extreme or Severe Actual alert (any of them). */
export const LIVE_CONFIRMATION_PHRASES: Record<Language, string> = {
  'zh-Hans': '发送真实警报',
  'zh-Hant': '發送真實警報',
  pt: 'ENVIAR ALERTA REAL',
  en: 'SEND LIVE ALERT',
};

export function isDrill(status: AlertStatus): status is 'Exercise' | 'Test' {
  return status === 'Exercise' || status === 'Test';
}

/** Characters as a reader counts them: a Chinese character or an emoji is one. */
export function charCount(text: string): number {
  return [...text].length;
}

/** How each status looks everywhere: live alerts red, exercises purple, tests teal. */
export type AlertTone = 'live' | 'exercise' | 'test' | 'draft';
export function alertTone(status: AlertStatus): AlertTone {
  if (status === 'Actual') return 'live';
  if (status === 'Exercise') return 'exercise';
  if (status === 'Test') return 'test';
  return 'draft';
}

/** Whether approving needs the typed phrase: live alerts of the two highest severities. */
export function needsTypedConfirmation(alert: Pick<AlertContent, 'status' | 'severity'>): boolean {
  return alert.status === 'Actual' && (alert.severity === 'Extreme' || alert.severity === 'Severe');
}

export function isLiveConfirmation(typed: string): boolean {
  const normal = (value: string) => value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleUpperCase('und');
  return Object.values(LIVE_CONFIRMATION_PHRASES).some((phrase) => normal(phrase) === normal(typed));
}

/** Why the signed-in user may not approve or reject this alert, or null when they may. */
export type ApprovalBlock = 'notSubmitted' | 'ownAlert' | 'role';
export function approvalBlock(alert: Pick<Alert, 'state' | 'createdBy' | 'submittedBy'>, user: { id: string; role: string }): ApprovalBlock | null {
  if (alert.state !== 'submitted') return 'notSubmitted';
  if (alert.createdBy === user.id || alert.submittedBy === user.id) return 'ownAlert';
  if (user.role !== 'commander') return 'role';
  return null;
}

/** The headline with the drill prefix in front (replacing the other drill's prefix), as the server stores it. */
export function withDrillPrefix(headline: string, status: AlertStatus, language: Language): string {
  let rest = headline.trimStart();
  for (const prefixes of Object.values(DRILL_HEADLINE_PREFIXES)) {
    if (rest.startsWith(prefixes[language])) rest = rest.slice(prefixes[language].length).trimStart();
  }
  return isDrill(status) ? `${DRILL_HEADLINE_PREFIXES[status][language]} ${rest}` : rest;
}

/** The notification a resident's device shows for one language: title and body exactly as pushed. */
export interface NotificationPreview {
  title: string;
  body: string;
  drill: boolean;
  bytes: number;
  tooLarge: boolean;
}

export function notificationPreview(alert: Pick<AlertContent, 'status' | 'msgType' | 'info'> & { id?: string }, language: Language): NotificationPreview {
  const text = alert.info[language] ?? { headline: '', description: '', instruction: '' };
  const title = isDrill(alert.status) ? withDrillPrefix(text.headline, alert.status, language) : text.headline;
  const payload = {
    id: alert.id ?? '00000000-0000-0000-0000-000000000000',
    status: alert.status,
    msgType: alert.msgType,
    lang: language,
    headline: title,
    body: text.instruction,
    url: `/alerts/${alert.id ?? '00000000-0000-0000-0000-000000000000'}`,
  };
  const bytes = new TextEncoder().encode(JSON.stringify(payload)).length;
  return { title, body: text.instruction, drill: isDrill(alert.status), bytes, tooLarge: bytes > PUSH_PAYLOAD_MAX_BYTES };
}

/** The problems visible without the server: empty or over-long texts, incoherent times, no target, no response. */
export function localProblems(content: AlertContent, now: number): AlertProblem[] {
  const problems: AlertProblem[] = [];
  const add = (path: string, code: string) => problems.push({ path, code, message: code });
  if (content.status === 'Draft') add('status', 'status_undecided');
  for (const language of LANGUAGES) {
    const text: AlertInfoText | undefined = content.info?.[language];
    for (const field of INFO_FIELDS) {
      const value = text?.[field] ?? '';
      const max = field === 'headline' ? HEADLINE_MAX_CHARS : TEXT_MAX_CHARS;
      if (value.trim() === '') add(`info.${language}.${field}`, 'required');
      else if (charCount(value) > max) add(`info.${language}.${field}`, 'too_long');
      else if (field === 'headline' && /[\r\n]/.test(value)) add(`info.${language}.${field}`, 'control_character');
    }
    if (text && notificationPreview(content, language).tooLarge) add(`info.${language}.instruction`, 'push_payload_too_large');
  }
  const effective = Date.parse(content.effective);
  const onset = Date.parse(content.onset);
  const expires = Date.parse(content.expires);
  if (Number.isNaN(effective)) add('effective', 'bad_time');
  if (Number.isNaN(onset)) add('onset', 'bad_time');
  if (Number.isNaN(expires)) add('expires', 'bad_time');
  if (effective > onset) add('onset', 'onset_before_effective');
  if (onset >= expires) add('expires', 'expires_not_after_onset');
  if (expires <= now) add('expires', 'expires_in_past');
  const target = content.target;
  if (!target || target.areaIds.length + target.polygons.length + target.circles.length === 0) add('target', 'target_required');
  if (content.responseTypes.length === 0) add('responseTypes', 'required');
  return problems;
}

/** Problems grouped by the field they concern; `info.en` (a whole language) also shows on each of its fields. */
export function problemsByPath(problems: readonly AlertProblem[]): Map<string, AlertProblem[]> {
  const byPath = new Map<string, AlertProblem[]>();
  for (const problem of problems) {
    const list = byPath.get(problem.path) ?? [];
    list.push(problem);
    byPath.set(problem.path, list);
  }
  return byPath;
}

/** Templates grouped by the signal they are for (authority/hazard), with the ones about no signal last. */
export function groupTemplates(templates: readonly AlertTemplate[]): { key: string; templates: AlertTemplate[] }[] {
  const groups = new Map<string, AlertTemplate[]>();
  for (const template of templates) {
    const key = template.signal ? `${template.signal.authority}/${template.signal.hazard}` : 'other';
    groups.set(key, [...(groups.get(key) ?? []), template]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === 'other' ? 1 : b === 'other' ? -1 : a.localeCompare(b)))
    .map(([key, list]) => ({ key, templates: list }));
}

/** Workflow order for the desk: what needs someone first. */
const STATE_ORDER: Record<Alert['state'], number> = { submitted: 0, draft: 1, rejected: 2, approved: 3, published: 4, cancelled: 5, expired: 6 };

export function sortAlerts(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.updatedAt.localeCompare(a.updatedAt));
}

/** Puts a newer copy of an alert into the list (realtime or after an action), keeping the order rules. */
export function mergeAlert<T extends Alert>(alerts: readonly T[], alert: T): T[] {
  const rest = alerts.filter((a) => a.id !== alert.id);
  return sortAlerts([...rest, alert]) as T[];
}

/** Whether the composer may still change this alert. */
export function isEditable(alert: Pick<Alert, 'state'>): boolean {
  return alert.state === 'draft' || alert.state === 'rejected';
}
