import type { AlertTemplate } from '@app/contracts';
import { ALL_HENGQIN_AREA_IDS } from './template-areas.data.js';

/** Orders and notices that are not tied to one signal: evacuation of low-lying areas and the all clear. */
export const SAFETY_TEMPLATES: AlertTemplate[] = [
  {
    id: 'low-lying-evacuation',
    name: { 'zh-Hans': '低洼地区撤离', 'zh-Hant': '低窪地區撤離', pt: 'Evacuação das zonas baixas', en: 'Evacuation of low-lying areas' },
    signal: null,
    category: 'Safety',
    event: { 'zh-Hans': '低洼地区撤离', 'zh-Hant': '低窪地區撤離', pt: 'Evacuação das zonas baixas', en: 'Evacuation of low-lying areas' },
    eventCode: 'OET-189',
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Likely',
    responseTypes: ['Evacuate'],
    info: {
      'zh-Hans': { headline: '请低洼地区居民立即撤离到避险中心', description: '预计风暴潮和大雨会令横琴低洼地区水浸。各社区中心已开放作避险中心，工作人员会协助撤离。', instruction: '请关闭家中电源和燃气，带上证件、药品、手机和充电器，前往就近的社区中心避险。行动不便者请致电社区或 110 求助。' },
      'zh-Hant': { headline: '請低窪地區居民立即撤離到避險中心', description: '預計風暴潮和大雨會令橫琴低窪地區水浸。各社區中心已開放作避險中心，工作人員會協助撤離。', instruction: '請關閉家中電源和燃氣，帶上證件、藥品、手機和充電器，前往就近的社區中心避險。行動不便者請致電社區或 110 求助。' },
      pt: { headline: 'Moradores das zonas baixas: saiam já para um centro de abrigo', description: 'Prevê-se que a maré de tempestade e a chuva forte inundem as zonas baixas de Hengqin. Os centros comunitários estão abertos como centros de abrigo e há equipas a ajudar na evacuação.', instruction: 'Desligue a eletricidade e o gás, leve documentos, medicamentos, telemóvel e carregador e vá para o centro comunitário mais próximo. Se tem mobilidade reduzida, peça ajuda à comunidade ou ligue 110.' },
      en: { headline: 'Residents of low-lying areas: go to a shelter now', description: 'Storm surge and heavy rain are expected to flood low-lying parts of Hengqin. Community centres are open as shelters and staff are helping people leave.', instruction: 'Switch off electricity and gas, take your ID, medicines, phone and charger, and go to the nearest community centre. If you have reduced mobility, call your community or 110 for help.' },
    },
    defaultAreaIds: ALL_HENGQIN_AREA_IDS,
    expiresAfterMinutes: 12 * 60,
  },
  {
    id: 'all-clear',
    name: { 'zh-Hans': '警报解除', 'zh-Hant': '警報解除', pt: 'Fim do alerta', en: 'All clear' },
    signal: null,
    category: 'Safety',
    event: { 'zh-Hans': '警报解除', 'zh-Hant': '警報解除', pt: 'Fim do alerta', en: 'All clear' },
    eventCode: 'OET-204',
    urgency: 'Past',
    severity: 'Minor',
    certainty: 'Observed',
    responseTypes: ['AllClear'],
    info: {
      'zh-Hans': { headline: '警报解除，生活逐步恢复正常', description: '相关预警信号已取消，横琴各项服务正逐步恢复。部分道路可能仍有倒塌树木和积水，清理工作正在进行。', instruction: '外出时请留意地面杂物和积水，不要触碰断落的电线。回家后先检查门窗、电器和燃气再使用，发现危险请致电 110。' },
      'zh-Hant': { headline: '警報解除，生活逐步恢復正常', description: '相關預警信號已取消，橫琴各項服務正逐步恢復。部分道路可能仍有倒塌樹木和積水，清理工作正在進行。', instruction: '外出時請留意地面雜物和積水，不要觸碰斷落的電線。回家後先檢查門窗、電器和燃氣再使用，發現危險請致電 110。' },
      pt: { headline: 'Fim do alerta: a normalidade está a ser reposta', description: 'Os sinais de alerta foram cancelados e os serviços de Hengqin estão a ser retomados aos poucos. Ainda pode haver árvores caídas e água acumulada nalgumas ruas; a limpeza está em curso.', instruction: 'Ao sair, tenha cuidado com detritos e água acumulada e não toque em cabos elétricos caídos. Em casa, verifique portas, janelas, aparelhos e gás antes de os usar; se notar perigo, ligue 110.' },
      en: { headline: 'All clear: services are returning to normal', description: 'The warning signals have been cancelled and services on Hengqin are resuming step by step. Some roads may still have fallen trees and standing water; clean-up is under way.', instruction: 'When you go out, watch for debris and standing water and do not touch fallen power lines. At home, check doors, windows, appliances and gas before using them; if you see a hazard, call 110.' },
    },
    defaultAreaIds: ALL_HENGQIN_AREA_IDS,
    expiresAfterMinutes: 6 * 60,
  },
];
