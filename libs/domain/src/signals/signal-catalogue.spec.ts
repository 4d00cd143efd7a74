import { LANGUAGES } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import type { SignalCatalogue } from './catalogue/catalogue.types.js';
import { SIGNAL_CATALOGUE } from './catalogue/signal-catalogue.data.js';
import { describeLevel, findArea, findHazard, levelRank } from './signal-catalogue.lookup.js';
import { validateSignalCatalogue } from './signal-catalogue.validation.js';

const hazardIds = (authority: string) => SIGNAL_CATALOGUE.authorities.find((a) => a.id === authority)!.hazards.map((h) => h.id);
const levelCodes = (authority: string, hazard: string) => findHazard(authority, hazard)!.levels.map((level) => level.code);

describe('the signal catalogue', () => {
  it('is consistent', () => {
    expect(validateSignalCatalogue()).toEqual([]);
  });

  it('lists the Macau and Guangdong/Zhuhai hazards', () => {
    expect(hazardIds('smg')).toEqual(['tropical-cyclone', 'rainstorm', 'storm-surge', 'thunderstorm', 'strong-monsoon', 'tsunami']);
    expect(hazardIds('gd-zhuhai')).toEqual([
      'typhoon',
      'rainstorm',
      'thunderstorm-gale',
      'high-temperature',
      'cold',
      'fog',
      'haze',
      'hail',
      'road-icing',
      'forest-fire',
      'strong-monsoon',
    ]);
  });

  it('orders the Macau levels, the four signal 8s sharing a rank', () => {
    expect(levelCodes('smg', 'tropical-cyclone')).toEqual(['1', '3', '8NE', '8SE', '8SW', '8NW', '9', '10']);
    expect(['1', '3', '8NE', '8SE', '8SW', '8NW', '9', '10'].map((code) => levelRank('smg', 'tropical-cyclone', code))).toEqual([
      1, 2, 3, 3, 3, 3, 4, 5,
    ]);
    expect(levelCodes('smg', 'rainstorm')).toEqual(['yellow', 'red', 'black']);
    expect(levelCodes('smg', 'storm-surge')).toEqual(['blue', 'yellow', 'orange', 'red', 'black']);
    expect(levelCodes('smg', 'tsunami')).toEqual(['orange', 'red', 'black']);
  });

  it('gives white to the Guangdong typhoon only', () => {
    expect(levelCodes('gd-zhuhai', 'typhoon')).toEqual(['white', 'blue', 'yellow', 'orange', 'red']);
    const withWhite = hazardIds('gd-zhuhai').filter((hazard) => levelCodes('gd-zhuhai', hazard).includes('white'));
    expect(withWhite).toEqual(['typhoon']);
    expect(levelCodes('gd-zhuhai', 'rainstorm')).toEqual(['yellow', 'orange', 'red']);
  });

  it('uses the Macau Portuguese terms', () => {
    expect(describeLevel('smg', 'tropical-cyclone', '8SE')!.name.pt).toBe('Sinal n.º 8 de tempestade tropical (Sudeste)');
    expect(describeLevel('smg', 'rainstorm', 'yellow')!.name.pt).toBe('Aviso de tempestade (chuva intensa) amarelo');
  });

  it('describes a level with colour, icon and every language', () => {
    const view = describeLevel('gd-zhuhai', 'typhoon', 'orange')!;
    expect(view).toMatchObject({ code: 'orange', rank: 4, icon: 'gd-typhoon-orange', colour: { hex: '#F57C00' } });
    for (const language of LANGUAGES) {
      expect(view.name[language]).not.toBe('');
      expect(view.meaning[language]).not.toBe('');
      expect(view.colour.name[language]).not.toBe('');
    }
    expect(describeLevel('gd-zhuhai', 'typhoon', 'black')).toBeUndefined();
  });

  it('knows the areas of each authority', () => {
    expect(findArea('smg', 'macau')!.name.en).toBe('Macao');
    expect(findArea('gd-zhuhai', 'hengqin')!.name['zh-Hans']).toBe('横琴粤澳深度合作区');
    expect(levelRank('smg', 'rainstorm', null)).toBe(0);
    expect(levelRank('smg', 'rainstorm', 'white')).toBeUndefined();
  });

  it('reports mistakes an operator could make when correcting it', () => {
    const smg = SIGNAL_CATALOGUE.authorities[0]!;
    const rainstorm = smg.hazards[1]!;
    const broken: SignalCatalogue = {
      ...SIGNAL_CATALOGUE,
      authorities: [
        {
          ...smg,
          defaultArea: 'taipa',
          hazards: [
            {
              ...rainstorm,
              oetCode: 'OET159',
              plausibility: { ...rainstorm.plausibility, maxLevelFromNone: 'purple' },
              levels: [
                rainstorm.levels[1]!,
                { ...rainstorm.levels[0]!, colour: 'mauve', name: { ...rainstorm.levels[0]!.name, pt: ' ' } },
                rainstorm.levels[1]!,
              ],
            },
          ],
        },
      ],
      suppressionRules: [{ authority: 'smg', hazard: 'tropical-cyclone', atOrAbove: '8NE', suppresses: ['rainstorm'] }],
    };
    const problems = validateSignalCatalogue(broken).join('\n');
    expect(problems).toMatch(/default area taipa/);
    expect(problems).toMatch(/not an OET code/);
    expect(problems).toMatch(/unknown level purple/);
    expect(problems).toMatch(/lowest first/);
    expect(problems).toMatch(/unknown colour mauve/);
    expect(problems).toMatch(/text in pt is missing/);
    expect(problems).toMatch(/level "RED" appears twice/);
    expect(problems).toMatch(/suppression rule: unknown hazard smg\/tropical-cyclone/);
  });
});
