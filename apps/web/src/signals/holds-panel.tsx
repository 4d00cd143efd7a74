import { useId, useState, type FormEvent } from 'react';
import { SIGNAL_HOLD_REASONS, type SignalHoldEntry, type SignalHoldReason } from '@app/contracts';
import { formProblemFor, type FormProblem } from '../forms/form-problem.js';
import { FormStatus } from '../forms/form-status.js';
import { useI18n } from '../i18n/i18n.context.js';
import { CodeBadge, EmptyBadge, LevelBadge } from './level-badge.js';
import { MacauTime } from './macau-time-label.js';
import type { SignalDirectory } from './signal-directory.js';
import { useSignalDesk } from './signal-reads.js';
import type { SignalBoardView } from './use-signal-board.js';
import { useSignalHolds } from './use-signal-holds.js';

/** Readings held back from the board as implausible, for an operator to confirm (apply) or reject, with a reason. */
export function HoldsPanel({ board }: { board: SignalBoardView }) {
  const { t } = useI18n();
  const titleId = useId();
  const view = useSignalHolds();
  const { holds } = view;
  const directory = board.directory;
  return (
    <section className="panel holds" aria-labelledby={titleId} data-testid="signal-holds">
      <h2 id={titleId} className="panel__title">
        {t('signals.holds.title')}
        {holds && holds.length > 0 && <span className="count-tag">{holds.length}</span>}
      </h2>
      <p className="panel__note">{t('signals.holds.note')}</p>
      {view.failed && (
        <p className="notice notice--warning" role="status">
          <span className="notice__symbol" aria-hidden="true" />
          {t('signals.holds.failed')}
        </p>
      )}
      {holds && holds.length === 0 && <p className="panel__empty">{t('signals.holds.none')}</p>}
      {holds && holds.length > 0 && (
        <ul className="holds__list">
          {holds.map((hold) => (
            <HoldItem
              key={hold.id}
              hold={hold}
              directory={directory}
              onDecided={() => {
                view.reload();
                board.reload();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function HoldItem({ hold, directory, onDecided }: { hold: SignalHoldEntry; directory: SignalDirectory; onDecided: () => void }) {
  const { t, language } = useI18n();
  const desk = useSignalDesk();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const reasonId = useId();
  const statusId = useId();

  async function decide(decision: 'confirm' | 'reject') {
    if (busy) return;
    if (!reason.trim()) {
      setProblem({ key: 'signals.holds.reasonRequired' });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await desk.decideHold(hold, decision, { reason: reason.trim() });
      setReason('');
      onDecided();
    } catch (err) {
      setProblem(formProblemFor(err));
    } finally {
      setBusy(false);
    }
  }

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void decide('confirm');
  };

  return (
    <li className="hold-item" data-testid="hold-item" data-authority={hold.authority} data-hazard={hold.hazard}>
      <p className="hold-item__track">
        <strong>{directory.authorityName(hold.authority)?.[language] ?? hold.authority}</strong>
        <span>{directory.areaName(hold)?.[language] ?? hold.area}</span>
        <span>{directory.hazardName(hold)?.[language] ?? hold.hazard}</span>
      </p>
      <div className="hold-item__compare">
        <p>
          <span className="hold-item__label">{t('signals.holds.shown')}</span>
          <LevelMark directory={directory} hold={hold} code={hold.previousLevel} />
        </p>
        <p>
          <span className="hold-item__label">{t('signals.holds.reading')}</span>
          <LevelMark directory={directory} hold={hold} code={hold.level} />
        </p>
        <p className="hold-item__meta">
          {t('signals.card.source', { source: t(`signals.source.${hold.source}`) })} <MacauTime iso={hold.receivedAt} />
        </p>
        {hold.enteredBy && <p className="hold-item__meta">{t('signals.holds.enteredBy', { name: hold.enteredBy, note: hold.note ?? '' })}</p>}
      </div>
      <ul className="hold-item__reasons">
        {hold.reasons.map((r) => (
          <li key={r.code}>{reasonText(r, t)}</li>
        ))}
      </ul>
      <form className="form hold-item__form" onSubmit={onSubmit} noValidate aria-describedby={problem ? statusId : undefined}>
        <div className="form__field">
          <label htmlFor={reasonId}>{t('signals.holds.reason')}</label>
          <textarea
            id={reasonId}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={2}
            maxLength={500}
            required
            aria-invalid={problem ? true : undefined}
          />
        </div>
        <FormStatus id={statusId} problem={problem} done={undefined} />
        <div className="form__buttons">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="hold-confirm">
            {t('signals.holds.confirm')}
          </button>
          <button type="button" className="button button--outline" disabled={busy} onClick={() => void decide('reject')} data-testid="hold-reject">
            {t('signals.holds.reject')}
          </button>
        </div>
      </form>
    </li>
  );
}

function LevelMark({ directory, hold, code }: { directory: SignalDirectory; hold: SignalHoldEntry; code: string | null }) {
  const { t, language } = useI18n();
  if (code === null) {
    return (
      <>
        <EmptyBadge kind="none" size="small" /> {t('signals.level.none')}
      </>
    );
  }
  const level = directory.level(hold, code);
  return (
    <>
      {level ? <LevelBadge level={level} size="small" /> : <CodeBadge code={code} size="small" />} {level?.name[language] ?? code}
    </>
  );
}

function reasonText(reason: SignalHoldReason, t: ReturnType<typeof useI18n>['t']): string {
  return (SIGNAL_HOLD_REASONS as readonly string[]).includes(reason.code) ? t(`signals.hold.reason.${reason.code}`) : reason.message;
}
