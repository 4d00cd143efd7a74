/**
 * Guangdong/Zhuhai signal areas whose warnings apply to Hengqin: the cooperation zone itself and city-wide Zhuhai
 * warnings. verify: whether Zhuhai's per-district warnings still cover Hengqin under Xiangzhou District; if they do,
 * add `xiangzhou` here.
 */
export const HENGQIN_GD_AREAS: readonly string[] = ['hengqin', 'zhuhai'];
