import { useId, useState, type FormEvent } from 'react';
import { SIGNAL_PROBABILITIES, type SignalOutlook, type SignalProbability } from '@app/contracts';
import { formProblemFor, type FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import { fromMacauInputValue, toMacauInputValue } from './macau-time.js';
import { outlookUpdateFrom, type OutlookDraftProblem, type OutlookDraftRow } from './outlook.model.js';
import { useSignalDesk } from './signal-reads.js';

const PROBLEM_KEYS: Record<OutlookDraftProblem, MessageKey> = {
  noRows: 'signals.outlookForm.problem.noRows',
  rowIncomplete: 'signals.outlookForm.problem.rowIncomplete',
  duplicateLevel: 'signals.outlookForm.problem.duplicateLevel',
  publishedAtMissing: 'signals.outlookForm.problem.publishedAtMissing',
};

const emptyRow = (): OutlookDraftRow => ({ level: '', probability: '', window: '' });

/** Operators copy SMG's table in; it replaces the one shown on every board. */
export function OutlookForm({ current, onSaved }: { current: SignalOutlook | null | undefined; onSaved: () => void }) {
  const { t } = useI18n();
  const desk = useSignalDesk();
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<OutlookDraftRow[]>([emptyRow()]);
  const [publishedAt, setPublishedAt] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [done, setDone] = useState(false);
  const publishedId = useId();
  const statusId = useId();

  function start() {
    setRows(current?.rows.length ? current.rows.map((r) => ({ level: r.level, probability: r.probability, window: r.window ?? '' })) : [emptyRow()]);
    setPublishedAt(toMacauInputValue(Date.now()));
    setProblem(undefined);
    setDone(false);
    setOpen(true);
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (saving) return;
    const result = outlookUpdateFrom({ rows, publishedAt: fromMacauInputValue(publishedAt) }, current);
    if ('problem' in result) {
      setProblem({ key: PROBLEM_KEYS[result.problem] });
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      await desk.putOutlook(result.update);
      setDone(true);
      setOpen(false);
      onSaved();
    } catch (err) {
      setProblem(formProblemFor(err));
    } finally {
      setSaving(false);
    }
  }

  const update = (index: number, change: Partial<OutlookDraftRow>) => setRows((prev) => prev.map((r, i) => (i === index ? { ...r, ...change } : r)));

  if (!open) {
    return (
      <div className="panel__actions">
        <FormStatus problem={undefined} done={done ? 'signals.outlookForm.saved' : undefined} />
        <button type="button" className="button button--outline" onClick={start} data-testid="outlook-edit">
          {t('signals.outlookForm.open')}
        </button>
      </div>
    );
  }

  return (
    <form className="form form--panel" onSubmit={submit} noValidate aria-describedby={problem ? statusId : undefined} data-testid="outlook-form">
      <h3 className="form__title">{t('signals.outlookForm.title')}</h3>
      <p className="form__hint">{t('signals.outlookForm.hint')}</p>
      {rows.map((row, index) => (
        <fieldset key={index} className="form__row-group">
          <legend>{t('signals.outlookForm.row', { number: index + 1 })}</legend>
          <div className="form__field">
            <label htmlFor={`${publishedId}-level-${index}`}>{t('signals.outlookForm.level')}</label>
            <input
              id={`${publishedId}-level-${index}`}
              value={row.level}
              onChange={(e) => update(index, { level: e.target.value })}
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={8}
            />
          </div>
          <div className="form__field">
            <label htmlFor={`${publishedId}-probability-${index}`}>{t('signals.outlookForm.probability')}</label>
            <select
              id={`${publishedId}-probability-${index}`}
              value={row.probability}
              onChange={(e) => update(index, { probability: e.target.value as SignalProbability | '' })}
            >
              <option value="">{t('form.choose')}</option>
              {SIGNAL_PROBABILITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`signals.probability.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form__field">
            <label htmlFor={`${publishedId}-window-${index}`}>{t('signals.outlookForm.window')}</label>
            <input id={`${publishedId}-window-${index}`} value={row.window} onChange={(e) => update(index, { window: e.target.value })} maxLength={120} />
          </div>
          {rows.length > 1 && (
            <button type="button" className="button button--outline" onClick={() => setRows((prev) => prev.filter((_, i) => i !== index))}>
              {t('signals.outlookForm.removeRow', { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <div className="form__buttons">
        <button type="button" className="button button--outline" onClick={() => setRows((prev) => [...prev, emptyRow()])}>
          {t('signals.outlookForm.addRow')}
        </button>
      </div>
      <div className="form__field">
        <label htmlFor={publishedId}>{t('signals.outlookForm.publishedAt')}</label>
        <input id={publishedId} type="datetime-local" value={publishedAt} onChange={(e) => setPublishedAt(e.target.value)} required />
      </div>
      <FormStatus id={statusId} problem={problem} done={undefined} />
      <div className="form__buttons">
        <button type="submit" className="button button--primary" disabled={saving} data-testid="outlook-save">
          {saving ? t('form.saving') : t('signals.outlookForm.save')}
        </button>
        <button type="button" className="button button--outline" onClick={() => setOpen(false)} disabled={saving}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
