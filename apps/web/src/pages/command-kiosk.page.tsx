import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.context.js';
import { PageHeading } from '../layout/page-heading.js';
import { usePageTitle } from '../layout/page-title.js';
import { formatMacauTime } from '../signals/macau-time.js';
import { SignalBoard } from '../signals/signal-board.js';
import { SignalTimeline } from '../signals/signal-timeline.js';
import { useSignalBoard } from '../signals/use-signal-board.js';
import { useSignalHistory } from '../signals/use-signal-history.js';

/** Live events keep the wall current; the periodic refetch is a safety net for a connection that died quietly. */
const WALL_REFRESH_MS = 60_000;

/** The HQ wall: the board and the latest changes in large type, readable across the room; nothing to edit. */
export function CommandKiosk() {
  const { t } = useI18n();
  usePageTitle('kiosk.title');
  const board = useSignalBoard({ refreshEveryMs: WALL_REFRESH_MS });
  const history = useSignalHistory({ limit: 20, refreshEveryMs: WALL_REFRESH_MS });
  return (
    <div className="area area--kiosk" data-testid="command-kiosk">
      <div className="kiosk-bar">
        <PageHeading>{t('kiosk.title')}</PageHeading>
        <MacauClock />
        <div className="kiosk-bar__actions">
          <FullScreenButton />
          <Link to="/command" className="button button--outline" data-testid="exit-kiosk">
            {t('kiosk.exit')}
          </Link>
        </div>
      </div>
      <div className="kiosk-layout">
        <SignalBoard view={board} variant="kiosk" />
        <SignalTimeline view={history} directory={board.directory} limit={8} />
      </div>
    </div>
  );
}

function MacauClock() {
  const { t, language } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 10_000);
    return () => clearInterval(timer);
  }, []);
  const iso = new Date(now).toISOString();
  return (
    <p className="kiosk-clock" data-testid="kiosk-clock">
      <time dateTime={iso}>{t('kiosk.clock', { time: formatMacauTime(iso, language) ?? '' })}</time>
    </p>
  );
}

function FullScreenButton() {
  const { t } = useI18n();
  if (typeof document === 'undefined' || !document.fullscreenEnabled) return null;
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };
  return (
    <button type="button" className="button button--outline" onClick={toggle}>
      {t('kiosk.fullScreen')}
    </button>
  );
}
