import { sniffImage } from '@app/domain';
import { demoId, isDemoId } from './demo-ids.js';
import { demoPhoto } from './demo-photo.js';
import { demoReport } from './demo-report.js';
import { buildDemoRows, demoScenarioProblems } from './demo-rows.js';
import type { DemoScenario } from './demo-scenario.types.js';
import { TYPHOON_HENGQIN } from './typhoon-hengqin.scenario.js';

const account = (n: number) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, name: `Account ${n}` });
const context = {
  accounts: { inspector: account(1), crewlead: account(2), operator: account(3), commander: account(4) },
  shelters: Object.fromEntries(TYPHOON_HENGQIN.openShelters.map((placeId, i) => [placeId, `10000000-0000-4000-8000-00000000000${i}`])),
  now: new Date('2026-09-15T06:00:00Z'),
};

describe('demo scenario', () => {
  it('is the size the dashboard needs: 6–8 inspection teams, 3 crews, 8–12 residents, 5–8 reports', () => {
    const s = TYPHOON_HENGQIN;
    expect(s.teams.filter((t) => t.kind === 'inspection').length).toBeGreaterThanOrEqual(6);
    expect(s.teams.filter((t) => t.kind === 'inspection').length).toBeLessThanOrEqual(8);
    expect(s.teams.filter((t) => t.kind === 'rescue')).toHaveLength(3);
    expect(s.residents.length).toBeGreaterThanOrEqual(8);
    expect(s.residents.length).toBeLessThanOrEqual(12);
    expect(s.reports.length).toBeGreaterThanOrEqual(5);
    expect(s.reports.length).toBeLessThanOrEqual(8);
    expect(new Set(s.teams.map((t) => t.readiness))).toEqual(new Set(['standby', 'deployed', 'resting']));
    expect(new Set(s.tasks.map((t) => t.state))).toEqual(new Set(['assigned', 'en-route', 'on-site', 'done', 'cannot-complete']));
  });

  it('has every position inside a seeded area, in the area it names', () => {
    expect(demoScenarioProblems(TYPHOON_HENGQIN)).toEqual([]);
    const astray: DemoScenario = { ...TYPHOON_HENGQIN, checkIns: [{ ...TYPHOON_HENGQIN.checkIns[0], lat: 22.2, lon: 113.6 }] };
    expect(demoScenarioProblems(astray)).toEqual(['check-in 1 of ins-01 at 22.2,113.6 is outside every area']);
  });

  it('builds rows with fixed demo ids, times relative to now and task histories that match the states', () => {
    const rows = buildDemoRows(TYPHOON_HENGQIN, context);
    const all = [rows.teams, rows.members, rows.vehicles, rows.tasks, rows.transitions, rows.reports, rows.steps, rows.checkIns, rows.residents].flat();
    expect(all.every((row) => isDemoId(row.id as string))).toBe(true);
    expect(new Set(all.map((row) => row.id)).size).toBe(all.length);
    expect(rows.teams[0]).toMatchObject({ id: demoId('team', 1), readiness_at: '2026-09-15T03:20:00.000Z' });
    const seawall = rows.tasks.find((t) => t.title === TYPHOON_HENGQIN.tasks[0].title)!;
    expect(rows.transitions.filter((t) => t.task_id === seawall.id).map((t) => t.to_state)).toEqual(['assigned', 'en-route', 'on-site']);
    // The inspector account is on a roster, so /field shows that unit's tasks.
    const inspectorTeam = rows.members.find((m) => m.staff_user_id === context.accounts.inspector.id)!.team_id;
    expect(rows.tasks.some((t) => t.team_id === inspectorTeam)).toBe(true);
    expect(() => buildDemoRows({ ...TYPHOON_HENGQIN, tasks: [{ ...TYPHOON_HENGQIN.tasks[0], state: 'done' }] }, context)).toThrow(/is done but its times lead to on-site/);
  });

  it('draws real PNG photos, the same bytes every time', () => {
    expect(sniffImage(demoPhoto('flooding'))).toEqual({ contentType: 'image/png', width: 240, height: 160 });
    expect(demoPhoto('fallen-tree').equals(demoPhoto('fallen-tree'))).toBe(true);
  });

  it('says where to look and who to sign in as', () => {
    const text = demoReport({
      summary: {
        replaced: false,
        inspectionTeams: 7,
        rescueCrews: 3,
        members: 38,
        vehicles: 13,
        tasks: { done: 5, assigned: 2, 'on-site': 4 },
        checkIns: 13,
        silentTeams: ['INS-03'],
        openShelters: [{ name: 'Hetang Community Service Centre', occupancy: 22, capacity: 200 }],
        peopleMoved: 124,
        residents: 10,
        welfareChecks: 9,
        reports: { verified: 1, reported: 2 },
        photos: 2,
        accountTeams: { inspector: ['INS-01'], crewlead: ['Crew 2'] },
      },
      publicUrl: 'http://localhost:3000/',
      silentAfterMinutes: 30,
      next: 'now run npm start',
    });
    expect(text).toContain('Tasks        11: 2 assigned, 4 on site, 5 done');
    expect(text).toContain('Hazards      3 reports: 2 reported, 1 verified; 2 with a photo');
    expect(text).toContain('http://localhost:3000/command/operations');
    expect(text).toContain('sign in as inspector (INS-01) or crewlead (Crew 2)');
    expect(text.trimEnd().endsWith('now run npm start')).toBe(true);
  });
});
