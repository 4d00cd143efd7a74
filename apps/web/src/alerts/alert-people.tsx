import { Fragment } from 'react';
import { useI18n } from '../i18n/i18n.context.js';
import { useSession } from '../session/session.context.js';
import type { EditableAlert } from './alerts-api.js';
import { alertPeople } from './alert-people.model.js';

/** Who wrote, submitted, approved, rejected or cancelled the alert, by name: `dt`/`dd` pairs for a `dl`. */
export function AlertPeople({ alert }: { alert: EditableAlert }) {
  const { t } = useI18n();
  const session = useSession();
  const userId = session.status === 'authenticated' ? session.user.id : undefined;
  return (
    <>
      {alertPeople(alert, userId).map((person) => (
        <Fragment key={person.role}>
          <dt>{t(`alerts.review.${person.role}`)}</dt>
          <dd data-testid={`alert-${person.role}`}>{person.you ? `${person.label} (${t('alerts.review.you')})` : person.label}</dd>
        </Fragment>
      ))}
    </>
  );
}
