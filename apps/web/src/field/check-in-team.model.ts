import type { FieldTask, Team } from '@app/contracts';

export interface TeamOption {
  id: string;
  name: string;
}

/**
 * The teams a check-in can be for: the account's teams as the server lists them, and the teams of its tasks (all the
 * phone may know before the team list was ever loaded), by name.
 */
export function teamOptions(teams: readonly Pick<Team, 'id' | 'name'>[], tasks: readonly Pick<FieldTask, 'teamId' | 'teamName'>[]): TeamOption[] {
  const byId = new Map<string, string>();
  for (const team of teams) byId.set(team.id, team.name);
  for (const task of tasks) if (!byId.has(task.teamId)) byId.set(task.teamId, task.teamName);
  return [...byId.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** A member of several teams must say which one (the server refuses the check-in otherwise); of one, need not. */
export function needsTeamChoice(options: readonly TeamOption[]): boolean {
  return options.length > 1;
}

/** The team to send with a check-in: the choice when it is still one of the account's teams, else none. */
export function checkInTeamId(options: readonly TeamOption[], chosen: string | undefined): string | undefined {
  if (!needsTeamChoice(options) || !chosen) return undefined;
  return options.some((o) => o.id === chosen) ? chosen : undefined;
}
