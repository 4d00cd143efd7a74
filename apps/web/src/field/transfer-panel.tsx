import { useId, useRef, useState, type FormEvent } from 'react';
import type { FieldTask, Shelter, VulnerableResident } from '@app/contracts';
import type { FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import { evacuationProblemFor } from '../evacuation/evacuation-problem.js';
import { hasProblems, type Problems } from '../evacuation/form-text.js';
import { occupancyView, shelterName, sortShelters } from '../evacuation/shelters.model.js';
import { roomWarning, type TransferField } from '../evacuation/transfers.model.js';
import { EMPTY_FIELD_TRANSFER, checkFieldTransfer, fieldTransferRequest, sheltersWithRoom, transferDraftFor, transferOutboxInput, type FieldTransferDraft } from './transfer.model.js';
import type { FieldOutbox } from './use-field-outbox.js';

/**
 * After a "moved" outcome: where the resident went. The transfer goes to the outbox like every other record; the
 * shelters and their free places are as last loaded, and the server decides on room when the transfer arrives.
 */
export function TransferPanel({ task, resident, shelters, outbox, onClose }: { task: FieldTask; resident: VulnerableResident | undefined; shelters: Shelter[]; outbox: FieldOutbox; onClose(): void }) {
  const { t, language } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<FieldTransferDraft>(EMPTY_FIELD_TRANSFER);
  const [problems, setProblems] = useState<Problems<TransferField>>({});
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [done, setDone] = useState<MessageKey | undefined>();
  const [busy, setBusy] = useState(false);
  // A second tap after a failed save keeps the same id and time, so the server stores the transfer once.
  const pending = useRef<{ clientId: string; recordedAt: Date } | undefined>(undefined);
  const choices = sortShelters(sheltersWithRoom(shelters), language);
  const warning = roomWarning(transferDraftFor(task, resident, draft), shelters);

  const update = (change: Partial<FieldTransferDraft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    setProblems((shown) => (hasProblems(shown) ? checkFieldTransfer(task, resident, next) : shown));
    pending.current = undefined;
    setDone(undefined);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = checkFieldTransfer(task, resident, draft);
    setProblems(found);
    setProblem(undefined);
    setDone(undefined);
    if (hasProblems(found)) return;
    pending.current ??= { clientId: crypto.randomUUID(), recordedAt: new Date() };
    const shelter = shelters.find((s) => s.id === draft.shelterId);
    setBusy(true);
    try {
      const request = fieldTransferRequest(task, resident, draft, pending.current.clientId, pending.current.recordedAt);
      await outbox.enqueue(transferOutboxInput(request, shelter ? shelterName(shelter, language) : draft.shelterId));
      pending.current = undefined;
      setDraft(EMPTY_FIELD_TRANSFER);
      setDone('field.transfer.saved');
    } catch (err) {
      setProblem(evacuationProblemFor(err));
    } finally {
      setBusy(false);
    }
  }

  const problemLine = (field: TransferField) =>
    problems[field] && (
      <p className="field-problem" data-testid="field-problem" data-field={field}>
        {t(problems[field]!)}
      </p>
    );

  return (
    <form className="form field-form field-transfer" onSubmit={submit} noValidate data-testid="transfer-form">
      <p className="field-welfare__name">{t('field.transfer.title')}</p>
      {choices.length === 0 && <p className="field-task__meta" data-testid="transfer-no-shelter">{t('field.transfer.noShelter')}</p>}
      <div className="form__field">
        <label htmlFor={`${id}-shelter`}>{t('evac.transfer.shelter')}</label>
        <select id={`${id}-shelter`} value={draft.shelterId} onChange={(e) => update({ shelterId: e.target.value })} aria-invalid={!!problems.shelterId} data-testid="transfer-shelter">
          <option value="">{t('evac.choose')}</option>
          {choices.map((s) => (
            <option key={s.id} value={s.id}>
              {t('evac.transfer.shelterOption', { name: shelterName(s, language), free: occupancyView(s).free })}
            </option>
          ))}
        </select>
        {problemLine('shelterId')}
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-people`}>{t('evac.transfer.people')}</label>
        <input id={`${id}-people`} inputMode="numeric" value={draft.people} onChange={(e) => update({ people: e.target.value })} aria-invalid={!!problems.people} data-testid="transfer-people" />
        {problemLine('people')}
        {warning && <p className="field-problem">{t('evac.transfer.roomWarning', { free: warning.free })}</p>}
      </div>
      {problemLine('from')}
      <div className="field-task__steps">
        <button type="submit" className="button button--primary field-task__step" disabled={busy} data-testid="transfer-save">
          {t('evac.transfer.save')}
        </button>
        <button type="button" className="button button--outline field-task__step" onClick={onClose}>
          {t('field.tasks.cancel')}
        </button>
      </div>
      <FormStatus problem={problem} done={done} />
    </form>
  );
}
