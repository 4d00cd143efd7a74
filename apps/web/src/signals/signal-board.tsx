import { useId } from 'react';
import type { SignalBoardEntry } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { groupByAuthority, lastAnswerOf, type AuthorityGroup } from './board-model.js';
import { MacauTime, useZonedTime } from './macau-time-label.js';
import { FreshnessBanner, SignalCard, type SignalCardOptions } from './signal-card.js';
import type { SignalDirectory } from './signal-directory.js';
import type { SignalBoardView } from './use-signal-board.js';

export interface SignalBoardProps {
  view: SignalBoardView;
  /** `staff` for /command and /liaison, `public` for residents, `kiosk` for the HQ wall (large type). */
  variant: 'staff' | 'public' | 'kiosk';
  showHolds?: boolean;
  showMeaning?: boolean;
}

/**
 * The shared cross-border board: one column per issuing authority (Macau SMG beside Guangdong/Zhuhai), each signal
 * with its authority named beside it, colour and words, since when, its source and how fresh it is.
 */
export function SignalBoard({ view, variant, showHolds = false, showMeaning = false }: SignalBoardProps) {
  const { t } = useI18n();
  const zoned = useZonedTime();
  const titleId = useId();
  const { board, origin, savedAt, failed } = view;
  const groups = board ? groupByAuthority(board, { showHolds }) : [];

  return (
    <section className={`signal-board signal-board--${variant}`} aria-labelledby={titleId} data-testid="signal-board">
      <div className="signal-board__head">
        <h2 id={titleId} className="signal-board__title">
          {t('signals.board.title')}
        </h2>
        {board && (
          <p className="signal-board__updated" data-testid="signal-board-updated">
            {t('signals.board.updated')} <MacauTime iso={board.generatedAt} />
          </p>
        )}
      </div>

      {origin === 'device' && (
        <p className="notice notice--warning" role="status" data-testid="signal-board-saved-copy">
          <span className="notice__symbol" aria-hidden="true" />
          {t('signals.board.savedCopy', { time: zoned(savedAt) })}
        </p>
      )}
      {origin === 'server' && failed && (
        <p className="notice notice--warning" role="status" data-testid="signal-board-refresh-failed">
          <span className="notice__symbol" aria-hidden="true" />
          {t('signals.board.refreshFailed')}
        </p>
      )}
      {!board && !failed && <p className="signal-board__loading">{t('signals.board.loading')}</p>}
      {!board && failed && (
        <p className="notice notice--error" role="alert" data-testid="signal-board-unavailable">
          <span className="notice__symbol" aria-hidden="true" />
          {t('signals.board.unavailable')}
        </p>
      )}
      {board && groups.length === 0 && <p className="signal-board__empty">{t('signals.board.noTracks')}</p>}

      {groups.length > 0 && (
        <div className="signal-board__columns">
          {groups.map((group) => (
            <AuthorityColumn key={group.authority} group={group} directory={view.directory} showHolds={showHolds} showMeaning={showMeaning} />
          ))}
        </div>
      )}
    </section>
  );
}

function AuthorityColumn({
  group,
  directory,
  showHolds,
  showMeaning,
}: {
  group: AuthorityGroup;
  directory: SignalDirectory;
  showHolds: boolean;
  showMeaning: boolean;
}) {
  const { language } = useI18n();
  const headingId = useId();
  const options: SignalCardOptions = { showHolds, showMeaning, coveredByBanner: group.banner !== undefined };
  const name = group.authorityName[language];
  return (
    <section className="authority-column" aria-labelledby={headingId} data-testid="signal-authority" data-authority={group.authority}>
      <h3 id={headingId} className="authority-column__name">
        {name}
      </h3>
      {group.banner && <FreshnessBanner freshness={group.banner.freshness} lastAnsweredAt={group.banner.lastAnsweredAt} authority={name} />}
      {group.cards.length > 0 && (
        <ul className="signal-list">
          {group.cards.map((entry) => (
            <SignalCard key={`${entry.area}/${entry.hazard}`} entry={entry} directory={directory} options={options} />
          ))}
        </ul>
      )}
      {group.unclear.length > 0 && <UnclearTracks entries={group.unclear} explained={group.banner !== undefined} />}
      {group.quiet.length > 0 && <QuietTracks entries={group.quiet} />}
    </section>
  );
}

/** Fresh tracks with nothing in force, listed by hazard (and area where an authority issues per district). */
function QuietTracks({ entries }: { entries: SignalBoardEntry[] }) {
  const { t } = useI18n();
  return <TrackList entries={entries} kind="none" title={t('signals.level.none')} />;
}

/**
 * Tracks whose source is not answering and that have no level to show: unknown, or last known as none. Under the
 * authority's banner the list needs no words of its own; otherwise it says since when.
 */
function UnclearTracks({ entries, explained }: { entries: SignalBoardEntry[]; explained: boolean }) {
  const { t } = useI18n();
  const zoned = useZonedTime();
  const unknown = entries.filter((e) => e.freshness === 'unknown');
  const stale = entries.filter((e) => e.freshness !== 'unknown');
  const since = (list: SignalBoardEntry[]) => zoned(lastAnswerOf(list));
  return (
    <>
      {unknown.length > 0 && (
        <TrackList
          entries={unknown}
          kind="unknown"
          title={t('signals.level.unknown')}
          note={explained ? undefined : since(unknown) ? t('signals.tracks.unknownSince', { time: since(unknown) }) : t('signals.tracks.noAnswer')}
        />
      )}
      {stale.length > 0 && (
        <TrackList
          entries={stale}
          kind="stale"
          title={t('signals.level.lastKnown', { level: t('signals.level.none') })}
          note={explained ? undefined : since(stale) ? t('signals.tracks.staleSince', { time: since(stale) }) : t('signals.tracks.staleNoAnswer')}
        />
      )}
    </>
  );
}

function TrackList({ entries, kind, title, note }: { entries: SignalBoardEntry[]; kind: 'none' | 'unknown' | 'stale'; title: string; note?: string }) {
  const { language } = useI18n();
  const byArea = new Map<string, { areaName: string; hazards: string[] }>();
  for (const entry of entries) {
    const area = byArea.get(entry.area) ?? { areaName: entry.areaName[language], hazards: [] };
    area.hazards.push(entry.hazardName[language]);
    byArea.set(entry.area, area);
  }
  // Intl.ListFormat runs Chinese names together without a mark; the enumeration comma keeps them apart.
  const separator = language.startsWith('zh') ? '、' : ', ';
  const areas = [...byArea.values()];
  return (
    <div className={`track-list track-list--${kind}`} data-testid={`signal-tracks-${kind}`}>
      <p className="track-list__title">
        <span className="track-list__symbol" aria-hidden="true" />
        {title}
      </p>
      <ul className="track-list__items">
        {areas.map((area) => (
          <li key={area.areaName}>
            {areas.length > 1 && <span className="track-list__area">{area.areaName}</span>}
            {area.hazards.join(separator)}
          </li>
        ))}
      </ul>
      {note && <p className="track-list__note">{note}</p>}
    </div>
  );
}
