import type { SignalAuthorityDefinition } from './catalogue.types.js';
import { GD_ZHUHAI_HAZARDS } from './gd-zhuhai-hazards.data.js';
import { SMG_HAZARDS } from './smg-hazards.data.js';

/*
 * Issuing authorities. Adding one is a data change: an entry here with its areas and hazards.
 * staleAfterMinutes — verify against how often each source actually refreshes its documents.
 */
export const SIGNAL_AUTHORITIES: readonly SignalAuthorityDefinition[] = [
  {
    id: 'smg',
    name: {
      'zh-Hans': '澳门地球物理气象局',
      'zh-Hant': '澳門地球物理氣象局',
      pt: 'Direcção dos Serviços Meteorológicos e Geofísicos',
      en: 'Macao Meteorological and Geophysical Bureau',
    },
    shortName: { 'zh-Hans': '澳门气象局', 'zh-Hant': '澳門氣象局', pt: 'SMG Macau', en: 'SMG Macao' },
    defaultArea: 'macau',
    areas: [{ id: 'macau', name: { 'zh-Hans': '澳门', 'zh-Hant': '澳門', pt: 'Macau', en: 'Macao' } }],
    hazards: SMG_HAZARDS,
    staleAfterMinutes: 180,
    utcOffset: '+08:00',
  },
  {
    id: 'gd-zhuhai',
    name: {
      'zh-Hans': '珠海市气象台（广东）',
      'zh-Hant': '珠海市氣象台（廣東）',
      pt: 'Observatório Meteorológico de Zhuhai (Guangdong)',
      en: 'Zhuhai Meteorological Observatory (Guangdong)',
    },
    shortName: { 'zh-Hans': '珠海气象', 'zh-Hant': '珠海氣象', pt: 'Meteorologia de Zhuhai', en: 'Zhuhai Met' },
    defaultArea: 'zhuhai',
    // Most specific first: an areaDesc naming Hengqin inside Zhuhai resolves to Hengqin.
    areas: [
      {
        id: 'hengqin',
        name: {
          'zh-Hans': '横琴粤澳深度合作区',
          'zh-Hant': '橫琴粵澳深度合作區',
          pt: 'Zona de Cooperação Aprofundada entre Guangdong e Macau em Hengqin',
          en: 'Guangdong-Macao In-Depth Cooperation Zone in Hengqin',
        },
        keywords: ['横琴', '橫琴', 'Hengqin'],
      },
      {
        id: 'xiangzhou',
        name: { 'zh-Hans': '香洲区', 'zh-Hant': '香洲區', pt: 'Distrito de Xiangzhou', en: 'Xiangzhou District' },
        adminCodes: ['440402'],
        keywords: ['香洲', 'Xiangzhou'],
      },
      {
        id: 'doumen',
        name: { 'zh-Hans': '斗门区', 'zh-Hant': '斗門區', pt: 'Distrito de Doumen', en: 'Doumen District' },
        adminCodes: ['440403'],
        keywords: ['斗门', '斗門', 'Doumen'],
      },
      {
        id: 'jinwan',
        name: { 'zh-Hans': '金湾区', 'zh-Hant': '金灣區', pt: 'Distrito de Jinwan', en: 'Jinwan District' },
        adminCodes: ['440404'],
        keywords: ['金湾', '金灣', 'Jinwan'],
      },
      {
        id: 'zhuhai',
        name: { 'zh-Hans': '珠海全市', 'zh-Hant': '珠海全市', pt: 'Zhuhai (toda a cidade)', en: 'Zhuhai (city-wide)' },
        adminCodes: ['440400'],
        keywords: ['珠海', 'Zhuhai', '全市'],
      },
    ],
    hazards: GD_ZHUHAI_HAZARDS,
    staleAfterMinutes: 180,
    utcOffset: '+08:00',
  },
];
