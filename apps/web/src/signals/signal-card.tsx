import type { SignalBoardEntry } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { entryCondition } from './board-model.js';
import { EmptyBadge, LevelBadge } from './level-badge.js';
import { formatMacauDateTime } from './macau-time.js';
import { MacauTime, useZonedTime } from './macau-time-label.js';
import type { SignalDirectory } from './signal-directory.js';

export interface SignalCardOptions {
  /** HQ sees readings held for confirmation. */
  showHolds: boolean;
  /** Residents read what the signal means. */
  showMeaning: boolean;
  /** The authority's banner already says its sources are not answering; the card then only tags itself. */
  coveredByBanner: boolean;
}

/** One track: authority and area, hazard, the level as colour and words, since when, from where and how fresh. */
export function SignalCard({ entry, directory, options }: { entry: SignalBoardEntry; directory: SignalDirectory; options: SignalCardOptions }) {
  const { t, language } = useI18n();
  const condition = entryCondition(entry);
  const level = entry.level;
  const includedLevel = entry.includedIn && directory.level({ authority: entry.authority, hazard: entry.includedIn.hazard }, entry.includedIn.level);
  const includedHazard = entry.includedIn && directory.hazardName({ authority: entry.authority, hazard: entry.includedIn.hazard });

  return (
    <li
      className={`signal-card signal-card--${condition.kind}`}
      data-testid="signal-entry"
      data-authority={entry.authority}
      data-area={entry.area}
      data-hazard={entry.hazard}
      data-level={level?.code ?? ''}
      data-freshness={entry.freshness}
    >
      <div className="signal-card__badge">
        {level ? <LevelBadge level={level} /> : <EmptyBadge kind={condition.kind === 'none' ? 'none' : 'unknown'} />}
      </div>
      <div className="signal-card__body">
        <p className="signal-card__authority" data-testid="signal-authority-name">
          {entry.authorityName[language]}
        </p>
        <h4 className="signal-card__hazard">
          {entry.hazardName[language]} <span className="signal-card__area">{entry.areaName[language]}</span>
        </h4>
        <p className="signal-card__level" data-testid="signal-level">
          {levelLine(condition.kind, level?.name[language], t)}
        </p>
        {entry.since && condition.kind !== 'unknown' && (
          <p className="signal-card__since">
            {t('signals.card.since')} <MacauTime iso={entry.since} />
          </p>
        )}
        <p className="signal-card__meta">
          <span className={`freshness-tag freshness-tag--${entry.freshness}`}>{t(`signals.freshness.${entry.freshness}`)}</span>
          {entry.source && <span>{t('signals.card.source', { source: t(`signals.source.${entry.source}`) })}</span>}
          {entry.lastCheckedAt && (
            <span>{t('signals.card.checked', { time: formatMacauDateTime(entry.lastCheckedAt, language) ?? '' })}</span>
          )}
        </p>
        {!options.coveredByBanner && (condition.kind === 'stale' || condition.kind === 'unknown') && (
          // The level line already says "unknown" when there is no last known level: the banner then only says why.
          <FreshnessBanner freshness={condition.kind} lastAnsweredAt={condition.lastAnsweredAt} titled={condition.lastKnown || condition.kind === 'stale'} />
        )}
        {entry.includedIn && (
          <p className="signal-card__included" data-testid="signal-included-in">
            {t('signals.card.includedIn', {
              signal: includedLevel?.name[language] ?? `${includedHazard?.[language] ?? entry.includedIn.hazard} ${entry.includedIn.level}`,
            })}
          </p>
        )}
        {options.showHolds && entry.held && (
          <p className="signal-card__held" data-testid="signal-held">
            <span className="held-tag">{t('signals.held.tag')}</span>{' '}
            {t('signals.held.summary', {
              level: entry.held.level === null ? t('signals.level.none') : (directory.level(entry, entry.held.level)?.name[language] ?? entry.held.level),
              source: t(`signals.source.${entry.held.source}`),
              time: formatMacauDateTime(entry.held.receivedAt, language) ?? '',
            })}
          </p>
        )}
        {options.showMeaning && level && (
          <p className="signal-card__meaning">
            <span className="signal-card__meaning-label">{t('signals.card.meaning')}</span> {level.meaning[language]}
          </p>
        )}
      </div>
    </li>
  );
}

function levelLine(kind: ReturnType<typeof entryCondition>['kind'], name: string | undefined, t: ReturnType<typeof useI18n>['t']): string {
  if (kind === 'in-force') return name ?? '';
  if (kind === 'none') return t('signals.level.none');
  if (name) return t('signals.level.lastKnown', { level: name });
  return kind === 'stale' ? t('signals.level.lastKnown', { level: t('signals.level.none') }) : t('signals.level.unknown');
}

/** Stale and unknown are said in words, with their own symbol, and never look like "no signal". */
export function FreshnessBanner({
  freshness,
  lastAnsweredAt,
  authority,
  titled = true,
}: {
  freshness: 'stale' | 'unknown';
  lastAnsweredAt: string | null;
  authority?: string;
  titled?: boolean;
}) {
  const { t } = useI18n();
  const time = useZonedTime()(lastAnsweredAt);
  const who = authority ?? t('signals.banner.theSource');
  let text: string;
  if (freshness === 'stale') {
    text = time ? t('signals.banner.staleSince', { source: who, time }) : t('signals.banner.staleNoAnswer', { source: who });
  } else {
    text = time ? t('signals.banner.unknownSince', { source: who, time }) : t('signals.banner.unknownNoAnswer', { source: who });
  }
  return (
    <p className={`signal-banner signal-banner--${freshness}`} role="status" data-testid={`signal-banner-${freshness}`}>
      <span className="signal-banner__symbol" aria-hidden="true" />
      <span>
        {titled && <strong className="signal-banner__title">{t(`signals.banner.title.${freshness}`)}</strong>} {text}
      </span>
    </p>
  );
}
