import { useId, useRef, useState, type FormEvent } from 'react';
import { VULNERABLE_TEXT_MAX, WELFARE_OUTCOMES, type WelfareCheckRequest } from '@app/contracts';
import type { FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import { evacuationProblemFor } from './evacuation-problem.js';
import { hasProblems, type Problems } from './form-text.js';
import { EMPTY_WELFARE_CHECK, checkWelfareCheck, welfareCheckRequest, type WelfareCheckDraft, type WelfareCheckField } from './welfare-check.model.js';
import './evacuation.css';

export interface WelfareCheckFormProps {
  residentId: string;
  /** The welfare-check task the check answers, when it is made on one. */
  taskId?: string | null;
  /**
   * Sends or queues the check. The request carries its own client id and the time it was made, so it can be sent
   * later and more than once; a rejection is shown in the form and the draft is kept.
   */
  onSubmit(request: WelfareCheckRequest): void | Promise<void>;
  onCancel?(): void;
  /** The confirmation once `onSubmit` has resolved, e.g. "Saved; it will be sent when the network allows". */
  doneMessage?: MessageKey;
}

/**
 * The outcome of a welfare check: safe, needs help, moved, not reached, and a note. Large choices that work on a
 * phone in the rain; used by the HQ desk and the field app alike.
 */
export function WelfareCheckForm({ residentId, taskId, onSubmit, onCancel, doneMessage = 'evac.check.done' }: WelfareCheckFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<WelfareCheckDraft>(EMPTY_WELFARE_CHECK);
  const [problems, setProblems] = useState<Problems<WelfareCheckField>>({});
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [done, setDone] = useState<MessageKey | undefined>();
  const [busy, setBusy] = useState(false);
  // The same check sent again (a lost answer, a second tap) keeps its id and time, so the server stores it once.
  const pending = useRef<{ clientId: string; recordedAt: Date } | undefined>(undefined);

  const update = (change: Partial<WelfareCheckDraft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    // Problems already shown follow the edits, so a corrected field stops being marked.
    setProblems((shown) => (hasProblems(shown) ? checkWelfareCheck(next) : shown));
    pending.current = undefined;
    setDone(undefined);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = checkWelfareCheck(draft);
    setProblems(found);
    setProblem(undefined);
    setDone(undefined);
    if (hasProblems(found)) return;
    pending.current ??= { clientId: crypto.randomUUID(), recordedAt: new Date() };
    setBusy(true);
    try {
      await onSubmit(welfareCheckRequest(residentId, taskId, draft, pending.current.clientId, pending.current.recordedAt));
      pending.current = undefined;
      setDraft(EMPTY_WELFARE_CHECK);
      setDone(doneMessage);
    } catch (err) {
      const next = evacuationProblemFor(err);
      if (next.code) pending.current = undefined;
      setProblem(next);
    } finally {
      setBusy(false);
    }
  }

  const left = VULNERABLE_TEXT_MAX - draft.note.length;
  return (
    <form className="form evac-check-form" onSubmit={submit} noValidate data-testid="welfare-check-form" data-resident={residentId}>
      <fieldset className="evac-outcomes" aria-invalid={!!problems.outcome}>
        <legend>{t('evac.check.outcome')}</legend>
        <div className="evac-outcomes__grid">
          {WELFARE_OUTCOMES.map((outcome) => (
            <label key={outcome} className={`evac-outcome evac-outcome--${outcome}${draft.outcome === outcome ? ' evac-outcome--on' : ''}`}>
              <input type="radio" name={`${id}-outcome`} value={outcome} checked={draft.outcome === outcome} onChange={() => update({ outcome })} data-testid={`check-outcome-${outcome}`} />
              <span>{t(`evac.outcome.${outcome}`)}</span>
            </label>
          ))}
        </div>
        {problems.outcome && <p className="evac-problem" data-testid="field-problem">{t(problems.outcome)}</p>}
      </fieldset>
      {draft.outcome === 'moved' && <p className="form__hint">{t('evac.check.movedHint')}</p>}
      <div className="form__field">
        <label htmlFor={`${id}-note`}>{t('evac.check.note')}</label>
        <textarea id={`${id}-note`} rows={2} value={draft.note} onChange={(e) => update({ note: e.target.value })} aria-invalid={!!problems.note} data-testid="check-note" />
        <span className={left < 0 ? 'char-count char-count--over' : 'char-count'}>{t('evac.charsLeft', { count: left })}</span>
        {problems.note && <p className="evac-problem">{t(problems.note)}</p>}
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="check-save">
          {t('evac.check.save')}
        </button>
        {onCancel && (
          <button type="button" className="button button--outline" onClick={onCancel}>
            {t('evac.cancel')}
          </button>
        )}
      </div>
      <FormStatus problem={problem} done={done} />
    </form>
  );
}
