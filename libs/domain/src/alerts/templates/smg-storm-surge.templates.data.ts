import type { AlertTemplate } from '@app/contracts';
import { ALL_HENGQIN_AREA_IDS } from './template-areas.data.js';

const SIGNAL = { authority: 'smg', area: 'macau', hazard: 'storm-surge' };
const EVENT_CODE = 'OET-189';

/** Macau storm surge warnings: flooding of low-lying streets and ground floors near the shore. */
export const SMG_STORM_SURGE_TEMPLATES: AlertTemplate[] = [
  {
    id: 'smg-stormsurge-orange',
    name: { 'zh-Hans': '澳门风暴潮橙色警告', 'zh-Hant': '澳門風暴潮橙色警告', pt: 'Aviso laranja de storm surge em Macau', en: 'Macau storm surge Orange' },
    signal: { ...SIGNAL, levels: ['orange'] },
    category: 'Met',
    event: { 'zh-Hans': '风暴潮橙色警告', 'zh-Hant': '風暴潮橙色警告', pt: 'Aviso laranja de storm surge', en: 'Storm surge warning Orange' },
    eventCode: EVENT_CODE,
    urgency: 'Expected',
    severity: 'Severe',
    certainty: 'Likely',
    responseTypes: ['Prepare', 'Avoid'],
    info: {
      'zh-Hans': { headline: '风暴潮橙色警告：低洼地区可能水浸 1 至 1.5 米', description: '澳门地球物理气象局已发出风暴潮橙色警告，预计沿岸低洼地区水位将高出路面约 1 至 1.5 米。', instruction: '低洼地区居民请把贵重物品和电器移往高处，准备沙包和挡水板，关闭地下室电源。留意撤离通知，远离海边和河道。' },
      'zh-Hant': { headline: '風暴潮橙色警告：低窪地區可能水浸 1 至 1.5 米', description: '澳門地球物理氣象局已發出風暴潮橙色警告，預計沿岸低窪地區水位將高出路面約 1 至 1.5 米。', instruction: '低窪地區居民請把貴重物品和電器移往高處，準備沙包和擋水板，關閉地下室電源。留意撤離通知，遠離海邊和河道。' },
      pt: { headline: 'Aviso laranja de storm surge: inundação de 1 a 1,5 m nas zonas baixas', description: 'Os SMG emitiram o aviso laranja de storm surge. Prevê-se que a água suba cerca de 1 a 1,5 m acima do nível da rua nas zonas baixas junto à costa.', instruction: 'Nas zonas baixas, suba objetos de valor e aparelhos elétricos, prepare sacos de areia e comportas e desligue a eletricidade das caves. Esteja atento a avisos de evacuação e afaste-se da orla e dos canais.' },
      en: { headline: 'Storm surge Orange: flooding of 1 to 1.5 m expected in low-lying areas', description: 'SMG has issued the Orange storm surge warning. Water is expected to rise about 1 to 1.5 m above street level in low-lying coastal areas.', instruction: 'In low-lying areas move valuables and appliances up high, set out sandbags and flood boards, and switch off power to basements. Watch for evacuation notices and keep away from the shore and channels.' },
    },
    defaultAreaIds: ALL_HENGQIN_AREA_IDS,
    expiresAfterMinutes: 12 * 60,
  },
  {
    id: 'smg-stormsurge-red',
    name: { 'zh-Hans': '澳门风暴潮红色警告', 'zh-Hant': '澳門風暴潮紅色警告', pt: 'Aviso vermelho de storm surge em Macau', en: 'Macau storm surge Red' },
    signal: { ...SIGNAL, levels: ['red'] },
    category: 'Met',
    event: { 'zh-Hans': '风暴潮红色警告', 'zh-Hant': '風暴潮紅色警告', pt: 'Aviso vermelho de storm surge', en: 'Storm surge warning Red' },
    eventCode: EVENT_CODE,
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Likely',
    responseTypes: ['Evacuate', 'Avoid'],
    info: {
      'zh-Hans': { headline: '风暴潮红色警告：低洼地区可能水浸 1.5 至 2.5 米，请撤离', description: '澳门地球物理气象局已发出风暴潮红色警告，预计沿岸低洼地区水位将高出路面约 1.5 至 2.5 米，地面层和地下停车场有严重水浸风险。', instruction: '低洼地区及地面层住户请立即撤往较高楼层或就近避险中心。不要进入地下停车场，不要涉水驾车。行动不便的邻居请协助撤离。' },
      'zh-Hant': { headline: '風暴潮紅色警告：低窪地區可能水浸 1.5 至 2.5 米，請撤離', description: '澳門地球物理氣象局已發出風暴潮紅色警告，預計沿岸低窪地區水位將高出路面約 1.5 至 2.5 米，地面層和地下停車場有嚴重水浸風險。', instruction: '低窪地區及地面層住户請立即撤往較高樓層或就近避險中心。不要進入地下停車場，不要涉水駕車。行動不便的鄰居請協助撤離。' },
      pt: { headline: 'Aviso vermelho de storm surge: inundação de 1,5 a 2,5 m, evacue as zonas baixas', description: 'Os SMG emitiram o aviso vermelho de storm surge. Prevê-se que a água suba cerca de 1,5 a 2,5 m acima do nível da rua nas zonas baixas junto à costa, com grave risco de inundação de rés-do-chão e parques subterrâneos.', instruction: 'Quem vive em zonas baixas ou no rés-do-chão deve subir já para andares mais altos ou ir para o centro de abrigo mais próximo. Não entre em parques subterrâneos nem conduza por zonas alagadas. Ajude os vizinhos com mobilidade reduzida.' },
      en: { headline: 'Storm surge Red: flooding of 1.5 to 2.5 m expected, leave low-lying areas', description: 'SMG has issued the Red storm surge warning. Water is expected to rise about 1.5 to 2.5 m above street level in low-lying coastal areas, with a serious risk of flooding of ground floors and underground car parks.', instruction: 'If you live in a low-lying area or on a ground floor, move now to a higher floor or the nearest shelter. Do not enter underground car parks or drive through flood water. Help neighbours with reduced mobility.' },
    },
    defaultAreaIds: ALL_HENGQIN_AREA_IDS,
    expiresAfterMinutes: 12 * 60,
  },
  {
    id: 'smg-stormsurge-black',
    name: { 'zh-Hans': '澳门风暴潮黑色警告', 'zh-Hant': '澳門風暴潮黑色警告', pt: 'Aviso negro de storm surge em Macau', en: 'Macau storm surge Black' },
    signal: { ...SIGNAL, levels: ['black'] },
    category: 'Met',
    event: { 'zh-Hans': '风暴潮黑色警告', 'zh-Hant': '風暴潮黑色警告', pt: 'Aviso negro de storm surge', en: 'Storm surge warning Black' },
    eventCode: EVENT_CODE,
    urgency: 'Immediate',
    severity: 'Extreme',
    certainty: 'Likely',
    responseTypes: ['Evacuate', 'Shelter'],
    info: {
      'zh-Hans': { headline: '风暴潮黑色警告：可能水浸超过 2.5 米，立即前往高处', description: '澳门地球物理气象局已发出风暴潮黑色警告，预计沿岸低洼地区水位将高出路面超过 2.5 米，水位可能迅速上升。', instruction: '低洼地区居民请立即前往较高楼层或避险中心，切勿留在地面层或地下。不要外出涉水。如被困请致电 110 或 119，并在高处等候救援。' },
      'zh-Hant': { headline: '風暴潮黑色警告：可能水浸超過 2.5 米，立即前往高處', description: '澳門地球物理氣象局已發出風暴潮黑色警告，預計沿岸低窪地區水位將高出路面超過 2.5 米，水位可能迅速上升。', instruction: '低窪地區居民請立即前往較高樓層或避險中心，切勿留在地面層或地下。不要外出涉水。如被困請致電 110 或 119，並在高處等候救援。' },
      pt: { headline: 'Aviso negro de storm surge: inundação acima de 2,5 m, vá já para um local alto', description: 'Os SMG emitiram o aviso negro de storm surge. Prevê-se que a água suba mais de 2,5 m acima do nível da rua nas zonas baixas junto à costa, e pode subir depressa.', instruction: 'Nas zonas baixas, vá já para um andar alto ou para um centro de abrigo; não fique no rés-do-chão nem na cave. Não ande na água. Se ficar isolado, ligue 110 ou 119 e aguarde socorro num local alto.' },
      en: { headline: 'Storm surge Black: flooding over 2.5 m expected, get to high ground now', description: 'SMG has issued the Black storm surge warning. Water is expected to rise more than 2.5 m above street level in low-lying coastal areas and may rise quickly.', instruction: 'In low-lying areas go now to a high floor or a shelter; do not stay on the ground floor or below. Do not walk through water. If you are trapped, call 110 or 119 and wait for rescue somewhere high.' },
    },
    defaultAreaIds: ALL_HENGQIN_AREA_IDS,
    expiresAfterMinutes: 12 * 60,
  },
];
