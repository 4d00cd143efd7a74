import type { PlaybookRuleDefinition } from '../playbook-rule.types.js';

/* Macau Black rainstorm (about 80 mm per hour): flooding patrols on the Hengqin side as well. */

export const MACAU_RAINSTORM_BLACK_PATROLS: PlaybookRuleDefinition = {
  id: 'smg-rainstorm-black-flood-patrols',
  title: {
    'zh-Hans': '澳门黑色暴雨：水浸巡查',
    'zh-Hant': '澳門黑色暴雨：水浸巡查',
    pt: 'Aviso de tempestade (chuva intensa) preto em Macau: patrulhas de inundações',
    en: 'Macau Black rainstorm: flooding patrols',
  },
  summary: {
    'zh-Hans': '澳门已发出黑色暴雨警告信号（每小时约80毫米）。派出水浸巡查队伍前往易涝点、隧道及地下停车场，保持排水畅通，提醒居民远离低洼路段。',
    'zh-Hant': '澳門已發出黑色暴雨警告信號（每小時約80毫米）。派出水浸巡查隊伍前往易澇點、隧道及地下停車場，保持排水暢通，提醒居民遠離低窪路段。',
    pt: 'Macau emitiu o aviso de tempestade (chuva intensa) preto (cerca de 80 mm por hora). Enviar patrulhas aos pontos habituais de inundação, passagens inferiores e parques subterrâneos, manter os escoamentos desobstruídos e avisar os residentes para evitarem as vias baixas.',
    en: 'Macau has issued the Black rainstorm warning signal (about 80 mm per hour). Send flooding patrols to known flood spots, underpasses and underground car parks, keep the drains clear and warn residents to keep away from low-lying roads.',
  },
  triggers: [{ authority: 'smg', hazards: ['rainstorm'], on: 'rise', level: 'black' }],
  checklist: [
    {
      title: {
        'zh-Hans': '派出水浸巡查队伍前往易涝点并报告水深',
        'zh-Hant': '派出水浸巡查隊伍前往易澇點並報告水深',
        pt: 'Enviar patrulhas aos pontos habituais de inundação e comunicar a altura da água',
        en: 'Send flooding patrols to the known flood spots and report the water depth',
      },
    },
    {
      title: {
        'zh-Hans': '封闭积水隧道和地下停车场，设置警示标志',
        'zh-Hant': '封閉積水隧道和地下停車場，設置警示標誌',
        pt: 'Fechar as passagens inferiores e os parques subterrâneos alagados e colocar sinais de aviso',
        en: 'Close flooded underpasses and underground car parks and put up warning signs',
      },
    },
    {
      title: {
        'zh-Hans': '会同排水队伍清理堵塞的排水口',
        'zh-Hant': '會同排水隊伍清理堵塞的排水口',
        pt: 'Desobstruir sarjetas e escoamentos com as equipas de drenagem',
        en: 'Clear blocked drains and inlets with the drainage crews',
      },
    },
    {
      title: {
        'zh-Hans': '抽水设备及救援队伍在易涝点待命',
        'zh-Hant': '抽水設備及救援隊伍在易澇點待命',
        pt: 'Colocar bombas e equipas de salvamento de prevenção nos pontos sujeitos a inundação',
        en: 'Put pumps and rescue crews on standby at flood-prone points',
      },
    },
    {
      title: {
        'zh-Hans': '检查易涝区域困难群众的首层住户',
        'zh-Hant': '檢查易澇區域困難群眾的首層住戶',
        pt: 'Verificar as habitações de rés-do-chão de residentes vulneráveis nas zonas sujeitas a inundação',
        en: 'Check on vulnerable residents living on ground floors in flood-prone areas',
      },
    },
  ],
  alertTemplateIds: ['smg-rainstorm-black', 'flooding-keep-away'],
  // Ground-floor homes in flood-prone spots (checklist item 5).
  welfareChecks: { kinds: ['low-lying-home'] },
};
