import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RosterImportResult, Team, TeamList } from '@app/contracts';
import { TeamRepository } from '@app/database';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import type { TestStaff } from '../auth/testing/staff-fixtures.js';
import { insertFieldCast, UNKNOWN_ID } from '../testing/field-ops-fixtures.js';
import { api, createFieldTestApp, createTeam, nextPlate, TEST_PLACE, TEST_PLACE_2 } from './testing/field-test-app.js';

const HEADER = 'team,kind,member,phone,leader,vehicle_plate,vehicle_type,vehicle_capacity,base_place';
const SILENT_AFTER = 45;

describe('field teams: rosters, vehicles, readiness, silence, roster import (api)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let sql: DataSource;
  let operator: TestStaff;
  let commander: TestStaff;
  let inspector: TestStaff;
  let crewLead: TestStaff;
  let otherLead: TestStaff;
  let liaison: TestStaff;
  let as: ReturnType<typeof api>['as'];

  const counts = async () =>
    (
      await sql.query(`SELECT (SELECT count(*) FROM field_teams)::int AS teams, (SELECT count(*) FROM team_members)::int AS members,
                              (SELECT count(*) FROM vehicles)::int AS vehicles, (SELECT count(*) FROM audit_log)::int AS audits,
                              (SELECT count(*) FROM team_readiness_changes)::int AS readiness`)
    )[0];
  const teamEvents = async (teamId: string): Promise<Team[]> =>
    (await sql.query(`SELECT payload FROM realtime_events WHERE room = 'hq' AND event = 'ops.team' AND payload->'team'->>'id' = $1 ORDER BY seq`, [teamId])).map(
      (r: { payload: { team: Team } }) => r.payload.team,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createFieldTestApp(db.url, { TEAM_SILENT_AFTER_MINUTES: String(SILENT_AFTER) });
    sql = app.get(DataSource);
    as = api(app).as;
    ({ operator, commander, inspector, crewLead, otherLead, liaison } = await insertFieldCast(app, 'teams', [
      'operator',
      'commander',
      'inspector',
      'crewLead',
      'otherLead',
      'liaison',
    ]));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('creates a unit with members and vehicles, audits it, records its readiness and announces it to the HQ', async () => {
    const plate = nextPlate();
    const res = await as(operator)
      .post('/api/teams', {
        kind: 'inspection',
        name: '  INS-07 ',
        basePlaceId: TEST_PLACE,
        phone: '+853 2888 0000',
        members: [
          { name: 'Ho Ka Yan', staffUserId: inspector.id, leader: true },
          { name: 'Chan Tai Man', phone: '+853 6123 4567' },
        ],
        vehicles: [{ plate, type: 'van', capacity: 8 }],
      })
      .expect(201);
    const team = res.body as Team;
    expect(team).toMatchObject({
      kind: 'inspection',
      name: 'INS-07',
      basePlaceId: TEST_PLACE,
      readiness: 'standby',
      headcount: 2,
      lastPosition: null,
      silent: false,
      members: [
        { name: 'Ho Ka Yan', staffUserId: inspector.id, leader: true, phone: null },
        { name: 'Chan Tai Man', staffUserId: null, leader: false, phone: '+853 6123 4567' },
      ],
      vehicles: [{ plate, type: 'van', capacity: 8, teamId: team.id }],
    });
    const [audit] = await sql.query(`SELECT action, actor_id, summary FROM audit_log WHERE entity_type = 'field_team' AND entity_id = $1`, [team.id]);
    expect(audit).toMatchObject({ action: 'field_team.created', actor_id: operator.id, summary: { after: { name: 'INS-07', members: 2, vehicles: [plate] } } });
    expect(await sql.query(`SELECT from_readiness, to_readiness, headcount FROM team_readiness_changes WHERE team_id = $1`, [team.id])).toEqual([
      { from_readiness: null, to_readiness: 'standby', headcount: 2 },
    ]);
    expect((await teamEvents(team.id)).map((t) => t.headcount)).toEqual([2]);
  });

  it('refuses bad units with a clear 4xx and stores nothing', async () => {
    const taken = await createTeam(app, operator, { name: 'INS-TAKEN', vehicles: [{ plate: 'MO-99-01', type: 'car', capacity: 4 }] });
    const before = await counts();
    const attempts: [object, number, string][] = [
      [{ kind: 'inspection', name: 'ins-taken', members: [] }, 409, 'team_name_taken'],
      [{ kind: 'inspection', name: 'X1', basePlaceId: 'nowhere', members: [] }, 400, 'team_base_place_unknown'],
      [{ kind: 'inspection', name: 'X2', members: [{ name: 'A', staffUserId: UNKNOWN_ID }] }, 400, 'team_member_account_unknown'],
      [{ kind: 'inspection', name: 'X3', members: [{ name: 'A', leader: true }, { name: 'B', leader: true }] }, 400, 'team_leaders_many'],
      [{ kind: 'inspection', name: 'X4', members: [], vehicles: [{ plate: 'mo 9901', type: 'car', capacity: 4 }] }, 409, 'team_vehicle_taken'],
      [{ kind: 'inspection', name: 'X5', members: [], vehicles: [{ plate: 'AB-1', type: 'car', capacity: 4 }, { plate: 'ab1', type: 'van', capacity: 4 }] }, 400, 'team_vehicle_repeated'],
      [{ kind: 'boat', name: 'X6', members: [] }, 400, 'validation_failed'],
      [{ kind: 'rescue', name: 'X7' }, 400, 'validation_failed'],
      [{ kind: 'rescue', name: 'X8', members: [], vehicles: [{ plate: 'Z-1', type: 'car', capacity: 0 }] }, 400, 'validation_failed'],
      [{ kind: 'rescue', name: 'X9', members: [{ name: 'A', phone: 'call me' }] }, 400, 'validation_failed'],
      [{ kind: 'rescue', name: 'X10', members: [], readiness: 'deployed', id: UNKNOWN_ID }, 400, 'validation_failed'],
      [{ kind: 'rescue', name: 'bad\u202Ename', members: [] }, 400, 'validation_failed'],
    ];
    for (const [body, status, code] of attempts) {
      const res = await as(operator).post('/api/teams', body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status, code });
      expect(res.body.message).toBeTruthy();
    }
    expect((await as(operator).post('/api/teams', { kind: 'rescue', name: 'X7' })).body.message).toMatch(/members must be a list/);
    expect(await counts()).toEqual(before);
    expect((await teamEvents(taken.id)).length).toBe(1);
  });

  it('updates what a PATCH names: members and vehicles are the new lists, released vehicles stay on record', async () => {
    const [keep, drop] = [nextPlate(), nextPlate()];
    const team = await createTeam(app, operator, { name: 'INS-PATCH', staff: [inspector], extra: 2, vehicles: [{ plate: keep, type: 'car', capacity: 4 }, { plate: drop, type: 'van', capacity: 8 }] });
    const res = await as(commander)
      .patch(`/api/teams/${team.id}`, { name: 'INS-PATCHED', baseNote: 'Car park B', members: [{ name: 'Ho Ka Yan', staffUserId: inspector.id }], vehicles: [{ plate: keep, type: 'truck', capacity: 3 }] })
      .expect(200);
    expect(res.body).toMatchObject({ name: 'INS-PATCHED', baseNote: 'Car park B', basePlaceId: null, headcount: 1, vehicles: [{ plate: keep, type: 'truck', capacity: 3 }] });
    expect(await sql.query(`SELECT team_id FROM vehicles WHERE plate = $1`, [drop])).toEqual([{ team_id: null }]);
    const [audit] = await sql.query(`SELECT summary FROM audit_log WHERE action = 'field_team.updated' AND entity_id = $1`, [team.id]);
    expect(audit.summary).toMatchObject({ before: { name: 'INS-PATCH', members: 3, vehicles: [keep, drop].sort() }, after: { name: 'INS-PATCHED', members: 1, vehicles: [keep] } });

    await as(operator).patch(`/api/teams/${UNKNOWN_ID}`, { name: 'Nobody' }).expect(404);
    await as(operator).patch(`/api/teams/not-a-uuid`, { name: 'Nobody' }).expect(400);
    await as(inspector).patch(`/api/teams/${team.id}`, { name: 'Mine now' }).expect(403);
  });

  it('sets readiness: HQ for any unit, a crew lead for their own crew only, with history and headcount', async () => {
    const crew = await createTeam(app, operator, { kind: 'rescue', name: 'Crew 3', staff: [crewLead], extra: 5 });
    const other = await createTeam(app, operator, { kind: 'rescue', name: 'Crew 4', staff: [otherLead], extra: 3 });
    const lead = await as(crewLead).post(`/api/teams/${crew.id}/readiness`, { readiness: 'deployed', note: 'To Lotus Bridge' }).expect(200);
    expect(lead.body).toMatchObject({ id: crew.id, readiness: 'deployed' });
    // Another crew's id answers as if it did not exist.
    const foreign = await as(crewLead).post(`/api/teams/${other.id}/readiness`, { readiness: 'resting' }).expect(404);
    expect(foreign.body.code).toBe('team_not_found');
    await as(inspector).post(`/api/teams/${crew.id}/readiness`, { readiness: 'resting' }).expect(403);
    await as(liaison).post(`/api/teams/${crew.id}/readiness`, { readiness: 'resting' }).expect(403);
    await as(operator).post(`/api/teams/${crew.id}/readiness`, { readiness: 'asleep' }).expect(400);
    await as(operator).post(`/api/teams/${other.id}/readiness`, { readiness: 'unavailable' }).expect(200);

    expect(await sql.query(`SELECT from_readiness, to_readiness, headcount, by_name, note FROM team_readiness_changes WHERE team_id = $1 ORDER BY at`, [crew.id])).toEqual([
      { from_readiness: null, to_readiness: 'standby', headcount: 6, by_name: 'Chan Mei', note: null },
      { from_readiness: 'standby', to_readiness: 'deployed', headcount: 6, by_name: 'Lei Sio Kei', note: 'To Lotus Bridge' },
    ]);
    const audits = await sql.query(`SELECT actor_id, summary FROM audit_log WHERE action = 'field_team.readiness' AND entity_id = $1`, [crew.id]);
    expect(audits).toEqual([{ actor_id: crewLead.id, summary: { before: { readiness: 'standby' }, after: { readiness: 'deployed', note: 'To Lotus Bridge' } } }]);
    // Setting what is already set changes nothing.
    const before = await counts();
    await as(operator).post(`/api/teams/${crew.id}/readiness`, { readiness: 'deployed' }).expect(200);
    expect(await counts()).toEqual(before);

    const standby = (await app.get(TeamRepository).readinessCounts()).filter((c) => c.kind === 'rescue');
    expect(standby).toEqual(expect.arrayContaining([{ kind: 'rescue', readiness: 'deployed', teams: 1, people: 6 }, { kind: 'rescue', readiness: 'unavailable', teams: 1, people: 4 }]));
  });

  it('replays readiness history into standby peaks for a period (rescue crews, people listed then)', async () => {
    const x = await createTeam(app, operator, { kind: 'rescue', name: 'Crew PX' });
    const y = await createTeam(app, operator, { kind: 'rescue', name: 'Crew PY' });
    const history: [string, string, string, number][] = [
      [x.id, '2020-01-01T00:00:00Z', 'standby', 3],
      [y.id, '2020-01-01T01:00:00Z', 'standby', 5],
      [x.id, '2020-01-01T02:00:00Z', 'deployed', 3],
      [y.id, '2020-01-01T03:00:00Z', 'standby', 7],
    ];
    for (const [teamId, at, readiness, headcount] of history) {
      await sql.query(`INSERT INTO team_readiness_changes (team_id, kind, to_readiness, headcount, by_name, at) VALUES ($1, 'rescue', $2, $3, 'test', $4)`, [teamId, readiness, headcount, at]);
    }
    const peaks = (from: string, to: string) => app.get(TeamRepository).standbyPeaks({ from: new Date(from), to: new Date(to) });
    expect(await peaks('2020-01-01T00:30:00Z', '2020-01-01T04:00:00Z')).toEqual({ peakCrewsOnStandby: 2, peakPeopleOnStandby: 8 });
    expect(await peaks('2020-01-01T02:30:00Z', '2020-01-01T04:00:00Z')).toEqual({ peakCrewsOnStandby: 1, peakPeopleOnStandby: 7 });
    expect(await peaks('2019-01-01T00:00:00Z', '2019-12-31T00:00:00Z')).toEqual({ peakCrewsOnStandby: 0, peakPeopleOnStandby: 0 });
    // A roster change without a readiness change is recorded too, so peaks count the people listed at the time.
    await as(operator).patch(`/api/teams/${y.id}`, { members: [{ name: 'One' }, { name: 'Two' }] }).expect(200);
    expect(await sql.query(`SELECT from_readiness, to_readiness, headcount FROM team_readiness_changes WHERE team_id = $1 AND at > '2021-01-01' ORDER BY at`, [y.id])).toEqual([
      { from_readiness: null, to_readiness: 'standby', headcount: 0 },
      { from_readiness: 'standby', to_readiness: 'standby', headcount: 2 },
    ]);
  });

  it('lists every unit for the HQ, only their own for field roles, none for the liaison', async () => {
    const all = (await as(commander).get('/api/teams').expect(200)).body as TeamList;
    expect(all.silentAfterMinutes).toBe(SILENT_AFTER);
    expect(all.items.map((t) => t.name)).toEqual(expect.arrayContaining(['INS-07', 'INS-PATCHED', 'Crew 3', 'Crew 4']));
    const own = (await as(inspector).get('/api/teams').expect(200)).body as TeamList;
    expect(own.items.map((t) => t.name).sort()).toEqual(['INS-07', 'INS-PATCHED']);
    const lead = (await as(otherLead).get('/api/teams').expect(200)).body as TeamList;
    expect(lead.items.map((t) => t.name)).toEqual(['Crew 4']);
    await as(liaison).get('/api/teams').expect(403);
  });

  it('flags a unit out for longer than TEAM_SILENT_AFTER_MINUTES without a check-in, and clears it when one arrives', async () => {
    const team = await createTeam(app, operator, { name: 'INS-SILENT', staff: [inspector], readiness: 'deployed' });
    const silentOf = async () => ((await as(operator).get('/api/teams').expect(200)).body as TeamList).items.find((t) => t.id === team.id)!;
    const repoSilent = async () => (await app.get(TeamRepository).silentTeamIds(SILENT_AFTER)).includes(team.id);
    expect((await silentOf()).silent).toBe(false);

    await sql.query(`UPDATE field_teams SET readiness_at = now() - interval '40 minutes' WHERE id = $1`, [team.id]);
    expect([(await silentOf()).silent, await repoSilent()]).toEqual([false, false]);
    await sql.query(`UPDATE field_teams SET readiness_at = now() - interval '50 minutes' WHERE id = $1`, [team.id]);
    expect([(await silentOf()).silent, await repoSilent()]).toEqual([true, true]);

    const at = new Date(Date.now() - 5 * 60_000).toISOString();
    await as(inspector).post('/api/check-ins', { clientId: `silent-${Date.now()}`, teamId: team.id, location: { lat: 22.13, lon: 113.54 }, status: 'ok', recordedAt: at }).expect(201);
    const after = await silentOf();
    expect(after).toMatchObject({ silent: false, lastPosition: { lat: 22.13, lon: 113.54, at, byName: 'Ho Ka Yan' } });
    expect(await repoSilent()).toBe(false);

    // Back at base with nothing open: never silent, however long.
    await as(operator).post(`/api/teams/${team.id}/readiness`, { readiness: 'resting' }).expect(200);
    await sql.query(`UPDATE check_ins SET recorded_at = now() - interval '3 days' WHERE team_id = $1`, [team.id]);
    expect([(await silentOf()).silent, await repoSilent()]).toEqual([false, false]);
  });

  describe('roster import', () => {
    it('creates and updates units from a CSV, keeping staff links of members listed again', async () => {
      const [p1, p2] = [nextPlate(), nextPlate()];
      const csv = [
        HEADER,
        `INS-07,inspection,Ho Ka Yan,,yes,${p1},van,8,${TEST_PLACE_2}`,
        `INS-07,inspection,"Lam, Sio Wa",+853 6222 3333,,${p1},van,8,`,
        `Crew 9,rescue,Leong Chi,13800138000,yes,${p2},boat,12,`,
        'Crew 9,rescue,Kuok Man,,no,,,,',
      ].join('\r\n');
      const res = await as(operator).csv(csv).expect(200);
      expect(res.body as RosterImportResult).toEqual({ applied: true, teamsCreated: 1, teamsUpdated: 1, members: 4, vehicles: 2, errors: [] });
      const teams = ((await as(operator).get('/api/teams').expect(200)).body as TeamList).items;
      const ins = teams.find((t) => t.name === 'INS-07')!;
      expect(ins).toMatchObject({ basePlaceId: TEST_PLACE_2, headcount: 2, vehicles: [{ plate: p1, type: 'van', capacity: 8 }] });
      expect(ins.members).toEqual([
        expect.objectContaining({ name: 'Ho Ka Yan', staffUserId: inspector.id, leader: true }),
        expect.objectContaining({ name: 'Lam, Sio Wa', staffUserId: null, phone: '+853 6222 3333' }),
      ]);
      expect(teams.find((t) => t.name === 'Crew 9')).toMatchObject({ kind: 'rescue', readiness: 'standby', headcount: 2, vehicles: [{ plate: p2, type: 'boat' }] });
      const [audit] = await sql.query(`SELECT actor_id, summary FROM audit_log WHERE action = 'field_team.roster_imported'`);
      expect(audit).toMatchObject({ actor_id: operator.id, summary: { after: { teamsCreated: 1, teamsUpdated: 1, teams: ['INS-07', 'Crew 9'] } } });
      // The inspector still reaches the team after the re-import.
      expect(((await as(inspector).get('/api/teams').expect(200)).body as TeamList).items.map((t) => t.name)).toContain('INS-07');
    });

    it('reports every bad row (line, column, message) with 422 and stores nothing', async () => {
      const before = await counts();
      const csv = [HEADER, 'INS-20,inspection,Ok Person,,,,,,', ',boat,,abc,maybe,,,,', 'INS-20,inspection,Car Person,,,XY-1,plane,0,nowhere', 'INS-21,inspection,"broken,,,,,,,,'].join('\n');
      const res = await as(operator).csv(csv).expect(422);
      expect(res.body).toMatchObject({ applied: false, teamsCreated: 0, members: 0 });
      expect((res.body as RosterImportResult).errors).toEqual([{ line: 5, column: null, message: expect.stringContaining('not closed') }]);

      const rows = await as(operator).csv(csv.split('\n').slice(0, 4).join('\n')).expect(422);
      expect((rows.body as RosterImportResult).errors.map((e) => `${e.line}:${e.column}`)).toEqual([
        '3:team',
        '3:kind',
        '3:member',
        '3:phone',
        '3:leader',
        '4:vehicle_type',
        '4:vehicle_capacity',
        '4:base_place',
      ]);
      expect(await counts()).toEqual(before);
    });

    it('refuses rows the stored data makes wrong: a kind change, a vehicle of a unit not in the file', async () => {
      const owner = await createTeam(app, operator, { name: 'INS-OWNER', vehicles: [{ plate: 'MQ-77-77', type: 'car', capacity: 4 }] });
      const before = await counts();
      const res = await as(operator).csv([HEADER, 'Crew 9,inspection,Someone,,,,,,', 'New Crew,rescue,Other,,,mq 7777,car,4,'].join('\n')).expect(422);
      expect((res.body as RosterImportResult).errors).toEqual([
        { line: 2, column: 'kind', message: 'team Crew 9 exists as rescue; a roster does not change a team\'s kind' },
        { line: 3, column: 'vehicle_plate', message: expect.stringContaining('belongs to team INS-OWNER') },
      ]);
      expect(await counts()).toEqual(before);
      expect(owner.vehicles).toHaveLength(1);
    });

    it('refuses other media types, oversize and non-UTF-8 files, and non-HQ callers', async () => {
      const { http } = api(app);
      const json = await http().post('/api/teams/roster').set('Authorization', `Bearer ${operator.token}`).send({ team: 'x' }).expect(415);
      expect(json.body.code).toBe('unsupported_media_type');
      const big = HEADER + '\n' + 'INS-BIG,inspection,Person,,,,,,\n'.repeat(40_000);
      const large = await as(operator).csv(big).catch((err: { response?: { status: number } }) => err.response);
      expect(large?.status).toBe(413);
      const latin1 = Buffer.from(HEADER + '\nINS-L,inspection,Jos\xe9,,,,,,\n', 'latin1');
      const bad = await http().post('/api/teams/roster').set('Authorization', `Bearer ${operator.token}`).set('Content-Type', 'text/csv').send(latin1).expect(400);
      expect(bad.body.code).toBe('roster_not_utf8');
      await as(inspector).csv(HEADER + '\nA,inspection,B,,,,,,').expect(403);
      await as(liaison).csv(HEADER + '\nA,inspection,B,,,,,,').expect(403);
    });
  });
});
