import { Injectable, Logger } from '@nestjs/common';
import type { RealtimeRoom, SignalHistoryEntry } from '@app/contracts';
import { SignalHistoryRepository } from '@app/database';
import { JobProducer } from '@app/queue';
import { RealtimePublisher } from '@app/realtime';
import { SignalBoardService } from './signal-board.service.js';
import { historyEntryOf } from './signal-views.js';

/**
 * Signal events are for everyone: the HQ dashboard, field staff, the Macau liaisons and residents. Every
 * connection, staff included, is in `public`, so one copy there reaches each client exactly once; sending to the
 * staff rooms as well would deliver duplicates.
 */
export const SIGNAL_EVENT_ROOMS: RealtimeRoom[] = ['public'];

/** A change not announced within this time is announced again by the freshness check. */
export const ANNOUNCE_RETRY_AFTER_MS = 15_000;

/** The playbook evaluation of a change runs once, however often it is announced. */
export function playbookJobId(changeId: string): string {
  return `signal-change-${changeId}`;
}

/**
 * Tells the world about committed signal changes: `signal.changed` with the new board to every client, and a
 * playbook evaluation job. Runs after commit; what fails is recorded as not done and retried later from the
 * history table, so a lost broadcast or enqueue is never lost for good.
 */
@Injectable()
export class SignalAnnouncer {
  private readonly logger = new Logger(SignalAnnouncer.name);

  constructor(
    private readonly publisher: RealtimePublisher,
    private readonly jobs: JobProducer,
    private readonly history: SignalHistoryRepository,
    private readonly board: SignalBoardService,
  ) {}

  /** Announces committed changes, or (without changes) the board when something else on it changed. */
  async announce(changes: readonly SignalHistoryEntry[], boardChanged: boolean): Promise<void> {
    if (changes.length === 0) {
      if (boardChanged) await this.publishBoard();
      return;
    }
    await this.announceChanges(changes, { publish: true, enqueue: true });
  }

  /** `signal.board`: freshness, holds or the outlook changed without a level change. */
  async publishBoard(): Promise<void> {
    try {
      await this.publisher.publish(SIGNAL_EVENT_ROOMS, 'signal.board', { board: await this.board.current() });
    } catch (err) {
      this.logger.warn({ err }, 'signal board event not published; clients see the change on their next board read');
    }
  }

  /** Announces again the changes whose event or job did not go out. Returns how many it found. */
  async announceMissed(limit = 50): Promise<number> {
    const missed = await this.history.listUnannounced(ANNOUNCE_RETRY_AFTER_MS, limit);
    for (const row of missed) {
      await this.announceChanges([historyEntryOf(row)], { publish: row.eventPublishedAt === null, enqueue: row.jobEnqueuedAt === null });
    }
    if (missed.length > 0) this.logger.log({ count: missed.length }, 'announced signal changes again');
    return missed.length;
  }

  private async announceChanges(changes: readonly SignalHistoryEntry[], what: { publish: boolean; enqueue: boolean }): Promise<void> {
    const board = what.publish ? await this.board.current().catch(() => null) : null;
    for (const change of changes) {
      if (what.publish && board) {
        try {
          await this.publisher.publish(SIGNAL_EVENT_ROOMS, 'signal.changed', { change, board });
          await this.history.markEventPublished([change.id]);
        } catch (err) {
          this.logger.warn({ err, changeId: change.id }, 'signal.changed not published; it will be retried');
        }
      }
      if (what.enqueue) {
        try {
          await this.jobs.add('signals', 'playbooks.evaluate', { change }, { jobId: playbookJobId(change.id) });
          await this.history.markJobEnqueued([change.id]);
        } catch (err) {
          this.logger.warn({ err, changeId: change.id }, 'playbook evaluation not queued; it will be retried');
        }
      }
    }
  }
}
