import type { Transfer } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { formatMacauDateTime } from '../signals/macau-time.js';
import { shelterName } from './shelters.model.js';
import type { EvacuationDeskView } from './use-evacuation-desk.js';

/** How many of the latest transfers the desk lists; the after-action report has them all. */
export const RECENT_TRANSFERS = 30;

/** The latest transfers: when, how many, from where, to which shelter, who and by which team. */
export function TransfersList({ desk }: { desk: EvacuationDeskView }) {
  const { t, language } = useI18n();
  const transfers = (desk.transfers.items ?? []).slice(0, RECENT_TRANSFERS);
  const shelters = new Map((desk.shelters.items ?? []).map((s) => [s.id, shelterName(s, language)]));
  const areas = new Map(desk.areas.map((a) => [a.id, a.properties.names[language] ?? a.id]));
  const residents = new Map((desk.register.items ?? []).map((r) => [r.id, r.name]));
  const teams = new Map(desk.teams.map((team) => [team.id, team.name]));
  const from = (transfer: Transfer) => [transfer.fromAreaId && (areas.get(transfer.fromAreaId) ?? transfer.fromAreaId), transfer.fromNote].filter(Boolean).join(' · ') || '–';

  return (
    <section className="panel evac-panel" data-testid="evac-transfers" aria-labelledby="evac-transfers-title">
      <h2 className="panel__title" id="evac-transfers-title">
        {t('evac.transfers.title')}
      </h2>
      {desk.transfers.failed && <p className="notice notice--error">{t('evac.loadFailed')}</p>}
      {desk.transfers.items?.length === 0 && <p className="panel__empty">{t('evac.transfers.empty')}</p>}
      {transfers.length > 0 && (
        <div className="table-scroll">
          <table className="data-table evac-table">
            <thead>
              <tr>
                <th scope="col">{t('evac.transfers.when')}</th>
                <th scope="col">{t('evac.transfers.people')}</th>
                <th scope="col">{t('evac.transfers.from')}</th>
                <th scope="col">{t('evac.transfers.to')}</th>
                <th scope="col">{t('evac.transfers.who')}</th>
                <th scope="col">{t('evac.transfers.team')}</th>
              </tr>
            </thead>
            <tbody>
              {transfers.map((transfer) => (
                <tr key={transfer.id} data-testid="transfer-row" data-transfer={transfer.id}>
                  <td>{formatMacauDateTime(transfer.recordedAt, language) ?? '–'}</td>
                  <td>{transfer.people}</td>
                  <td>{from(transfer)}</td>
                  <td>{shelters.get(transfer.shelterId) ?? '–'}</td>
                  <td>{(transfer.vulnerableResidentId && residents.get(transfer.vulnerableResidentId)) || '–'}</td>
                  <td>
                    {(transfer.teamId && teams.get(transfer.teamId)) || '–'}
                    <span className="evac-by">{t('evac.transfers.by', { name: transfer.byName })}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
