/** Every seeded area on Hengqin: signals from Macau and Guangdong concern the whole island. */
export const ALL_HENGQIN_AREA_IDS: string[] = ['xiaohengqin', 'xinjiayuan', 'lianhua', 'hetang', 'macau-new-neighbourhood'];

/**
 * Areas nearest the Lotus Bridge landing and the Hengqin port, where cross-border travel concentrates. Coastal and
 * low-lying targets default to the whole island until surveyed flood-risk outlines exist; narrow them when composing.
 */
export const PORT_AREA_IDS: string[] = ['lianhua', 'macau-new-neighbourhood'];
