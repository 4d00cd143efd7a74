import type { Language, SignalAction } from '@app/contracts';

/*
 * What SMG's warning XML files look like, as far as parsing needs to know. Element names are matched after
 * lower-casing and removing anything but letters and digits, so `Warncode`, `WarnCode` and `warn_code` are one name.
 * Real files may differ from the published examples: extend these lists rather than the parser.
 */

export const SMG_FILE_KINDS = ['typhoon', 'rainstorm', 'stormsurge', 'monsoon', 'thunderstorm', 'tsunami'] as const;
export type SmgFileKind = (typeof SMG_FILE_KINDS)[number];

export const SMG_FILE_LANGUAGES = ['c', 'e', 'p'] as const;
export type SmgFileLanguage = (typeof SMG_FILE_LANGUAGES)[number];

export interface SmgWarningFile {
  kind: SmgFileKind;
  /** Catalogue hazard of authority `smg`. */
  hazard: string;
  /** Names of the warning element under `Custom`. */
  elementNames: readonly string[];
}

export const SMG_WARNING_FILES: readonly SmgWarningFile[] = [
  { kind: 'typhoon', hazard: 'tropical-cyclone', elementNames: ['TropicalCyclone', 'Typhoon', 'TC', 'TropicalCycloneSignal', 'TyphoonSignal'] },
  { kind: 'rainstorm', hazard: 'rainstorm', elementNames: ['Rainstorm', 'RainstormSignal', 'Rain'] },
  { kind: 'stormsurge', hazard: 'storm-surge', elementNames: ['StormSurge', 'Surge', 'StormSurgeSignal'] },
  { kind: 'monsoon', hazard: 'strong-monsoon', elementNames: ['Monsoon', 'StrongMonsoon', 'MonsoonSignal', 'StrongMonsoonSignal'] },
  { kind: 'thunderstorm', hazard: 'thunderstorm', elementNames: ['Thunderstorm', 'ThunderstormSignal', 'Thunder'] },
  { kind: 'tsunami', hazard: 'tsunami', elementNames: ['Tsunami', 'TsunamiSignal'] },
];

export const SMG_ELEMENT_NAMES = {
  system: ['System'],
  custom: ['Custom'],
  pubDate: ['SysPubdate', 'PubDate', 'Pubdate'],
  language: ['SysLanguage', 'Language'],
  code: ['Warncode', 'WarningCode', 'Code', 'SignalCode'],
  action: ['Action'],
  inForce: ['Inforce', 'InForceFlag'],
  status: ['Status'],
  issuedAt: ['IssuedAt', 'IssueTime', 'IssuedTime', 'IssueAt', 'IssueDate'],
  description: ['Description', 'Desc', 'Content'],
  icon: ['Icon'],
  iconUrl: ['IconURL', 'IconUrl', 'Url'],
} as const;

/** `Action` values; REISSUE and EXTEND restate a signal already up, so they count as updates. */
export const SMG_ACTIONS: Readonly<Record<string, SignalAction | null>> = {
  ISSUE: 'issue',
  UPDATE: 'update',
  REISSUE: 'update',
  EXTEND: 'update',
  CANCEL: 'cancel',
  NIL: null,
  NONE: null,
  '': null,
};

/** `Inforce` is text, and "0" means not in force whatever code is present. */
export const SMG_IN_FORCE_VALUES: Readonly<Record<string, boolean>> = {
  '1': true,
  '0': false,
  TRUE: true,
  FALSE: false,
  Y: true,
  N: false,
  YES: true,
  NO: false,
};

export const SMG_LANGUAGE_OF: Readonly<Record<string, Language>> = {
  C: 'zh-Hant',
  ZH: 'zh-Hant',
  E: 'en',
  EN: 'en',
  P: 'pt',
  PT: 'pt',
};

export function smgFileName(kind: SmgFileKind, language: SmgFileLanguage): string {
  return `${language}_${kind}.xml`;
}
