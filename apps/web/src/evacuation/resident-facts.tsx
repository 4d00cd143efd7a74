import type { VulnerableResident } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { formatMacauDateTime } from '../signals/macau-time.js';

/** Kinds, needs and the latest welfare check of a resident, as one short block. */
export function ResidentFacts({ resident, areaName, shelterName }: { resident: VulnerableResident; areaName: string; shelterName?: string }) {
  const { t, language } = useI18n();
  return (
    <>
      <p className="evac-list__meta">
        {areaName}
        {' · '}
        {resident.address}
        {resident.phone && (
          <>
            {' · '}
            <a href={`tel:${resident.phone.replace(/[^+0-9]/g, '')}`}>{resident.phone}</a>
          </>
        )}
      </p>
      <p className="evac-list__meta">
        {resident.kinds.map((kind) => (
          <span key={kind} className="evac-tag">
            {t(`evac.kind.${kind}`)}
          </span>
        ))}
      </p>
      {resident.needs && <p className="evac-list__meta">{t('evac.resident.needsLine', { needs: resident.needs })}</p>}
      {resident.caseworker && <p className="evac-list__meta">{t('evac.resident.caseworkerLine', { name: resident.caseworker })}</p>}
      <p className="evac-list__meta" data-testid="resident-outcome" data-outcome={resident.lastOutcome ?? 'none'}>
        {resident.lastOutcome
          ? t('evac.resident.lastCheck', { outcome: t(`evac.outcome.${resident.lastOutcome}`), time: formatMacauDateTime(resident.lastCheckedAt, language) ?? '–' })
          : t('evac.resident.neverChecked')}
        {shelterName && (
          <>
            {' · '}
            {t('evac.resident.inShelter', { shelter: shelterName })}
          </>
        )}
      </p>
    </>
  );
}
