import type { AlertTemplate } from '@app/contracts';
import { ALL_HENGQIN_AREA_IDS } from './template-areas.data.js';

// A class suspension is an administrative notice: Minor severity, whatever the weather behind it (Hong Kong 2022).
const COMMON = {
  category: 'Safety',
  eventCode: 'OET-174',
  urgency: 'Expected',
  severity: 'Minor',
  certainty: 'Observed',
  responseTypes: ['Execute'],
  defaultAreaIds: ALL_HENGQIN_AREA_IDS,
  expiresAfterMinutes: 12 * 60,
} as const satisfies Partial<AlertTemplate>;

const EVENT = { 'zh-Hans': '学校停课', 'zh-Hant': '學校停課', pt: 'Suspensão das aulas', en: 'School classes suspended' };

/** Class suspensions for Hengqin schools, following Guangdong rules or, for schools that apply them, Macau's. */
export const SCHOOL_SUSPENSION_TEMPLATES: AlertTemplate[] = [
  {
    ...COMMON,
    responseTypes: [...COMMON.responseTypes],
    defaultAreaIds: [...COMMON.defaultAreaIds],
    id: 'school-suspension-gd',
    name: { 'zh-Hans': '横琴学校停课（广东）', 'zh-Hant': '橫琴學校停課（廣東）', pt: 'Aulas suspensas em Hengqin (Guangdong)', en: 'Hengqin schools suspend classes (Guangdong)' },
    signal: null,
    event: EVENT,
    info: {
      'zh-Hans': { headline: '横琴幼儿园和中小学今天停课', description: '因应珠海市发布的预警信号，横琴的幼儿园和中小学今天停课。学校会照顾已到校的学生。', instruction: '学生请留在家中。已在校的学生由学校照顾，家长请在安全时再接回，不必冒险赶往学校。' },
      'zh-Hant': { headline: '橫琴幼兒園和中小學今天停課', description: '因應珠海市發佈的預警信號，橫琴的幼兒園和中小學今天停課。學校會照顧已到校的學生。', instruction: '學生請留在家中。已在校的學生由學校照顧，家長請在安全時再接回，不必冒險趕往學校。' },
      pt: { headline: 'Jardins de infância e escolas de Hengqin sem aulas hoje', description: 'Devido ao sinal de alerta emitido por Zhuhai, os jardins de infância e as escolas de Hengqin suspendem hoje as aulas. As escolas cuidam dos alunos que já lá estão.', instruction: 'Os alunos devem ficar em casa. Quem já está na escola fica ao cuidado da escola; os pais só devem ir buscá-los quando for seguro, sem correr riscos.' },
      en: { headline: 'Hengqin kindergartens and schools closed today', description: 'Because of the warning signal issued by Zhuhai, kindergartens and primary and secondary schools on Hengqin suspend classes today. Schools look after pupils already there.', instruction: 'Pupils should stay at home. Those already at school are looked after there; parents, collect them only when it is safe, without taking risks.' },
    },
  },
  {
    ...COMMON,
    responseTypes: [...COMMON.responseTypes],
    defaultAreaIds: [...COMMON.defaultAreaIds],
    id: 'school-suspension-smg-tc3',
    name: { 'zh-Hans': '三号风球停课（澳门规则）', 'zh-Hant': '三號風球停課（澳門規則）', pt: 'Aulas suspensas com o sinal n.º 3', en: 'Classes suspended under signal No. 3' },
    signal: { authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', levels: ['3'] },
    event: EVENT,
    info: {
      'zh-Hans': { headline: '三号风球：幼儿园、小学及特殊教育停课', description: '澳门已发出三号热带气旋信号。按澳门教育部门的安排，适用澳门规则的横琴学校幼儿园、小学及特殊教育课程停课。', instruction: '相关学生请留在家中。已在校的学生由学校照顾，家长请在安全时接回。中学是否停课请留意学校通知。' },
      'zh-Hant': { headline: '三號風球：幼兒園、小學及特殊教育停課', description: '澳門已發出三號熱帶氣旋信號。按澳門教育部門的安排，適用澳門規則的橫琴學校幼兒園、小學及特殊教育課程停課。', instruction: '相關學生請留在家中。已在校的學生由學校照顧，家長請在安全時接回。中學是否停課請留意學校通知。' },
      pt: { headline: 'Sinal n.º 3: sem aulas no infantil, primário e ensino especial', description: 'Macau içou o sinal n.º 3 de tempestade tropical. Segundo a DSEDJ, as escolas de Hengqin que seguem as regras de Macau suspendem as aulas do ensino infantil, primário e especial.', instruction: 'Estes alunos devem ficar em casa. Quem já está na escola fica ao cuidado da escola; os pais devem ir buscá-los quando for seguro. Para o secundário, siga os avisos da escola.' },
      en: { headline: 'Signal No. 3: no classes for kindergarten, primary and special education', description: 'Macau has issued tropical cyclone signal No. 3. Following Macau\'s education bureau, Hengqin schools that apply Macau rules suspend kindergarten, primary and special education classes.', instruction: 'These pupils should stay at home. Those already at school are looked after there; parents, collect them when it is safe. For secondary classes, follow the school\'s notices.' },
    },
  },
  {
    ...COMMON,
    responseTypes: [...COMMON.responseTypes],
    defaultAreaIds: [...COMMON.defaultAreaIds],
    id: 'school-suspension-smg-tc8',
    name: { 'zh-Hans': '八号风球全面停课（澳门规则）', 'zh-Hant': '八號風球全面停課（澳門規則）', pt: 'Aulas suspensas com o sinal n.º 8', en: 'All classes suspended under signal No. 8' },
    signal: { authority: 'smg', area: 'macau', hazard: 'tropical-cyclone', levels: ['8NE', '8SE', '8SW', '8NW'] },
    event: EVENT,
    info: {
      'zh-Hans': { headline: '八号风球：所有学校全面停课', description: '澳门已发出八号热带气旋信号，适用澳门规则的横琴学校所有课程停课。', instruction: '学生请留在家中，不要上学。已在校的学生由学校照顾至安全时才离开，家长请不要在强风中前往学校。' },
      'zh-Hant': { headline: '八號風球：所有學校全面停課', description: '澳門已發出八號熱帶氣旋信號，適用澳門規則的橫琴學校所有課程停課。', instruction: '學生請留在家中，不要上學。已在校的學生由學校照顧至安全時才離開，家長請不要在強風中前往學校。' },
      pt: { headline: 'Sinal n.º 8: todas as aulas suspensas', description: 'Macau içou o sinal n.º 8 de tempestade tropical. As escolas de Hengqin que seguem as regras de Macau suspendem todas as aulas.', instruction: 'Os alunos ficam em casa e não vão à escola. Quem já lá está fica ao cuidado da escola até ser seguro sair; os pais não devem ir à escola com vento forte.' },
      en: { headline: 'Signal No. 8: all classes suspended', description: 'Macau has issued tropical cyclone signal No. 8. Hengqin schools that apply Macau rules suspend all classes.', instruction: 'Pupils stay at home and do not go to school. Those already there are looked after until it is safe to leave; parents, do not travel to school in strong winds.' },
    },
  },
  {
    ...COMMON,
    responseTypes: [...COMMON.responseTypes],
    defaultAreaIds: [...COMMON.defaultAreaIds],
    id: 'school-suspension-smg-rainstorm-red',
    name: { 'zh-Hans': '红色暴雨停课（澳门规则）', 'zh-Hant': '紅色暴雨停課（澳門規則）', pt: 'Aulas suspensas com chuva intensa vermelha', en: 'Classes suspended under rainstorm Red' },
    signal: { authority: 'smg', area: 'macau', hazard: 'rainstorm', levels: ['red'] },
    event: EVENT,
    info: {
      'zh-Hans': { headline: '红色暴雨：幼儿园、小学及特殊教育停课', description: '澳门已发出红色暴雨警告信号，适用澳门规则的横琴学校幼儿园、小学及特殊教育课程停课。', instruction: '相关学生请留在家中。已在校的学生由学校照顾，家长请在雨势减弱后再接送。' },
      'zh-Hant': { headline: '紅色暴雨：幼兒園、小學及特殊教育停課', description: '澳門已發出紅色暴雨警告信號，適用澳門規則的橫琴學校幼兒園、小學及特殊教育課程停課。', instruction: '相關學生請留在家中。已在校的學生由學校照顧，家長請在雨勢減弱後再接送。' },
      pt: { headline: 'Chuva intensa vermelha: sem aulas no infantil, primário e ensino especial', description: 'Macau içou o sinal vermelho de chuva intensa. As escolas de Hengqin que seguem as regras de Macau suspendem as aulas do ensino infantil, primário e especial.', instruction: 'Estes alunos devem ficar em casa. Quem já está na escola fica ao cuidado da escola; vá buscá-los quando a chuva abrandar.' },
      en: { headline: 'Rainstorm Red: no classes for kindergarten, primary and special education', description: 'Macau has issued the Red rainstorm warning. Hengqin schools that apply Macau rules suspend kindergarten, primary and special education classes.', instruction: 'These pupils should stay at home. Those already at school are looked after there; collect them once the rain eases.' },
    },
  },
  {
    ...COMMON,
    responseTypes: [...COMMON.responseTypes],
    defaultAreaIds: [...COMMON.defaultAreaIds],
    id: 'school-suspension-smg-rainstorm-black',
    name: { 'zh-Hans': '黑色暴雨全面停课（澳门规则）', 'zh-Hant': '黑色暴雨全面停課（澳門規則）', pt: 'Aulas suspensas com chuva intensa preta', en: 'All classes suspended under rainstorm Black' },
    signal: { authority: 'smg', area: 'macau', hazard: 'rainstorm', levels: ['black'] },
    event: EVENT,
    info: {
      'zh-Hans': { headline: '黑色暴雨：所有学校全面停课', description: '澳门已发出黑色暴雨警告信号，适用澳门规则的横琴学校所有课程停课。', instruction: '学生请留在家中。已在校的学生由学校照顾至安全时才离开，家长请不要冒雨前往学校。' },
      'zh-Hant': { headline: '黑色暴雨：所有學校全面停課', description: '澳門已發出黑色暴雨警告信號，適用澳門規則的橫琴學校所有課程停課。', instruction: '學生請留在家中。已在校的學生由學校照顧至安全時才離開，家長請不要冒雨前往學校。' },
      pt: { headline: 'Chuva intensa preta: todas as aulas suspensas', description: 'Macau içou o sinal preto de chuva intensa. As escolas de Hengqin que seguem as regras de Macau suspendem todas as aulas.', instruction: 'Os alunos ficam em casa. Quem já está na escola fica lá ao cuidado da escola até ser seguro sair; os pais não devem ir à escola debaixo de chuva forte.' },
      en: { headline: 'Rainstorm Black: all classes suspended', description: 'Macau has issued the Black rainstorm warning. Hengqin schools that apply Macau rules suspend all classes.', instruction: 'Pupils stay at home. Those already at school are looked after until it is safe to leave; parents, do not travel to school in the heavy rain.' },
    },
  },
];
