import { Inject, Injectable, Logger } from '@nestjs/common';
import type { SignalKey } from '@app/contracts';
import { AppConfig } from '@app/config';
import { SignalDocumentRepository, SignalFeedCursorRepository, SignalTrackRepository, documentHash, SYSTEM_ACTOR } from '@app/database';
import { CAP_AUTHORITY, CapIngestService, isUnprocessable, SignalStateService, coveredTracksOf } from '@app/signals';
import { FeedDocumentFetcher, type FeedPartialDocument } from './feed-document.fetcher.js';
import { readCapFeed, type AtomCapEntry } from './cap-feed.reader.js';

/** New entries fetched per poll; the rest follow on the next polls. */
export const CAP_ENTRIES_PER_POLL = 20;

export type CapPollOutcome = 'disabled' | 'not_modified' | 'applied' | 'failed';

/**
 * Polls CAP_FEED_URL when it is set: a single CAP document, or an Atom index whose entries link CAP documents (only
 * entries not fetched before are fetched). Each CAP document goes through the same ingestion as an upload. When the
 * index was read and every new entry handled, the feed vouches for the authority's tracks: known ones stay fresh,
 * and covered tracks never heard of are recorded as having nothing in force.
 */
@Injectable()
export class CapFeedPollService {
  private readonly logger = new Logger(CapFeedPollService.name);

  constructor(
    private readonly fetcher: FeedDocumentFetcher,
    private readonly cursors: SignalFeedCursorRepository,
    private readonly documents: SignalDocumentRepository,
    private readonly tracks: SignalTrackRepository,
    private readonly cap: CapIngestService,
    private readonly state: SignalStateService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async poll(): Promise<CapPollOutcome> {
    const url = this.config.signals.capFeedUrl;
    if (!url) return 'disabled';
    const limits = { timeoutMs: this.config.signals.fetchTimeoutMs, maxBytes: this.config.signals.maxDocumentBytes };
    const result = await this.fetcher.fetch(url, await this.cursors.find(url), limits);
    if (result.kind === 'not_modified') {
      await this.state.recordChecked(await this.authorityTracks());
      return 'not_modified';
    }
    if (result.kind === 'failed') {
      await this.fail(url, result.code, result.message, result.document);
      return 'failed';
    }

    const feed = readCapFeed(result.bytes, url, { maxBytes: limits.maxBytes });
    let complete = true;
    switch (feed.kind) {
      case 'rejected':
        await this.fail(url, feed.error.code, feed.error.message, { bytes: result.bytes, truncated: false, contentType: result.contentType });
        return 'failed';
      case 'unrecognised':
        await this.fail(url, 'cap_feed_unrecognised', feed.message, { bytes: result.bytes, truncated: false, contentType: result.contentType });
        return 'failed';
      case 'cap':
        if (!(await this.ingest(result.bytes, url, result.contentType))) {
          await this.fail(url, 'cap_invalid', 'The CAP document at the feed URL cannot be applied (stored with its problems).');
          return 'failed';
        }
        break;
      case 'atom':
        complete = await this.ingestEntries(feed.entries, limits);
        break;
    }
    await this.cursors.save({ url, etag: result.validators.etag, lastModified: result.validators.lastModified, contentHash: documentHash(result.bytes) });
    const tracks = await this.authorityTracks();
    await this.state.recordChecked(tracks);
    if (feed.kind === 'atom' && complete) {
      await this.state.apply({
        source: 'cap',
        readings: tracks.map((key) => ({ ...key, level: null, action: null, issuedAt: null, publishedAt: null })),
        documentId: null,
        actor: SYSTEM_ACTOR,
        reason: null,
        initialOnly: true,
      });
    }
    return 'applied';
  }

  /** Fetches and applies entries not seen before, oldest first; false when any could not be fetched. */
  private async ingestEntries(entries: AtomCapEntry[], limits: { timeoutMs: number; maxBytes: number }): Promise<boolean> {
    const seen = await this.documents.seenUrls('cap', entries.map((entry) => entry.url));
    const fresh = entries
      .filter((entry) => !seen.has(entry.url))
      .sort((a, b) => (Date.parse(a.updated ?? '') || 0) - (Date.parse(b.updated ?? '') || 0));
    let complete = fresh.length <= CAP_ENTRIES_PER_POLL;
    for (const entry of fresh.slice(0, CAP_ENTRIES_PER_POLL)) {
      const result = await this.fetcher.fetch(entry.url, null, limits);
      if (result.kind !== 'document') {
        complete = false;
        this.logger.warn({ url: entry.url, result: result.kind === 'failed' ? result.code : result.kind }, 'CAP entry not fetched; retried next poll');
        continue;
      }
      await this.ingest(result.bytes, entry.url, result.contentType);
    }
    return complete;
  }

  /** Ingests one CAP document; false when it was refused (it is stored with its problems either way). */
  private async ingest(bytes: Uint8Array, url: string, contentType: string | null): Promise<boolean> {
    try {
      await this.cap.ingest({ bytes, url, contentType, actor: SYSTEM_ACTOR });
      return true;
    } catch (err) {
      if (isUnprocessable(err)) return false;
      throw err;
    }
  }

  private async fail(url: string, code: string, reason: string, document?: FeedPartialDocument): Promise<void> {
    this.logger.warn({ url, code, reason }, 'CAP feed not usable; its tracks show as unknown');
    if (document) {
      await this.documents.store({
        source: 'cap',
        authority: CAP_AUTHORITY,
        url,
        bytes: document.bytes,
        truncated: document.truncated,
        contentType: document.contentType,
        outcome: 'rejected',
        outcomeCode: code,
        outcomeReason: reason,
      });
    }
    await this.cursors.clear(url);
    await this.state.recordFailure(await this.authorityTracks(), { code, reason });
  }

  /** The authority's covered tracks and every other track of it something was received for. */
  private async authorityTracks(): Promise<SignalKey[]> {
    const stored = (await this.tracks.listAll()).filter((track) => track.authority === CAP_AUTHORITY);
    const keys = new Map<string, SignalKey>();
    for (const key of [...coveredTracksOf(CAP_AUTHORITY), ...stored]) {
      keys.set(`${key.authority}/${key.area}/${key.hazard}`, { authority: key.authority, area: key.area, hazard: key.hazard });
    }
    return [...keys.values()];
  }
}
