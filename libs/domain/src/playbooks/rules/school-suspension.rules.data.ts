import type { PlaybookChecklistItem, PlaybookRuleDefinition } from '../playbook-rule.types.js';
import { HENGQIN_GD_AREAS } from './hengqin-signal-areas.data.js';

/*
 * Class suspension. Guangdong: typhoon Yellow/Orange/Red and rainstorm Red suspend kindergartens, primary and
 * secondary schools. Macau (DSEDJ): signal No. 3 suspends infant, primary and special education, No. 8 or higher all
 * non-tertiary education, Red/Black rainstorm by level. The Hou Kong Middle School Affiliated Hengqin School
 * (濠江中学附属横琴学校) has its own typhoon and rainstorm suspension mechanism and gets every notice.
 */

const NOTICE_HOU_KONG_PARTIAL: PlaybookChecklistItem = {
  title: {
    'zh-Hans': '向濠江中学附属横琴学校发出通知（幼儿、小学及特殊教育停课）并取得确认',
    'zh-Hant': '向濠江中學附屬橫琴學校發出通知（幼兒、小學及特殊教育停課）並取得確認',
    pt: 'Enviar o aviso à Escola de Hengqin Afiliada à Escola Hou Kong (aulas do ensino infantil, primário e especial suspensas) e obter a confirmação',
    en: 'Send the notice to the Hou Kong Middle School Affiliated Hengqin School (infant, primary and special classes suspended) and get its confirmation',
  },
};

const NOTICE_HOU_KONG_ALL: PlaybookChecklistItem = {
  title: {
    'zh-Hans': '向濠江中学附属横琴学校发出全面停课通知并取得确认',
    'zh-Hant': '向濠江中學附屬橫琴學校發出全面停課通知並取得確認',
    pt: 'Enviar o aviso de suspensão de todas as aulas à Escola de Hengqin Afiliada à Escola Hou Kong e obter a confirmação',
    en: 'Send the notice that all classes are suspended to the Hou Kong Middle School Affiliated Hengqin School and get its confirmation',
  },
};

const TELL_CROSS_BORDER_FAMILIES: PlaybookChecklistItem = {
  title: {
    'zh-Hans': '通知子女在澳门就读的横琴家庭（优先澳门新街坊）',
    'zh-Hant': '通知子女在澳門就讀的橫琴家庭（優先澳門新街坊）',
    pt: 'Informar as famílias de Hengqin com filhos em escolas de Macau (primeiro o Novo Bairro de Macau)',
    en: 'Tell Hengqin families with children at Macau schools (the Macau New Neighbourhood first)',
  },
  detail: {
    'zh-Hans': '学生不要出发过境上学。',
    'zh-Hant': '學生不要出發過境上學。',
    pt: 'Os alunos não devem atravessar a fronteira para ir à escola.',
    en: 'Pupils should not set out across the border for school.',
  },
};

const PUPILS_SHELTERED: PlaybookChecklistItem = {
  title: {
    'zh-Hans': '与学校确认已到校学生留校避险，直至家长接回',
    'zh-Hant': '與學校確認已到校學生留校避險，直至家長接回',
    pt: 'Confirmar com as escolas que os alunos que já lá estão ficam abrigados até serem recolhidos',
    en: 'Confirm with the schools that pupils already there stay sheltered until they are collected',
  },
};

export const SCHOOL_SUSPENSION_GUANGDONG: PlaybookRuleDefinition = {
  id: 'school-suspension-gd',
  title: {
    'zh-Hans': '广东台风黄色或以上／暴雨红色：停课通知',
    'zh-Hant': '廣東颱風黃色或以上／暴雨紅色：停課通知',
    pt: 'Tufão amarelo ou superior / chuva intensa vermelha em Guangdong: avisos de suspensão das aulas',
    en: 'Guangdong typhoon Yellow or higher / rainstorm Red: class suspension notices',
  },
  summary: {
    'zh-Hans':
      '按广东省规定，台风黄色或以上预警信号、暴雨红色预警信号生效时，幼儿园、中小学停课。向横琴各学校（包括濠江中学附属横琴学校）发出停课通知，并确保已到校学生得到妥善照顾。',
    'zh-Hant':
      '按廣東省規定，颱風黃色或以上預警信號、暴雨紅色預警信號生效時，幼兒園、中小學停課。向橫琴各學校（包括濠江中學附屬橫琴學校）發出停課通知，並確保已到校學生得到妥善照顧。',
    pt: 'Segundo as regras de Guangdong, o sinal de aviso amarelo ou superior de tufão e o sinal de aviso vermelho de chuva intensa suspendem as aulas nos jardins de infância e nas escolas primárias e secundárias. Enviar os avisos de suspensão às escolas de Hengqin, incluindo a Escola de Hengqin Afiliada à Escola Hou Kong, e garantir o acompanhamento dos alunos que já estejam na escola.',
    en: 'Under the Guangdong rules, a typhoon warning of Yellow or higher or a Red rainstorm warning suspends classes at kindergartens, primary and secondary schools. Send the suspension notices to Hengqin schools, the Hou Kong Middle School Affiliated Hengqin School included, and make sure pupils already at school are looked after.',
  },
  triggers: [
    { authority: 'gd-zhuhai', hazards: ['typhoon'], areas: HENGQIN_GD_AREAS, on: 'rise', level: 'yellow' },
    { authority: 'gd-zhuhai', hazards: ['rainstorm'], areas: HENGQIN_GD_AREAS, on: 'rise', level: 'red' },
  ],
  checklist: [
    {
      title: {
        'zh-Hans': '向横琴所有幼儿园、中小学发出停课通知',
        'zh-Hant': '向橫琴所有幼兒園、中小學發出停課通知',
        pt: 'Enviar o aviso de suspensão das aulas a todos os jardins de infância e escolas primárias e secundárias de Hengqin',
        en: 'Send the class suspension notice to every kindergarten, primary and secondary school on Hengqin',
      },
    },
    {
      title: {
        'zh-Hans': '向濠江中学附属横琴学校发出停课通知并取得确认',
        'zh-Hant': '向濠江中學附屬橫琴學校發出停課通知並取得確認',
        pt: 'Enviar o aviso de suspensão à Escola de Hengqin Afiliada à Escola Hou Kong e obter a confirmação',
        en: 'Send the suspension notice to the Hou Kong Middle School Affiliated Hengqin School and get its confirmation',
      },
      detail: {
        'zh-Hans': '该校同时执行广东省规定及其自身的台风、暴雨停课机制。',
        'zh-Hant': '該校同時執行廣東省規定及其自身的颱風、暴雨停課機制。',
        pt: 'A escola segue as regras de Guangdong e o seu próprio mecanismo de suspensão por tufão e chuva intensa.',
        en: 'The school follows the Guangdong rules and its own typhoon and rainstorm suspension mechanism.',
      },
    },
    PUPILS_SHELTERED,
    {
      title: {
        'zh-Hans': '通过预警信息及学校渠道向家长公布停课安排',
        'zh-Hant': '通過預警信息及學校渠道向家長公佈停課安排',
        pt: 'Divulgar a suspensão aos encarregados de educação (alerta e canais das escolas)',
        en: 'Tell parents about the suspension (alert and school channels)',
      },
    },
  ],
  alertTemplateIds: ['school-suspension-gd', 'gd-typhoon-yellow', 'gd-rainstorm-red'],
  verify: ['Guangdong suspension scope (kindergartens, primary and secondary schools) at typhoon Yellow/Orange/Red and rainstorm Red.'],
};

export const SCHOOL_SUSPENSION_MACAU_TC3: PlaybookRuleDefinition = {
  id: 'school-suspension-smg-tc3',
  title: {
    'zh-Hans': '澳门三号风球：幼儿、小学及特殊教育停课通知',
    'zh-Hant': '澳門三號風球：幼兒、小學及特殊教育停課通知',
    pt: 'Sinal n.º 3 em Macau: avisos de suspensão das aulas do ensino infantil, primário e especial',
    en: 'Macau signal No. 3: class suspension notices for infant, primary and special education',
  },
  summary: {
    'zh-Hans': '按澳门教育及青年发展局规定，三号风球时幼儿教育、小学教育及特殊教育停课。向濠江中学附属横琴学校发出通知，并告知子女在澳门就读的横琴家庭。',
    'zh-Hant': '按澳門教育及青年發展局規定，三號風球時幼兒教育、小學教育及特殊教育停課。向濠江中學附屬橫琴學校發出通知，並告知子女在澳門就讀的橫琴家庭。',
    pt: 'Segundo as regras da Direcção dos Serviços de Educação e de Desenvolvimento da Juventude (DSEDJ), o sinal n.º 3 suspende as aulas do ensino infantil, primário e especial. Enviar o aviso à Escola de Hengqin Afiliada à Escola Hou Kong e informar as famílias de Hengqin com filhos em escolas de Macau.',
    en: 'Under the Macau education authority (DSEDJ) rules, signal No. 3 suspends infant, primary and special education. Send the notice to the Hou Kong Middle School Affiliated Hengqin School and tell Hengqin families with children at Macau schools.',
  },
  // Up to 3 only: from No. 8 the all-classes rule takes over.
  triggers: [{ authority: 'smg', hazards: ['tropical-cyclone'], on: 'rise', level: '3', upTo: '3' }],
  checklist: [NOTICE_HOU_KONG_PARTIAL, TELL_CROSS_BORDER_FAMILIES, PUPILS_SHELTERED],
  alertTemplateIds: ['school-suspension-smg-tc3'],
  verify: ['Whether the Hou Kong Middle School Affiliated Hengqin School applies the Macau signal No. 3 categories.'],
};

export const SCHOOL_SUSPENSION_MACAU_TC8: PlaybookRuleDefinition = {
  id: 'school-suspension-smg-tc8',
  title: {
    'zh-Hans': '澳门八号或以上风球：非高等教育全面停课通知',
    'zh-Hant': '澳門八號或以上風球：非高等教育全面停課通知',
    pt: 'Sinal n.º 8 ou superior em Macau: avisos de suspensão de todas as aulas do ensino não superior',
    en: 'Macau signal No. 8 or higher: class suspension notices for all non-tertiary education',
  },
  summary: {
    'zh-Hans': '八号或以上风球时，澳门非高等教育全面停课。向濠江中学附属横琴学校发出通知，并告知子女在澳门就读的横琴家庭：学生不要出发过境上学。',
    'zh-Hant': '八號或以上風球時，澳門非高等教育全面停課。向濠江中學附屬橫琴學校發出通知，並告知子女在澳門就讀的橫琴家庭：學生不要出發過境上學。',
    pt: 'Com o sinal n.º 8 ou superior, todas as aulas do ensino não superior em Macau são suspensas. Enviar o aviso à Escola de Hengqin Afiliada à Escola Hou Kong e informar as famílias de Hengqin com filhos em escolas de Macau: os alunos não devem atravessar a fronteira para ir à escola.',
    en: 'Signal No. 8 or higher suspends all non-tertiary classes in Macau. Send the notice to the Hou Kong Middle School Affiliated Hengqin School and tell Hengqin families with children at Macau schools: pupils should not set out across the border.',
  },
  triggers: [{ authority: 'smg', hazards: ['tropical-cyclone'], on: 'rise', level: '8NE' }],
  checklist: [NOTICE_HOU_KONG_ALL, TELL_CROSS_BORDER_FAMILIES, PUPILS_SHELTERED],
  alertTemplateIds: ['school-suspension-smg-tc8'],
};

export const SCHOOL_SUSPENSION_MACAU_RAINSTORM_RED: PlaybookRuleDefinition = {
  id: 'school-suspension-smg-rainstorm-red',
  title: {
    'zh-Hans': '澳门红色暴雨：幼儿、小学及特殊教育停课通知',
    'zh-Hant': '澳門紅色暴雨：幼兒、小學及特殊教育停課通知',
    pt: 'Aviso de tempestade (chuva intensa) vermelho em Macau: avisos de suspensão das aulas do ensino infantil, primário e especial',
    en: 'Macau Red rainstorm: class suspension notices for infant, primary and special education',
  },
  summary: {
    'zh-Hans': '按澳门规定，红色暴雨警告信号生效时按级别停课：幼儿教育、小学教育及特殊教育停课。向濠江中学附属横琴学校发出通知，并告知子女在澳门就读的横琴家庭。',
    'zh-Hant': '按澳門規定，紅色暴雨警告信號生效時按級別停課：幼兒教育、小學教育及特殊教育停課。向濠江中學附屬橫琴學校發出通知，並告知子女在澳門就讀的橫琴家庭。',
    pt: 'Segundo as regras de Macau, o aviso de tempestade (chuva intensa) vermelho suspende as aulas por nível: ensino infantil, primário e especial. Enviar o aviso à Escola de Hengqin Afiliada à Escola Hou Kong e informar as famílias de Hengqin com filhos em escolas de Macau.',
    en: 'Under the Macau rules, a Red rainstorm warning suspends classes by level: infant, primary and special education. Send the notice to the Hou Kong Middle School Affiliated Hengqin School and tell Hengqin families with children at Macau schools.',
  },
  // Red only: at Black the all-classes rule takes over.
  triggers: [{ authority: 'smg', hazards: ['rainstorm'], on: 'rise', level: 'red', upTo: 'red' }],
  checklist: [NOTICE_HOU_KONG_PARTIAL, TELL_CROSS_BORDER_FAMILIES, PUPILS_SHELTERED],
  alertTemplateIds: ['school-suspension-smg-rainstorm-red'],
  verify: ['Macau DSEDJ suspension categories under the Red rainstorm signal (they may depend on the time of issue).'],
};

export const SCHOOL_SUSPENSION_MACAU_RAINSTORM_BLACK: PlaybookRuleDefinition = {
  id: 'school-suspension-smg-rainstorm-black',
  title: {
    'zh-Hans': '澳门黑色暴雨：非高等教育全面停课通知',
    'zh-Hant': '澳門黑色暴雨：非高等教育全面停課通知',
    pt: 'Aviso de tempestade (chuva intensa) preto em Macau: avisos de suspensão de todas as aulas do ensino não superior',
    en: 'Macau Black rainstorm: class suspension notices for all non-tertiary education',
  },
  summary: {
    'zh-Hans': '按澳门规定，黑色暴雨警告信号生效时非高等教育全面停课。向濠江中学附属横琴学校发出通知，并告知子女在澳门就读的横琴家庭：学生不要出发过境上学。',
    'zh-Hant': '按澳門規定，黑色暴雨警告信號生效時非高等教育全面停課。向濠江中學附屬橫琴學校發出通知，並告知子女在澳門就讀的橫琴家庭：學生不要出發過境上學。',
    pt: 'Segundo as regras de Macau, o aviso de tempestade (chuva intensa) preto suspende todas as aulas do ensino não superior. Enviar o aviso à Escola de Hengqin Afiliada à Escola Hou Kong e informar as famílias de Hengqin com filhos em escolas de Macau: os alunos não devem atravessar a fronteira para ir à escola.',
    en: 'Under the Macau rules, a Black rainstorm warning suspends all non-tertiary classes. Send the notice to the Hou Kong Middle School Affiliated Hengqin School and tell Hengqin families with children at Macau schools: pupils should not set out across the border.',
  },
  triggers: [{ authority: 'smg', hazards: ['rainstorm'], on: 'rise', level: 'black' }],
  checklist: [NOTICE_HOU_KONG_ALL, TELL_CROSS_BORDER_FAMILIES, PUPILS_SHELTERED],
  alertTemplateIds: ['school-suspension-smg-rainstorm-black'],
  verify: ['Macau DSEDJ suspension categories under the Black rainstorm signal.'],
};
