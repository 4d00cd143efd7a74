import { describe, expect, it } from 'vitest';
import { planRoster } from './roster.js';

const HEADER = 'team,kind,member,phone,leader,vehicle_plate,vehicle_type,vehicle_capacity,base_place';
const places = new Set(['hq-hengqin', 'shelter-1']);

describe('planRoster', () => {
  it('groups rows into teams with members, leaders and vehicles', () => {
    const plan = planRoster(
      [
        HEADER,
        'INS-07,inspection,Chan Tai Man,+853 6123 4567,yes,MK-12-34,van,8,hq-hengqin',
        'INS-07,Inspection,Wong Mei,,,MK-12-34,van,8,',
        'Crew 3,rescue,"Lei, Sio Kei",13800138000,no,,,,shelter-1',
      ].join('\r\n'),
      places,
    );
    expect(plan).toEqual({
      ok: true,
      teams: [
        {
          line: 2,
          name: 'INS-07',
          kind: 'inspection',
          basePlaceId: 'hq-hengqin',
          members: [
            { line: 2, name: 'Chan Tai Man', phone: '+853 6123 4567', leader: true },
            { line: 3, name: 'Wong Mei', phone: null, leader: false },
          ],
          vehicles: [{ line: 2, plate: 'MK-12-34', type: 'van', capacity: 8 }],
        },
        { line: 4, name: 'Crew 3', kind: 'rescue', basePlaceId: 'shelter-1', members: [{ line: 4, name: 'Lei, Sio Kei', phone: '13800138000', leader: false }], vehicles: [] },
      ],
    });
  });

  it('accepts the required columns alone, in any order', () => {
    const plan = planRoster('member,team,kind\nHo Ka Yan,INS-01,inspection\n', places);
    expect(plan).toMatchObject({ ok: true, teams: [{ name: 'INS-01', members: [{ name: 'Ho Ka Yan', leader: false, phone: null }], vehicles: [] }] });
  });

  it('reports every bad row with its line and column', () => {
    const plan = planRoster(
      [
        HEADER,
        'INS-07,inspection,Chan Tai Man,+853 6123 4567,yes,,,,',
        ',boat,,abc,maybe,,,,',
        'INS-07,rescue,Wong Mei,,,,,,',
        'INS-08,inspection,Ho,,,XY-1,plane,0,nowhere',
        'INS-08,inspection,Ho,,,,,',
      ].join('\n'),
      places,
    );
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    const at = plan.errors.map((e) => `${e.line}:${e.column}`);
    expect(at).toEqual(['3:team', '3:kind', '3:member', '3:phone', '3:leader', '4:kind', '5:vehicle_type', '5:vehicle_capacity', '5:base_place', '6:null']);
    expect(plan.errors.find((e) => e.line === 4)?.message).toContain('team INS-07 is inspection on line 2');
    expect(plan.errors.find((e) => e.line === 6)?.message).toBe('expected 9 fields like the header, found 8');
  });

  it('refuses a second leader in one team', () => {
    const plan = planRoster([HEADER, 'A,inspection,P1,,yes,,,,', 'A,inspection,P2,,yes,,,,', 'B,inspection,P3,,yes,,,,'].join('\n'), places);
    expect(plan).toEqual({ ok: false, errors: [{ line: 3, column: 'leader', message: 'team A already has a leader: P1 on line 2' }] });
  });

  it('refuses a vehicle given to two teams and a member listed twice', () => {
    const plan = planRoster([HEADER, 'A,inspection,P1,,,MK-1,car,4,', 'B,inspection,P2,,,mk 1,car,4,', 'A,inspection,P1,,,,,,'].join('\n'), places);
    expect(plan).toMatchObject({
      ok: false,
      errors: [
        { line: 3, column: 'vehicle_plate', message: expect.stringContaining('already given to team A on line 2') },
        { line: 4, column: 'member', message: expect.stringContaining('already listed for team A on line 2') },
      ],
    });
  });

  it('refuses a bad header, an empty file, a header alone, and broken quoting', () => {
    expect(planRoster('team,kind,name\n', places)).toMatchObject({
      ok: false,
      errors: [
        { line: 1, column: 'name', message: expect.stringContaining('unknown column') },
        { line: 1, column: 'member', message: 'the header has no "member" column' },
      ],
    });
    expect(planRoster('', places)).toMatchObject({ ok: false, errors: [{ line: 1, message: expect.stringContaining('empty') }] });
    expect(planRoster(HEADER + '\n', places)).toMatchObject({ ok: false, errors: [{ line: 2, message: 'the file has a header but no rows' }] });
    expect(planRoster(HEADER + '\n"INS,inspection,x\n', places)).toMatchObject({ ok: false, errors: [{ line: 2, column: null }] });
  });
});
