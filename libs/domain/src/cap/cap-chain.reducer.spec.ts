import { describe, expect, it } from 'vitest';
import { ownFixture, sharedFixture } from '../../test-fixtures/fixture-paths.js';
import { parseCapAlert } from './cap-alert.parser.js';
import type { CapAlert } from './cap-alert.types.js';
import { EMPTY_CAP_CHAIN, applyCapAlert, currentCapSignals, type CapChainState } from './cap-chain.reducer.js';

function fixture(name: string): CapAlert {
  const result = parseCapAlert(ownFixture('cap', name));
  if (!result.ok) throw new Error(`fixture ${name} invalid: ${result.error.message}`);
  return result.alert;
}

const alertYellow = fixture('gd_typhoon_yellow_alert.xml');
const updateOrange = fixture('gd_typhoon_orange_update.xml');
const cancel = fixture('gd_typhoon_cancel.xml');

function levels(state: CapChainState) {
  return currentCapSignals(state).map(({ area, hazard, level }) => ({ area, hazard, level }));
}

function applyAll(...alerts: CapAlert[]) {
  let state = EMPTY_CAP_CHAIN;
  const outcomes = alerts.map((alert) => {
    const step = applyCapAlert(state, alert);
    state = step.state;
    return step.outcome;
  });
  return { state, outcomes };
}

describe('applyCapAlert', () => {
  it('follows Alert → Update → Cancel through references', () => {
    const afterAlert = applyCapAlert(EMPTY_CAP_CHAIN, alertYellow);
    expect(afterAlert.outcome).toEqual({
      kind: 'applied',
      unknownReferences: [],
      changes: [expect.objectContaining({ area: 'hengqin', hazard: 'typhoon', previousLevel: null, level: 'yellow', action: 'issue' })],
    });
    expect(levels(afterAlert.state)).toEqual([{ area: 'hengqin', hazard: 'typhoon', level: 'yellow' }]);

    const afterUpdate = applyCapAlert(afterAlert.state, updateOrange);
    expect(afterUpdate.outcome).toMatchObject({
      kind: 'applied',
      changes: [{ previousLevel: 'yellow', level: 'orange', action: 'update', alert: { identifier: updateOrange.identifier } }],
    });
    expect(levels(afterUpdate.state)).toEqual([{ area: 'hengqin', hazard: 'typhoon', level: 'orange' }]);
    expect(afterUpdate.state.active).toHaveLength(1);

    const afterCancel = applyCapAlert(afterUpdate.state, cancel);
    expect(afterCancel.outcome).toMatchObject({ kind: 'applied', changes: [{ previousLevel: 'orange', level: null, action: 'cancel' }] });
    expect(levels(afterCancel.state)).toEqual([]);
  });

  it('never lets Exercise or Test messages change live state', () => {
    const { state } = applyAll(alertYellow);
    for (const status of ['Exercise', 'Test', 'System', 'Draft'] as const) {
      for (const message of [fixture('gd_typhoon_yellow_exercise.xml'), { ...updateOrange, status, live: false }, { ...cancel, status, live: false }]) {
        const step = applyCapAlert(state, message);
        expect(step.outcome).toMatchObject({ kind: 'ignored', reason: 'not_live' });
        expect(step.state).toBe(state);
      }
    }
    expect(levels(state)).toEqual([{ area: 'hengqin', hazard: 'typhoon', level: 'yellow' }]);
  });

  it('ignores a message applied twice', () => {
    const { state, outcomes } = applyAll(alertYellow, alertYellow);
    expect(outcomes[1]).toMatchObject({ kind: 'ignored', reason: 'duplicate' });
    expect(state.active).toHaveLength(1);
  });

  it('does not revive an alert that arrives after its Update (out of order)', () => {
    const { state, outcomes } = applyAll(updateOrange, alertYellow);
    expect(outcomes[0]).toMatchObject({ kind: 'applied', unknownReferences: [{ identifier: alertYellow.identifier }] });
    expect(outcomes[1]).toMatchObject({ kind: 'ignored', reason: 'superseded' });
    expect(levels(state)).toEqual([{ area: 'hengqin', hazard: 'typhoon', level: 'orange' }]);
  });

  it('ignores a Cancel of nothing in effect but remembers it against a late arrival', () => {
    const { state, outcomes } = applyAll(cancel, updateOrange);
    expect(outcomes[0]).toMatchObject({ kind: 'ignored', reason: 'unknown_reference' });
    expect(outcomes[1]).toMatchObject({ kind: 'ignored', reason: 'superseded' });
    expect(levels(state)).toEqual([]);
  });

  it('ignores Ack and Error messages', () => {
    const { outcomes, state } = applyAll(alertYellow, { ...cancel, msgType: 'Ack' }, { ...cancel, msgType: 'Error' });
    expect(outcomes.slice(1)).toEqual([
      expect.objectContaining({ kind: 'ignored', reason: 'not_a_signal_message' }),
      expect.objectContaining({ kind: 'ignored', reason: 'not_a_signal_message' }),
    ]);
    expect(levels(state)).toHaveLength(1);
  });

  it('rejects an unmappable Alert and keeps the state', () => {
    const { state } = applyAll(alertYellow);
    const unknown: CapAlert = { ...alertYellow, identifier: 'x-2', infos: [{ ...alertYellow.infos[0]!, event: '地震速报', eventCodes: [], headline: null }] };
    const step = applyCapAlert(state, { ...unknown, infos: [unknown.infos[0]!] });
    expect(step.outcome).toMatchObject({ kind: 'rejected', error: { code: 'cap_unmapped' } });
    expect(step.state).toBe(state);
  });

  it('keeps separate tracks per area and hazard, the latest message winning on a track', () => {
    const shared = parseCapAlert(sharedFixture('cap', 'zhuhai_typhoon_orange.xml'));
    if (!shared.ok) throw new Error('shared fixture invalid');
    const rainstorm = fixture('gd_rainstorm_red_multi_info.xml');
    const { state } = applyAll(alertYellow, rainstorm, shared.alert);
    expect(levels(state).sort((a, b) => a.area.localeCompare(b.area))).toEqual([
      { area: 'hengqin', hazard: 'typhoon', level: 'orange' },
      { area: 'xiangzhou', hazard: 'rainstorm', level: 'red' },
    ]);
  });

  it('bounds the memory of replaced messages', () => {
    let state = EMPTY_CAP_CHAIN;
    for (let i = 0; i < 5; i += 1) {
      const reference = { sender: 's', identifier: `id-${i}`, sent: '2024-09-05T06:00:00+08:00' };
      state = applyCapAlert(state, { ...cancel, identifier: `c-${i}`, references: [reference] }, { maxSuperseded: 3 }).state;
    }
    expect(state.superseded).toEqual(['s id-2', 's id-3', 's id-4']);
  });
});
