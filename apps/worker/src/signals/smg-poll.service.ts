import { Inject, Injectable, Logger } from '@nestjs/common';
import type { SignalKey } from '@app/contracts';
import { AppConfig } from '@app/config';
import { SignalDocumentRepository, SignalFeedCursorRepository, documentHash, SYSTEM_ACTOR } from '@app/database';
import { SIGNAL_CATALOGUE, SMG_WARNING_FILES, findAuthority, parseSmgDocument, type SmgWarningFile } from '@app/domain';
import { SignalStateService } from '@app/signals';
import { FeedDocumentFetcher, type FeedPartialDocument } from './feed-document.fetcher.js';
import { smgFileUrl } from './smg-feed.urls.js';

export type SmgFileOutcome = 'applied' | 'not_modified' | 'failed';

/**
 * Polls the six SMG warning files. Each file is its own source for its hazard: a file that fails, times out, or
 * answers with something unreadable marks only that hazard unknown, keeps its last good state and is stored with
 * the reason. Decisions about the readings belong to the state service.
 */
@Injectable()
export class SmgPollService {
  private readonly logger = new Logger(SmgPollService.name);

  constructor(
    private readonly fetcher: FeedDocumentFetcher,
    private readonly cursors: SignalFeedCursorRepository,
    private readonly documents: SignalDocumentRepository,
    private readonly state: SignalStateService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async pollAll(): Promise<Record<string, SmgFileOutcome>> {
    const outcomes = await Promise.all(SMG_WARNING_FILES.map(async (file) => [file.kind, await this.poll(file)] as const));
    return Object.fromEntries(outcomes);
  }

  async poll(file: SmgWarningFile): Promise<SmgFileOutcome> {
    const settings = this.config.signals;
    const url = smgFileUrl(settings.smgBaseUrl, file.kind);
    const key = trackOf(file);
    const cursor = await this.cursors.find(url);
    const result = await this.fetcher.fetch(url, cursor, { timeoutMs: settings.fetchTimeoutMs, maxBytes: settings.maxDocumentBytes });

    if (result.kind === 'not_modified') {
      await this.state.recordChecked([key]);
      return 'not_modified';
    }
    if (result.kind === 'failed') {
      await this.fail(url, key, result.code, result.message, result.document);
      return 'failed';
    }

    const parsed = parseSmgDocument(result.bytes, { file: file.kind, limits: { maxBytes: settings.maxDocumentBytes } });
    if (!parsed.ok) {
      await this.fail(url, key, parsed.error.code, parsed.error.message, { bytes: result.bytes, truncated: false, contentType: result.contentType });
      return 'failed';
    }
    const stored = await this.documents.store({
      source: 'feed',
      authority: 'smg',
      url,
      bytes: result.bytes,
      contentType: result.contentType,
      outcome: 'accepted',
    });
    await this.state.apply({
      source: 'feed',
      readings: parsed.document.readings.map((reading) => ({
        authority: reading.authority,
        area: reading.area,
        hazard: reading.hazard,
        level: reading.level,
        action: reading.action,
        issuedAt: reading.issuedAt,
        publishedAt: reading.pubDate,
      })),
      documentId: stored.id,
      actor: SYSTEM_ACTOR,
      reason: null,
    });
    // Only an accepted answer's validators are kept: a 304 then means "still that good document".
    await this.cursors.save({ url, etag: result.validators.etag, lastModified: result.validators.lastModified, contentHash: documentHash(result.bytes) });
    return 'applied';
  }

  private async fail(url: string, key: SignalKey, code: string, reason: string, document?: FeedPartialDocument): Promise<void> {
    this.logger.warn({ url, code, reason }, 'SMG warning file not usable; its hazard shows as unknown');
    if (document) {
      await this.documents.store({
        source: 'feed',
        authority: 'smg',
        url,
        bytes: document.bytes,
        truncated: document.truncated,
        contentType: document.contentType,
        outcome: 'rejected',
        outcomeCode: code,
        outcomeReason: reason,
      });
    }
    // The next answer must be read in full, not waved through as "not modified".
    await this.cursors.clear(url);
    await this.state.recordFailure([key], { code, reason });
  }
}

function trackOf(file: SmgWarningFile): SignalKey {
  const smg = findAuthority('smg', SIGNAL_CATALOGUE)!;
  return { authority: 'smg', area: smg.defaultArea, hazard: file.hazard };
}
