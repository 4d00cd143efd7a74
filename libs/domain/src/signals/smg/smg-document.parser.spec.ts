import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_FIXTURES, ownFixture, sharedFixture } from '../../../test-fixtures/fixture-paths.js';
import { SIGNAL_CATALOGUE } from '../catalogue/signal-catalogue.data.js';
import { parseSmgDocument, type SmgParseOptions } from './smg-document.parser.js';
import { SMG_WARNING_FILES, smgFileName } from './smg-feed.data.js';
import type { SmgParseResult } from './smg-reading.types.js';

function readings(result: SmgParseResult) {
  if (!result.ok) throw new Error(`expected a parsed document, got ${result.error.code}: ${result.error.message}`);
  return result.document.readings;
}

function only(result: SmgParseResult) {
  const list = readings(result);
  expect(list).toHaveLength(1);
  return list[0]!;
}

function errorCode(result: SmgParseResult): string {
  if (result.ok) throw new Error('expected the document to be refused');
  return result.error.code;
}

/** A minimal SMG-shaped document for one warning element. */
function smgDocument(element: string, fields: Record<string, string>, pubDate = '2024-09-05 22:00'): string {
  const body = Object.entries(fields)
    .map(([name, value]) => `<${name}>${value}</${name}>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Warning><System><SysPubdate>${pubDate}</SysPubdate></System><Custom><${element}>${body}</${element}></Custom></Warning>`;
}

function parseTyphoonCode(code: string, options: SmgParseOptions = {}) {
  return parseSmgDocument(smgDocument('TropicalCyclone', { Warncode: code, Action: 'ISSUE', Inforce: '1' }), options);
}

describe('parseSmgDocument on the shared fixtures', () => {
  const expectations: Record<string, { hazard: string; level: string | null; action: string | null; pubDate: string }> = {
    'c_typhoon_8SE.xml': { hazard: 'tropical-cyclone', level: '8SE', action: 'issue', pubDate: '2024-09-05T14:00:00.000Z' },
    'c_typhoon_none.xml': { hazard: 'tropical-cyclone', level: null, action: null, pubDate: '2024-09-04T01:00:00.000Z' },
    'c_rainstorm_black.xml': { hazard: 'rainstorm', level: 'black', action: 'issue', pubDate: '2025-08-13T22:30:00.000Z' },
    'c_stormsurge_orange.xml': { hazard: 'storm-surge', level: 'orange', action: 'issue', pubDate: '2024-09-05T19:00:00.000Z' },
    'c_thunderstorm_cancel.xml': { hazard: 'thunderstorm', level: null, action: 'cancel', pubDate: '2025-06-02T07:10:00.000Z' },
  };
  const files = readdirSync(path.join(SHARED_FIXTURES, 'smg')).filter((name) => name.endsWith('.xml'));

  it('finds the shared SMG fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('reads %s as one Macau reading with its publication time', (name) => {
    const reading = only(parseSmgDocument(sharedFixture('smg', name)));
    expect(reading.authority).toBe('smg');
    expect(reading.area).toBe('macau');
    expect(reading.pubDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);
    const expected = expectations[name];
    if (expected) expect(reading).toMatchObject(expected);
  });

  it('keeps the issue time, description, icon and raw fields of the 8SE file', () => {
    const reading = only(parseSmgDocument(sharedFixture('smg', 'c_typhoon_8SE.xml'), { file: 'typhoon' }));
    expect(reading.issuedAt).toBe('2024-09-05T14:00:00.000Z');
    expect(reading.description).toBe('八號東南風暴信號現正生效。');
    expect(reading.raw).toMatchObject({
      element: 'TropicalCyclone',
      warncode: '8SE',
      action: 'ISSUE',
      inforce: '1',
      status: '1',
      iconUrl: 'https://www.smg.gov.mo/images/signals/tc8se.png',
    });
  });

  it('reads the Chinese language of c_ files', () => {
    const result = parseSmgDocument(sharedFixture('smg', 'c_rainstorm_black.xml'), { file: 'rainstorm' });
    expect(result.ok && result.document.language).toBe('zh-Hant');
  });
});

describe('parseSmgDocument on variants', () => {
  it('reads an English file with another root name and the TC8NE spelling', () => {
    const result = parseSmgDocument(ownFixture('smg', 'e_typhoon_tc8ne.xml'), { file: 'typhoon' });
    expect(result.ok && result.document.language).toBe('en');
    expect(only(result)).toMatchObject({ hazard: 'tropical-cyclone', level: '8NE', action: 'update' });
  });

  it('reads a Portuguese rainstorm file', () => {
    const result = parseSmgDocument(ownFixture('smg', 'p_rainstorm_yellow.xml'), { file: 'rainstorm' });
    expect(result.ok && result.document.language).toBe('pt');
    expect(only(result)).toMatchObject({ hazard: 'rainstorm', level: 'yellow', issuedAt: '2025-05-20T06:00:00.000Z' });
  });

  it('reads a file with a BOM, CDATA, padded lower-case values and lower-case element names', () => {
    const reading = only(parseSmgDocument(ownFixture('smg', 'c_typhoon_bom_cdata.xml'), { file: 'typhoon' }));
    expect(reading).toMatchObject({ level: '8SE', action: 'issue', pubDate: '2024-09-05T15:30:00.000Z' });
    expect(reading.description).toBe('<b>八號東南風球</b> & 烈風');
  });

  it('treats Inforce "0" as not in force even with a signal code present', () => {
    const reading = only(parseSmgDocument(ownFixture('smg', 'c_typhoon_inforce0_with_code.xml'), { file: 'typhoon' }));
    expect(reading.level).toBeNull();
    expect(reading.raw.warncode).toBe('8SE');
    expect(reading.raw.inforce).toBe('0');
  });

  it('treats CANCEL as not in force even when the cancelled code is given', () => {
    const reading = only(
      parseSmgDocument(smgDocument('Rainstorm', { Warncode: 'RED', Action: 'CANCEL', Inforce: '1' }), { file: 'rainstorm' }),
    );
    expect(reading).toMatchObject({ level: null, action: 'cancel' });
  });

  it('reads the strong monsoon and tsunami files', () => {
    expect(only(parseSmgDocument(ownFixture('smg', 'c_monsoon_in_force.xml'), { file: 'monsoon' }))).toMatchObject({
      hazard: 'strong-monsoon',
      level: 'in-force',
    });
    expect(only(parseSmgDocument(ownFixture('smg', 'c_tsunami_red.xml'), { file: 'tsunami' }))).toMatchObject({
      hazard: 'tsunami',
      level: 'red',
    });
  });

  it('accepts an unfamiliar warning element name when the file says which hazard it is', () => {
    const document = smgDocument('TyphoonWarningSignalNode', { Warncode: '3', Action: 'ISSUE', Inforce: '1' });
    expect(only(parseSmgDocument(document, { file: 'typhoon' }))).toMatchObject({ hazard: 'tropical-cyclone', level: '3' });
    expect(errorCode(parseSmgDocument(document))).toBe('smg_unknown_element');
  });

  it('maps REISSUE and UPDATE to update', () => {
    for (const action of ['REISSUE', 'UPDATE', 'reissue']) {
      const document = smgDocument('TropicalCyclone', { Warncode: '3', Action: action, Inforce: '1' });
      expect(only(parseSmgDocument(document)).action).toBe('update');
    }
  });

  it('lets the highest level count when a hazard that allows several lists two', () => {
    const document =
      '<W><System><SysPubdate>2024-09-06 03:00</SysPubdate></System><Custom>' +
      '<StormSurge><Warncode>YELLOW</Warncode><Inforce>1</Inforce></StormSurge>' +
      '<StormSurge><Warncode>ORANGE</Warncode><Inforce>1</Inforce></StormSurge></Custom></W>';
    expect(only(parseSmgDocument(document)).level).toBe('orange');
  });
});

describe('parseSmgDocument on every hazard and level of the catalogue', () => {
  const smg = SIGNAL_CATALOGUE.authorities.find((authority) => authority.id === 'smg')!;
  const cases = SMG_WARNING_FILES.flatMap((file) => {
    const hazard = smg.hazards.find((candidate) => candidate.id === file.hazard)!;
    return hazard.levels.map((level) => ({ file, element: file.elementNames[0]!, code: level.code }));
  });

  it('covers all six SMG hazards', () => {
    expect(new Set(cases.map((c) => c.file.hazard))).toEqual(new Set(smg.hazards.map((hazard) => hazard.id)));
  });

  it.each(cases)('$file.kind $code', ({ file, element, code }) => {
    const issued = parseSmgDocument(smgDocument(element, { Warncode: code.toUpperCase(), Action: 'ISSUE', Inforce: '1' }), {
      file: file.kind,
    });
    expect(only(issued)).toMatchObject({ hazard: file.hazard, level: code, action: 'issue' });

    const cancelled = parseSmgDocument(smgDocument(element, { Warncode: code.toUpperCase(), Action: 'CANCEL', Inforce: '0' }), {
      file: file.kind,
    });
    expect(only(cancelled)).toMatchObject({ hazard: file.hazard, level: null, action: 'cancel' });

    const nothing = parseSmgDocument(smgDocument(element, { Warncode: 'NIL', Action: 'NIL', Inforce: '0' }), { file: file.kind });
    expect(only(nothing)).toMatchObject({ hazard: file.hazard, level: null, action: null });
  });
});

describe('parseSmgDocument code spellings', () => {
  it.each([
    ['8SE', '8SE'],
    ['TC8SE', '8SE'],
    [' 8se ', '8SE'],
    ['tc8se', '8SE'],
    ['8-SE', '8SE'],
    ['No. 8 SE', '8SE'],
    ['８ＳＥ', '8SE'],
    ['TC8NE', '8NE'],
    ['8SW', '8SW'],
    ['8nw', '8NW'],
    ['01', '1'],
    ['TC3', '3'],
    ['9', '9'],
    ['TC10', '10'],
  ])('typhoon %j is %s', (spelling, level) => {
    expect(only(parseTyphoonCode(spelling)).level).toBe(level);
  });

  it.each([
    ['BLACK', 'black'],
    ['Black', 'black'],
    ['black ', 'black'],
    ['B', 'black'],
    ['WRAINB', 'black'],
    ['黑色', 'black'],
    ['RED', 'red'],
    ['r', 'red'],
    ['Amarelo', 'yellow'],
    ['黃色', 'yellow'],
  ])('rainstorm %j is %s', (spelling, level) => {
    const document = smgDocument('Rainstorm', { Warncode: spelling, Action: 'ISSUE', Inforce: '1' });
    expect(only(parseSmgDocument(document, { file: 'rainstorm' })).level).toBe(level);
  });

  it.each(['NIL', 'nil', ' NONE ', '', 'N/A'])('%j means no signal when not in force', (spelling) => {
    const document = smgDocument('TropicalCyclone', { Warncode: spelling, Action: 'NIL', Inforce: '0' });
    expect(only(parseSmgDocument(document)).level).toBeNull();
  });

  it('refuses a code that fits two levels rather than guessing', () => {
    const result = parseSmgDocument(ownFixture('smg', 'c_stormsurge_ambiguous_b.xml'), { file: 'stormsurge' });
    expect(errorCode(result)).toBe('smg_ambiguous_code');
    expect(!result.ok && result.error.message).toMatch(/blue or black/);
  });

  it('refuses codes that are not a level, such as 8 without a direction', () => {
    expect(errorCode(parseTyphoonCode('8'))).toBe('smg_unknown_code');
    expect(errorCode(parseTyphoonCode('11'))).toBe('smg_unknown_code');
    expect(errorCode(parseTyphoonCode('PURPLE'))).toBe('smg_unknown_code');
  });
});

describe('parseSmgDocument failures are errors, never "no signal"', () => {
  it.each([
    ['c_typhoon_truncated.xml', 'xml_ill_formed'],
    ['maintenance.html', 'xml_html'],
    ['c_typhoon_xxe.xml', 'xml_doctype'],
    ['c_typhoon_undeclared_entity.xml', 'xml_entity'],
    ['c_typhoon_conflicting.xml', 'smg_conflicting'],
    ['c_typhoon_in_force_without_code.xml', 'smg_inconsistent'],
    ['c_typhoon_no_warning_element.xml', 'smg_no_warning'],
    ['c_rainstorm_bad_pubdate.xml', 'smg_bad_time'],
  ])('%s → %s', (name, code) => {
    expect(errorCode(parseSmgDocument(ownFixture('smg', name)))).toBe(code);
  });

  it('refuses a file holding another hazard than the one fetched', () => {
    expect(errorCode(parseSmgDocument(sharedFixture('smg', 'c_rainstorm_black.xml'), { file: 'typhoon' }))).toBe('smg_wrong_hazard');
  });

  it('refuses unreadable Inforce, Action and IssuedAt values', () => {
    expect(errorCode(parseSmgDocument(smgDocument('TropicalCyclone', { Warncode: '3', Inforce: 'maybe' })))).toBe('smg_bad_inforce');
    expect(errorCode(parseSmgDocument(smgDocument('TropicalCyclone', { Warncode: '3', Action: 'HOIST' })))).toBe('smg_unknown_action');
    expect(
      errorCode(parseSmgDocument(smgDocument('TropicalCyclone', { Warncode: '3', Inforce: '1', IssuedAt: 'yesterday' }))),
    ).toBe('smg_bad_time');
  });

  it('refuses an issue without a code', () => {
    expect(errorCode(parseSmgDocument(smgDocument('TropicalCyclone', { Warncode: 'NIL', Action: 'ISSUE' })))).toBe('smg_inconsistent');
  });

  it('applies the XML size limit', () => {
    expect(errorCode(parseSmgDocument(sharedFixture('smg', 'c_typhoon_8SE.xml'), { limits: { maxBytes: 100 } }))).toBe('xml_too_large');
  });

  it('has no publication time when the envelope lacks one', () => {
    const result = parseSmgDocument('<W><Custom><TropicalCyclone><Warncode>3</Warncode><Inforce>1</Inforce></TropicalCyclone></Custom></W>');
    expect(only(result)).toMatchObject({ level: '3', pubDate: null });
  });
});

describe('smgFileName', () => {
  it('names the six files in each language', () => {
    expect(smgFileName('typhoon', 'c')).toBe('c_typhoon.xml');
    expect(smgFileName('stormsurge', 'e')).toBe('e_stormsurge.xml');
    expect(smgFileName('monsoon', 'p')).toBe('p_monsoon.xml');
  });
});
