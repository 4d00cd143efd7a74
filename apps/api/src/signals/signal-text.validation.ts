/** Control characters (line breaks included) and text-direction overrides can disguise text on screens and in the audit log. */
export const PRINTABLE_LINE = /^[^\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/u;

/** Catalogue ids: lower-case words and digits joined by hyphens, or upper-case level codes such as `8SE`. */
export const CATALOGUE_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

export const SIGNAL_REASON_MAX = 500;
