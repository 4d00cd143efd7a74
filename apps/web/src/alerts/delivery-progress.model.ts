import type { DeliverySummary } from '@app/contracts';

export interface ProgressSegments {
  /** Shares of the bar in percent (0–100), in the order drawn. */
  sent: number;
  failed: number;
  removed: number;
  other: number;
  pending: number;
  /** Share of targeted deliveries in a final state. */
  done: number;
  finished: boolean;
  /** Seconds until pending reaches 0 at the current rate; null when idle or finished. */
  etaSeconds: number | null;
}

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

/** The bar and numbers of one alert's delivery: what is final, what is still going, and how long that may take. */
export function progressSegments(summary: DeliverySummary): ProgressSegments {
  const whole = Math.max(summary.targeted, 0);
  const other = summary.expired + summary.cancelled;
  const finished = summary.pending === 0 && (summary.finishedAt !== null || whole === summary.sent + summary.failed + summary.removed + other);
  return {
    sent: pct(summary.sent, whole),
    failed: pct(summary.failed, whole),
    removed: pct(summary.removed, whole),
    other: pct(other, whole),
    pending: pct(summary.pending, whole),
    done: whole > 0 ? pct(whole - summary.pending, whole) : finished ? 100 : 0,
    finished,
    etaSeconds: !finished && summary.ratePerSecond > 0 ? Math.ceil(summary.pending / summary.ratePerSecond) : null,
  };
}

/** Keeps the newest summary: realtime events may arrive out of order with a fetch. */
export function newerSummary(current: DeliverySummary | null | undefined, next: DeliverySummary): DeliverySummary {
  if (!current || current.alertId !== next.alertId) return next;
  return Date.parse(next.at) >= Date.parse(current.at) ? next : current;
}

/** Seconds from the first accepted push to the last final delivery, for the final report. */
export function deliverySeconds(summary: DeliverySummary): number | null {
  if (!summary.firstSentAt || !summary.finishedAt) return null;
  return Math.max(0, (Date.parse(summary.finishedAt) - Date.parse(summary.firstSentAt)) / 1000);
}
