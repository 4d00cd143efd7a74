import { useId, useState, type FormEvent } from 'react';
import { SIGNAL_ACTIONS, type SignalAction, type SignalIngestOutcome } from '@app/contracts';
import { formProblemFor, type FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import type { MessageKey } from '../i18n/catalogues.js';
import { useI18n } from '../i18n/i18n.context.js';
import { fromMacauInputValue, toMacauInputValue } from './macau-time.js';
import { manualSignalRequestFrom, type ManualSignalProblem } from './manual-signal.model.js';
import { useSignalDesk } from './signal-reads.js';
import type { SignalBoardView } from './use-signal-board.js';

const PROBLEM_KEYS: Record<ManualSignalProblem, MessageKey> = {
  trackMissing: 'signals.manual.problem.trackMissing',
  actionMissing: 'signals.manual.problem.actionMissing',
  levelMissing: 'signals.manual.problem.levelMissing',
  issuedAtMissing: 'signals.manual.problem.issuedAtMissing',
  issuedAtFuture: 'signals.manual.problem.issuedAtFuture',
  reasonMissing: 'signals.manual.problem.reasonMissing',
};

/** What the server did with the entry: applied, held for confirmation, or nothing because the board already said so. */
const OUTCOME_KEYS: Record<SignalIngestOutcome, MessageKey> = {
  changed: 'signals.manual.outcome.changed',
  held: 'signals.manual.outcome.held',
  unchanged: 'signals.manual.outcome.unchanged',
  not_live: 'signals.manual.outcome.changed',
  ignored: 'signals.manual.outcome.unchanged',
  rejected: 'signals.manual.outcome.unchanged',
};

/**
 * A signal phoned in or read off another channel while a feed is down. Authority, area and hazard are chosen from
 * the tracks the board has; the entry is audited with its reason, and an implausible one is held like any other.
 */
export function ManualSignalForm({ view }: { view: SignalBoardView }) {
  const { t, language } = useI18n();
  const desk = useSignalDesk();
  const id = useId();
  const tracks = view.directory.tracks();
  const [authority, setAuthority] = useState('');
  const [area, setArea] = useState('');
  const [hazard, setHazard] = useState('');
  const [action, setAction] = useState<SignalAction | ''>('issue');
  const [level, setLevel] = useState('');
  const [issuedAt, setIssuedAt] = useState(() => toMacauInputValue(Date.now()));
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [done, setDone] = useState<SignalIngestOutcome | undefined>();

  const chosen = tracks.find((track) => track.authority === authority);
  const knownCodes = authority && hazard ? view.directory.levelCodes({ authority, hazard }) : [];

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (saving) return;
    setDone(undefined);
    const result = manualSignalRequestFrom(
      { authority, area, hazard, action, level, issuedAt: fromMacauInputValue(issuedAt), reason },
      knownCodes,
      Date.now(),
    );
    if ('problem' in result) {
      setProblem({ key: PROBLEM_KEYS[result.problem] });
      return;
    }
    setSaving(true);
    setProblem(undefined);
    try {
      const answer = await desk.manual(result.request);
      setDone(answer?.outcome ?? 'changed');
      setLevel('');
      setReason('');
      view.reload();
    } catch (err) {
      setProblem(formProblemFor(err));
    } finally {
      setSaving(false);
    }
  }

  const name = (text: { [k: string]: string } | undefined, fallback: string) => text?.[language] ?? fallback;

  return (
    <section className="panel manual-signal" aria-labelledby={`${id}-title`} data-testid="manual-signal">
      <h2 id={`${id}-title`} className="panel__title">
        {t('signals.manual.title')}
      </h2>
      <p className="panel__note">{t('signals.manual.note')}</p>
      <form className="form" onSubmit={submit} noValidate aria-describedby={problem ? `${id}-status` : undefined} data-testid="manual-signal-form">
        {/* Fields stay as sent until the answer is in, so nothing typed meanwhile is cleared with them. */}
        <fieldset className="form__plain" disabled={saving}>
          <div className="form__grid">
            <div className="form__field">
              <label htmlFor={`${id}-authority`}>{t('signals.manual.authority')}</label>
              <select
                id={`${id}-authority`}
                value={authority}
                onChange={(e) => {
                  setAuthority(e.target.value);
                  const next = tracks.find((track) => track.authority === e.target.value);
                  setArea(next?.areas.length === 1 ? next.areas[0]! : '');
                  setHazard('');
                }}
              >
                <option value="">{t('form.choose')}</option>
                {tracks.map((track) => (
                  <option key={track.authority} value={track.authority}>
                    {name(view.directory.authorityName(track.authority), track.authority)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form__field">
              <label htmlFor={`${id}-area`}>{t('signals.manual.area')}</label>
              <select id={`${id}-area`} value={area} onChange={(e) => setArea(e.target.value)} disabled={!chosen}>
                <option value="">{t('form.choose')}</option>
                {chosen?.areas.map((a) => (
                  <option key={a} value={a}>
                    {name(view.directory.areaName({ authority, area: a }), a)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form__field">
              <label htmlFor={`${id}-hazard`}>{t('signals.manual.hazard')}</label>
              <select id={`${id}-hazard`} value={hazard} onChange={(e) => setHazard(e.target.value)} disabled={!chosen}>
                <option value="">{t('form.choose')}</option>
                {chosen?.hazards.map((h) => (
                  <option key={h} value={h}>
                    {name(view.directory.hazardName({ authority, hazard: h }), h)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form__field">
              <label htmlFor={`${id}-action`}>{t('signals.manual.action')}</label>
              <select id={`${id}-action`} value={action} onChange={(e) => setAction(e.target.value as SignalAction | '')}>
                {SIGNAL_ACTIONS.map((a) => (
                  <option key={a} value={a}>
                    {t(`signals.manual.actionOption.${a}`)}
                  </option>
                ))}
              </select>
            </div>
            {action !== 'cancel' && (
              <div className="form__field">
                <label htmlFor={`${id}-level`}>{t('signals.manual.level')}</label>
                <input
                  id={`${id}-level`}
                  value={level}
                  onChange={(e) => setLevel(e.target.value)}
                  list={`${id}-levels`}
                  autoCapitalize="none"
                  spellCheck={false}
                  maxLength={16}
                  aria-describedby={`${id}-level-hint`}
                />
                <datalist id={`${id}-levels`}>
                  {knownCodes.map((code) => (
                    <option key={code} value={code} />
                  ))}
                </datalist>
                <p id={`${id}-level-hint`} className="form__hint">
                  {t('signals.manual.levelHint')}
                </p>
              </div>
            )}
            <div className="form__field">
              <label htmlFor={`${id}-issued`}>{t('signals.manual.issuedAt')}</label>
              <input id={`${id}-issued`} type="datetime-local" value={issuedAt} onChange={(e) => setIssuedAt(e.target.value)} required />
            </div>
          </div>
          <div className="form__field">
            <label htmlFor={`${id}-reason`}>{t('signals.manual.reason')}</label>
            <textarea id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={500} required />
            <p className="form__hint">{t('signals.manual.reasonHint')}</p>
          </div>
        </fieldset>
        <FormStatus id={`${id}-status`} problem={problem} done={done ? OUTCOME_KEYS[done] : undefined} />
        <div className="form__buttons">
          <button type="submit" className="button button--primary" disabled={saving || tracks.length === 0} data-testid="manual-signal-save">
            {saving ? t('form.saving') : t('signals.manual.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
