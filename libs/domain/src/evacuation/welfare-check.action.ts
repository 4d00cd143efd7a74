import { VULNERABILITY_KINDS, type VulnerabilityKind } from '@app/contracts';

/**
 * The welfare checks a playbook rule asks for when it fires: every vulnerable resident in `areas` (null or absent:
 * every area) with at least one of `kinds` (absent: any kind).
 */
export interface WelfareCheckAction {
  areas?: readonly string[] | null;
  kinds?: readonly VulnerabilityKind[];
}

/** The action as stored and run: nulls for "any". */
export interface WelfareCheckSelection {
  areas: string[] | null;
  kinds: VulnerabilityKind[] | null;
}

export function welfareCheckSelection(action: WelfareCheckAction): WelfareCheckSelection {
  return { areas: action.areas ? [...action.areas] : null, kinds: action.kinds ? [...action.kinds] : null };
}

/** Whether a resident is one the action selects (the database runs the same test set-based). */
export function selectsResident(selection: WelfareCheckSelection, resident: { areaId: string; kinds: readonly VulnerabilityKind[] }): boolean {
  if (selection.areas && !selection.areas.includes(resident.areaId)) return false;
  if (selection.kinds && !selection.kinds.some((kind) => resident.kinds.includes(kind))) return false;
  return true;
}

/** Problems with an action in rule data, one line each (`where` names the rule). */
export function welfareCheckActionProblems(where: string, action: WelfareCheckAction, areaIds: readonly string[]): string[] {
  const problems: string[] = [];
  if (action.areas !== undefined && action.areas !== null) {
    if (action.areas.length === 0) problems.push(`${where}: welfareChecks.areas is empty (leave it out or null for every area)`);
    for (const area of action.areas) if (!areaIds.includes(area)) problems.push(`${where}: welfareChecks.areas names an unknown area ${area}`);
    if (new Set(action.areas).size !== action.areas.length) problems.push(`${where}: welfareChecks.areas lists an area twice`);
  }
  if (action.kinds !== undefined) {
    if (action.kinds.length === 0) problems.push(`${where}: welfareChecks.kinds is empty (leave it out for every kind)`);
    for (const kind of action.kinds) {
      if (!(VULNERABILITY_KINDS as readonly string[]).includes(kind)) problems.push(`${where}: welfareChecks.kinds names an unknown kind ${kind}`);
    }
    if (new Set(action.kinds).size !== action.kinds.length) problems.push(`${where}: welfareChecks.kinds lists a kind twice`);
  }
  return problems;
}
