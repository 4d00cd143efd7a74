import { useId, useRef, useState, type FormEvent } from 'react';
import type { FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import { evacuationProblemFor } from './evacuation-problem.js';
import { hasProblems, type Problems } from './form-text.js';
import { occupancyView, shelterName, sortShelters } from './shelters.model.js';
import { EMPTY_TRANSFER, checkTransfer, nextTransferDraft, roomWarning, transferRequest, type TransferDraft, type TransferField } from './transfers.model.js';
import type { EvacuationDeskView } from './use-evacuation-desk.js';

/** Records people moved into a shelter: how many, from where, optionally who (from the register) and which team. */
export function TransferForm({ desk }: { desk: EvacuationDeskView }) {
  const { t, language } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<TransferDraft>(EMPTY_TRANSFER);
  const [problems, setProblems] = useState<Problems<TransferField>>({});
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [done, setDone] = useState<MessageKey | undefined>();
  const [busy, setBusy] = useState(false);
  // One client id per transfer: a retry after a lost answer is recognised by the server instead of counted twice.
  const pending = useRef<{ clientId: string; recordedAt: Date } | undefined>(undefined);

  const shelters = sortShelters(desk.shelters.items ?? [], language);
  const residents = (desk.register.items ?? []).filter((r) => !r.shelterId || r.id === draft.residentId);
  const warning = roomWarning(draft, shelters);

  const update = (change: Partial<TransferDraft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    // Problems already shown follow the edits, so a corrected field stops being marked.
    setProblems((shown) => (hasProblems(shown) ? checkTransfer(next) : shown));
    pending.current = undefined;
    setDone(undefined);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = checkTransfer(draft);
    setProblems(found);
    setProblem(undefined);
    setDone(undefined);
    if (hasProblems(found)) return;
    pending.current ??= { clientId: crypto.randomUUID(), recordedAt: new Date() };
    setBusy(true);
    try {
      const transfer = await desk.api.recordTransfer(transferRequest(draft, pending.current.clientId, pending.current.recordedAt));
      pending.current = undefined;
      desk.putTransfer(transfer);
      desk.reloadShelters();
      if (transfer.vulnerableResidentId) desk.reloadResidents();
      setDraft(nextTransferDraft(draft));
      setDone('evac.transfer.done');
    } catch (err) {
      const next = evacuationProblemFor(err);
      // Refused: the same id must not be reused for a corrected transfer.
      if (next.code) pending.current = undefined;
      setProblem(next);
    } finally {
      setBusy(false);
    }
  }

  const problemLine = (field: TransferField) => problems[field] && <p className="evac-problem" data-testid="field-problem" data-field={field}>{t(problems[field]!)}</p>;

  return (
    <section className="panel evac-panel" data-testid="evac-transfer" aria-labelledby={`${id}-title`}>
      <h2 className="panel__title" id={`${id}-title`}>
        {t('evac.transfer.title')}
      </h2>
      <form className="form" onSubmit={submit} noValidate data-testid="transfer-form">
        <div className="form__field">
          <label htmlFor={`${id}-shelter`}>{t('evac.transfer.shelter')}</label>
          <select id={`${id}-shelter`} value={draft.shelterId} onChange={(e) => update({ shelterId: e.target.value })} aria-invalid={!!problems.shelterId} data-testid="transfer-shelter">
            <option value="">{t('evac.choose')}</option>
            {shelters.map((s) => {
              const view = occupancyView(s);
              return (
                <option key={s.id} value={s.id}>
                  {t(s.open ? 'evac.transfer.shelterOption' : 'evac.transfer.shelterOptionClosed', { name: shelterName(s, language), free: view.free })}
                </option>
              );
            })}
          </select>
          {problemLine('shelterId')}
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-people`}>{t('evac.transfer.people')}</label>
          <input id={`${id}-people`} inputMode="numeric" value={draft.people} onChange={(e) => update({ people: e.target.value })} aria-invalid={!!problems.people} data-testid="transfer-people" />
          {problemLine('people')}
          {warning && (
            <p className="evac-warning" data-testid="transfer-room-warning">
              {t('evac.transfer.roomWarning', { free: warning.free })}
            </p>
          )}
        </div>
        <fieldset className="form__row-group" aria-invalid={!!problems.from}>
          <legend>{t('evac.transfer.from')}</legend>
          <div className="form__field">
            <label htmlFor={`${id}-area`}>{t('evac.transfer.fromArea')}</label>
            <select id={`${id}-area`} value={draft.fromAreaId} onChange={(e) => update({ fromAreaId: e.target.value })} data-testid="transfer-from-area">
              <option value="">{t('evac.none')}</option>
              {desk.areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.properties.names[language] ?? a.id}
                </option>
              ))}
            </select>
          </div>
          <div className="form__field">
            <label htmlFor={`${id}-note`}>{t('evac.transfer.fromNote')}</label>
            <input id={`${id}-note`} value={draft.fromNote} onChange={(e) => update({ fromNote: e.target.value })} aria-invalid={!!problems.fromNote} data-testid="transfer-from-note" />
            {problemLine('fromNote')}
          </div>
          {problemLine('from')}
        </fieldset>
        <div className="form__field">
          <label htmlFor={`${id}-resident`}>{t('evac.transfer.resident')}</label>
          <select id={`${id}-resident`} value={draft.residentId} onChange={(e) => update({ residentId: e.target.value })} data-testid="transfer-resident">
            <option value="">{t('evac.none')}</option>
            {residents.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-team`}>{t('evac.transfer.team')}</label>
          <select id={`${id}-team`} value={draft.teamId} onChange={(e) => update({ teamId: e.target.value })} data-testid="transfer-team">
            <option value="">{t('evac.none')}</option>
            {desk.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="transfer-save">
          {t('evac.transfer.save')}
        </button>
        <FormStatus problem={problem} done={done} />
      </form>
    </section>
  );
}
