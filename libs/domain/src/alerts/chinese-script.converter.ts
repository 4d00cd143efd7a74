import { Converter } from 'opencc-js/cn2t';

/*
 * Macau writes Traditional Chinese with the Hong Kong character standard (e.g. 裏, 着, 綫 in government notices),
 * so Simplified text is converted with OpenCC's `cn` → `hk` tables rather than Taiwan's `tw`.
 * Building the converter takes a few hundred milliseconds and tens of megabytes, so it is built on first use only:
 * processes that never convert (push workers) never pay for it.
 */
let simplifiedToTraditional: ((text: string) => string) | null = null;

/** Converts Simplified Chinese (mainland usage) to Traditional Chinese as written in Macau and Hong Kong. */
export function toTraditionalChinese(simplified: string): string {
  const convert = (simplifiedToTraditional ??= Converter({ from: 'cn', to: 'hk' }));
  return convert(simplified);
}
