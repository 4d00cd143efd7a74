import type { Alert } from '@app/contracts';

/** The steps of an alert's workflow a person is named for, in the order they happen. */
export const ALERT_PEOPLE_ROLES = ['author', 'submitter', 'approver', 'rejecter', 'canceller'] as const;
export type AlertPersonRole = (typeof ALERT_PEOPLE_ROLES)[number];

export interface AlertPerson {
  role: AlertPersonRole;
  /** The display name; the account id when the server sent no name. */
  label: string;
  /** The signed-in user took this step. */
  you: boolean;
}

type PeopleFields = Pick<
  Alert,
  'createdBy' | 'submittedBy' | 'approvedBy' | 'rejectedBy' | 'cancelledBy' | 'createdByName' | 'submittedByName' | 'approvedByName' | 'rejectedByName' | 'cancelledByName'
>;

/** Who wrote, submitted, approved, rejected and cancelled the alert, by name, leaving out steps that did not happen. */
export function alertPeople(alert: PeopleFields, userId: string | undefined): AlertPerson[] {
  const steps: [AlertPersonRole, string | null, string | null | undefined][] = [
    ['author', alert.createdBy, alert.createdByName],
    ['submitter', alert.submittedBy, alert.submittedByName],
    ['approver', alert.approvedBy, alert.approvedByName],
    ['rejecter', alert.rejectedBy, alert.rejectedByName],
    ['canceller', alert.cancelledBy, alert.cancelledByName],
  ];
  return steps
    .filter((step): step is [AlertPersonRole, string, string | null | undefined] => !!step[1])
    .map(([role, id, name]) => ({ role, label: name?.trim() || id, you: id === userId }));
}
