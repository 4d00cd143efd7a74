import { useMemo, useState } from 'react';
import type { FieldTask, Shelter, VulnerableResident } from '@app/contracts';
import { WelfareCheckForm } from '../evacuation/welfare-check-form.js';
import { useI18n } from '../i18n/i18n.context.js';
import { formatMacauDateTime } from '../signals/macau-time.js';
import { TransferPanel } from './transfer-panel.js';
import { recordedTransfer } from './transfer.model.js';
import type { FieldOutbox } from './use-field-outbox.js';
import { recordedOutcome, welfareCheckOutboxInput } from './welfare.model.js';

/**
 * The person a welfare-check task is about (name, address, phone, needs, as kept on the phone with the tasks) and the
 * outcome of the check, which goes to the outbox like every other record and is sent when the network allows. After a
 * "moved" outcome the unit may record where the person went (a transfer to a shelter), queued the same way.
 */
export function WelfareCheckPanel({ task, resident, shelters, outbox }: { task: FieldTask; resident: VulnerableResident | undefined; shelters: Shelter[]; outbox: FieldOutbox }) {
  const { t, language } = useI18n();
  const [recording, setRecording] = useState(false);
  const [moving, setMoving] = useState(false);
  const recorded = useMemo(() => recordedOutcome(task.id, outbox.items), [task.id, outbox.items]);
  const transfer = useMemo(() => recordedTransfer(task.id, outbox.items), [task.id, outbox.items]);
  const residentId = task.vulnerableResidentId;
  if (!residentId) return null;

  return (
    <div className="field-welfare" data-testid="welfare-check" data-resident={residentId}>
      {resident ? (
        <div className="field-welfare__resident" data-testid="welfare-resident">
          <p className="field-welfare__name">{resident.name}</p>
          <p className="field-task__meta">{t('field.welfare.address', { address: resident.address })}</p>
          {resident.kinds.length > 0 && (
            <p className="field-task__meta">
              {resident.kinds.map((kind) => (
                <span key={kind} className="evac-tag">
                  {t(`evac.kind.${kind}`)}
                </span>
              ))}
            </p>
          )}
          {resident.needs && <p className="field-task__meta">{t('evac.resident.needsLine', { needs: resident.needs })}</p>}
          <p className="field-task__meta">
            {resident.lastOutcome
              ? t('evac.resident.lastCheck', { outcome: t(`evac.outcome.${resident.lastOutcome}`), time: formatMacauDateTime(resident.lastCheckedAt, language) ?? '–' })
              : t('evac.resident.neverChecked')}
          </p>
          {resident.phone && (
            <a className="button button--outline field-welfare__call" href={`tel:${resident.phone.replace(/[^+0-9]/g, '')}`} data-testid="welfare-call">
              {t('field.welfare.call', { phone: resident.phone })}
            </a>
          )}
        </div>
      ) : (
        <p className="field-task__meta" data-testid="welfare-resident-unknown">
          {t('field.welfare.unknown')}
        </p>
      )}
      {recorded && (
        <p className="field-task__meta" data-testid="welfare-recorded" data-outcome={recorded.outcome} data-sent={recorded.sent ? 'true' : 'false'}>
          {t(recorded.sent ? 'field.welfare.recordedSent' : 'field.welfare.recordedWaiting', { outcome: t(`evac.outcome.${recorded.outcome}`) })}
        </p>
      )}
      {transfer && (
        <p className="field-task__meta" data-testid="transfer-recorded" data-sent={transfer.state === 'sent' ? 'true' : 'false'}>
          {t(transfer.state === 'sent' ? 'field.transfer.recordedSent' : 'field.transfer.recordedWaiting', { count: transfer.label.what, shelter: transfer.label.detail ?? '' })}
        </p>
      )}
      {recorded?.outcome === 'moved' &&
        (moving ? (
          <TransferPanel task={task} resident={resident} shelters={shelters} outbox={outbox} onClose={() => setMoving(false)} />
        ) : (
          !transfer && (
            <button type="button" className="button button--outline field-task__step" onClick={() => setMoving(true)} data-testid="transfer-record">
              {t('field.transfer.record')}
            </button>
          )
        ))}
      {recording ? (
        <WelfareCheckForm
          residentId={residentId}
          taskId={task.id}
          onSubmit={async (request) => {
            await outbox.enqueue(welfareCheckOutboxInput(request, task));
          }}
          onCancel={() => setRecording(false)}
          doneMessage="field.welfare.saved"
        />
      ) : (
        <button type="button" className="button button--primary field-task__step" onClick={() => setRecording(true)} data-testid="welfare-record">
          {t(recorded ? 'field.welfare.recordAgain' : 'field.welfare.record')}
        </button>
      )}
    </div>
  );
}
