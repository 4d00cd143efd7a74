import type { AlertContent, AlertStatus, AlertTemplate } from '@app/contracts';
import { DomainError } from '../domain-error.js';
import { withDrillPrefixes } from './alert-drill.text.js';
import { ALERT_TEMPLATES } from './templates/alert-templates.data.js';

export function findAlertTemplate(id: string, templates: readonly AlertTemplate[] = ALERT_TEMPLATES): AlertTemplate | null {
  return templates.find((template) => template.id === id) ?? null;
}

export interface DraftFromTemplateOptions {
  status: AlertStatus;
  /** When the alert takes effect; onset is the same, expiry follows the template's duration. */
  now: Date;
}

/**
 * New alert content from a template: the template's text and CAP values, its default areas, effective now and
 * expiring after the template's duration, with drill prefixes for Exercise and Test.
 */
export function draftFromTemplate(id: string, options: DraftFromTemplateOptions, templates: readonly AlertTemplate[] = ALERT_TEMPLATES): AlertContent {
  const template = findAlertTemplate(id, templates);
  if (!template) throw new DomainError('not_found', 'alert_template_not_found', `There is no alert template "${id}".`);
  const effective = options.now.toISOString();
  const signal = template.signal;
  return withDrillPrefixes({
    status: options.status,
    msgType: 'Alert',
    scope: 'Public',
    category: template.category,
    event: { ...template.event },
    eventCode: template.eventCode,
    urgency: template.urgency,
    severity: template.severity,
    certainty: template.certainty,
    responseTypes: [...template.responseTypes],
    effective,
    onset: effective,
    expires: new Date(options.now.getTime() + template.expiresAfterMinutes * 60_000).toISOString(),
    info: structuredClone(template.info),
    target: { areaIds: [...template.defaultAreaIds], polygons: [], circles: [] },
    // A template for several levels (Macau 8NE/8SE/8SW/8NW) leaves the exact level for the composer to pick.
    signal: signal ? { authority: signal.authority, area: signal.area, hazard: signal.hazard, level: signal.levels.length === 1 ? signal.levels[0]! : null } : null,
    templateId: template.id,
    references: [],
  });
}
