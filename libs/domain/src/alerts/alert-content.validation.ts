import { LANGUAGES, type AlertContent, type AlertProblem } from '@app/contracts';
import { drillHeadlinePrefix, findNotADrillPhrase, isDrillStatus } from './alert-drill.text.js';
import { PUSH_PAYLOAD_MAX_BYTES, alertPushPayload, encodePushPayload } from './alert-push.payload.js';
import { targetProblems } from './alert-target.check.js';
import { HEADLINE_MAX_CHARS, TEXT_MAX_CHARS, textProblem } from './alert-text.check.js';

export interface AlertValidationContext {
  /** The current time: expiry must lie after it. */
  now: Date;
  /** Ids of the seeded areas alerts may target. */
  knownAreaIds: Iterable<string>;
  /** The alert's id, for measuring the push payload; a same-length placeholder is used before it has one. */
  alertId?: string;
}

const ID_PLACEHOLDER = '00000000-0000-0000-0000-000000000000';
const OET_CODE = /^OET-\d{3}$/;

/**
 * Everything that stops an alert from going out, each with the field it concerns. An empty list means it may be
 * submitted. Encodes the lessons in the domain guide §6: complete languages, coherent times, a real target, a payload
 * that fits Web Push, severity that fits the content, and drills that cannot be mistaken for live alerts.
 */
export function validateAlertContent(content: AlertContent, context: AlertValidationContext): AlertProblem[] {
  const problems: AlertProblem[] = [];
  const add = (path: string, code: string, message: string) => problems.push({ path, code, message });

  if (content.status === 'Draft') add('status', 'status_undecided', 'choose Actual, Exercise or Test before submitting');
  if (content.scope !== 'Public') add('scope', 'bad_scope', 'alerts are Public');
  if (content.msgType === 'Alert' && content.references.length > 0) add('references', 'unexpected_references', 'a first Alert does not reference earlier alerts');
  if (content.msgType !== 'Alert' && content.references.length === 0) add('references', 'references_required', `an ${content.msgType} must reference the alert it replaces`);
  if (!OET_CODE.test(content.eventCode)) add('eventCode', 'bad_event_code', 'must be an OASIS event term code such as OET-204');
  if (content.responseTypes.length === 0) add('responseTypes', 'required', 'choose at least one response type');

  problems.push(...languageProblems(content));
  problems.push(...timeProblems(content, context.now));
  problems.push(...targetProblems(content.target, new Set(context.knownAreaIds)));
  problems.push(...severityProblems(content));
  problems.push(...pushPayloadProblems(content, context.alertId ?? ID_PLACEHOLDER));
  return problems;
}

function languageProblems(content: AlertContent): AlertProblem[] {
  const problems: AlertProblem[] = [];
  for (const language of LANGUAGES) {
    const text = content.info?.[language];
    if (!text) {
      problems.push({ path: `info.${language}`, code: 'required', message: `the ${language} text is missing` });
      continue;
    }
    const event = content.event?.[language] ?? '';
    const eventProblem = textProblem(event, 100, true);
    if (eventProblem) problems.push({ path: `event.${language}`, ...eventProblem });
    const checks: [keyof typeof text, number, boolean][] = [
      ['headline', HEADLINE_MAX_CHARS, true],
      ['description', TEXT_MAX_CHARS, false],
      ['instruction', TEXT_MAX_CHARS, false],
    ];
    for (const [field, max, singleLine] of checks) {
      const problem = textProblem(text[field] ?? '', max, singleLine);
      if (problem) problems.push({ path: `info.${language}.${field}`, ...problem });
    }
    if (isDrillStatus(content.status)) {
      const prefix = drillHeadlinePrefix(content.status, language)!;
      if (!text.headline.trimStart().startsWith(prefix)) {
        problems.push({ path: `info.${language}.headline`, code: 'drill_prefix_missing', message: `an ${content.status} headline must start with ${prefix}` });
      }
      for (const field of ['headline', 'description', 'instruction'] as const) {
        const phrase = findNotADrillPhrase(text[field] ?? '');
        if (phrase) problems.push({ path: `info.${language}.${field}`, code: 'not_a_drill_in_drill', message: `an ${content.status} must not say "${phrase}"` });
      }
    }
  }
  return problems;
}

function timeProblems(content: AlertContent, now: Date): AlertProblem[] {
  const problems: AlertProblem[] = [];
  const parse = (field: 'effective' | 'onset' | 'expires'): number | null => {
    const value = content[field];
    const ms = typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(ms)) {
      problems.push({ path: field, code: 'bad_time', message: 'must be an ISO 8601 date and time' });
      return null;
    }
    return ms;
  };
  const effective = parse('effective');
  const onset = parse('onset');
  const expires = parse('expires');
  if (effective !== null && onset !== null && effective > onset) problems.push({ path: 'onset', code: 'onset_before_effective', message: 'onset must not be before effective' });
  if (onset !== null && expires !== null && onset >= expires) problems.push({ path: 'expires', code: 'expires_not_after_onset', message: 'expires must be after onset' });
  if (expires !== null && expires <= now.getTime()) problems.push({ path: 'expires', code: 'expires_in_past', message: 'expires must be in the future' });
  return problems;
}

/** Hong Kong 2022: an extreme tone for routine content erodes trust; the severity must fit what the alert says. */
function severityProblems(content: AlertContent): AlertProblem[] {
  const problems: AlertProblem[] = [];
  const high = content.severity === 'Extreme' || content.severity === 'Severe';
  if (high && content.urgency !== 'Immediate' && content.urgency !== 'Expected') {
    problems.push({ path: 'severity', code: 'severity_urgency_mismatch', message: `${content.severity} alerts must have urgency Immediate or Expected` });
  }
  if (content.responseTypes.includes('AllClear') && content.severity !== 'Minor') {
    problems.push({ path: 'severity', code: 'all_clear_severity', message: 'an all-clear is Minor' });
  }
  if (content.msgType === 'Cancel' && high) {
    problems.push({ path: 'severity', code: 'cancel_severity', message: 'a Cancel is not Extreme or Severe' });
  }
  if (content.severity === 'Unknown' || content.urgency === 'Unknown' || content.certainty === 'Unknown') {
    problems.push({ path: 'severity', code: 'unknown_value', message: 'urgency, severity and certainty must be known values, not Unknown' });
  }
  return problems;
}

function pushPayloadProblems(content: AlertContent, alertId: string): AlertProblem[] {
  const problems: AlertProblem[] = [];
  for (const language of LANGUAGES) {
    if (!content.info?.[language]) continue;
    const bytes = encodePushPayload(alertPushPayload({ ...content, id: alertId }, language)).length;
    if (bytes > PUSH_PAYLOAD_MAX_BYTES) {
      problems.push({
        path: `info.${language}.instruction`,
        code: 'push_payload_too_large',
        message: `the ${language} notification is ${bytes} bytes; shorten the headline or instruction to fit ${PUSH_PAYLOAD_MAX_BYTES}`,
      });
    }
  }
  return problems;
}
