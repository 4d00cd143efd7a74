import type { MessageKey } from '../i18n/catalogues.js';

/** Problems of a form by field, as message keys; empty when it can be sent. */
export type Problems<F extends string> = Partial<Record<F, MessageKey>>;

export function hasProblems(problems: object): boolean {
  return Object.keys(problems).length > 0;
}

// Control and text-direction characters, which the api refuses in texts; a pasted text may carry them unseen.
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function cleanText(text: string): string {
  return text.replace(UNPRINTABLE, '').trim();
}

/** A whole number typed in a box ("12", " 12 "); undefined for anything else, including "1.5" and "1e3". */
export function parseWholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return undefined;
  return Number(trimmed);
}
