import type { AreaDefinition } from './reference.types.js';

/*
 * The areas alerts target. Outlines are sketches on Hengqin island ([lon, lat], counter-clockwise, closed): the four
 * communities share their borders exactly, so they tile without overlap. The east coast between Xinjiayuan and the
 * sea is left out on purpose: the University of Macau campus there is under Macau's jurisdiction. Replace an outline
 * with the surveyed boundary when one is available, keep the id, and run `npm run seed`.
 */

// Shared border vertices, named so neighbouring outlines use the very same points.
const A: [number, number] = [113.482, 22.118]; // west coast: Xiaohengqin / Hetang
const B: [number, number] = [113.494, 22.149]; // north-west shore
const C: [number, number] = [113.518, 22.157]; // north shore
const D: [number, number] = [113.53, 22.152]; // north shore: Xiaohengqin / Lianhua
const E: [number, number] = [113.527, 22.14]; // Xiaohengqin / Lianhua / Xinjiayuan
const F: [number, number] = [113.514, 22.13]; // Xiaohengqin / Xinjiayuan
const G: [number, number] = [113.506, 22.118]; // Xiaohengqin / Xinjiayuan / Hetang
const H: [number, number] = [113.541, 22.149]; // north-east shore
const I: [number, number] = [113.55, 22.142]; // Lotus Bridge landing
const J: [number, number] = [113.549, 22.136]; // south of the port: University of Macau campus beyond
const K: [number, number] = [113.536, 22.136]; // Lianhua / Xinjiayuan, campus edge
const L: [number, number] = [113.525, 22.112]; // Xinjiayuan / Hetang
const M: [number, number] = [113.536, 22.122]; // Xinjiayuan / Hetang, campus edge
const N: [number, number] = [113.48, 22.095]; // south-west shore
const O: [number, number] = [113.5, 22.084]; // south shore
const P: [number, number] = [113.535, 22.084]; // south shore
const Q: [number, number] = [113.556, 22.095]; // south-east shore
const R: [number, number] = [113.552, 22.118]; // east shore, south of the campus

const ring = (...points: [number, number][]): [number, number][] => [...points, points[0]];

export const HENGQIN_AREAS: AreaDefinition[] = [
  {
    id: 'xiaohengqin',
    kind: 'community',
    names: { 'zh-Hans': '小横琴社区', 'zh-Hant': '小橫琴社區', pt: 'Comunidade de Xiaohengqin', en: 'Xiaohengqin Community' },
    outline: { type: 'Polygon', coordinates: [ring(A, G, F, E, D, C, B)] },
    approximate: true,
    note: 'Sketched outline of the north and west of the island; replace with the surveyed community boundary.',
  },
  {
    id: 'xinjiayuan',
    kind: 'community',
    names: { 'zh-Hans': '新家园社区', 'zh-Hant': '新家園社區', pt: 'Comunidade de Xinjiayuan', en: 'Xinjiayuan Community' },
    outline: { type: 'Polygon', coordinates: [ring(G, L, M, K, E, F)] },
    approximate: true,
    note: 'Sketched outline of the centre of the island; replace with the surveyed community boundary.',
  },
  {
    id: 'lianhua',
    kind: 'community',
    names: { 'zh-Hans': '莲花社区', 'zh-Hant': '蓮花社區', pt: 'Comunidade de Lianhua', en: 'Lianhua Community' },
    outline: { type: 'Polygon', coordinates: [ring(D, E, K, J, I, H)] },
    approximate: true,
    note: 'Sketched outline of the north-east around the Hengqin port and the Lotus Bridge landing.',
  },
  {
    id: 'hetang',
    kind: 'community',
    names: { 'zh-Hans': '荷塘社区', 'zh-Hant': '荷塘社區', pt: 'Comunidade de Hetang', en: 'Hetang Community' },
    outline: { type: 'Polygon', coordinates: [ring(A, N, O, P, Q, R, M, L, G)] },
    approximate: true,
    note: 'Sketched outline of the south of the island; replace with the surveyed community boundary.',
  },
  {
    id: 'macau-new-neighbourhood',
    kind: 'estate',
    names: { 'zh-Hans': '澳门新街坊', 'zh-Hant': '澳門新街坊', pt: 'Novo Bairro de Macau', en: 'Macau New Neighbourhood' },
    outline: {
      type: 'Polygon',
      coordinates: [ring([113.5315, 22.1415], [113.5365, 22.1415], [113.5365, 22.145], [113.5315, 22.145])],
    },
    approximate: true,
    note: 'A block of about 20 ha north-west of the Hengqin port; replace with the estate plot boundary.',
  },
];
