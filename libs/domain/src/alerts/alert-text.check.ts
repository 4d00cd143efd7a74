/** Most characters a headline may have (CAP good practice and what a lock screen shows). */
export const HEADLINE_MAX_CHARS = 140;
/** Most characters of a description or instruction. */
export const TEXT_MAX_CHARS = 4000;

// C0/C1 control characters other than line feed and tab, which descriptions and instructions may use.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F]/u;
// Bidirectional overrides, embeddings, isolates and marks: they can make a text read differently from what it says.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Counts user-perceived characters roughly as code points, so a Chinese character or an emoji counts as one. */
export function charCount(text: string): number {
  return [...text].length;
}

/** Why a text may not be sent as it is, or null when it is fine. `singleLine` forbids line breaks (headlines). */
export function textProblem(text: string, maxChars: number, singleLine: boolean): { code: string; message: string } | null {
  if (text.trim() === '') return { code: 'required', message: 'must not be empty' };
  if ((singleLine ? CONTROL_IN_LINE : CONTROL).test(text)) {
    return { code: 'control_character', message: singleLine ? 'must not contain control characters or line breaks' : 'must not contain control characters' };
  }
  if (BIDI.test(text)) return { code: 'bidi_character', message: 'must not contain bidirectional control characters' };
  const count = charCount(text);
  if (count > maxChars) return { code: 'too_long', message: `must be at most ${maxChars} characters (it has ${count})` };
  return null;
}
