import { HAZARD_REPORT_STATES, TASK_STATES } from '@app/contracts';
import { DEMO_PASSWORD } from '../accounts/accounts.seeder.js';
import type { DemoLoadSummary } from './demo-scenario.loader.js';

export interface DemoReportFacts {
  summary: DemoLoadSummary;
  /** Address people open the app at (PUBLIC_URL). */
  publicUrl: string;
  silentAfterMinutes: number;
  /** What to do next, depending on whether the app is already running on this database. */
  next: string;
}

const WORDS: Record<string, string> = { 'en-route': 'en route', 'on-site': 'on site', 'cannot-complete': 'cannot complete' };

/** What `npm run demo` prints: what it loaded, where to look, and who to sign in as. */
export function demoReport({ summary: s, publicUrl, silentAfterMinutes, next }: DemoReportFacts): string {
  const base = publicUrl.replace(/\/+$/, '');
  // In lifecycle order, as people read them.
  const byState = (counts: Record<string, number>, order: readonly string[]) =>
    order
      .filter((state) => counts[state])
      .map((state) => `${counts[state]} ${WORDS[state] ?? state}`)
      .join(', ');
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const teamsOf = (username: string) => (s.accountTeams[username] ?? []).join(', ');
  const lines = [
    '',
    s.replaced ? 'Demo scenario reloaded (the earlier demo data was replaced): typhoon over Hengqin.' : 'Demo scenario loaded: typhoon over Hengqin.',
    '',
    `  Units        ${s.inspectionTeams} inspection teams, ${s.rescueCrews} rescue crews (${s.members} people, ${s.vehicles} vehicles)`,
    `  Tasks        ${total(s.tasks)}: ${byState(s.tasks, TASK_STATES)}`,
    `  Check-ins    ${s.checkIns}${s.silentTeams.length ? `; silent: ${s.silentTeams.join(', ')}` : ''}`,
    `  Shelters     ${s.openShelters.length} open, ${s.peopleMoved} people moved in`,
    ...s.openShelters.map((sh) => `                 ${sh.name}: ${sh.occupancy} of ${sh.capacity} places taken`),
    `  Residents    ${s.residents} vulnerable residents, ${s.welfareChecks} welfare checks`,
    `  Hazards      ${total(s.reports)} reports: ${byState(s.reports, HAZARD_REPORT_STATES)}; ${s.photos} with a photo`,
    '',
    `Where to look (password for every demo account: ${DEMO_PASSWORD}):`,
    '',
    `  Operations map and figures  ${base}/command/operations`,
    '                              sign in as commander or operator',
    `  Field tasks (phone layout)  ${base}/field`,
    `                              sign in as inspector (${teamsOf('inspector')}) or crewlead (${teamsOf('crewlead')})`,
    `  After-action report         ${base}/command/after-action`,
    '',
    `Times are set relative to now: units that do not check in are flagged silent after ${silentAfterMinutes} minutes,`,
    'so run `npm run demo` again to bring the scenario back to the present.',
    '',
    next,
    '',
  ];
  return lines.join('\n');
}
