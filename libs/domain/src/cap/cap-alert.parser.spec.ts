import { describe, expect, it } from 'vitest';
import { ownFixture, sharedFixture } from '../../test-fixtures/fixture-paths.js';
import { CapInvalid } from './cap-alert.types.js';
import { parseCapAlert } from './cap-alert.parser.js';
import type { CapParseResult } from './cap-alert.types.js';

function alertOf(result: CapParseResult) {
  if (!result.ok) throw new Error(`expected a valid alert, got ${result.error.code}: ${result.error.message}`);
  return result.alert;
}

function problemsOf(result: CapParseResult) {
  if (result.ok) throw new Error('expected the alert to be refused');
  if (!(result.error instanceof CapInvalid)) throw new Error(`expected CAP problems, got ${result.error.code}`);
  return result.error.problems;
}

const yellowAlert = ownFixture('cap', 'gd_typhoon_yellow_alert.xml').toString('utf8');

/** The yellow alert with one piece of text replaced; fails loudly if the text is not there. */
function variant(search: string | RegExp, replacement: string): string {
  const found = typeof search === 'string' ? yellowAlert.includes(search) : search.test(yellowAlert);
  if (!found) throw new Error(`variant: ${String(search)} not found`);
  return yellowAlert.replace(search, replacement);
}

describe('parseCapAlert on valid messages', () => {
  it('reads the shared Zhuhai typhoon orange alert', () => {
    const alert = alertOf(parseCapAlert(sharedFixture('cap', 'zhuhai_typhoon_orange.xml')));
    expect(alert).toMatchObject({
      identifier: '44040041600000_20240905180000_1',
      sender: 'zhuhai.weather@example.cn',
      sent: '2024-09-05T18:00:00+08:00',
      status: 'Actual',
      msgType: 'Alert',
      scope: 'Public',
      live: true,
      signed: false,
      references: [],
    });
    expect(alert.infos).toHaveLength(1);
    const [info] = alert.infos;
    expect(info).toMatchObject({
      language: 'zh-CN',
      categories: ['Met'],
      event: '台风橙色预警',
      responseTypes: ['Shelter'],
      urgency: 'Expected',
      severity: 'Severe',
      certainty: 'Likely',
      eventCodes: [{ valueName: 'OET', value: 'OET-204' }],
      parameters: [{ valueName: 'GD-SIGNAL', value: 'TYPHOON-ORANGE' }],
      effective: '2024-09-05T18:00:00+08:00',
      expires: '2024-09-06T18:00:00+08:00',
    });
    expect(info!.areas[0]!.polygons[0]!.points).toHaveLength(5);
    expect(info!.areas[0]!.polygons[0]!.points[1]).toEqual({ lat: 22.16, lon: 113.58 });
  });

  it('reads several info blocks, each in its language', () => {
    const alert = alertOf(parseCapAlert(ownFixture('cap', 'gd_rainstorm_red_multi_info.xml')));
    expect(alert.infos.map((info) => info.language)).toEqual(['zh-CN', 'zh-TW', 'en-US', 'pt-PT']);
    expect(alert.infos.map((info) => info.event)).toEqual(['暴雨红色预警', '暴雨紅色預警', 'Rainstorm Red Warning', 'Sinal de aviso vermelho de chuva intensa']);
    expect(alert.codes).toEqual(['IPAWSv1.0']);
    expect(alert.incidents).toEqual(['rain-20250614', 'flood-20250614']);
  });

  it('reads circle and geocode areas and resources', () => {
    const [first, second] = alertOf(parseCapAlert(ownFixture('cap', 'gd_rainstorm_red_multi_info.xml'))).infos;
    expect(first!.areas[0]).toMatchObject({
      areaDesc: '珠海市香洲区',
      polygons: [],
      circles: [{ centre: { lat: 22.27, lon: 113.54 }, radiusKm: 12.5 }],
      geocodes: [{ valueName: 'GB/T 2260', value: '440402' }],
      altitude: null,
      ceiling: null,
    });
    expect(first!.resources).toEqual([
      { resourceDesc: '雷达图', mimeType: 'image/png', size: 20480, uri: 'https://example.cn/radar.png', derefUri: null, digest: null },
    ]);
    expect(second!.areas[0]!.circles).toEqual([]);
    expect(second!.responseTypes).toEqual([]);
  });

  it('reads prefixed elements and references of an Update', () => {
    const alert = alertOf(parseCapAlert(ownFixture('cap', 'gd_typhoon_orange_update.xml')));
    expect(alert.msgType).toBe('Update');
    expect(alert.references).toEqual([
      { sender: 'zhuhai.weather@example.cn', identifier: '44040041600000_20240905060000_1', sent: '2024-09-05T06:00:00+08:00' },
    ]);
  });

  it('reads a Cancel without info blocks', () => {
    const alert = alertOf(parseCapAlert(ownFixture('cap', 'gd_typhoon_cancel.xml')));
    expect(alert).toMatchObject({ msgType: 'Cancel', infos: [] });
    expect(alert.references).toHaveLength(1);
  });

  it('defaults the info language to en-US and accepts a trailing XML signature', () => {
    const alert = alertOf(parseCapAlert(ownFixture('cap', 'gd_typhoon_signed.xml')));
    expect(alert.signed).toBe(true);
    expect(alert.infos[0]!.language).toBe('en-US');
  });

  it.each(['Exercise', 'Test', 'System', 'Draft'])('flags %s messages as not live', (status) => {
    const alert = alertOf(parseCapAlert(variant('<status>Actual</status>', `<status>${status}</status>`)));
    expect(alert.status).toBe(status);
    expect(alert.live).toBe(false);
  });

  it('reads the exercise fixture as not live', () => {
    expect(alertOf(parseCapAlert(ownFixture('cap', 'gd_typhoon_yellow_exercise.xml'))).live).toBe(false);
  });

  it.each(['Alert', 'Update', 'Cancel', 'Ack', 'Error'])('accepts msgType %s', (msgType) => {
    expect(alertOf(parseCapAlert(variant('<msgType>Alert</msgType>', `<msgType>${msgType}</msgType>`))).msgType).toBe(msgType);
  });

  it('accepts negative offsets and surrounding whitespace in times', () => {
    const alert = alertOf(parseCapAlert(variant('<sent>2024-09-05T06:00:00+08:00</sent>', '<sent> 2024-09-04T17:00:00-05:00 </sent>')));
    expect(alert.sent).toBe('2024-09-04T17:00:00-05:00');
  });
});

describe('parseCapAlert on schema-invalid messages', () => {
  it('refuses a wrong or missing namespace', () => {
    expect(problemsOf(parseCapAlert(ownFixture('cap', 'invalid_namespace_cap11.xml')))[0]!.code).toBe('cap_namespace');
    expect(problemsOf(parseCapAlert(ownFixture('cap', 'invalid_no_namespace.xml')))[0]!.code).toBe('cap_namespace');
  });

  it('refuses a document that is not an alert', () => {
    expect(problemsOf(parseCapAlert('<feed xmlns="http://www.w3.org/2005/Atom"/>'))[0]!.code).toBe('cap_not_alert');
  });

  it('refuses a missing required alert element', () => {
    const problems = problemsOf(parseCapAlert(ownFixture('cap', 'invalid_missing_identifier.xml')));
    expect(problems).toEqual([expect.objectContaining({ code: 'cap_missing_element', path: 'alert', message: expect.stringContaining('identifier') })]);
  });

  it('lists every missing required info element', () => {
    const problems = problemsOf(parseCapAlert(ownFixture('cap', 'invalid_info_missing_category_urgency.xml')));
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['cap_missing_element', 'alert/info[1]'],
      ['cap_missing_element', 'alert/info[1]'],
    ]);
    expect(problems.map((problem) => problem.message).join(' ')).toMatch(/category.*urgency/);
  });

  it('refuses times with Z or fractions of a second', () => {
    const problems = problemsOf(parseCapAlert(ownFixture('cap', 'invalid_dates.xml')));
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['cap_bad_time', 'alert/sent'],
      ['cap_bad_time', 'alert/info[1]/expires'],
    ]);
  });

  it.each([
    ['2024-09-05T06:00:00', 'no offset'],
    ['2024-09-05 06:00:00+08:00', 'no T'],
    ['2024-02-30T06:00:00+08:00', 'no such day'],
    ['2024-09-05T24:00:00+08:00', 'hour 24'],
    ['2024-09-05T06:60:00+08:00', 'minute 60'],
    ['2024-09-05T06:00:00,08:00', 'comma for a sign'],
    ['2024-09-05T06:00:00+15:00', 'offset beyond 14h'],
  ])('refuses sent %s (%s)', (sent) => {
    const problems = problemsOf(parseCapAlert(variant('<sent>2024-09-05T06:00:00+08:00</sent>', `<sent>${sent}</sent>`)));
    expect(problems[0]).toMatchObject({ code: 'cap_bad_time', path: 'alert/sent' });
  });

  it.each([
    ['invalid_polygon_too_few.xml', /at least 4/],
    ['invalid_polygon_open.xml', /closed/],
    ['invalid_polygon_range.xml', /latitude 122.16/],
  ])('refuses %s', (name, reason) => {
    const problems = problemsOf(parseCapAlert(ownFixture('cap', name)));
    expect(problems).toEqual([expect.objectContaining({ code: 'cap_bad_polygon', path: 'alert/info[1]/area[1]/polygon[1]', message: expect.stringMatching(reason) })]);
  });

  it.each([
    ['22.1,113.5', /lat,lon radius/],
    ['22.1;113.5 10', /not a lat,lon pair/],
    ['22.1,113.5 -3', /radius/],
    ['22.1,190 3', /longitude 190/],
  ])('refuses circle %j', (circle, reason) => {
    const result = parseCapAlert(variant(/<polygon>[^<]*<\/polygon>/, `<circle>${circle}</circle>`));
    expect(problemsOf(result)[0]).toMatchObject({ code: 'cap_bad_circle', message: expect.stringMatching(reason) });
  });

  it.each([
    ['<status>Actual</status>', '<status>Live</status>', 'alert/status'],
    ['<msgType>Alert</msgType>', '<msgType>Notice</msgType>', 'alert/msgType'],
    ['<scope>Public</scope>', '<scope>public</scope>', 'alert/scope'],
    ['<category>Met</category>', '<category>Weather</category>', 'alert/info[1]/category[1]'],
    ['<urgency>Expected</urgency>', '<urgency>Soon</urgency>', 'alert/info[1]/urgency'],
    ['<severity>Moderate</severity>', '<severity>Orange</severity>', 'alert/info[1]/severity'],
    ['<certainty>Likely</certainty>', '<certainty>Sure</certainty>', 'alert/info[1]/certainty'],
    ['<responseType>Prepare</responseType>', '<responseType>Run</responseType>', 'alert/info[1]/responseType[1]'],
    ['<language>zh-CN</language>', '<language>zh_CN!</language>', 'alert/info[1]/language'],
  ])('refuses a value outside the enumeration: %s → %s', (search, replacement, path) => {
    expect(problemsOf(parseCapAlert(variant(search, replacement)))[0]).toMatchObject({ code: 'cap_bad_value', path });
  });

  it('refuses identifiers and senders with spaces or commas', () => {
    const problems = problemsOf(parseCapAlert(variant('<sender>zhuhai.weather@example.cn</sender>', '<sender>zhuhai weather,cn</sender>')));
    expect(problems[0]).toMatchObject({ code: 'cap_bad_value', path: 'alert/sender' });
  });

  it('refuses malformed references', () => {
    const withReference = (value: string) => variant('<scope>Public</scope>', `<scope>Public</scope>\n  <references>${value}</references>`);
    expect(problemsOf(parseCapAlert(withReference('sender-only')))[0]!.code).toBe('cap_bad_reference');
    expect(problemsOf(parseCapAlert(withReference('a@b,id-1,2024-09-05T06:00:00Z')))[0]!.code).toBe('cap_bad_reference');
  });

  it('refuses elements out of order, unknown, repeated or from another namespace', () => {
    const outOfOrder = variant(/<sender>([^<]*)<\/sender>\s*<sent>([^<]*)<\/sent>/, '<sent>$2</sent><sender>$1</sender>');
    expect(problemsOf(parseCapAlert(outOfOrder))[0]!.code).toBe('cap_element_order');
    expect(problemsOf(parseCapAlert(variant('<scope>Public</scope>', '<scope>Public</scope><priority>1</priority>')))[0]!.code).toBe(
      'cap_unexpected_element',
    );
    expect(problemsOf(parseCapAlert(variant('<scope>Public</scope>', '<scope>Public</scope><scope>Public</scope>')))[0]!.code).toBe(
      'cap_too_many',
    );
    const foreign = variant('<scope>Public</scope>', '<scope>Public</scope><x:extra xmlns:x="urn:example">1</x:extra>');
    expect(problemsOf(parseCapAlert(foreign))[0]!.code).toBe('cap_unexpected_element');
  });

  it('refuses loose text in complex elements and elements inside simple ones', () => {
    expect(problemsOf(parseCapAlert(variant('<scope>Public</scope>', '<scope>Public</scope> stray text')))[0]!.code).toBe('cap_mixed_content');
    expect(problemsOf(parseCapAlert(variant('<event>台风黄色预警</event>', '<event><b>台风</b></event>')))[0]!.code).toBe('cap_bad_value');
  });

  it('refuses a private alert without addresses and a ceiling without altitude', () => {
    expect(problemsOf(parseCapAlert(variant('<scope>Public</scope>', '<scope>Private</scope>')))[0]!.code).toBe('cap_missing_element');
    const ceiling = variant(/(<polygon>[^<]*<\/polygon>)/, '$1<ceiling>100</ceiling>');
    expect(problemsOf(parseCapAlert(ceiling))[0]).toMatchObject({ code: 'cap_missing_element', message: expect.stringContaining('altitude') });
  });

  it('refuses hostile XML before reading it as CAP', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE alert [<!ENTITY x SYSTEM "file:///etc/passwd">]>${yellowAlert.replace(/^<\?xml[^>]*>/, '')}`;
    const result = parseCapAlert(xxe);
    expect(!result.ok && result.error.code).toBe('xml_doctype');
    const truncated = parseCapAlert(yellowAlert.slice(0, yellowAlert.length / 2));
    expect(!result.ok && !truncated.ok && truncated.error.code).toBe('xml_ill_formed');
  });

  it('reports problems as one error with details for an API answer', () => {
    const result = parseCapAlert(ownFixture('cap', 'invalid_dates.xml'));
    if (result.ok) throw new Error('expected an error');
    expect(result.error.kind).toBe('unprocessable');
    expect(result.error.details).toHaveLength(2);
    expect(result.error.message).toMatch(/2 problems/);
  });
});
