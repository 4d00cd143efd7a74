import { describe, expect, it } from 'vitest';
import { ownFixture, sharedFixture } from '../../test-fixtures/fixture-paths.js';
import { SIGNAL_CATALOGUE } from '../signals/catalogue/signal-catalogue.data.js';
import { parseCapAlert } from './cap-alert.parser.js';
import type { CapAlert, CapInfo } from './cap-alert.types.js';
import { mapCapAlertToSignals } from './cap-signal.mapper.js';
import type { CapMappingResult } from './cap-signal.types.js';

function parsed(input: string | Buffer): CapAlert {
  const result = parseCapAlert(input);
  if (!result.ok) throw new Error(`fixture invalid: ${result.error.message}`);
  return result.alert;
}

function readingsOf(result: CapMappingResult) {
  if (!result.ok) throw new Error(`expected a mapping, got ${result.error.code}: ${result.error.message}`);
  return result.readings;
}

function errorOf(result: CapMappingResult) {
  if (result.ok) throw new Error('expected the alert to be unmapped');
  return result.error;
}

const base = parsed(ownFixture('cap', 'gd_typhoon_yellow_alert.xml'));

/** The base alert with a single info block changed as given. */
function withInfo(change: Partial<CapInfo>, alert: Partial<CapAlert> = {}): CapAlert {
  return { ...base, ...alert, infos: [{ ...base.infos[0]!, eventCodes: [], parameters: [], headline: null, ...change }] };
}

describe('mapCapAlertToSignals', () => {
  it('maps the shared Zhuhai typhoon orange alert to Hengqin typhoon orange', () => {
    expect(readingsOf(mapCapAlertToSignals(parsed(sharedFixture('cap', 'zhuhai_typhoon_orange.xml'))))).toEqual([
      {
        authority: 'gd-zhuhai',
        area: 'hengqin',
        hazard: 'typhoon',
        level: 'orange',
        action: 'issue',
        issuedAt: '2024-09-05T10:00:00.000Z',
        expiresAt: '2024-09-06T10:00:00.000Z',
        alert: { sender: 'zhuhai.weather@example.cn', identifier: '44040041600000_20240905180000_1', sent: '2024-09-05T18:00:00+08:00' },
      },
    ]);
  });

  it('maps an alert whose Chinese and English info blocks agree', () => {
    expect(readingsOf(mapCapAlertToSignals(base))).toEqual([expect.objectContaining({ area: 'hengqin', hazard: 'typhoon', level: 'yellow' })]);
  });

  it('maps several info blocks with geocode and circle areas, skipping a block that names no signal', () => {
    const readings = readingsOf(mapCapAlertToSignals(parsed(ownFixture('cap', 'gd_rainstorm_red_multi_info.xml'))));
    expect(readings).toEqual([expect.objectContaining({ area: 'xiangzhou', hazard: 'rainstorm', level: 'red', action: 'issue' })]);
  });

  it('maps an Update and takes the parameter colour over a headline naming two', () => {
    const readings = readingsOf(mapCapAlertToSignals(parsed(ownFixture('cap', 'gd_typhoon_orange_update.xml'))));
    expect(readings).toEqual([expect.objectContaining({ hazard: 'typhoon', level: 'orange', action: 'update' })]);
  });

  it('finds the area by geocode when the text names none', () => {
    const readings = readingsOf(mapCapAlertToSignals(parsed(ownFixture('cap', 'gd_typhoon_signed.xml'))));
    expect(readings).toEqual([expect.objectContaining({ area: 'jinwan', hazard: 'typhoon', level: 'blue' })]);
  });

  it.each(
    SIGNAL_CATALOGUE.authorities
      .find((authority) => authority.id === 'gd-zhuhai')!
      .hazards.flatMap((hazard) => hazard.levels.map((level) => ({ hazard, level }))),
  )('maps $hazard.id $level.code from Chinese and English event text', ({ hazard, level }) => {
    const colour = SIGNAL_CATALOGUE.colours[level.colour]!;
    const single = hazard.levels.length === 1;
    const zh = `${hazard.keywords!.zh[0]}${single ? '' : colour.name['zh-Hans']}预警`;
    const en = `${hazard.keywords!.en[0]} ${single ? '' : colour.name.en} warning`;
    for (const event of [zh, en]) {
      expect(readingsOf(mapCapAlertToSignals(withInfo({ event, areas: [] })))).toEqual([
        expect.objectContaining({ area: 'zhuhai', hazard: hazard.id, level: level.code }),
      ]);
    }
  });

  it('reads Traditional Chinese event text', () => {
    expect(readingsOf(mapCapAlertToSignals(withInfo({ event: '颱風紅色預警信號' })))[0]).toMatchObject({ hazard: 'typhoon', level: 'red' });
  });

  it('falls back to the severity colour when no text names one', () => {
    const readings = readingsOf(mapCapAlertToSignals(withInfo({ event: '暴雨预警', severity: 'Extreme' })));
    expect(readings[0]).toMatchObject({ hazard: 'rainstorm', level: 'red' });
  });

  it('takes the hazard from the OET event code when the text is in another language', () => {
    const event = 'Sinal de aviso laranja';
    const readings = readingsOf(mapCapAlertToSignals(withInfo({ event, eventCodes: [{ valueName: 'OET', value: 'OET-204' }] })));
    expect(readings[0]).toMatchObject({ hazard: 'typhoon', level: 'orange' });
  });

  it('reads a lifted signal as a cancel', () => {
    const readings = readingsOf(mapCapAlertToSignals(withInfo({ event: '台风黄色预警解除' })));
    expect(readings[0]).toMatchObject({ hazard: 'typhoon', level: null, action: 'cancel' });
  });

  it('refuses an event that names no known signal', () => {
    expect(errorOf(mapCapAlertToSignals(withInfo({ event: '地震速报' }))).code).toBe('cap_unmapped');
  });

  it('refuses a colour the hazard does not have', () => {
    expect(errorOf(mapCapAlertToSignals(withInfo({ event: '暴雨白色预警' }))).message).toMatch(/no white level/);
  });

  it('refuses text naming two hazards or two colours', () => {
    expect(errorOf(mapCapAlertToSignals(withInfo({ event: '台风暴雨预警' }))).code).toBe('cap_ambiguous');
    expect(errorOf(mapCapAlertToSignals(withInfo({ event: '台风预警由黄色升级为橙色' }))).code).toBe('cap_ambiguous');
  });

  it('refuses sources that contradict each other', () => {
    const parameters = [{ valueName: 'GD-SIGNAL', value: 'RAINSTORM-RED' }];
    expect(errorOf(mapCapAlertToSignals(withInfo({ event: '台风红色预警', parameters }))).code).toBe('cap_conflicting');
    const orangeParameter = [{ valueName: 'GD-SIGNAL', value: 'TYPHOON-ORANGE' }];
    expect(errorOf(mapCapAlertToSignals(withInfo({ event: '台风红色预警', parameters: orangeParameter }))).code).toBe('cap_conflicting');
  });

  it('refuses info blocks that disagree with each other', () => {
    const alert: CapAlert = { ...base, infos: [base.infos[0]!, { ...base.infos[1]!, event: 'Typhoon Red Warning' }] };
    expect(errorOf(mapCapAlertToSignals(alert)).code).toBe('cap_conflicting');
  });

  it('refuses an area outside the authority', () => {
    const area = { areaDesc: '中山市', polygons: [], circles: [], geocodes: [{ valueName: 'GB/T 2260', value: '442000' }], altitude: null, ceiling: null };
    const alert = withInfo({ areas: [area] }, { identifier: 'zs-1' });
    expect(errorOf(mapCapAlertToSignals(alert)).code).toBe('cap_unmapped_area');
  });

  it('refuses Ack and Error messages and messages without info', () => {
    expect(errorOf(mapCapAlertToSignals({ ...base, msgType: 'Ack' })).code).toBe('cap_unmapped');
    expect(errorOf(mapCapAlertToSignals({ ...base, infos: [] })).code).toBe('cap_unmapped');
  });
});
