import type { SignalHazardDefinition } from './catalogue.types.js';

/*
 * Macau SMG (Direcção dos Serviços Meteorológicos e Geofísicos / 地球物理氣象局) signals.
 * Sources: Executive Order 61/2018 (tropical cyclone signals, strong monsoon signal), rainstorm warning system in
 * force since 2020-09-01, Executive Order 76/2018 (storm surge), Chief Executive's Dispatch 224/2022 (tsunami,
 * since 2023-01-01). Items marked "verify" should be checked against the current official texts.
 */

const tropicalCyclone: SignalHazardDefinition = {
  id: 'tropical-cyclone',
  name: { 'zh-Hans': '热带气旋信号', 'zh-Hant': '熱帶氣旋信號', pt: 'Sinal de tempestade tropical', en: 'Tropical cyclone signal' },
  oetCode: 'OET-204',
  codePrefixes: ['TC', 'SIGNAL', 'NO', 'T'],
  plausibility: { maxLevelFromNone: '8NE', maxRankStepUp: 2, cancelRequiredFrom: '8NE' },
  levels: [
    {
      code: '1',
      rank: 1,
      colour: 'violet-1',
      icon: 'smg-tc-1',
      aliases: ['01'],
      name: { 'zh-Hans': '一号风球', 'zh-Hant': '一號風球', pt: 'Sinal n.º 1 de tempestade tropical', en: 'Tropical Cyclone Signal No. 1' },
      meaning: {
        'zh-Hans': '热带气旋中心位于澳门800公里范围内，可能影响本澳。',
        'zh-Hant': '熱帶氣旋中心位於澳門800公里範圍內，可能影響本澳。',
        pt: 'Tempestade tropical a menos de 800 km de Macau, que poderá vir a afectar Macau.',
        en: 'A tropical cyclone is within 800 km of Macau and may affect it.',
      },
    },
    {
      code: '3',
      rank: 2,
      colour: 'violet-2',
      icon: 'smg-tc-3',
      aliases: ['03'],
      name: { 'zh-Hans': '三号风球', 'zh-Hant': '三號風球', pt: 'Sinal n.º 3 de tempestade tropical', en: 'Tropical Cyclone Signal No. 3' },
      meaning: {
        'zh-Hans': '本澳吹或预料吹强风，持续风速每小时41至62公里，阵风可能超过每小时110公里。',
        'zh-Hant': '本澳吹或預料吹強風，持續風速每小時41至62公里，陣風可能超過每小時110公里。',
        pt: 'Vento sustentado de 41 a 62 km/h a soprar ou previsto em Macau; as rajadas podem exceder 110 km/h.',
        en: 'Strong wind blowing or expected in Macau: sustained 41–62 km/h, gusts may exceed 110 km/h.',
      },
    },
    {
      code: '8NE',
      rank: 3,
      colour: 'violet-3',
      icon: 'smg-tc-8ne',
      name: {
        'zh-Hans': '八号东北风球',
        'zh-Hant': '八號東北風球',
        pt: 'Sinal n.º 8 de tempestade tropical (Nordeste)',
        en: 'Tropical Cyclone Signal No. 8 Northeast',
      },
      meaning: {
        'zh-Hans': '本澳吹或预料吹东北方向烈风或暴风，持续风速每小时63至117公里，阵风可能超过每小时180公里。',
        'zh-Hant': '本澳吹或預料吹東北方向烈風或暴風，持續風速每小時63至117公里，陣風可能超過每小時180公里。',
        pt: 'Temporal ou tempestade de nordeste a soprar ou previsto: vento sustentado de 63 a 117 km/h, rajadas acima de 180 km/h.',
        en: 'Gale or storm from the northeast blowing or expected: sustained 63–117 km/h, gusts may exceed 180 km/h.',
      },
    },
    {
      code: '8SE',
      rank: 3,
      colour: 'violet-3',
      icon: 'smg-tc-8se',
      name: {
        'zh-Hans': '八号东南风球',
        'zh-Hant': '八號東南風球',
        pt: 'Sinal n.º 8 de tempestade tropical (Sudeste)',
        en: 'Tropical Cyclone Signal No. 8 Southeast',
      },
      meaning: {
        'zh-Hans': '本澳吹或预料吹东南方向烈风或暴风，持续风速每小时63至117公里，阵风可能超过每小时180公里。',
        'zh-Hant': '本澳吹或預料吹東南方向烈風或暴風，持續風速每小時63至117公里，陣風可能超過每小時180公里。',
        pt: 'Temporal ou tempestade de sudeste a soprar ou previsto: vento sustentado de 63 a 117 km/h, rajadas acima de 180 km/h.',
        en: 'Gale or storm from the southeast blowing or expected: sustained 63–117 km/h, gusts may exceed 180 km/h.',
      },
    },
    {
      code: '8SW',
      rank: 3,
      colour: 'violet-3',
      icon: 'smg-tc-8sw',
      name: {
        'zh-Hans': '八号西南风球',
        'zh-Hant': '八號西南風球',
        pt: 'Sinal n.º 8 de tempestade tropical (Sudoeste)',
        en: 'Tropical Cyclone Signal No. 8 Southwest',
      },
      meaning: {
        'zh-Hans': '本澳吹或预料吹西南方向烈风或暴风，持续风速每小时63至117公里，阵风可能超过每小时180公里。',
        'zh-Hant': '本澳吹或預料吹西南方向烈風或暴風，持續風速每小時63至117公里，陣風可能超過每小時180公里。',
        pt: 'Temporal ou tempestade de sudoeste a soprar ou previsto: vento sustentado de 63 a 117 km/h, rajadas acima de 180 km/h.',
        en: 'Gale or storm from the southwest blowing or expected: sustained 63–117 km/h, gusts may exceed 180 km/h.',
      },
    },
    {
      code: '8NW',
      rank: 3,
      colour: 'violet-3',
      icon: 'smg-tc-8nw',
      name: {
        'zh-Hans': '八号西北风球',
        'zh-Hant': '八號西北風球',
        pt: 'Sinal n.º 8 de tempestade tropical (Noroeste)',
        en: 'Tropical Cyclone Signal No. 8 Northwest',
      },
      meaning: {
        'zh-Hans': '本澳吹或预料吹西北方向烈风或暴风，持续风速每小时63至117公里，阵风可能超过每小时180公里。',
        'zh-Hant': '本澳吹或預料吹西北方向烈風或暴風，持續風速每小時63至117公里，陣風可能超過每小時180公里。',
        pt: 'Temporal ou tempestade de noroeste a soprar ou previsto: vento sustentado de 63 a 117 km/h, rajadas acima de 180 km/h.',
        en: 'Gale or storm from the northwest blowing or expected: sustained 63–117 km/h, gusts may exceed 180 km/h.',
      },
    },
    {
      code: '9',
      rank: 4,
      colour: 'violet-4',
      icon: 'smg-tc-9',
      aliases: ['09'],
      name: { 'zh-Hans': '九号风球', 'zh-Hant': '九號風球', pt: 'Sinal n.º 9 de tempestade tropical', en: 'Tropical Cyclone Signal No. 9' },
      meaning: {
        'zh-Hans': '烈风或暴风风力正在增强或预料会显著增强。',
        'zh-Hant': '烈風或暴風風力正在增強或預料會顯著增強。',
        pt: 'O temporal ou a tempestade está a intensificar-se ou prevê-se que se intensifique significativamente.',
        en: 'Gale or storm force wind is increasing or expected to increase significantly.',
      },
    },
    {
      code: '10',
      rank: 5,
      colour: 'violet-5',
      icon: 'smg-tc-10',
      name: { 'zh-Hans': '十号风球', 'zh-Hant': '十號風球', pt: 'Sinal n.º 10 de tempestade tropical', en: 'Tropical Cyclone Signal No. 10' },
      meaning: {
        'zh-Hans': '本澳吹或预料吹飓风，持续风速每小时118公里或以上。',
        'zh-Hant': '本澳吹或預料吹颶風，持續風速每小時118公里或以上。',
        pt: 'Vento de furacão a soprar ou previsto em Macau: vento sustentado de 118 km/h ou mais.',
        en: 'Hurricane force wind blowing or expected in Macau: sustained 118 km/h or more.',
      },
    },
  ],
};

const rainstorm: SignalHazardDefinition = {
  id: 'rainstorm',
  name: { 'zh-Hans': '暴雨警告信号', 'zh-Hant': '暴雨警告信號', pt: 'Aviso de tempestade (chuva intensa)', en: 'Rainstorm warning signal' },
  oetCode: 'OET-159',
  codePrefixes: ['RAINSTORM', 'WRAIN', 'RAIN', 'RS'],
  plausibility: { maxLevelFromNone: 'red', maxRankStepUp: 2, cancelRequiredFrom: 'red' },
  levels: [
    {
      code: 'yellow',
      rank: 1,
      colour: 'yellow',
      icon: 'smg-rainstorm-yellow',
      name: {
        'zh-Hans': '黄色暴雨警告信号',
        'zh-Hant': '黃色暴雨警告信號',
        pt: 'Aviso de tempestade (chuva intensa) amarelo',
        en: 'Yellow Rainstorm Warning Signal',
      },
      meaning: {
        'zh-Hans': '本澳已录得或预料会出现每小时约20毫米的大雨。',
        'zh-Hant': '本澳已錄得或預料會出現每小時約20毫米的大雨。',
        pt: 'Registou-se ou prevê-se chuva intensa de cerca de 20 mm por hora em Macau.',
        en: 'Heavy rain of about 20 mm per hour has fallen or is expected in Macau.',
      },
    },
    {
      code: 'red',
      rank: 2,
      colour: 'red',
      icon: 'smg-rainstorm-red',
      name: {
        'zh-Hans': '红色暴雨警告信号',
        'zh-Hant': '紅色暴雨警告信號',
        pt: 'Aviso de tempestade (chuva intensa) vermelho',
        en: 'Red Rainstorm Warning Signal',
      },
      meaning: {
        'zh-Hans': '本澳已录得或预料会出现每小时约50毫米的大雨。',
        'zh-Hant': '本澳已錄得或預料會出現每小時約50毫米的大雨。',
        pt: 'Registou-se ou prevê-se chuva intensa de cerca de 50 mm por hora em Macau.',
        en: 'Heavy rain of about 50 mm per hour has fallen or is expected in Macau.',
      },
    },
    {
      code: 'black',
      rank: 3,
      colour: 'black',
      icon: 'smg-rainstorm-black',
      name: {
        'zh-Hans': '黑色暴雨警告信号',
        'zh-Hant': '黑色暴雨警告信號',
        pt: 'Aviso de tempestade (chuva intensa) preto',
        en: 'Black Rainstorm Warning Signal',
      },
      meaning: {
        'zh-Hans': '本澳已录得或预料会出现每小时约80毫米的大雨。',
        'zh-Hant': '本澳已錄得或預料會出現每小時約80毫米的大雨。',
        pt: 'Registou-se ou prevê-se chuva intensa de cerca de 80 mm por hora em Macau.',
        en: 'Heavy rain of about 80 mm per hour has fallen or is expected in Macau.',
      },
    },
  ],
};

// Water levels above the road at the Inner Harbour (Porto Interior). Orange or higher sets off the evacuation plan
// for low-lying areas.
const stormSurge: SignalHazardDefinition = {
  id: 'storm-surge',
  name: { 'zh-Hans': '风暴潮警告', 'zh-Hant': '風暴潮警告', pt: 'Aviso de «storm surge»', en: 'Storm surge warning' },
  oetCode: 'OET-189',
  codePrefixes: ['STORMSURGE', 'SURGE', 'SS'],
  plausibility: { maxLevelFromNone: 'orange', maxRankStepUp: 2, cancelRequiredFrom: 'red' },
  levels: [
    {
      code: 'blue',
      rank: 1,
      colour: 'blue',
      icon: 'smg-storm-surge-blue',
      name: { 'zh-Hans': '蓝色风暴潮警告', 'zh-Hant': '藍色風暴潮警告', pt: 'Aviso de «storm surge» azul', en: 'Blue Storm Surge Warning' },
      meaning: {
        'zh-Hans': '预料内港水位高出路面不超过0.5米。',
        'zh-Hant': '預料內港水位高出路面不超過0.5米。',
        pt: 'Prevê-se que a água fique até 0,5 m acima do pavimento no Porto Interior.',
        en: 'Water is expected up to 0.5 m above road level at the Inner Harbour.',
      },
    },
    {
      code: 'yellow',
      rank: 2,
      colour: 'yellow',
      icon: 'smg-storm-surge-yellow',
      name: { 'zh-Hans': '黄色风暴潮警告', 'zh-Hant': '黃色風暴潮警告', pt: 'Aviso de «storm surge» amarelo', en: 'Yellow Storm Surge Warning' },
      meaning: {
        'zh-Hans': '预料内港水位高出路面0.5至1.0米。',
        'zh-Hant': '預料內港水位高出路面0.5至1.0米。',
        pt: 'Prevê-se que a água fique entre 0,5 e 1,0 m acima do pavimento no Porto Interior.',
        en: 'Water is expected 0.5–1.0 m above road level at the Inner Harbour.',
      },
    },
    {
      code: 'orange',
      rank: 3,
      colour: 'orange',
      icon: 'smg-storm-surge-orange',
      name: { 'zh-Hans': '橙色风暴潮警告', 'zh-Hant': '橙色風暴潮警告', pt: 'Aviso de «storm surge» laranja', en: 'Orange Storm Surge Warning' },
      meaning: {
        'zh-Hans': '预料内港水位高出路面1.0至1.5米；启动低洼地区疏散计划。',
        'zh-Hant': '預料內港水位高出路面1.0至1.5米；啟動低窪地區疏散計劃。',
        pt: 'Prevê-se que a água fique entre 1,0 e 1,5 m acima do pavimento no Porto Interior; plano de evacuação das zonas baixas.',
        en: 'Water is expected 1.0–1.5 m above road level at the Inner Harbour; low-lying areas evacuation plan.',
      },
    },
    {
      code: 'red',
      rank: 4,
      colour: 'red',
      icon: 'smg-storm-surge-red',
      name: { 'zh-Hans': '红色风暴潮警告', 'zh-Hant': '紅色風暴潮警告', pt: 'Aviso de «storm surge» vermelho', en: 'Red Storm Surge Warning' },
      meaning: {
        'zh-Hans': '预料内港水位高出路面1.5至2.5米。',
        'zh-Hant': '預料內港水位高出路面1.5至2.5米。',
        pt: 'Prevê-se que a água fique entre 1,5 e 2,5 m acima do pavimento no Porto Interior.',
        en: 'Water is expected 1.5–2.5 m above road level at the Inner Harbour.',
      },
    },
    {
      code: 'black',
      rank: 5,
      colour: 'black',
      icon: 'smg-storm-surge-black',
      name: { 'zh-Hans': '黑色风暴潮警告', 'zh-Hant': '黑色風暴潮警告', pt: 'Aviso de «storm surge» preto', en: 'Black Storm Surge Warning' },
      meaning: {
        'zh-Hans': '预料内港水位高出路面2.5米以上。',
        'zh-Hant': '預料內港水位高出路面2.5米以上。',
        pt: 'Prevê-se que a água fique mais de 2,5 m acima do pavimento no Porto Interior.',
        en: 'Water is expected more than 2.5 m above road level at the Inner Harbour.',
      },
    },
  ],
};

// Single-level warnings: any in-force code means the one level.
const thunderstorm: SignalHazardDefinition = {
  id: 'thunderstorm',
  name: { 'zh-Hans': '雷暴警告', 'zh-Hant': '雷暴警告', pt: 'Aviso de trovoada', en: 'Thunderstorm warning' },
  oetCode: null,
  plausibility: { maxLevelFromNone: 'in-force', maxRankStepUp: 1, cancelRequiredFrom: null },
  levels: [
    {
      code: 'in-force',
      rank: 1,
      colour: 'amber',
      icon: 'smg-thunderstorm',
      name: { 'zh-Hans': '雷暴警告', 'zh-Hant': '雷暴警告', pt: 'Aviso de trovoada', en: 'Thunderstorm Warning' },
      meaning: {
        'zh-Hans': '预料本澳将受雷暴影响。',
        'zh-Hant': '預料本澳將受雷暴影響。',
        pt: 'Prevê-se que Macau seja afectado por trovoadas.',
        en: 'Thunderstorms are expected to affect Macau.',
      },
    },
  ],
};

// verify: wind threshold wording against Executive Order 61/2018.
const strongMonsoon: SignalHazardDefinition = {
  id: 'strong-monsoon',
  name: { 'zh-Hans': '强烈季候风信号', 'zh-Hant': '強烈季候風信號', pt: 'Sinal de ventos fortes de monção', en: 'Strong monsoon signal' },
  oetCode: null,
  plausibility: { maxLevelFromNone: 'in-force', maxRankStepUp: 1, cancelRequiredFrom: null },
  levels: [
    {
      code: 'in-force',
      rank: 1,
      colour: 'teal',
      icon: 'smg-strong-monsoon',
      name: { 'zh-Hans': '强烈季候风信号', 'zh-Hant': '強烈季候風信號', pt: 'Sinal de ventos fortes de monção', en: 'Strong Monsoon Signal' },
      meaning: {
        'zh-Hans': '本澳吹或预料吹强烈季候风，持续风速每小时41公里或以上。',
        'zh-Hant': '本澳吹或預料吹強烈季候風，持續風速每小時41公里或以上。',
        pt: 'Vento forte de monção a soprar ou previsto em Macau, com vento sustentado de 41 km/h ou mais.',
        en: 'Strong monsoon wind blowing or expected in Macau, sustained 41 km/h or more.',
      },
    },
  ],
};

// verify: wave-height thresholds of each level (Dispatch 224/2022 grades them by the height of tsunami waves).
const tsunami: SignalHazardDefinition = {
  id: 'tsunami',
  name: { 'zh-Hans': '海啸警告', 'zh-Hant': '海嘯警告', pt: 'Alarme de tsunami', en: 'Tsunami warning' },
  oetCode: null,
  codePrefixes: ['TSUNAMI'],
  // A tsunami may go straight to its highest level; a sudden black is not implausible.
  plausibility: { maxLevelFromNone: 'black', maxRankStepUp: 2, cancelRequiredFrom: 'red' },
  levels: [
    {
      code: 'orange',
      rank: 1,
      colour: 'orange',
      icon: 'smg-tsunami-orange',
      name: { 'zh-Hans': '橙色海啸警告', 'zh-Hant': '橙色海嘯警告', pt: 'Alarme de tsunami laranja', en: 'Orange Tsunami Warning' },
      meaning: {
        'zh-Hans': '海啸预料影响澳门水域，远离海边及海上活动。',
        'zh-Hant': '海嘯預料影響澳門水域，遠離海邊及海上活動。',
        pt: 'Prevê-se que um tsunami afecte as águas de Macau; afaste-se da costa e das actividades no mar.',
        en: 'A tsunami is expected to affect Macau waters; keep away from the shore and the sea.',
      },
    },
    {
      code: 'red',
      rank: 2,
      colour: 'red',
      icon: 'smg-tsunami-red',
      name: { 'zh-Hans': '红色海啸警告', 'zh-Hant': '紅色海嘯警告', pt: 'Alarme de tsunami vermelho', en: 'Red Tsunami Warning' },
      meaning: {
        'zh-Hans': '海啸预料令沿岸低洼地区水浸，须撤离沿岸低洼地区。',
        'zh-Hant': '海嘯預料令沿岸低窪地區水浸，須撤離沿岸低窪地區。',
        pt: 'Prevê-se que um tsunami inunde as zonas costeiras baixas; evacue as zonas baixas junto à costa.',
        en: 'A tsunami is expected to flood low-lying coastal areas; evacuate them.',
      },
    },
    {
      code: 'black',
      rank: 3,
      colour: 'black',
      icon: 'smg-tsunami-black',
      name: { 'zh-Hans': '黑色海啸警告', 'zh-Hant': '黑色海嘯警告', pt: 'Alarme de tsunami preto', en: 'Black Tsunami Warning' },
      meaning: {
        'zh-Hans': '海啸预料造成严重水浸，须立即撤往高处或高层建筑。',
        'zh-Hant': '海嘯預料造成嚴重水浸，須立即撤往高處或高層建築。',
        pt: 'Prevê-se inundação grave causada por tsunami; dirija-se de imediato a zonas altas ou a andares elevados.',
        en: 'A tsunami is expected to cause severe flooding; move to high ground or upper floors at once.',
      },
    },
  ],
};

export const SMG_HAZARDS: readonly SignalHazardDefinition[] = [
  tropicalCyclone,
  rainstorm,
  stormSurge,
  thunderstorm,
  strongMonsoon,
  tsunami,
];
