import type { PlaybookRuleDefinition } from '../playbook-rule.types.js';

/* Macau storm surge (Executive Order 76/2018): Orange or higher starts the low-lying areas evacuation plan. */

export const MACAU_STORM_SURGE_EVACUATION: PlaybookRuleDefinition = {
  id: 'smg-storm-surge-orange-evacuation',
  title: {
    'zh-Hans': '澳门风暴潮橙色或以上：低洼地区疏散计划',
    'zh-Hant': '澳門風暴潮橙色或以上：低窪地區疏散計劃',
    pt: 'Aviso de «storm surge» laranja ou superior em Macau: plano de evacuação das zonas baixas',
    en: 'Macau storm surge Orange or higher: low-lying areas evacuation plan',
  },
  summary: {
    'zh-Hans':
      '澳门已发出橙色或以上风暴潮警告（内港水位高出路面1.0米或以上），启动低洼地区疏散计划。横琴方面：巡查低洼及临水地段，转移临险人员，探访困难和特殊群众。',
    'zh-Hant':
      '澳門已發出橙色或以上風暴潮警告（內港水位高出路面1.0米或以上），啟動低窪地區疏散計劃。橫琴方面：巡查低窪及臨水地段，轉移臨險人員，探訪困難和特殊群眾。',
    pt: 'Macau emitiu um aviso de «storm surge» laranja ou superior (água 1,0 m ou mais acima do pavimento no Porto Interior), que activa o plano de evacuação das zonas baixas. Em Hengqin: patrulhar as zonas baixas e ribeirinhas, retirar as pessoas em risco e visitar os residentes vulneráveis.',
    en: 'Macau has issued a storm surge warning of Orange or higher (water 1.0 m or more above road level at the Inner Harbour), which starts the low-lying areas evacuation plan. On Hengqin: patrol low-lying and waterfront areas, move people at risk and check on vulnerable residents.',
  },
  triggers: [{ authority: 'smg', hazards: ['storm-surge'], on: 'rise', level: 'orange' }],
  checklist: [
    {
      title: {
        'zh-Hans': '启动低洼地区疏散计划并指定负责人',
        'zh-Hant': '啟動低窪地區疏散計劃並指定負責人',
        pt: 'Activar o plano de evacuação das zonas baixas e designar quem o coordena',
        en: 'Start the low-lying areas evacuation plan and name who leads it',
      },
    },
    {
      title: {
        'zh-Hans': '巡查低洼及临水地段，封闭有风险的滨水步道和地下停车场',
        'zh-Hant': '巡查低窪及臨水地段，封閉有風險的濱水步道和地下停車場',
        pt: 'Patrulhar as zonas baixas e ribeirinhas; fechar os passeios marginais e os parques subterrâneos em risco',
        en: 'Patrol low-lying and waterfront areas; close waterfront paths and underground car parks at risk',
      },
    },
    {
      title: {
        'zh-Hans': '将临险人员转移至避险场所并报告人数',
        'zh-Hant': '將臨險人員轉移至避險場所並報告人數',
        pt: 'Transferir as pessoas em risco para os centros de abrigo e comunicar quantas são',
        en: 'Move people at risk to shelters and report how many',
      },
    },
    {
      title: {
        'zh-Hans': '探访困难和特殊群众',
        'zh-Hant': '探訪困難和特殊群眾',
        pt: 'Visitar os residentes vulneráveis e com necessidades especiais',
        en: 'Welfare checks on vulnerable and special-needs residents',
      },
      detail: {
        'zh-Hans': '社工逐一致电或上门探访名单上的居民（台风“摩羯”期间跟进224人）；记录已联系的人员。',
        'zh-Hant': '社工逐一致電或上門探訪名單上的居民（颱風「摩羯」期間跟進224人）；記錄已聯繫的人員。',
        pt: 'Os assistentes sociais telefonam ou visitam cada residente da lista (224 acompanhados durante o tufão Yagi); registar quem foi contactado.',
        en: 'Social workers call or visit each resident on the list (224 followed during Typhoon Yagi); record who was reached.',
      },
    },
    {
      title: {
        'zh-Hans': '联系澳门新街坊指定联络人，关注首层及停车场水浸风险',
        'zh-Hant': '聯繫澳門新街坊指定聯絡人，關注首層及停車場水浸風險',
        pt: 'Contactar o responsável do Novo Bairro de Macau sobre o risco de inundação do rés-do-chão e do parque de estacionamento',
        en: 'Call the Macau New Neighbourhood contact about flooding of ground floors and the car park',
      },
    },
    {
      title: {
        'zh-Hans': '经联络群与澳门方面沟通内港水位及疏散时间',
        'zh-Hant': '經聯絡群與澳門方面溝通內港水位及疏散時間',
        pt: 'Coordenar com Macau o nível da água no Porto Interior e a hora da evacuação (grupo de ligação)',
        en: 'Coordinate the Inner Harbour water level and evacuation timing with Macau (liaison group)',
      },
    },
  ],
  alertTemplateIds: ['smg-stormsurge-orange', 'low-lying-evacuation'],
  verify: ['Which Hengqin areas are low-lying enough to be evacuated together with the Macau plan.'],
  // Flooding threatens residents of low-lying homes wherever they are on the list; add areas once confirmed.
  welfareChecks: { areas: null, kinds: ['low-lying-home'] },
};
