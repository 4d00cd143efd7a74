/** The four languages every user-facing text is written in. */
export const LANGUAGES = ['zh-Hans', 'zh-Hant', 'pt', 'en'];
export function isLanguage(value) {
    return typeof value === 'string' && LANGUAGES.includes(value);
}
//# sourceMappingURL=languages.js.map