import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AlertStateRepository, type AlertSendState } from './alert-state.repository.js';

/** How often the states of alerts being sent are read again: a Cancel stops their sends within about this long. */
export const ALERT_STOP_RECHECK_MS = 250;

/** Why an alert's pushes must stop. */
export type AlertStopReason = 'cancelled' | 'expired';

/** A chunk's view of its alert while it sends. */
export interface AlertStopWatch {
  /** Why sending must stop now, or null. Reads memory and the clock only: called before every message. */
  reason(): AlertStopReason | null;
  /** The chunk is done; the last chunk of an alert in this process ends the re-reading. */
  release(): void;
}

interface Watched {
  chunks: number;
  state: AlertSendState;
}

/** The stop reason an alert in this state has at `now`. */
export function stopReasonOf(state: AlertSendState, now: number): AlertStopReason | null {
  if (state.state === 'cancelled') return 'cancelled';
  if (state.state === 'expired' || state.expiresAt.getTime() <= now) return 'expired';
  return null;
}

/**
 * Follows the state of the alerts whose chunks run in this process, so a Cancel approved (or the expiry reached)
 * while a chunk sends stops the rows it has leased and not yet sent. One entry per alert, shared by every chunk of
 * it running here and counted by them; while any is watched, one query every ALERT_STOP_RECHECK_MS reads them all.
 * A failed read keeps the last known state (the expiry is still checked against the clock).
 */
@Injectable()
export class AlertStopWatcher implements OnModuleDestroy {
  private readonly logger = new Logger(AlertStopWatcher.name);
  private readonly watched = new Map<string, Watched>();
  private timer: NodeJS.Timeout | undefined;
  private reading = false;

  constructor(private readonly states: AlertStateRepository) {}

  /** Starts (or joins) watching an alert, from the state the chunk just read. */
  watch(alertId: string, state: AlertSendState): AlertStopWatch {
    let entry = this.watched.get(alertId);
    if (!entry) this.watched.set(alertId, (entry = { chunks: 0, state }));
    entry.chunks += 1;
    this.schedule();
    const watched = entry;
    let released = false;
    return {
      reason: () => stopReasonOf(watched.state, Date.now()),
      release: () => {
        if (released) return;
        released = true;
        watched.chunks -= 1;
        if (watched.chunks === 0 && this.watched.get(alertId) === watched) this.watched.delete(alertId);
      },
    };
  }

  /** Alerts watched right now (tests). */
  watching(): string[] {
    return [...this.watched.keys()];
  }

  onModuleDestroy(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.watched.clear();
  }

  private schedule(): void {
    if (this.timer || this.reading || this.watched.size === 0) return;
    this.timer = setTimeout(() => void this.reread(), ALERT_STOP_RECHECK_MS);
    this.timer.unref();
  }

  private async reread(): Promise<void> {
    this.timer = undefined;
    this.reading = true;
    try {
      const ids = [...this.watched.keys()];
      const states = await this.states.statesOf(ids);
      for (const [id, state] of states) {
        const entry = this.watched.get(id);
        if (entry) entry.state = state;
      }
    } catch (err) {
      this.logger.warn({ err }, 'alert states not re-read; keeping the last known ones');
    } finally {
      this.reading = false;
      this.schedule();
    }
  }
}
