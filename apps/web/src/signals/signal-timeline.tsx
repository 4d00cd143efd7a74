import { useId } from 'react';
import type { SignalHistoryEntry } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { CodeBadge, EmptyBadge, LevelBadge } from './level-badge.js';
import { formatMacauDateTime } from './macau-time.js';
import type { SignalDirectory } from './signal-directory.js';
import type { SignalHistoryView } from './use-signal-history.js';

/** The changes on every track, newest first, live. Names come from the board; a level never seen shows its code. */
export function SignalTimeline({
  view,
  directory,
  limit,
}: {
  view: SignalHistoryView;
  directory: SignalDirectory;
  /** Show at most this many (the HQ wall shows the latest few). */
  limit?: number;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const items = limit === undefined ? view.items : view.items?.slice(0, limit);
  return (
    <section className="panel signal-timeline" aria-labelledby={titleId} data-testid="signal-timeline">
      <h2 id={titleId} className="panel__title">
        {t('signals.timeline.title')}
      </h2>
      <p className="panel__note">{t('signals.timeline.note')}</p>
      {view.failed && (
        <p className="notice notice--warning" role="status">
          <span className="notice__symbol" aria-hidden="true" />
          {t('signals.timeline.failed')}
        </p>
      )}
      {items === undefined && !view.failed && <p>{t('signals.board.loading')}</p>}
      {items && items.length === 0 && <p className="panel__empty">{t('signals.timeline.empty')}</p>}
      {items && items.length > 0 && (
        <ol className="timeline-list">
          {items.map((item) => (
            <TimelineRow key={item.id} item={item} directory={directory} />
          ))}
        </ol>
      )}
    </section>
  );
}

function TimelineRow({ item, directory }: { item: SignalHistoryEntry; directory: SignalDirectory }) {
  const { t, language } = useI18n();
  const when = item.issuedAt ?? item.receivedAt;
  const name = (code: string | null) => (code === null ? t('signals.level.none') : (directory.level(item, code)?.name[language] ?? code));
  return (
    <li className="timeline-row" data-testid="timeline-entry" data-authority={item.authority} data-hazard={item.hazard} data-level={item.level ?? ''}>
      <time className="timeline-row__time" dateTime={when}>
        {formatMacauDateTime(when, language)}
      </time>
      <div className="timeline-row__what">
        <p className="timeline-row__track">
          <span className="timeline-row__authority">{directory.authorityName(item.authority)?.[language] ?? item.authority}</span>
          <span className="timeline-row__hazard">{directory.hazardName(item)?.[language] ?? item.hazard}</span>
          <span className="timeline-row__area">{directory.areaName(item)?.[language] ?? item.area}</span>
        </p>
        <p className="timeline-row__change">
          <TimelineBadge item={item} code={item.previousLevel} directory={directory} />
          <span className="timeline-row__arrow" aria-hidden="true">
            →
          </span>
          <TimelineBadge item={item} code={item.level} directory={directory} />
          <span className="timeline-row__change-text">{t('signals.timeline.change', { from: name(item.previousLevel), to: name(item.level) })}</span>
        </p>
        <p className="timeline-row__meta">
          <span className="action-tag">{t(`signals.action.${item.action}`)}</span>
          <span>{t('signals.card.source', { source: t(`signals.source.${item.source}`) })}</span>
          {item.issuedAt && item.receivedAt && (
            <span>{t('signals.timeline.received', { time: formatMacauDateTime(item.receivedAt, language) ?? '' })}</span>
          )}
        </p>
      </div>
    </li>
  );
}

function TimelineBadge({ item, code, directory }: { item: SignalHistoryEntry; code: string | null; directory: SignalDirectory }) {
  if (code === null) return <EmptyBadge kind="none" size="small" />;
  const level = directory.level(item, code);
  return level ? <LevelBadge level={level} size="small" /> : <CodeBadge code={code} size="small" />;
}
