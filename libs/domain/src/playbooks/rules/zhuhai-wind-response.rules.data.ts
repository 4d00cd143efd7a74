import type { LocalizedText } from '@app/contracts';
import type { PlaybookChecklistItem, PlaybookRuleDefinition } from '../playbook-rule.types.js';
import { HENGQIN_GD_AREAS } from './hengqin-signal-areas.data.js';

/*
 * Zhuhai flood, wind and drought HQ (三防) wind emergency response levels IV → III → II → I, one rule per level.
 * verify: the mapping from the Guangdong typhoon signal (Blue → IV, Yellow → III, Orange → II, Red → I) is an
 * assumption — the HQ declares the level itself — and so are the measures listed per level (Zhuhai wind emergency
 * plan). Each level fires only on reaching that level (`upTo`), so a jump Blue → Orange starts level II, whose first
 * task is to check the lower levels' measures.
 */

const VERIFY_MAPPING = 'Mapping of the Guangdong typhoon signal to the Zhuhai wind response level (Blue IV, Yellow III, Orange II, Red I).';
const VERIFY_MEASURES = 'Measures listed for this level, against the current Zhuhai wind emergency plan.';

const trigger = (level: string, upTo?: string) =>
  ({ authority: 'gd-zhuhai', hazards: ['typhoon'], areas: HENGQIN_GD_AREAS, on: 'rise', level, ...(upTo ? { upTo } : {}) }) as const;

/** `level` as written in Chinese (full-width Roman numeral) and in Portuguese/English. */
const lowerLevelMeasures = ([zh, latin]: [string, string], measures: LocalizedText): PlaybookChecklistItem => ({
  title: {
    'zh-Hans': `确认${zh}级响应措施已落实`,
    'zh-Hant': `確認${zh}級響應措施已落實`,
    pt: `Confirmar que as medidas de nível ${latin} estão em vigor`,
    en: `Confirm the level ${latin} measures are in place`,
  },
  detail: measures,
});

const MOVE_PEOPLE_AT_RISK: PlaybookChecklistItem = {
  title: {
    'zh-Hans': '将临险人员转移至避险场所并报告人数',
    'zh-Hant': '將臨險人員轉移至避險場所並報告人數',
    pt: 'Transferir as pessoas em risco para os centros de abrigo e comunicar quantas são',
    en: 'Move people at risk to shelters and report how many',
  },
};

export const ZHUHAI_WIND_RESPONSE_IV: PlaybookRuleDefinition = {
  id: 'zhuhai-wind-response-iv',
  title: {
    'zh-Hans': '珠海防风Ⅳ级应急响应（台风蓝色）',
    'zh-Hant': '珠海防風Ⅳ級應急響應（颱風藍色）',
    pt: 'Resposta de emergência de nível IV a ventos fortes de Zhuhai (tufão azul)',
    en: 'Zhuhai wind emergency response level IV (typhoon Blue)',
  },
  summary: {
    'zh-Hans': '广东／珠海已发布台风蓝色预警信号，对应防风Ⅳ级应急响应。横琴三防指挥部实行24小时值班，排查重点区域，向居民和船只发布预警。',
    'zh-Hant': '廣東／珠海已發布颱風藍色預警信號，對應防風Ⅳ級應急響應。橫琴三防指揮部實行24小時值班，排查重點區域，向居民和船隻發布預警。',
    pt: 'Guangdong/Zhuhai emitiu o sinal de aviso azul de tufão, a que corresponde a resposta de emergência de nível IV a ventos fortes. O comando de Hengqin passa a serviço permanente de 24 horas, inspecciona as zonas-chave e avisa residentes e embarcações.',
    en: 'Guangdong/Zhuhai has issued the typhoon Blue warning: wind emergency response level IV. The Hengqin HQ moves to 24-hour duty, sweeps the key areas and warns residents and vessels.',
  },
  triggers: [trigger('blue', 'blue')],
  checklist: [
    {
      title: {
        'zh-Hans': '指挥部启动24小时值班并确认值班表',
        'zh-Hant': '指揮部啟動24小時值班並確認值班表',
        pt: 'Iniciar o serviço permanente de 24 horas no comando e confirmar a escala',
        en: 'Start 24-hour duty at the HQ and confirm the roster',
      },
    },
    {
      title: {
        'zh-Hans': '拉网式排查重点区域：工地、围挡、广告牌、树木及排水设施',
        'zh-Hant': '拉網式排查重點區域：工地、圍擋、廣告牌、樹木及排水設施',
        pt: 'Inspecção sistemática das zonas-chave: obras, tapumes, painéis publicitários, árvores e escoamentos',
        en: 'Sweep the key areas: construction sites, hoardings, billboards, trees and drains',
      },
      detail: {
        'zh-Hans': '发现隐患逐项上报并跟进整改。',
        'zh-Hant': '發現隱患逐項上報並跟進整改。',
        pt: 'Comunicar cada perigo encontrado e acompanhá-lo até estar corrigido.',
        en: 'Report each hazard found and follow it up until it is fixed.',
      },
    },
    {
      title: {
        'zh-Hans': '通知船只回港避风、水上作业人员上岸',
        'zh-Hant': '通知船隻回港避風、水上作業人員上岸',
        pt: 'Avisar as embarcações para regressarem ao porto e quem trabalha na água para vir para terra',
        en: 'Tell vessels to return to port and people working on the water to come ashore',
      },
    },
    {
      title: {
        'zh-Hans': '以四种语言向居民发布预警信息',
        'zh-Hant': '以四種語言向居民發布預警信息',
        pt: 'Enviar o aviso aos residentes nas quatro línguas',
        en: 'Send the warning to residents in the four languages',
      },
    },
    {
      title: {
        'zh-Hans': '启动与澳门的联络机制（联络群、24小时应急热线）',
        'zh-Hant': '啟動與澳門的聯絡機制（聯絡群、24小時應急熱線）',
        pt: 'Activar a ligação com Macau (grupo de ligação, linha directa de 24 horas)',
        en: 'Open the liaison with Macau (liaison group, 24-hour hotline)',
      },
    },
  ],
  alertTemplateIds: ['gd-typhoon-blue', 'zhuhai-wind-response-iv'],
  verify: [VERIFY_MAPPING, VERIFY_MEASURES],
};

export const ZHUHAI_WIND_RESPONSE_III: PlaybookRuleDefinition = {
  id: 'zhuhai-wind-response-iii',
  title: {
    'zh-Hans': '珠海防风Ⅲ级应急响应（台风黄色）',
    'zh-Hant': '珠海防風Ⅲ級應急響應（颱風黃色）',
    pt: 'Resposta de emergência de nível III a ventos fortes de Zhuhai (tufão amarelo)',
    en: 'Zhuhai wind emergency response level III (typhoon Yellow)',
  },
  summary: {
    'zh-Hans': '广东／珠海已发布台风黄色预警信号，对应防风Ⅲ级应急响应。Ⅳ级措施继续执行；停止高空及工地户外作业，救援队伍备勤，避险场所做好准备，学校停课。',
    'zh-Hant': '廣東／珠海已發布颱風黃色預警信號，對應防風Ⅲ級應急響應。Ⅳ級措施繼續執行；停止高空及工地戶外作業，救援隊伍備勤，避險場所做好準備，學校停課。',
    pt: 'Guangdong/Zhuhai emitiu o sinal de aviso amarelo de tufão, a que corresponde a resposta de emergência de nível III. As medidas de nível IV continuam; param os trabalhos em altura e ao ar livre nas obras, as equipas de salvamento ficam de prevenção, os centros de abrigo preparam-se e as escolas suspendem as aulas.',
    en: 'Guangdong/Zhuhai has issued the typhoon Yellow warning: wind emergency response level III. Level IV measures continue; outdoor work at height and on construction sites stops, rescue crews stand by, shelters get ready and schools suspend classes.',
  },
  triggers: [trigger('yellow', 'yellow')],
  checklist: [
    lowerLevelMeasures(['Ⅳ', 'IV'], {
      'zh-Hans': '24小时值班、重点区域排查、船只回港、居民预警、与澳门联络。',
      'zh-Hant': '24小時值班、重點區域排查、船隻回港、居民預警、與澳門聯絡。',
      pt: 'Serviço permanente de 24 horas, inspecção das zonas-chave, regresso das embarcações, aviso aos residentes, ligação com Macau.',
      en: '24-hour duty, key-area sweep, vessels back in port, residents warned, liaison with Macau.',
    }),
    {
      title: {
        'zh-Hans': '停止高空及工地户外作业，加固塔吊和围挡',
        'zh-Hant': '停止高空及工地戶外作業，加固塔吊和圍擋',
        pt: 'Parar os trabalhos em altura e ao ar livre nas obras; fixar gruas e tapumes',
        en: 'Stop outdoor work at height and on construction sites; secure cranes and hoardings',
      },
    },
    {
      title: {
        'zh-Hans': '救援队伍驻岛备勤',
        'zh-Hant': '救援隊伍駐島備勤',
        pt: 'Colocar as equipas de salvamento de prevenção na ilha',
        en: 'Put the rescue crews on standby on the island',
      },
      detail: {
        'zh-Hans': '台风“摩羯”期间为11支队伍、660余人；报告当前队伍数量及人数。',
        'zh-Hant': '颱風「摩羯」期間為11支隊伍、660餘人；報告當前隊伍數量及人數。',
        pt: 'Durante o tufão Yagi foram 11 equipas e mais de 660 pessoas; comunicar os números actuais.',
        en: 'During Typhoon Yagi: 11 crews, 660+ people; report the current numbers.',
      },
    },
    {
      title: {
        'zh-Hans': '避险场所做好开放准备',
        'zh-Hant': '避險場所做好開放準備',
        pt: 'Preparar os centros de abrigo para abrirem',
        en: 'Get the shelters ready to open',
      },
    },
    {
      title: {
        'zh-Hans': '确认学校已停课（见停课预案）',
        'zh-Hant': '確認學校已停課（見停課預案）',
        pt: 'Confirmar que as escolas suspenderam as aulas (ver o plano de suspensão das aulas)',
        en: 'Confirm schools have suspended classes (see the class suspension playbook)',
      },
    },
    {
      title: {
        'zh-Hans': '关闭海滨步道和滨水公园',
        'zh-Hant': '關閉海濱步道和濱水公園',
        pt: 'Fechar os passeios costeiros e os parques ribeirinhos',
        en: 'Close coastal paths and waterfront parks',
      },
    },
  ],
  alertTemplateIds: ['gd-typhoon-yellow', 'zhuhai-wind-response-iii'],
  verify: [VERIFY_MAPPING, VERIFY_MEASURES],
};

export const ZHUHAI_WIND_RESPONSE_II: PlaybookRuleDefinition = {
  id: 'zhuhai-wind-response-ii',
  title: {
    'zh-Hans': '珠海防风Ⅱ级应急响应（台风橙色）',
    'zh-Hant': '珠海防風Ⅱ級應急響應（颱風橙色）',
    pt: 'Resposta de emergência de nível II a ventos fortes de Zhuhai (tufão laranja)',
    en: 'Zhuhai wind emergency response level II (typhoon Orange)',
  },
  summary: {
    'zh-Hans': '广东／珠海已发布台风橙色预警信号，对应防风Ⅱ级应急响应。Ⅲ级措施继续执行；转移临险人员，取消户外活动、关闭公园景区，工地全面停工，探访困难和特殊群众。',
    'zh-Hant': '廣東／珠海已發布颱風橙色預警信號，對應防風Ⅱ級應急響應。Ⅲ級措施繼續執行；轉移臨險人員，取消戶外活動、關閉公園景區，工地全面停工，探訪困難和特殊群眾。',
    pt: 'Guangdong/Zhuhai emitiu o sinal de aviso laranja de tufão, a que corresponde a resposta de emergência de nível II. As medidas de nível III continuam; as pessoas em risco são retiradas, as actividades ao ar livre canceladas e os parques fechados, as obras param por completo e os residentes vulneráveis são visitados.',
    en: 'Guangdong/Zhuhai has issued the typhoon Orange warning: wind emergency response level II. Level III measures continue; people at risk are moved, outdoor events are cancelled and parks closed, all construction stops and vulnerable residents are visited.',
  },
  triggers: [trigger('orange', 'orange')],
  checklist: [
    lowerLevelMeasures(['Ⅲ', 'III'], {
      'zh-Hans': '停止高空及工地户外作业、救援队伍备勤、避险场所准备、学校停课、关闭滨水区域，以及Ⅳ级措施。',
      'zh-Hant': '停止高空及工地戶外作業、救援隊伍備勤、避險場所準備、學校停課、關閉濱水區域，以及Ⅳ級措施。',
      pt: 'Trabalhos em altura parados, equipas de salvamento de prevenção, centros de abrigo prontos, aulas suspensas, zonas ribeirinhas fechadas, e as medidas de nível IV.',
      en: 'Work at height stopped, rescue crews on standby, shelters ready, classes suspended, waterfront closed, and the level IV measures.',
    }),
    MOVE_PEOPLE_AT_RISK,
    {
      title: {
        'zh-Hans': '取消户外活动，关闭公园和景区',
        'zh-Hant': '取消戶外活動，關閉公園和景區',
        pt: 'Cancelar as actividades ao ar livre; fechar parques e locais turísticos',
        en: 'Cancel outdoor events; close parks and scenic spots',
      },
    },
    {
      title: {
        'zh-Hans': '工地全面停工，工人撤离至安全场所',
        'zh-Hant': '工地全面停工，工人撤離至安全場所',
        pt: 'Parar todas as obras e retirar os trabalhadores para locais seguros',
        en: 'Stop all construction work and move site workers to safe places',
      },
    },
    {
      title: {
        'zh-Hans': '探访困难和特殊群众',
        'zh-Hant': '探訪困難和特殊群眾',
        pt: 'Visitar os residentes vulneráveis e com necessidades especiais',
        en: 'Welfare checks on vulnerable and special-needs residents',
      },
    },
    {
      title: {
        'zh-Hans': '派出专项巡查队伍分片排查并逐队报告',
        'zh-Hant': '派出專項巡查隊伍分片排查並逐隊報告',
        pt: 'Enviar as equipas especiais de inspecção por sectores e receber o relatório de cada uma',
        en: 'Send the special inspection teams out by sector and collect each team’s report',
      },
    },
  ],
  alertTemplateIds: ['gd-typhoon-orange', 'zhuhai-wind-response-ii'],
  verify: [VERIFY_MAPPING, VERIFY_MEASURES],
};

export const ZHUHAI_WIND_RESPONSE_I: PlaybookRuleDefinition = {
  id: 'zhuhai-wind-response-i',
  title: {
    'zh-Hans': '珠海防风Ⅰ级应急响应（台风红色）：“五停”',
    'zh-Hant': '珠海防風Ⅰ級應急響應（颱風紅色）：「五停」',
    pt: 'Resposta de emergência de nível I a ventos fortes de Zhuhai (tufão vermelho): as «cinco paragens»',
    en: 'Zhuhai wind emergency response level I (typhoon Red): the "five stops"',
  },
  summary: {
    'zh-Hans': '广东／珠海已发布台风红色预警信号，对应防风Ⅰ级应急响应，实行“五停”：停课、停工、停运、停业、停市。Ⅱ级措施继续执行；除应急救援人员外，所有人留在室内。',
    'zh-Hant': '廣東／珠海已發布颱風紅色預警信號，對應防風Ⅰ級應急響應，實行「五停」：停課、停工、停運、停業、停市。Ⅱ級措施繼續執行；除應急救援人員外，所有人留在室內。',
    pt: 'Guangdong/Zhuhai emitiu o sinal de aviso vermelho de tufão, a que corresponde a resposta de emergência de nível I com as «cinco paragens»: param as aulas, o trabalho, os transportes, o comércio e os mercados. As medidas de nível II continuam; todos ficam dentro de casa, excepto os serviços de emergência.',
    en: 'Guangdong/Zhuhai has issued the typhoon Red warning: wind emergency response level I with the "five stops" — schools, work, transport, business and markets stop. Level II measures continue; everyone but the emergency services stays indoors.',
  },
  triggers: [trigger('red')],
  checklist: [
    lowerLevelMeasures(['Ⅱ', 'II'], {
      'zh-Hans': '临险人员已转移、户外活动取消、工地全面停工、困难群众已探访、专项巡查，以及Ⅲ、Ⅳ级措施。',
      'zh-Hant': '臨險人員已轉移、戶外活動取消、工地全面停工、困難群眾已探訪、專項巡查，以及Ⅲ、Ⅳ級措施。',
      pt: 'Pessoas em risco retiradas, actividades ao ar livre canceladas, obras paradas, residentes vulneráveis visitados, inspecções especiais, e as medidas dos níveis III e IV.',
      en: 'People at risk moved, outdoor events cancelled, construction stopped, vulnerable residents visited, special inspections, and the level III and IV measures.',
    }),
    {
      title: {
        'zh-Hans': '停课：确认所有学校和幼儿园停课',
        'zh-Hant': '停課：確認所有學校和幼兒園停課',
        pt: 'Paragem das aulas: confirmar que todas as escolas e jardins de infância estão fechados',
        en: 'Schools stop: confirm every school and kindergarten is closed',
      },
    },
    {
      title: {
        'zh-Hans': '停工：除必要服务外，用人单位安排员工停工避险',
        'zh-Hant': '停工：除必要服務外，用人單位安排員工停工避險',
        pt: 'Paragem do trabalho: excepto serviços essenciais, os empregadores mandam o pessoal parar e abrigar-se',
        en: 'Work stops: except essential services, employers stop work and keep staff sheltered',
      },
    },
    {
      title: {
        'zh-Hans': '停运：公交等公共交通停运，与运营单位确认',
        'zh-Hant': '停運：公交等公共交通停運，與營運單位確認',
        pt: 'Paragem dos transportes: autocarros e restantes transportes públicos suspensos; confirmar com os operadores',
        en: 'Transport stops: buses and other public transport suspended; confirm with the operators',
      },
    },
    {
      title: {
        'zh-Hans': '停业：除基本生活保障外，商铺和企业停业',
        'zh-Hant': '停業：除基本生活保障外，商鋪和企業停業',
        pt: 'Paragem do comércio: lojas e empresas fecham, excepto os abastecimentos essenciais',
        en: 'Business stops: shops and businesses close, except essential supplies',
      },
    },
    {
      title: {
        'zh-Hans': '停市：各类市场休市',
        'zh-Hant': '停市：各類市場休市',
        pt: 'Paragem dos mercados: todos os mercados fecham',
        en: 'Markets stop: all markets close',
      },
    },
    {
      title: {
        'zh-Hans': '通知居民留在室内，直至响应级别降低',
        'zh-Hant': '通知居民留在室內，直至響應級別降低',
        pt: 'Avisar os residentes para ficarem dentro de casa até a resposta baixar de nível',
        en: 'Tell residents to stay indoors until the response level is lowered',
      },
    },
  ],
  alertTemplateIds: ['gd-typhoon-red', 'zhuhai-wind-response-i'],
  verify: [VERIFY_MAPPING, VERIFY_MEASURES],
};
