import type { SignalColour } from './catalogue.types.js';

/**
 * Display colours. The warning colours follow the authorities' own scales; Macau's tropical cyclone signals are
 * symbols, not colours, so they get a violet ramp of their own that cannot be mistaken for Guangdong's
 * blue→red scale (cross-border confusion between "Macau 8" and "Guangdong orange" is documented).
 * A single letter is ambiguous where a hazard has both (blue/black): such codes are refused, not guessed.
 */
export const SIGNAL_COLOURS = {
  white: {
    hex: '#FFFFFF',
    name: { 'zh-Hans': '白色', 'zh-Hant': '白色', pt: 'branco', en: 'white' },
    aliases: ['WHITE', 'W', 'BRANCO', '白', '白色'],
  },
  blue: {
    hex: '#1E63D6',
    name: { 'zh-Hans': '蓝色', 'zh-Hant': '藍色', pt: 'azul', en: 'blue' },
    aliases: ['BLUE', 'B', 'BL', 'AZUL', '蓝', '蓝色', '藍', '藍色'],
  },
  yellow: {
    hex: '#F5C400',
    name: { 'zh-Hans': '黄色', 'zh-Hant': '黃色', pt: 'amarelo', en: 'yellow' },
    aliases: ['YELLOW', 'Y', 'AMARELO', '黄', '黄色', '黃', '黃色'],
  },
  orange: {
    hex: '#F57C00',
    name: { 'zh-Hans': '橙色', 'zh-Hant': '橙色', pt: 'laranja', en: 'orange' },
    aliases: ['ORANGE', 'O', 'LARANJA', '橙', '橙色'],
  },
  red: {
    hex: '#D32F2F',
    name: { 'zh-Hans': '红色', 'zh-Hant': '紅色', pt: 'vermelho', en: 'red' },
    aliases: ['RED', 'R', 'VERMELHO', '红', '红色', '紅', '紅色'],
  },
  black: {
    hex: '#1A1A1A',
    name: { 'zh-Hans': '黑色', 'zh-Hant': '黑色', pt: 'preto', en: 'black' },
    aliases: ['BLACK', 'B', 'BK', 'PRETO', '黑', '黑色'],
  },
  'violet-1': {
    hex: '#B39DDB',
    name: { 'zh-Hans': '浅紫色', 'zh-Hant': '淺紫色', pt: 'lilás claro', en: 'light violet' },
    aliases: [],
  },
  'violet-2': {
    hex: '#8E6CCF',
    name: { 'zh-Hans': '紫色', 'zh-Hant': '紫色', pt: 'violeta', en: 'violet' },
    aliases: [],
  },
  'violet-3': {
    hex: '#6A3FB5',
    name: { 'zh-Hans': '深紫色', 'zh-Hant': '深紫色', pt: 'violeta escuro', en: 'dark violet' },
    aliases: [],
  },
  'violet-4': {
    hex: '#4A2390',
    name: { 'zh-Hans': '靛紫色', 'zh-Hant': '靛紫色', pt: 'índigo', en: 'indigo' },
    aliases: [],
  },
  'violet-5': {
    hex: '#2A0F5E',
    name: { 'zh-Hans': '墨紫色', 'zh-Hant': '墨紫色', pt: 'roxo muito escuro', en: 'deep purple' },
    aliases: [],
  },
  amber: {
    hex: '#FFB300',
    name: { 'zh-Hans': '琥珀色', 'zh-Hant': '琥珀色', pt: 'âmbar', en: 'amber' },
    aliases: [],
  },
  teal: {
    hex: '#00897B',
    name: { 'zh-Hans': '青绿色', 'zh-Hant': '青綠色', pt: 'verde-azulado', en: 'teal' },
    aliases: [],
  },
} as const satisfies Record<string, SignalColour>;

export type SignalColourId = keyof typeof SIGNAL_COLOURS;
