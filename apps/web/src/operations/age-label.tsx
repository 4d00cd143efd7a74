import { useI18n } from '../i18n/i18n.context.js';
import { ageText } from './ops-format.js';

/** "12 min ago", with the exact time for assistive technology and hover. */
export function AgeLabel({ iso, now }: { iso: string | null | undefined; now: number }) {
  const { t } = useI18n();
  return iso ? <time dateTime={iso}>{ageString(t, iso, now)}</time> : <span>{ageString(t, iso, now)}</span>;
}

type Translate = ReturnType<typeof useI18n>['t'];

export function ageString(t: Translate, iso: string | null | undefined, now: number): string {
  const age = ageText(iso, now);
  switch (age.key) {
    case 'ops.age.minutes':
      return t(age.key, { minutes: age.minutes });
    case 'ops.age.hours':
      return t(age.key, { hours: age.hours, minutes: age.minutes });
    default:
      return t(age.key);
  }
}
