import { Link, useSearchParams } from 'react-router';
import { DueChecksPanel } from '../evacuation/due-checks-panel.js';
import { ResidentsPanel } from '../evacuation/residents-panel.js';
import { filterFromParams, filterToParams } from '../evacuation/residents.model.js';
import { SheltersPanel } from '../evacuation/shelters-panel.js';
import { TransferForm } from '../evacuation/transfer-form.js';
import { TransfersList } from '../evacuation/transfers-list.js';
import { useEvacuationDesk } from '../evacuation/use-evacuation-desk.js';
import { useI18n } from '../i18n/i18n.context.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';
import '../evacuation/evacuation.css';

/**
 * `/command/evacuation`: vulnerable residents and the welfare checks due for them, shelters with live occupancy, and
 * transfers into them. The register's filters live in the address, so a link opens the same list.
 */
export function CommandEvacuationPage() {
  const { t } = useI18n();
  usePageTitle('evac.title');
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const desk = useEvacuationDesk(filter);

  return (
    <div className="area area--command evac-page" data-testid="evacuation-page">
      <div className="page-intro page-intro--with-action">
        <div>
          <PageHeading>{t('evac.title')}</PageHeading>
          <p className="lead">{t('evac.intro')}</p>
        </div>
        <div className="button-row">
          <Link to="/command/operations" className="button button--outline">
            {t('evac.openOperations')}
          </Link>
          <Link to="/command" className="button button--outline">
            {t('evac.back')}
          </Link>
        </div>
      </div>
      <div className="evac-layout">
        <div className="evac-layout__main">
          <DueChecksPanel desk={desk} />
          <ResidentsPanel desk={desk} onFilter={(next) => setParams(filterToParams(next), { replace: true })} />
          <TransfersList desk={desk} />
        </div>
        <div className="evac-layout__side">
          <SheltersPanel desk={desk} />
          <TransferForm desk={desk} />
        </div>
      </div>
    </div>
  );
}
