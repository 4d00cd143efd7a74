import { TASK_FINAL_STATES, type FieldTask, type Team } from '@app/contracts';

/**
 * The server marks a unit silent when it is deployed (or has an open task) and has not checked in for the configured
 * number of minutes. It can only say so when something happens; the dashboard applies the same rule as the clock
 * runs, so a unit turns silent on screen at the minute it does, not at the next event.
 */
export function withLocalSilence(teams: readonly Team[], tasks: readonly FieldTask[], now: number, limitMinutes: number | undefined): Team[] {
  if (!limitMinutes || limitMinutes <= 0) return teams as Team[];
  const busy = new Set(tasks.filter((t) => !TASK_FINAL_STATES.includes(t.state)).map((t) => t.teamId));
  let changed = false;
  const next = teams.map((team) => {
    if (team.silent || !team.lastPosition || (team.readiness !== 'deployed' && !busy.has(team.id))) return team;
    const age = now - Date.parse(team.lastPosition.at);
    if (!(age >= limitMinutes * 60_000)) return team;
    changed = true;
    return { ...team, silent: true };
  });
  return changed ? next : (teams as Team[]);
}
