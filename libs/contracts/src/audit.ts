/** One row of the append-only, hash-chained audit log. */
export interface AuditEntry {
  /** Increasing with commit order; a decimal string because it is a bigint. */
  id: string;
  occurredAt: string;
  /** Null for the system itself and for anonymous callers (e.g. failed logins). */
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  /** What changed: usually `before` and `after` of the changed fields, plus context. */
  summary: Record<string, unknown>;
  requestId: string | null;
  ip: string | null;
}

/** Largest page `GET /api/audit` returns. */
export const AUDIT_PAGE_MAX = 200;
export const AUDIT_PAGE_DEFAULT = 50;

export interface AuditQuery {
  /** Only entries with a smaller id: pass the previous page's `nextBefore`. */
  before?: string;
  limit?: number;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
}

/** Newest first. `nextBefore` is null on the last page. */
export interface AuditPage {
  items: AuditEntry[];
  nextBefore: string | null;
}

/** Result of recomputing the hash chain over the whole log. */
export interface AuditVerifyResult {
  valid: boolean;
  checked: number;
  /** The first row whose hash or link to its predecessor does not match; null when the chain is intact. */
  firstBrokenId: string | null;
}
