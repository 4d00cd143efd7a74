/**
 * The field outbox: everything an inspector records (hazard reports, check-ins, task steps, checklist ticks, welfare
 * check outcomes, transfers to a shelter) is kept
 * on the phone first and sent when the network allows. Each record carries the client id the server de-duplicates by,
 * so sending it twice (a lost reply, the page and the service worker both trying) stores it once.
 *
 * The same rules are written out in plain JavaScript in public/field-sw.js, which sends the outbox from the background;
 * keep the two in step (state names, backoff, how an answer is judged).
 */

export const OUTBOX_KINDS = ['report', 'check-in', 'transition', 'checklist', 'welfare-check', 'transfer'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/** pending → sending → sent; or back to pending (network, server busy); or failed (refused for good, shown with why). */
export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** What to send, kept ready so the page and the service worker send the same thing. */
export interface OutboxRequest {
  path: string;
  /** A JSON body. */
  json?: unknown;
  /** A multipart body: a text part `report` (JSON) and file parts `photos`. */
  multipart?: { report: unknown; photos: Blob[] };
}

export interface OutboxProblem {
  status: number;
  code: string;
  message: string;
}

/** A few words to show the item by in the list, without reading the request. */
export interface OutboxLabel {
  /**
   * For reports the category, for check-ins the status, for task steps the target state, for welfare checks the
   * outcome, for transfers the number of people.
   */
  what: string;
  /** Shown beside it; never a resident's name or contact data (the outbox outlives a sign-out). */
  detail?: string;
  photos?: number;
  /** What it is about: the task id of a task step, welfare check or transfer, `taskId/itemId` of a checklist tick. */
  ref?: string;
}

/** A new record for the outbox, before it is stored; `id` is the client id the request carries, when it has one. */
export interface OutboxInput {
  id?: string;
  kind: OutboxKind;
  label: OutboxLabel;
  request: OutboxRequest;
}

export interface OutboxItem {
  /** The client id (crypto.randomUUID), also sent to the server. */
  id: string;
  /** The account that made it; only that account's token sends it. */
  userId: string;
  kind: OutboxKind;
  label: OutboxLabel;
  request: OutboxRequest;
  state: OutboxState;
  createdAt: string;
  attempts: number;
  /** Not sent again before this time (backoff); null means at once. */
  nextAttemptAt: string | null;
  /** While `sending`: the claim runs out at this time (a page closed mid-send leaves it to the next one). */
  leaseUntil: string | null;
  sentAt: string | null;
  problem: OutboxProblem | null;
}

/** What became of one attempt. */
export type SendOutcome =
  | { kind: 'delivered' }
  /** No answer, or the server was busy: try again later. */
  | { kind: 'retry'; status: number | null }
  /** The token was refused: get a new one; the item waits without counting an attempt against it. */
  | { kind: 'auth' }
  /** The server refused the record for good (bad input, conflict): show why. */
  | { kind: 'permanent'; problem: OutboxProblem };

/** How an answer's status is judged: 200 and 201 both mean delivered (201 new, 200 the same record again). */
export function judgeStatus(status: number, body: { code?: unknown; message?: unknown } | undefined): SendOutcome {
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 401) return { kind: 'auth' };
  if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', status };
  return {
    kind: 'permanent',
    problem: {
      status,
      code: typeof body?.code === 'string' ? body.code : `http_${status}`,
      message: typeof body?.message === 'string' ? body.message : '',
    },
  };
}

/** Pauses between attempts after a failure: quick at first, then at most every five minutes. */
export const RETRY_DELAYS_MS = [5_000, 15_000, 30_000, 60_000, 120_000, 300_000] as const;
/** How long a claim lasts before another sender may take the item over. */
export const SEND_LEASE_MS = 60_000;
/** Delivered items stay listed this long so the inspector sees them go through. */
export const SENT_KEPT_MS = 24 * 3600_000;

export function retryDelayMs(attempts: number): number {
  return RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1]!;
}

export function newOutboxItem(input: { id: string; userId: string; kind: OutboxKind; label: OutboxLabel; request: OutboxRequest }, now: Date): OutboxItem {
  return { ...input, state: 'pending', createdAt: now.toISOString(), attempts: 0, nextAttemptAt: null, leaseUntil: null, sentAt: null, problem: null };
}

/** Whether a sender may take the item now; `force` (the network just came back) skips the backoff wait. */
export function isDue(item: OutboxItem, now: Date, force = false): boolean {
  if (item.state === 'sending') return item.leaseUntil === null || Date.parse(item.leaseUntil) <= now.getTime();
  if (item.state !== 'pending') return false;
  return force || item.nextAttemptAt === null || Date.parse(item.nextAttemptAt) <= now.getTime();
}

/** Takes the item for sending, or undefined when it is not due (someone else holds it, it is waiting, it is done). */
export function claim(item: OutboxItem, now: Date, force = false): OutboxItem | undefined {
  if (!isDue(item, now, force)) return undefined;
  return { ...item, state: 'sending', leaseUntil: new Date(now.getTime() + SEND_LEASE_MS).toISOString() };
}

/** The item after an attempt. */
export function settle(item: OutboxItem, outcome: SendOutcome, now: Date): OutboxItem {
  const base = { ...item, leaseUntil: null };
  switch (outcome.kind) {
    case 'delivered':
      return { ...base, state: 'sent', sentAt: now.toISOString(), nextAttemptAt: null, problem: null };
    case 'auth':
      return { ...base, state: 'pending', nextAttemptAt: null };
    case 'retry': {
      const attempts = item.attempts + 1;
      return { ...base, state: 'pending', attempts, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)).toISOString() };
    }
    case 'permanent':
      return { ...base, state: 'failed', attempts: item.attempts + 1, nextAttemptAt: null, problem: outcome.problem };
  }
}

/** Items still to go out (pending or on their way). */
export function waitingCount(items: readonly OutboxItem[]): number {
  return items.filter((i) => i.state === 'pending' || i.state === 'sending').length;
}

/** Oldest first, so records reach the server in the order they were made. */
export function inSendingOrder(items: readonly OutboxItem[]): OutboxItem[] {
  return [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Newest first for the list on screen; delivered items older than SENT_KEPT_MS are left out (and pruned). */
export function forDisplay(items: readonly OutboxItem[], now: Date): OutboxItem[] {
  return [...items].filter((i) => !isExpiredSent(i, now)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function isExpiredSent(item: OutboxItem, now: Date): boolean {
  return item.state === 'sent' && item.sentAt !== null && now.getTime() - Date.parse(item.sentAt) > SENT_KEPT_MS;
}
