import { smgFileName, type SmgFileKind } from '@app/domain';

/**
 * Where each SMG warning file lives under SMG_BASE_URL: `${base}/c_typhoon.xml` and so on. The Chinese (`c_`)
 * files are polled; they carry the same signals as the English and Portuguese ones. Change the layout here only.
 */
export const SMG_FILE_PATH = (kind: SmgFileKind): string => `/${smgFileName(kind, 'c')}`;

export function smgFileUrl(baseUrl: string, kind: SmgFileKind): string {
  return `${baseUrl.replace(/\/+$/, '')}${SMG_FILE_PATH(kind)}`;
}
