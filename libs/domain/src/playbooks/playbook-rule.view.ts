import type { PlaybookRuleView } from '@app/contracts';
import type { PlaybookRuleDefinition } from './playbook-rule.types.js';
import { PLAYBOOK_RULES } from './rules/playbook-rules.data.js';

/** The rule as the HQ reads it (`GET /api/playbooks/rules`). */
export function playbookRuleView(rule: PlaybookRuleDefinition): PlaybookRuleView {
  return {
    id: rule.id,
    title: { ...rule.title },
    summary: { ...rule.summary },
    triggers: rule.triggers.map((trigger) => ({
      authority: trigger.authority,
      hazards: [...trigger.hazards],
      areas: trigger.areas ? [...trigger.areas] : null,
      on: trigger.on,
      level: trigger.level,
      upTo: trigger.upTo ?? null,
    })),
    checklist: rule.checklist.map((item) => ({ title: { ...item.title }, detail: item.detail ? { ...item.detail } : null })),
    alertTemplateIds: [...rule.alertTemplateIds],
    verify: [...(rule.verify ?? [])],
  };
}

export function findPlaybookRule(id: string, rules: readonly PlaybookRuleDefinition[] = PLAYBOOK_RULES): PlaybookRuleDefinition | undefined {
  return rules.find((rule) => rule.id === id);
}
