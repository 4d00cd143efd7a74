import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SignalSource } from '@app/contracts';
import { SignalDocumentEntity, type SignalDocumentOutcome } from '../entities/signal-document.entity.js';

export interface NewSignalDocument {
  source: SignalSource;
  authority: string;
  url: string | null;
  /** The bytes as received (already cut at the size limit by whoever read them). */
  bytes: Uint8Array;
  /** True when the source sent more than `bytes` holds. */
  truncated?: boolean;
  /** Size the source announced or sent, when more than was kept. */
  byteLength?: number;
  contentType?: string | null;
  outcome: SignalDocumentOutcome;
  outcomeCode?: string | null;
  outcomeReason?: string | null;
}

export interface StoredSignalDocument {
  id: string;
  /** False when the same bytes from the same source were stored before (then the first outcome stands). */
  firstSeen: boolean;
  outcome: SignalDocumentOutcome;
  outcomeCode: string | null;
  outcomeReason: string | null;
}

export function documentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** PostgreSQL text cannot hold NUL; a hostile or binary document is kept readable rather than refused. */
function storableText(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('utf8').replace(/\u0000/g, '\uFFFD');
}

/** Raw documents of every signal source (table signal_documents), deduplicated by source and content hash. */
@Injectable()
export class SignalDocumentRepository {
  constructor(private readonly dataSource: DataSource) {}

  async store(document: NewSignalDocument, manager: EntityManager = this.dataSource.manager): Promise<StoredSignalDocument> {
    const rows = await manager.query<
      { id: string; outcome: SignalDocumentOutcome; outcome_code: string | null; outcome_reason: string | null; inserted: boolean }[]
    >(
      `INSERT INTO signal_documents
         (source, authority, url, content_hash, content, byte_length, truncated, content_type, outcome, outcome_code, outcome_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (source, authority, content_hash) DO UPDATE
         SET last_seen_at = now(), times_seen = signal_documents.times_seen + 1, url = coalesce(signal_documents.url, EXCLUDED.url)
       RETURNING id, outcome, outcome_code, outcome_reason, (xmax = 0) AS inserted`,
      [
        document.source,
        document.authority,
        document.url,
        documentHash(document.bytes),
        storableText(document.bytes),
        document.byteLength ?? document.bytes.byteLength,
        document.truncated ?? false,
        document.contentType ?? null,
        document.outcome,
        document.outcomeCode ?? null,
        document.outcomeReason ?? null,
      ],
    );
    const row = rows[0]!;
    return { id: row.id, firstSeen: row.inserted, outcome: row.outcome, outcomeCode: row.outcome_code, outcomeReason: row.outcome_reason };
  }

  findById(id: string): Promise<SignalDocumentEntity | null> {
    return this.dataSource.getRepository(SignalDocumentEntity).findOneBy({ id });
  }

  /** Which of these URLs some stored document of the source came from. */
  async seenUrls(source: SignalSource, urls: string[]): Promise<Set<string>> {
    if (urls.length === 0) return new Set();
    const rows = await this.dataSource.query<{ url: string }[]>(
      `SELECT DISTINCT url FROM signal_documents WHERE source = $1 AND url = ANY($2::text[])`,
      [source, urls],
    );
    return new Set(rows.map((row) => row.url));
  }
}
