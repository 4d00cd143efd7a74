import type { SignalHazardDefinition } from './catalogue.types.js';

/*
 * Guangdong warning signals as issued in Zhuhai (Guangdong rules in force since 2019-01-01; Zhuhai's local strong
 * monsoon warning since 2023-01-28). Wind forces are on the Beaufort scale (级). Items marked "verify" should be
 * checked against the current provincial rules before relying on them.
 */

const typhoon: SignalHazardDefinition = {
  id: 'typhoon',
  name: { 'zh-Hans': '台风预警信号', 'zh-Hant': '颱風預警信號', pt: 'Sinal de aviso de tufão', en: 'Typhoon warning signal' },
  oetCode: 'OET-204',
  codePrefixes: ['TYPHOON', 'TY'],
  keywords: { zh: ['台风', '颱風', '臺風'], en: ['typhoon'], codes: ['TYPHOON', 'TY'] },
  plausibility: { maxLevelFromNone: 'yellow', maxRankStepUp: 2, cancelRequiredFrom: 'orange' },
  levels: [
    {
      code: 'white',
      rank: 1,
      colour: 'white',
      icon: 'gd-typhoon-white',
      name: { 'zh-Hans': '台风白色预警信号', 'zh-Hant': '颱風白色預警信號', pt: 'Sinal de aviso branco de tufão', en: 'Typhoon White Warning Signal' },
      meaning: {
        'zh-Hans': '48小时内可能受热带气旋影响。',
        'zh-Hant': '48小時內可能受熱帶氣旋影響。',
        pt: 'Um ciclone tropical poderá afectar a zona nas próximas 48 horas.',
        en: 'A tropical cyclone may affect the area within 48 hours.',
      },
    },
    {
      code: 'blue',
      rank: 2,
      colour: 'blue',
      icon: 'gd-typhoon-blue',
      name: { 'zh-Hans': '台风蓝色预警信号', 'zh-Hant': '颱風藍色預警信號', pt: 'Sinal de aviso azul de tufão', en: 'Typhoon Blue Warning Signal' },
      meaning: {
        'zh-Hans': '24小时内可能或已经受热带气旋影响，平均风力6级以上或阵风7级以上。',
        'zh-Hant': '24小時內可能或已經受熱帶氣旋影響，平均風力6級以上或陣風7級以上。',
        pt: 'Nas próximas 24 horas, ciclone tropical com vento médio de força 6 ou rajadas de força 7 ou superiores.',
        en: 'Within 24 hours, a tropical cyclone brings mean winds of force 6 or gusts of force 7 or above.',
      },
    },
    {
      code: 'yellow',
      rank: 3,
      colour: 'yellow',
      icon: 'gd-typhoon-yellow',
      name: { 'zh-Hans': '台风黄色预警信号', 'zh-Hant': '颱風黃色預警信號', pt: 'Sinal de aviso amarelo de tufão', en: 'Typhoon Yellow Warning Signal' },
      meaning: {
        'zh-Hans': '24小时内可能或已经受热带气旋影响，平均风力8级以上或阵风9级以上。',
        'zh-Hant': '24小時內可能或已經受熱帶氣旋影響，平均風力8級以上或陣風9級以上。',
        pt: 'Nas próximas 24 horas, ciclone tropical com vento médio de força 8 ou rajadas de força 9 ou superiores.',
        en: 'Within 24 hours, a tropical cyclone brings mean winds of force 8 or gusts of force 9 or above.',
      },
    },
    {
      // verify: gust wording.
      code: 'orange',
      rank: 4,
      colour: 'orange',
      icon: 'gd-typhoon-orange',
      name: { 'zh-Hans': '台风橙色预警信号', 'zh-Hant': '颱風橙色預警信號', pt: 'Sinal de aviso laranja de tufão', en: 'Typhoon Orange Warning Signal' },
      meaning: {
        'zh-Hans': '12小时内可能或已经受热带气旋影响，平均风力10级以上。',
        'zh-Hant': '12小時內可能或已經受熱帶氣旋影響，平均風力10級以上。',
        pt: 'Nas próximas 12 horas, ciclone tropical com vento médio de força 10 ou superior.',
        en: 'Within 12 hours, a tropical cyclone brings mean winds of force 10 or above.',
      },
    },
    {
      // verify: threshold of the highest level.
      code: 'red',
      rank: 5,
      colour: 'red',
      icon: 'gd-typhoon-red',
      name: { 'zh-Hans': '台风红色预警信号', 'zh-Hant': '颱風紅色預警信號', pt: 'Sinal de aviso vermelho de tufão', en: 'Typhoon Red Warning Signal' },
      meaning: {
        'zh-Hans': '12小时内可能或已经受热带气旋影响，平均风力12级以上。',
        'zh-Hant': '12小時內可能或已經受熱帶氣旋影響，平均風力12級以上。',
        pt: 'Nas próximas 12 horas, ciclone tropical com vento médio de força 12 ou superior.',
        en: 'Within 12 hours, a tropical cyclone brings mean winds of force 12 or above.',
      },
    },
  ],
};

const rainstorm: SignalHazardDefinition = {
  id: 'rainstorm',
  name: { 'zh-Hans': '暴雨预警信号', 'zh-Hant': '暴雨預警信號', pt: 'Sinal de aviso de chuva intensa', en: 'Rainstorm warning signal' },
  oetCode: 'OET-159',
  codePrefixes: ['RAINSTORM', 'RAIN', 'RS'],
  keywords: { zh: ['暴雨'], en: ['rainstorm', 'heavy rain'], codes: ['RAINSTORM', 'RAIN', 'RS'] },
  plausibility: { maxLevelFromNone: 'orange', maxRankStepUp: 2, cancelRequiredFrom: 'red' },
  levels: [
    {
      code: 'yellow',
      rank: 1,
      colour: 'yellow',
      icon: 'gd-rainstorm-yellow',
      name: { 'zh-Hans': '暴雨黄色预警信号', 'zh-Hant': '暴雨黃色預警信號', pt: 'Sinal de aviso amarelo de chuva intensa', en: 'Rainstorm Yellow Warning Signal' },
      meaning: {
        'zh-Hans': '6小时内降雨量将达50毫米以上，或已达50毫米以上且降雨可能持续。',
        'zh-Hant': '6小時內降雨量將達50毫米以上，或已達50毫米以上且降雨可能持續。',
        pt: 'Precipitação de 50 mm ou mais em 6 horas, prevista ou já registada com chuva a continuar.',
        en: '50 mm or more of rain in 6 hours, expected or already fallen with more to come.',
      },
    },
    {
      code: 'orange',
      rank: 2,
      colour: 'orange',
      icon: 'gd-rainstorm-orange',
      name: { 'zh-Hans': '暴雨橙色预警信号', 'zh-Hant': '暴雨橙色預警信號', pt: 'Sinal de aviso laranja de chuva intensa', en: 'Rainstorm Orange Warning Signal' },
      meaning: {
        'zh-Hans': '3小时内降雨量将达50毫米以上，或已达50毫米以上且降雨可能持续。',
        'zh-Hant': '3小時內降雨量將達50毫米以上，或已達50毫米以上且降雨可能持續。',
        pt: 'Precipitação de 50 mm ou mais em 3 horas, prevista ou já registada com chuva a continuar.',
        en: '50 mm or more of rain in 3 hours, expected or already fallen with more to come.',
      },
    },
    {
      code: 'red',
      rank: 3,
      colour: 'red',
      icon: 'gd-rainstorm-red',
      name: { 'zh-Hans': '暴雨红色预警信号', 'zh-Hant': '暴雨紅色預警信號', pt: 'Sinal de aviso vermelho de chuva intensa', en: 'Rainstorm Red Warning Signal' },
      meaning: {
        'zh-Hans': '3小时内降雨量将达100毫米以上，或已达100毫米以上且降雨可能持续。',
        'zh-Hant': '3小時內降雨量將達100毫米以上，或已達100毫米以上且降雨可能持續。',
        pt: 'Precipitação de 100 mm ou mais em 3 horas, prevista ou já registada com chuva a continuar.',
        en: '100 mm or more of rain in 3 hours, expected or already fallen with more to come.',
      },
    },
  ],
};

// verify: wind thresholds of each level.
const thunderstormGale: SignalHazardDefinition = {
  id: 'thunderstorm-gale',
  name: {
    'zh-Hans': '雷雨大风预警信号',
    'zh-Hant': '雷雨大風預警信號',
    pt: 'Sinal de aviso de trovoada com vento forte',
    en: 'Thunderstorm and gale warning signal',
  },
  oetCode: null,
  codePrefixes: ['THUNDERSTORMGALE', 'THUNDERSTORM', 'TSG'],
  keywords: {
    zh: ['雷雨大风', '雷雨大風'],
    en: ['thunderstorm and gale', 'thunderstorm gale', 'thunderstorm'],
    codes: ['THUNDERSTORMGALE', 'THUNDERSTORM', 'TSG'],
  },
  plausibility: { maxLevelFromNone: 'orange', maxRankStepUp: 2, cancelRequiredFrom: 'red' },
  levels: [
    {
      code: 'yellow',
      rank: 1,
      colour: 'yellow',
      icon: 'gd-thunderstorm-gale-yellow',
      name: {
        'zh-Hans': '雷雨大风黄色预警信号',
        'zh-Hant': '雷雨大風黃色預警信號',
        pt: 'Sinal de aviso amarelo de trovoada com vento forte',
        en: 'Thunderstorm and Gale Yellow Warning Signal',
      },
      meaning: {
        'zh-Hans': '6小时内可能出现雷雨天气，平均风力6级以上或阵风7级以上。',
        'zh-Hant': '6小時內可能出現雷雨天氣，平均風力6級以上或陣風7級以上。',
        pt: 'Trovoada nas próximas 6 horas com vento médio de força 6 ou rajadas de força 7 ou superiores.',
        en: 'Thunderstorms within 6 hours with mean winds of force 6 or gusts of force 7 or above.',
      },
    },
    {
      code: 'orange',
      rank: 2,
      colour: 'orange',
      icon: 'gd-thunderstorm-gale-orange',
      name: {
        'zh-Hans': '雷雨大风橙色预警信号',
        'zh-Hant': '雷雨大風橙色預警信號',
        pt: 'Sinal de aviso laranja de trovoada com vento forte',
        en: 'Thunderstorm and Gale Orange Warning Signal',
      },
      meaning: {
        'zh-Hans': '2小时内可能出现雷雨天气，平均风力8级以上或阵风9级以上。',
        'zh-Hant': '2小時內可能出現雷雨天氣，平均風力8級以上或陣風9級以上。',
        pt: 'Trovoada nas próximas 2 horas com vento médio de força 8 ou rajadas de força 9 ou superiores.',
        en: 'Thunderstorms within 2 hours with mean winds of force 8 or gusts of force 9 or above.',
      },
    },
    {
      code: 'red',
      rank: 3,
      colour: 'red',
      icon: 'gd-thunderstorm-gale-red',
      name: {
        'zh-Hans': '雷雨大风红色预警信号',
        'zh-Hant': '雷雨大風紅色預警信號',
        pt: 'Sinal de aviso vermelho de trovoada com vento forte',
        en: 'Thunderstorm and Gale Red Warning Signal',
      },
      meaning: {
        'zh-Hans': '2小时内可能出现雷雨天气，平均风力10级以上或阵风11级以上。',
        'zh-Hant': '2小時內可能出現雷雨天氣，平均風力10級以上或陣風11級以上。',
        pt: 'Trovoada nas próximas 2 horas com vento médio de força 10 ou rajadas de força 11 ou superiores.',
        en: 'Thunderstorms within 2 hours with mean winds of force 10 or gusts of force 11 or above.',
      },
    },
  ],
};

const highTemperature: SignalHazardDefinition = {
  id: 'high-temperature',
  name: { 'zh-Hans': '高温预警信号', 'zh-Hant': '高溫預警信號', pt: 'Sinal de aviso de calor intenso', en: 'High temperature warning signal' },
  oetCode: null,
  codePrefixes: ['HIGHTEMPERATURE', 'HEAT', 'HT'],
  keywords: { zh: ['高温', '高溫'], en: ['high temperature', 'heat'], codes: ['HIGHTEMPERATURE', 'HEAT', 'HT'] },
  plausibility: { maxLevelFromNone: 'orange', maxRankStepUp: 2, cancelRequiredFrom: null },
  levels: [
    {
      code: 'yellow',
      rank: 1,
      colour: 'yellow',
      icon: 'gd-high-temperature-yellow',
      name: { 'zh-Hans': '高温黄色预警信号', 'zh-Hant': '高溫黃色預警信號', pt: 'Sinal de aviso amarelo de calor intenso', en: 'High Temperature Yellow Warning Signal' },
      meaning: {
        'zh-Hans': '24小时内最高气温将升至35℃以上。',
        'zh-Hant': '24小時內最高氣溫將升至35℃以上。',
        pt: 'Temperatura máxima de 35 °C ou mais nas próximas 24 horas.',
        en: 'Maximum temperature of 35 °C or above within 24 hours.',
      },
    },
    {
      code: 'orange',
      rank: 2,
      colour: 'orange',
      icon: 'gd-high-temperature-orange',
      name: { 'zh-Hans': '高温橙色预警信号', 'zh-Hant': '高溫橙色預警信號', pt: 'Sinal de aviso laranja de calor intenso', en: 'High Temperature Orange Warning Signal' },
      meaning: {
        'zh-Hans': '24小时内最高气温将升至37℃以上。',
        'zh-Hant': '24小時內最高氣溫將升至37℃以上。',
        pt: 'Temperatura máxima de 37 °C ou mais nas próximas 24 horas.',
        en: 'Maximum temperature of 37 °C or above within 24 hours.',
      },
    },
    {
      code: 'red',
      rank: 3,
      colour: 'red',
      icon: 'gd-high-temperature-red',
      name: { 'zh-Hans': '高温红色预警信号', 'zh-Hant': '高溫紅色預警信號', pt: 'Sinal de aviso vermelho de calor intenso', en: 'High Temperature Red Warning Signal' },
      meaning: {
        'zh-Hans': '24小时内最高气温将升至39℃以上。',
        'zh-Hant': '24小時內最高氣溫將升至39℃以上。',
        pt: 'Temperatura máxima de 39 °C ou mais nas próximas 24 horas.',
        en: 'Maximum temperature of 39 °C or above within 24 hours.',
      },
    },
  ],
};

// verify: temperature thresholds of each level.
const cold: SignalHazardDefinition = {
  id: 'cold',
  name: { 'zh-Hans': '寒冷预警信号', 'zh-Hant': '寒冷預警信號', pt: 'Sinal de aviso de frio', en: 'Cold warning signal' },
  oetCode: null,
  codePrefixes: ['COLD'],
  keywords: { zh: ['寒冷'], en: ['cold'], codes: ['COLD'] },
  plausibility: { maxLevelFromNone: 'orange', maxRankStepUp: 2, cancelRequiredFrom: null },
  levels: [
    {
      code: 'yellow',
      rank: 1,
      colour: 'yellow',
      icon: 'gd-cold-yellow',
      name: { 'zh-Hans': '寒冷黄色预警信号', 'zh-Hant': '寒冷黃色預警信號', pt: 'Sinal de aviso amarelo de frio', en: 'Cold Yellow Warning Signal' },
      meaning: {
        'zh-Hans': '最低气温将降至5℃以下。',
        'zh-Hant': '最低氣溫將降至5℃以下。',
        pt: 'A temperatura mínima vai descer para 5 °C ou menos.',
        en: 'The minimum temperature will fall to 5 °C or below.',
      },
    },
    {
      code: 'orange',
      rank: 2,
      colour: 'orange',
      icon: 'gd-cold-orange',
      name: { 'zh-Hans': '寒冷橙色预警信号', 'zh-Hant': '寒冷橙色預警信號', pt: 'Sinal de aviso laranja de frio', en: 'Cold Orange Warning Signal' },
      meaning: {
        'zh-Hans': '最低气温将降至2℃以下。',
        'zh-Hant': '最低氣溫將降至2℃以下。',
        pt: 'A temperatura mínima vai descer para 2 °C ou menos.',
        en: 'The minimum temperature will fall to 2 °C or below.',
      },
    },
    {
      code: 'red',
      rank: 3,
      colour: 'red',
      icon: 'gd-cold-red',
      name: { 'zh-Hans': '寒冷红色预警信号', 'zh-Hant': '寒冷紅色預警信號', pt: 'Sinal de aviso vermelho de frio', en: 'Cold Red Warning Signal' },
      meaning: {
        'zh-Hans': '最低气温将降至0℃以下。',
        'zh-Hant': '最低氣溫將降至0℃以下。',
        pt: 'A temperatura mínima vai descer para 0 °C ou menos.',
        en: 'The minimum temperature will fall to 0 °C or below.',
      },
    },
  ],
};

const fog: SignalHazardDefinition = {
  id: 'fog',
  name: { 'zh-Hans': '大雾预警信号', 'zh-Hant': '大霧預警信號', pt: 'Sinal de aviso de nevoeiro', en: 'Fog warning signal' },
  oetCode: null,
  codePrefixes: ['FOG'],
  keywords: { zh: ['大雾', '大霧'], en: ['fog'], codes: ['FOG'] },
  plausibility: { maxLevelFromNone: 'orange', maxRankStepUp: 2, cancelRequiredFrom: null },
  levels: [
    {
      code: 'yellow',
      rank: 1,
      colour: 'yellow',
      icon: 'gd-fog-yellow',
      name: { 'zh-Hans': '大雾黄色预警信号', 'zh-Hant': '大霧黃色預警信號', pt: 'Sinal de aviso amarelo de nevoeiro', en: 'Fog Yellow Warning Signal' },
      meaning: {
        'zh-Hans': '能见度将低于500米。',
        'zh-Hant': '能見度將低於500米。',
        pt: 'A visibilidade vai descer abaixo de 500 m.',
        en: 'Visibility will fall below 500 m.',
      },
    },
    {
      code: 'orange',
      rank: 2,
      colour: 'orange',
      icon: 'gd-fog-orange',
      name: { 'zh-Hans': '大雾橙色预警信号', 'zh-Hant': '大霧橙色預警信號', pt: 'Sinal de aviso laranja de nevoeiro', en: 'Fog Orange Warning Signal' },
      meaning: {
        'zh-Hans': '能见度将低于200米。',
        'zh-Hant': '能見度將低於200米。',
        pt: 'A visibilidade vai descer abaixo de 200 m.',
        en: 'Visibility will fall below 200 m.',
      },
    },
    {
      code: 'red',
      rank: 3,
      colour: 'red',
      icon: 'gd-fog-red',
      name: { 'zh-Hans': '大雾红色预警信号', 'zh-Hant': '大霧紅色預警信號', pt: 'Sinal de aviso vermelho de nevoeiro', en: 'Fog Red Warning Signal' },
      meaning: {
        'zh-Hans': '能见度将低于50米。',
        'zh-Hant': '能見度將低於50米。',
        pt: 'A visibilidade vai descer abaixo de 50 m.',
        en: 'Visibility will fall below 50 m.',
      },
    },
  ],
};

// verify: whether haze has an orange level in the current rules.
const haze: SignalHazardDefinition = {
  id: 'haze',
  name: { 'zh-Hans': '灰霾预警信号', 'zh-Hant': '灰霾預警信號', pt: 'Sinal de aviso de neblina poluente', en: 'Haze warning signal' },
  oetCode: null,
  codePrefixes: ['HAZE'],
  keywords: { zh: ['灰霾', '霾'], en: ['haze'], codes: ['HAZE'] },
  plausibility: { maxLevelFromNone: 'orange', maxRankStepUp: 2, cancelRequiredFrom: null },
  levels: [
    {
      code: 'yellow',
      rank: 1,
      colour: 'yellow',
      icon: 'gd-haze-yellow',
      name: { 'zh-Hans': '灰霾黄色预警信号', 'zh-Hant': '灰霾黃色預警信號', pt: 'Sinal de aviso amarelo de neblina poluente', en: 'Haze Yellow Warning Signal' },
      meaning: {
        'zh-Hans': '出现或将出现灰霾，能见度低于3000米。',
        'zh-Hant': '出現或將出現灰霾，能見度低於3000米。',
        pt: 'Neblina poluente com visibilidade inferior a 3000 m, em curso ou prevista.',
        en: 'Haze with visibility below 3,000 m, present or expected.',
      },
    },
    {
      code: 'orange',
      rank: 2,
      colour: 'orange',
      icon: 'gd-haze-orange',
      name: { 'zh-Hans': '灰霾橙色预警信号', 'zh-Hant': '灰霾橙色預警信號', pt: 'Sinal de aviso laranja de neblina poluente', en: 'Haze Orange Warning Signal' },
      meaning: {
        'zh-Hans': '出现或将出现严重灰霾，能见度低于2000米。',
        'zh-Hant': '出現或將出現嚴重灰霾，能見度低於2000米。',
        pt: 'Neblina poluente forte com visibilidade inferior a 2000 m, em curso ou prevista.',
        en: 'Severe haze with visibility below 2,000 m, present or expected.',
      },
    },
  ],
};

const hail: SignalHazardDefinition = {
  id: 'hail',
  name: { 'zh-Hans': '冰雹预警信号', 'zh-Hant': '冰雹預警信號', pt: 'Sinal de aviso de granizo', en: 'Hail warning signal' },
  oetCode: null,
  codePrefixes: ['HAIL'],
  keywords: { zh: ['冰雹'], en: ['hail'], codes: ['HAIL'] },
  plausibility: { maxLevelFromNone: 'red', maxRankStepUp: 1, cancelRequiredFrom: null },
  levels: [
    {
      code: 'orange',
      rank: 1,
      colour: 'orange',
      icon: 'gd-hail-orange',
      name: { 'zh-Hans': '冰雹橙色预警信号', 'zh-Hant': '冰雹橙色預警信號', pt: 'Sinal de aviso laranja de granizo', en: 'Hail Orange Warning Signal' },
      meaning: {
        'zh-Hans': '6小时内可能出现冰雹。',
        'zh-Hant': '6小時內可能出現冰雹。',
        pt: 'Possibilidade de granizo nas próximas 6 horas.',
        en: 'Hail is possible within 6 hours.',
      },
    },
    {
      code: 'red',
      rank: 2,
      colour: 'red',
      icon: 'gd-hail-red',
      name: { 'zh-Hans': '冰雹红色预警信号', 'zh-Hant': '冰雹紅色預警信號', pt: 'Sinal de aviso vermelho de granizo', en: 'Hail Red Warning Signal' },
      meaning: {
        'zh-Hans': '2小时内出现冰雹的可能性极大。',
        'zh-Hant': '2小時內出現冰雹的可能性極大。',
        pt: 'Granizo muito provável nas próximas 2 horas.',
        en: 'Hail is very likely within 2 hours.',
      },
    },
  ],
};

const roadIcing: SignalHazardDefinition = {
  id: 'road-icing',
  name: { 'zh-Hans': '道路结冰预警信号', 'zh-Hant': '道路結冰預警信號', pt: 'Sinal de aviso de gelo nas estradas', en: 'Road icing warning signal' },
  oetCode: null,
  codePrefixes: ['ROADICING', 'ICING'],
  keywords: { zh: ['道路结冰', '道路結冰'], en: ['road icing', 'icy road'], codes: ['ROADICING', 'ICING'] },
  plausibility: { maxLevelFromNone: 'orange', maxRankStepUp: 2, cancelRequiredFrom: null },
  levels: [
    {
      code: 'yellow',
      rank: 1,
      colour: 'yellow',
      icon: 'gd-road-icing-yellow',
      name: { 'zh-Hans': '道路结冰黄色预警信号', 'zh-Hant': '道路結冰黃色預警信號', pt: 'Sinal de aviso amarelo de gelo nas estradas', en: 'Road Icing Yellow Warning Signal' },
      meaning: {
        'zh-Hans': '12小时内可能出现对交通有影响的道路结冰。',
        'zh-Hant': '12小時內可能出現對交通有影響的道路結冰。',
        pt: 'Gelo nas estradas com impacto no trânsito possível nas próximas 12 horas.',
        en: 'Road icing that affects traffic is possible within 12 hours.',
      },
    },
    {
      code: 'orange',
      rank: 2,
      colour: 'orange',
      icon: 'gd-road-icing-orange',
      name: { 'zh-Hans': '道路结冰橙色预警信号', 'zh-Hant': '道路結冰橙色預警信號', pt: 'Sinal de aviso laranja de gelo nas estradas', en: 'Road Icing Orange Warning Signal' },
      meaning: {
        'zh-Hans': '6小时内可能出现对交通有较大影响的道路结冰。',
        'zh-Hant': '6小時內可能出現對交通有較大影響的道路結冰。',
        pt: 'Gelo nas estradas com impacto forte no trânsito possível nas próximas 6 horas.',
        en: 'Road icing with a major effect on traffic is possible within 6 hours.',
      },
    },
    {
      code: 'red',
      rank: 3,
      colour: 'red',
      icon: 'gd-road-icing-red',
      name: { 'zh-Hans': '道路结冰红色预警信号', 'zh-Hant': '道路結冰紅色預警信號', pt: 'Sinal de aviso vermelho de gelo nas estradas', en: 'Road Icing Red Warning Signal' },
      meaning: {
        'zh-Hans': '2小时内可能出现或已经出现对交通有很大影响的道路结冰。',
        'zh-Hant': '2小時內可能出現或已經出現對交通有很大影響的道路結冰。',
        pt: 'Gelo nas estradas com impacto muito forte no trânsito, já presente ou possível nas próximas 2 horas.',
        en: 'Road icing with a severe effect on traffic is present or possible within 2 hours.',
      },
    },
  ],
};

const forestFire: SignalHazardDefinition = {
  id: 'forest-fire',
  name: { 'zh-Hans': '森林火险预警信号', 'zh-Hant': '森林火險預警信號', pt: 'Sinal de aviso de risco de incêndio florestal', en: 'Forest fire danger warning signal' },
  oetCode: null,
  codePrefixes: ['FORESTFIRE', 'FIRE'],
  keywords: { zh: ['森林火险', '森林火險'], en: ['forest fire'], codes: ['FORESTFIRE', 'FIRE'] },
  plausibility: { maxLevelFromNone: 'orange', maxRankStepUp: 2, cancelRequiredFrom: null },
  levels: [
    {
      code: 'yellow',
      rank: 1,
      colour: 'yellow',
      icon: 'gd-forest-fire-yellow',
      name: {
        'zh-Hans': '森林火险黄色预警信号',
        'zh-Hant': '森林火險黃色預警信號',
        pt: 'Sinal de aviso amarelo de risco de incêndio florestal',
        en: 'Forest Fire Danger Yellow Warning Signal',
      },
      meaning: {
        'zh-Hans': '森林火险等级为三级，林内可燃物较易点燃。',
        'zh-Hant': '森林火險等級為三級，林內可燃物較易點燃。',
        pt: 'Risco de incêndio florestal de nível 3: a vegetação inflama-se com alguma facilidade.',
        en: 'Forest fire danger level 3: vegetation ignites fairly easily.',
      },
    },
    {
      code: 'orange',
      rank: 2,
      colour: 'orange',
      icon: 'gd-forest-fire-orange',
      name: {
        'zh-Hans': '森林火险橙色预警信号',
        'zh-Hant': '森林火險橙色預警信號',
        pt: 'Sinal de aviso laranja de risco de incêndio florestal',
        en: 'Forest Fire Danger Orange Warning Signal',
      },
      meaning: {
        'zh-Hans': '森林火险等级为四级，林内可燃物容易点燃，易形成强烈火势。',
        'zh-Hant': '森林火險等級為四級，林內可燃物容易點燃，易形成強烈火勢。',
        pt: 'Risco de incêndio florestal de nível 4: a vegetação inflama-se facilmente e o fogo pode tornar-se intenso.',
        en: 'Forest fire danger level 4: vegetation ignites easily and fires can become intense.',
      },
    },
    {
      code: 'red',
      rank: 3,
      colour: 'red',
      icon: 'gd-forest-fire-red',
      name: {
        'zh-Hans': '森林火险红色预警信号',
        'zh-Hant': '森林火險紅色預警信號',
        pt: 'Sinal de aviso vermelho de risco de incêndio florestal',
        en: 'Forest Fire Danger Red Warning Signal',
      },
      meaning: {
        'zh-Hans': '森林火险等级为五级，林内可燃物极易点燃，极易迅速蔓延。',
        'zh-Hant': '森林火險等級為五級，林內可燃物極易點燃，極易迅速蔓延。',
        pt: 'Risco de incêndio florestal de nível 5: a vegetação inflama-se muito facilmente e o fogo alastra depressa.',
        en: 'Forest fire danger level 5: vegetation ignites very easily and fires spread fast.',
      },
    },
  ],
};

// Zhuhai's own warning (since 2023-01-28) for strong northeast or southwest monsoon winds other than typhoon or
// thunderstorm gales; issued as one level.
const strongMonsoon: SignalHazardDefinition = {
  id: 'strong-monsoon',
  name: { 'zh-Hans': '强季风预警信号', 'zh-Hant': '強季風預警信號', pt: 'Sinal de aviso de monção forte', en: 'Strong monsoon warning signal' },
  oetCode: null,
  codePrefixes: ['STRONGMONSOON', 'MONSOON'],
  keywords: { zh: ['强季风', '強季風'], en: ['strong monsoon', 'monsoon'], codes: ['STRONGMONSOON', 'MONSOON'] },
  plausibility: { maxLevelFromNone: 'in-force', maxRankStepUp: 1, cancelRequiredFrom: null },
  levels: [
    {
      code: 'in-force',
      rank: 1,
      colour: 'teal',
      icon: 'gd-strong-monsoon',
      name: { 'zh-Hans': '强季风预警信号', 'zh-Hant': '強季風預警信號', pt: 'Sinal de aviso de monção forte', en: 'Strong Monsoon Warning Signal' },
      meaning: {
        'zh-Hans': '受季风影响，沿岸、高地和海面将出现较大阵风（不含台风和雷雨大风）。',
        'zh-Hant': '受季風影響，沿岸、高地和海面將出現較大陣風（不含颱風和雷雨大風）。',
        pt: 'Rajadas fortes de monção na costa, em zonas altas e no mar (excluindo tufões e trovoadas com vento forte).',
        en: 'Strong monsoon gusts on the coast, high ground and at sea (not typhoon or thunderstorm gales).',
      },
    },
  ],
};

export const GD_ZHUHAI_HAZARDS: readonly SignalHazardDefinition[] = [
  typhoon,
  rainstorm,
  thunderstormGale,
  highTemperature,
  cold,
  fog,
  haze,
  hail,
  roadIcing,
  forestFire,
  strongMonsoon,
];
