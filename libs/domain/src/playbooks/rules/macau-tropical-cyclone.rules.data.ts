import type { PlaybookRuleDefinition } from '../playbook-rule.types.js';

/*
 * What Macau tropical cyclone signal No. 8 sets off for Hengqin (Typhoon Yagi, 2024, as reported): the Lotus Bridge
 * closes, the Hengqin Port stays reachable over the University of Macau connecting bridge, port clearance is
 * decided jointly, shelters open. On lowering, the bridges reopen.
 */

export const MACAU_TC8_CROSS_BORDER: PlaybookRuleDefinition = {
  id: 'smg-tc8-cross-border',
  title: {
    'zh-Hans': '澳门八号或以上风球：莲花大桥封闭与口岸分流',
    'zh-Hant': '澳門八號或以上風球：蓮花大橋封閉與口岸分流',
    pt: 'Sinal n.º 8 ou superior em Macau: encerramento da Ponte Flor de Lótus e desvio para o Posto Fronteiriço de Hengqin',
    en: 'Macau signal No. 8 or higher: Lotus Bridge closure and reroute to the Hengqin Port',
  },
  summary: {
    'zh-Hans':
      '澳门已悬挂八号或以上热带气旋信号。莲花大桥约在悬挂后1至1.5小时封闭：须引导跨境人流经澳门大学连接桥改走横琴口岸，与澳门共同决定口岸通关安排，开放避险场所，外勤队伍转移至安全位置。',
    'zh-Hant':
      '澳門已懸掛八號或以上熱帶氣旋信號。蓮花大橋約在懸掛後1至1.5小時封閉：須引導跨境人流經澳門大學連接橋改走橫琴口岸，與澳門共同決定口岸通關安排，開放避險場所，外勤隊伍轉移至安全位置。',
    pt: 'Macau içou o sinal n.º 8 ou superior de tempestade tropical. A Ponte Flor de Lótus fecha cerca de 1 a 1,5 horas depois: desviar o tráfego transfronteiriço para o Posto Fronteiriço de Hengqin pela ponte de ligação da Universidade de Macau, decidir com Macau o regime de passagem no posto, abrir os centros de abrigo e recolher as equipas no terreno a locais seguros.',
    en: 'Macau has hoisted tropical cyclone signal No. 8 or higher. The Lotus Bridge closes about 1–1.5 hours later: reroute cross-border traffic to the Hengqin Port over the University of Macau connecting bridge, decide port clearance jointly with Macau, open the shelters and move field teams to safe positions.',
  },
  triggers: [{ authority: 'smg', hazards: ['tropical-cyclone'], on: 'rise', level: '8NE' }],
  checklist: [
    {
      title: {
        'zh-Hans': '经联络群或24小时应急热线向澳门方面确认莲花大桥封闭时间',
        'zh-Hant': '經聯絡群或24小時應急熱線向澳門方面確認蓮花大橋封閉時間',
        pt: 'Confirmar com Macau a hora de encerramento da Ponte Flor de Lótus (grupo de ligação ou linha directa de 24 horas)',
        en: 'Confirm the Lotus Bridge closing time with Macau (liaison group or 24-hour hotline)',
      },
      detail: {
        'zh-Hans': '大桥通常在八号风球悬挂后约1至1.5小时封闭；记录公布的封闭时间。',
        'zh-Hant': '大橋通常在八號風球懸掛後約1至1.5小時封閉；記錄公佈的封閉時間。',
        pt: 'A ponte fecha normalmente cerca de 1 a 1,5 horas após o içar do sinal n.º 8; registar a hora anunciada.',
        en: 'The bridge usually closes about 1–1.5 hours after signal No. 8 is hoisted; record the announced time.',
      },
    },
    {
      title: {
        'zh-Hans': '引导跨境人流车流经澳门大学连接桥改走横琴口岸',
        'zh-Hant': '引導跨境人流車流經澳門大學連接橋改走橫琴口岸',
        pt: 'Desviar o tráfego transfronteiriço para o Posto Fronteiriço de Hengqin pela ponte de ligação da Universidade de Macau',
        en: 'Reroute cross-border traffic to the Hengqin Port over the University of Macau connecting bridge',
      },
      detail: {
        'zh-Hans': '在莲花大桥引道设置指示并派员引导；在预警信息中告知居民改行路线。',
        'zh-Hant': '在蓮花大橋引道設置指示並派員引導；在預警信息中告知居民改行路線。',
        pt: 'Sinalização e pessoal nos acessos à Ponte Flor de Lótus; indicar aos residentes o percurso alternativo no alerta.',
        en: 'Signs and staff at the Lotus Bridge approaches; give residents the alternative route in the alert.',
      },
    },
    {
      title: {
        'zh-Hans': '通知横琴口岸大桥封闭及预计增加的通关客流',
        'zh-Hant': '通知橫琴口岸大橋封閉及預計增加的通關客流',
        pt: 'Notificar o Posto Fronteiriço de Hengqin do encerramento da ponte e do aumento previsto de passageiros',
        en: 'Notify the Hengqin Port of the bridge closure and the expected extra passengers',
      },
    },
    {
      title: {
        'zh-Hans': '与澳门方面共同决定横琴口岸通关安排',
        'zh-Hant': '與澳門方面共同決定橫琴口岸通關安排',
        pt: 'Decidir em conjunto com Macau o regime de passagem no Posto Fronteiriço de Hengqin',
        en: 'Decide the Hengqin Port clearance arrangements jointly with Macau',
      },
      detail: {
        'zh-Hans': '口岸是否维持通关及至何时；记录决定人和决定时间。',
        'zh-Hant': '口岸是否維持通關及至何時；記錄決定人和決定時間。',
        pt: 'Se o posto se mantém aberto e até quando; registar quem decidiu e a que horas.',
        en: 'Whether the port stays open and until when; record who decided and at what time.',
      },
    },
    {
      title: {
        'zh-Hans': '开放避险场所并报告就绪情况',
        'zh-Hant': '開放避險場所並報告就緒情況',
        pt: 'Abrir os centros de abrigo e comunicar que estão prontos',
        en: 'Open the shelters and report that they are ready',
      },
      detail: {
        'zh-Hans': '小横琴、新家园、莲花、荷塘社区中心及澳门新街坊中心。',
        'zh-Hant': '小橫琴、新家園、蓮花、荷塘社區中心及澳門新街坊中心。',
        pt: 'Centros comunitários de Xiaohengqin, Xinjiayuan, Lianhua e Hetang, e o centro do Novo Bairro de Macau.',
        en: 'Community centres of Xiaohengqin, Xinjiayuan, Lianhua and Hetang, and the Macau New Neighbourhood centre.',
      },
    },
    {
      title: {
        'zh-Hans': '外勤队伍转移至安全位置，逐队确认所在位置',
        'zh-Hant': '外勤隊伍轉移至安全位置，逐隊確認所在位置',
        pt: 'Recolher as equipas no terreno a locais seguros e confirmar onde está cada equipa',
        en: 'Move field teams to safe positions and confirm where each team is',
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
        'zh-Hans': '报告备勤队伍数量及人数。',
        'zh-Hant': '報告備勤隊伍數量及人數。',
        pt: 'Comunicar o número de equipas e de pessoas de prevenção.',
        en: 'Report how many crews and people are on standby.',
      },
    },
    {
      title: {
        'zh-Hans': '联系澳门新街坊的指定联络人',
        'zh-Hant': '聯繫澳門新街坊的指定聯絡人',
        pt: 'Contactar o responsável designado do Novo Bairro de Macau',
        en: 'Call the named contact for the Macau New Neighbourhood',
      },
    },
  ],
  alertTemplateIds: ['smg-tc8-issued', 'lotus-bridge-closing', 'hengqin-port-reroute'],
  verify: ['Lotus Bridge closing delay after signal No. 8 (about 1–1.5 h, as reported in 2024).'],
  // Signal 8: social workers check on every resident on the list.
  welfareChecks: {},
};

export const MACAU_TC_BELOW8_REOPEN: PlaybookRuleDefinition = {
  id: 'smg-tc-below8-reopen',
  title: {
    'zh-Hans': '澳门风球降至八号以下：大桥恢复通行，解除戒备',
    'zh-Hant': '澳門風球降至八號以下：大橋恢復通行，解除戒備',
    pt: 'Sinal de Macau abaixo do n.º 8: reabertura das pontes e desmobilização',
    en: 'Macau signal lowered below No. 8: bridges reopen, stand down',
  },
  summary: {
    'zh-Hans': '澳门已将热带气旋信号降至八号以下或取消。大桥恢复通行：确认莲花大桥重新开放，结束口岸分流，排查灾后隐患后解除特别检查。',
    'zh-Hant': '澳門已將熱帶氣旋信號降至八號以下或取消。大橋恢復通行：確認蓮花大橋重新開放，結束口岸分流，排查災後隱患後解除特別檢查。',
    pt: 'Macau baixou o sinal de tempestade tropical para abaixo do n.º 8 ou cancelou-o. As pontes reabrem: confirmar a reabertura da Ponte Flor de Lótus, terminar o desvio para o posto fronteiriço e, depois de verificar os danos, desmobilizar as verificações especiais.',
    en: 'Macau has lowered the tropical cyclone signal below No. 8 or cancelled it. The bridges reopen: confirm the Lotus Bridge is open again, end the port reroute, and stand down the special checks after a damage sweep.',
  },
  triggers: [{ authority: 'smg', hazards: ['tropical-cyclone'], on: 'lower', level: '8NE' }],
  checklist: [
    {
      title: {
        'zh-Hans': '向澳门方面确认莲花大桥已恢复通行及恢复时间',
        'zh-Hant': '向澳門方面確認蓮花大橋已恢復通行及恢復時間',
        pt: 'Confirmar com Macau a reabertura da Ponte Flor de Lótus e a respectiva hora',
        en: 'Confirm with Macau that the Lotus Bridge has reopened, and when',
      },
    },
    {
      title: {
        'zh-Hans': '结束改走横琴口岸的分流安排，撤除分流指示',
        'zh-Hant': '結束改走橫琴口岸的分流安排，撤除分流指示',
        pt: 'Terminar o desvio para o Posto Fronteiriço de Hengqin e retirar a sinalização',
        en: 'End the reroute to the Hengqin Port and remove the diversion signs',
      },
    },
    {
      title: {
        'zh-Hans': '通知横琴口岸恢复正常通关安排',
        'zh-Hant': '通知橫琴口岸恢復正常通關安排',
        pt: 'Informar o Posto Fronteiriço de Hengqin de que se retoma o regime normal de passagem',
        en: 'Tell the Hengqin Port that normal clearance arrangements resume',
      },
    },
    {
      title: {
        'zh-Hans': '解除外勤队伍戒备前开展灾后隐患排查',
        'zh-Hant': '解除外勤隊伍戒備前開展災後隱患排查',
        pt: 'Verificar danos e perigos antes de desmobilizar as equipas no terreno',
        en: 'Sweep for damage and hazards before standing down the field teams',
      },
      detail: {
        'zh-Hans': '倒伏树木、松脱围挡、积水路段、受损电线：上报并跟进整改。',
        'zh-Hant': '倒伏樹木、鬆脫圍擋、積水路段、受損電線：上報並跟進整改。',
        pt: 'Árvores caídas, tapumes soltos, vias alagadas, cabos eléctricos danificados: comunicar e acompanhar a reparação.',
        en: 'Fallen trees, loose hoardings, flooded roads, damaged power lines: report them and follow up the repairs.',
      },
    },
    {
      title: {
        'zh-Hans': '解除特别检查并记录解除时间',
        'zh-Hant': '解除特別檢查並記錄解除時間',
        pt: 'Desmobilizar as verificações especiais e registar a hora',
        en: 'Stand down the special checks and record the time',
      },
    },
    {
      title: {
        'zh-Hans': '与各避险场所商定人员返家时间',
        'zh-Hant': '與各避險場所商定人員返家時間',
        pt: 'Combinar com os centros de abrigo quando as pessoas podem regressar a casa',
        en: 'Agree with the shelters when people may go home',
      },
    },
  ],
  alertTemplateIds: ['smg-tc8-lowered', 'lotus-bridge-reopened'],
  verify: ['Bridges reopen on lowering to signal No. 3; confirm the actual reopening time with Macau each time.'],
};
