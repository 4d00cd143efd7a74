import type { Language } from '@app/contracts';

/**
 * The words of the after-action report in each language. The HQ publishes it in Chinese and English; Portuguese is
 * there for Macau's counterparts. Category and outcome labels follow the field pages' wording.
 */
export interface AfterActionLabels {
  title: string;
  period: string;
  generatedAt: string;
  sections: Record<'warnings' | 'signals' | 'teams' | 'crews' | 'hazards' | 'evacuation' | 'residents', string>;
  items: Record<AfterActionItem, string>;
  channels: Record<string, string>;
  hazardCategories: Record<string, string>;
  welfareOutcomes: Record<string, string>;
  levelCancelled: string;
}

export type AfterActionItem =
  | 'alerts' | 'sent' | 'failed' | 'byChannel' | 'byLanguage'
  | 'inspectionTeams' | 'rescueCrews' | 'tasks' | 'tasksDone' | 'inspectorTrips' | 'vehicleTrips' | 'vehicles'
  | 'peakCrewsOnStandby' | 'peakPeopleOnStandby'
  | 'found' | 'rectified' | 'verified' | 'open' | 'byCategory'
  | 'peopleMoved' | 'transfers' | 'sheltersUsed' | 'peakOccupancy' | 'vulnerableChecked' | 'welfareOutcomes'
  | 'safe' | 'needHelp' | 'helpRequestsHandled';

const zhHans: AfterActionLabels = {
  title: '防御工作总结',
  period: '时段',
  generatedAt: '生成时间',
  sections: { warnings: '预警发布', signals: '信号时间线', teams: '巡查队伍与出动', crews: '抢险队伍备勤', hazards: '隐患发现与整改', evacuation: '转移安置', residents: '居民回报与求助' },
  items: {
    alerts: '发布预警（条）', sent: '送达（人次）', failed: '未送达', byChannel: '按渠道', byLanguage: '按语言',
    inspectionTeams: '巡查队（支）', rescueCrews: '抢险队（支）', tasks: '任务（项）', tasksDone: '已完成任务', inspectorTrips: '出动巡查人员（人次）', vehicleTrips: '出动车辆（辆次）', vehicles: '车辆（辆）',
    peakCrewsOnStandby: '备勤队伍峰值（支）', peakPeopleOnStandby: '备勤人员峰值（人）',
    found: '发现隐患（处）', rectified: '已整改', verified: '已复核', open: '未完成', byCategory: '按类别',
    peopleMoved: '转移人员（人）', transfers: '转移批次', sheltersUsed: '启用避护场所（个）', peakOccupancy: '安置人数峰值', vulnerableChecked: '探访重点人员（人）', welfareOutcomes: '探访结果',
    safe: '报平安（人次）', needHelp: '求助（人次）', helpRequestsHandled: '已处理求助',
  },
  channels: { 'web-push': '网页推送' },
  hazardCategories: { 'fallen-tree': '倒树', flooding: '水浸', 'loose-structure': '松脱构件', landslide: '山体滑坡', power: '电力', 'blocked-road': '道路阻断', other: '其他' },
  welfareOutcomes: { safe: '平安', 'needs-help': '需要协助', moved: '已转移', 'not-reached': '未联系上' },
  levelCancelled: '解除',
};

const zhHant: AfterActionLabels = {
  title: '防禦工作總結',
  period: '時段',
  generatedAt: '生成時間',
  sections: { warnings: '預警發佈', signals: '信號時間線', teams: '巡查隊伍與出動', crews: '搶險隊伍備勤', hazards: '隱患發現與整改', evacuation: '轉移安置', residents: '居民回報與求助' },
  items: {
    alerts: '發佈預警（條）', sent: '送達（人次）', failed: '未送達', byChannel: '按渠道', byLanguage: '按語言',
    inspectionTeams: '巡查隊（支）', rescueCrews: '搶險隊（支）', tasks: '任務（項）', tasksDone: '已完成任務', inspectorTrips: '出動巡查人員（人次）', vehicleTrips: '出動車輛（輛次）', vehicles: '車輛（輛）',
    peakCrewsOnStandby: '備勤隊伍峰值（支）', peakPeopleOnStandby: '備勤人員峰值（人）',
    found: '發現隱患（處）', rectified: '已整改', verified: '已覆核', open: '未完成', byCategory: '按類別',
    peopleMoved: '轉移人員（人）', transfers: '轉移批次', sheltersUsed: '啟用避護場所（個）', peakOccupancy: '安置人數峰值', vulnerableChecked: '探訪重點人員（人）', welfareOutcomes: '探訪結果',
    safe: '報平安（人次）', needHelp: '求助（人次）', helpRequestsHandled: '已處理求助',
  },
  channels: { 'web-push': '網頁推送' },
  hazardCategories: { 'fallen-tree': '倒樹', flooding: '水浸', 'loose-structure': '鬆脫構件', landslide: '山泥傾瀉', power: '電力', 'blocked-road': '道路阻斷', other: '其他' },
  welfareOutcomes: { safe: '平安', 'needs-help': '需要協助', moved: '已轉移', 'not-reached': '未聯絡上' },
  levelCancelled: '解除',
};

const pt: AfterActionLabels = {
  title: 'Relatório pós-ação',
  period: 'Período',
  generatedAt: 'Gerado em',
  sections: { warnings: 'Avisos emitidos', signals: 'Cronologia dos sinais', teams: 'Equipas de inspeção e deslocações', crews: 'Equipas de socorro de prevenção', hazards: 'Perigos detetados e corrigidos', evacuation: 'Evacuação e abrigos', residents: 'Respostas dos residentes' },
  items: {
    alerts: 'Alertas emitidos', sent: 'Entregues', failed: 'Não entregues', byChannel: 'Por canal', byLanguage: 'Por língua',
    inspectionTeams: 'Equipas de inspeção', rescueCrews: 'Equipas de socorro', tasks: 'Tarefas', tasksDone: 'Tarefas concluídas', inspectorTrips: 'Deslocações de inspetores (pessoa-vez)', vehicleTrips: 'Deslocações de viaturas', vehicles: 'Viaturas',
    peakCrewsOnStandby: 'Máximo de equipas de prevenção', peakPeopleOnStandby: 'Máximo de pessoas de prevenção',
    found: 'Perigos detetados', rectified: 'Corrigidos', verified: 'Verificados', open: 'Por resolver', byCategory: 'Por categoria',
    peopleMoved: 'Pessoas deslocadas', transfers: 'Transferências', sheltersUsed: 'Abrigos utilizados', peakOccupancy: 'Ocupação máxima', vulnerableChecked: 'Residentes vulneráveis visitados', welfareOutcomes: 'Resultados das visitas',
    safe: '«Estou bem»', needHelp: '«Preciso de ajuda»', helpRequestsHandled: 'Pedidos de ajuda tratados',
  },
  channels: { 'web-push': 'Notificação web' },
  hazardCategories: { 'fallen-tree': 'Árvore caída', flooding: 'Inundação', 'loose-structure': 'Estrutura solta', landslide: 'Deslizamento de terras', power: 'Eletricidade', 'blocked-road': 'Estrada bloqueada', other: 'Outro' },
  welfareOutcomes: { safe: 'Bem', 'needs-help': 'Precisa de ajuda', moved: 'Deslocado', 'not-reached': 'Não contactado' },
  levelCancelled: 'cancelado',
};

const en: AfterActionLabels = {
  title: 'After-action report',
  period: 'Period',
  generatedAt: 'Generated',
  sections: { warnings: 'Warnings sent', signals: 'Signal timeline', teams: 'Inspection teams and trips', crews: 'Rescue crews on standby', hazards: 'Hazards found and rectified', evacuation: 'Evacuation and shelters', residents: 'Residents’ answers' },
  items: {
    alerts: 'Alerts published', sent: 'Delivered', failed: 'Not delivered', byChannel: 'By channel', byLanguage: 'By language',
    inspectionTeams: 'Inspection teams', rescueCrews: 'Rescue crews', tasks: 'Tasks', tasksDone: 'Tasks done', inspectorTrips: 'Inspector-trips', vehicleTrips: 'Vehicle-trips', vehicles: 'Vehicles',
    peakCrewsOnStandby: 'Peak crews on standby', peakPeopleOnStandby: 'Peak people on standby',
    found: 'Hazards found', rectified: 'Rectified', verified: 'Verified', open: 'Still open', byCategory: 'By category',
    peopleMoved: 'People moved', transfers: 'Transfers', sheltersUsed: 'Shelters used', peakOccupancy: 'Peak shelter occupancy', vulnerableChecked: 'Vulnerable residents checked', welfareOutcomes: 'Welfare-check outcomes',
    safe: '“I’m safe”', needHelp: '“I need help”', helpRequestsHandled: 'Help requests handled',
  },
  channels: { 'web-push': 'Web Push' },
  hazardCategories: { 'fallen-tree': 'Fallen tree', flooding: 'Flooding', 'loose-structure': 'Loose structure', landslide: 'Landslide', power: 'Power', 'blocked-road': 'Blocked road', other: 'Other' },
  welfareOutcomes: { safe: 'Safe', 'needs-help': 'Needs help', moved: 'Moved', 'not-reached': 'Not reached' },
  levelCancelled: 'cancelled',
};

export const AFTER_ACTION_LABELS: Record<Language, AfterActionLabels> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, pt, en };
