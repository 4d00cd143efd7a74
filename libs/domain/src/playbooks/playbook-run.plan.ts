import type { LocalizedText, SignalHistoryEntry } from '@app/contracts';
import type { SignalCatalogue } from '../signals/catalogue/catalogue.types.js';
import { SIGNAL_CATALOGUE } from '../signals/catalogue/signal-catalogue.data.js';
import { welfareCheckSelection, type WelfareCheckSelection } from '../evacuation/welfare-check.action.js';
import { evaluatePlaybooks } from './playbook.evaluator.js';
import type { PlaybookRuleDefinition } from './playbook-rule.types.js';
import { PLAYBOOK_RULES } from './rules/playbook-rules.data.js';

export interface PlannedPlaybookTask {
  position: number;
  title: LocalizedText;
  detail: LocalizedText | null;
}

/**
 * A run to create for a fired rule. Texts are copied from the rule, so a run reads the same after the rule data is
 * corrected later.
 */
export interface PlannedPlaybookRun {
  ruleId: string;
  title: LocalizedText;
  summary: LocalizedText;
  alertTemplateIds: string[];
  tasks: PlannedPlaybookTask[];
  /** The vulnerable residents to request welfare checks for; null when the rule asks for none. */
  welfareChecks: WelfareCheckSelection | null;
}

export function planPlaybookRun(rule: PlaybookRuleDefinition): PlannedPlaybookRun {
  return {
    ruleId: rule.id,
    title: { ...rule.title },
    summary: { ...rule.summary },
    alertTemplateIds: [...rule.alertTemplateIds],
    tasks: rule.checklist.map((item, index) => ({ position: index + 1, title: { ...item.title }, detail: item.detail ? { ...item.detail } : null })),
    welfareChecks: rule.welfareChecks ? welfareCheckSelection(rule.welfareChecks) : null,
  };
}

/** The runs a committed signal change starts, one per fired rule. */
export function planPlaybookRuns(
  change: Pick<SignalHistoryEntry, 'authority' | 'area' | 'hazard' | 'level' | 'previousLevel' | 'action'>,
  rules: readonly PlaybookRuleDefinition[] = PLAYBOOK_RULES,
  catalogue: SignalCatalogue = SIGNAL_CATALOGUE,
): PlannedPlaybookRun[] {
  const fired = new Set(evaluatePlaybooks(change, rules, catalogue));
  return rules.filter((rule) => fired.has(rule.id)).map(planPlaybookRun);
}
