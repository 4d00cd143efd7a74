import { LANGUAGES, type LocalizedText } from '@app/contracts';
import { welfareCheckActionProblems } from '../evacuation/welfare-check.action.js';
import { HENGQIN_AREAS } from '../reference/hengqin-areas.data.js';
import type { SignalCatalogue } from '../signals/catalogue/catalogue.types.js';
import { SIGNAL_CATALOGUE } from '../signals/catalogue/signal-catalogue.data.js';
import { findAuthority, findHazard, levelRank } from '../signals/signal-catalogue.lookup.js';
import type { PlaybookRuleDefinition, PlaybookTrigger } from './playbook-rule.types.js';
import { PLAYBOOK_RULES } from './rules/playbook-rules.data.js';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Every problem with the playbook rules, one readable line each; empty when they are usable. Checks unique ids, every
 * text in the four languages (Chinese texts in Chinese, Portuguese and English ones translated), triggers that name
 * real catalogue authorities, areas, hazards and levels, and well-formed template ids.
 */
export function validatePlaybookRules(
  rules: readonly PlaybookRuleDefinition[] = PLAYBOOK_RULES,
  catalogue: SignalCatalogue = SIGNAL_CATALOGUE,
  areaIds: readonly string[] = HENGQIN_AREAS.map((area) => area.id),
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const where = `rule ${rule.id}`;
    if (!ID_PATTERN.test(rule.id)) problems.push(`${where}: the id must be lower-case words joined by "-"`);
    if (seen.has(rule.id)) problems.push(`${where}: the id is used more than once`);
    seen.add(rule.id);
    problems.push(...textProblems(`${where} title`, rule.title), ...textProblems(`${where} summary`, rule.summary));
    if (rule.triggers.length === 0) problems.push(`${where}: has no trigger`);
    rule.triggers.forEach((trigger, index) => problems.push(...triggerProblems(`${where} trigger ${index + 1}`, trigger, catalogue)));
    if (rule.checklist.length === 0) problems.push(`${where}: has an empty checklist`);
    rule.checklist.forEach((item, index) => {
      problems.push(...textProblems(`${where} checklist item ${index + 1} title`, item.title));
      if (item.detail) problems.push(...textProblems(`${where} checklist item ${index + 1} detail`, item.detail));
    });
    const templates = new Set<string>();
    for (const template of rule.alertTemplateIds) {
      if (!ID_PATTERN.test(template)) problems.push(`${where}: alert template id "${template}" must be lower-case words joined by "-"`);
      if (templates.has(template)) problems.push(`${where}: alert template id "${template}" is listed twice`);
      templates.add(template);
    }
    if (rule.welfareChecks !== undefined) problems.push(...welfareCheckActionProblems(where, rule.welfareChecks, areaIds));
    for (const note of rule.verify ?? []) {
      if (note.trim() === '') problems.push(`${where}: a verify note is empty`);
    }
  }
  return problems;
}

function triggerProblems(where: string, trigger: PlaybookTrigger, catalogue: SignalCatalogue): string[] {
  const authority = findAuthority(trigger.authority, catalogue);
  if (!authority) return [`${where}: unknown authority ${trigger.authority}`];
  const problems: string[] = [];
  if (trigger.on !== 'rise' && trigger.on !== 'lower') problems.push(`${where}: "on" must be rise or lower`);
  if (trigger.upTo !== undefined && trigger.on !== 'rise') problems.push(`${where}: upTo only applies to a rise trigger`);
  if (trigger.areas !== undefined) {
    if (trigger.areas.length === 0) problems.push(`${where}: areas is empty (leave it out for any area)`);
    for (const area of trigger.areas) {
      if (!authority.areas.some((candidate) => candidate.id === area)) problems.push(`${where}: ${trigger.authority} has no area ${area}`);
    }
  }
  if (trigger.hazards.length === 0) problems.push(`${where}: names no hazard`);
  for (const hazard of trigger.hazards) {
    if (!findHazard(trigger.authority, hazard, catalogue)) {
      problems.push(`${where}: ${trigger.authority} has no hazard ${hazard}`);
      continue;
    }
    const level = levelRank(trigger.authority, hazard, trigger.level, catalogue);
    if (level === undefined) problems.push(`${where}: ${trigger.authority}/${hazard} has no level ${trigger.level}`);
    if (trigger.upTo === undefined) continue;
    const ceiling = levelRank(trigger.authority, hazard, trigger.upTo, catalogue);
    if (ceiling === undefined) problems.push(`${where}: ${trigger.authority}/${hazard} has no level ${trigger.upTo}`);
    else if (level !== undefined && ceiling < level) problems.push(`${where}: upTo ${trigger.upTo} is below level ${trigger.level}`);
  }
  return problems;
}

function textProblems(where: string, text: LocalizedText | undefined): string[] {
  if (!text) return [`${where}: missing`];
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    const value = text[language];
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${where}: the ${language} text is missing`);
  }
  if (problems.length > 0) return problems;
  for (const language of ['zh-Hans', 'zh-Hant'] as const) {
    if (!HAN.test(text[language])) problems.push(`${where}: the ${language} text is not in Chinese`);
  }
  for (const language of ['pt', 'en'] as const) {
    if (!LATIN.test(text[language]) || HAN.test(text[language])) problems.push(`${where}: the ${language} text is not in ${language === 'pt' ? 'Portuguese' : 'English'}`);
  }
  if (text.pt.trim() === text.en.trim()) problems.push(`${where}: the pt text is the same as the en text (not translated)`);
  return problems;
}
