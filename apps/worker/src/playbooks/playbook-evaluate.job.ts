import { SIGNAL_ACTIONS, type SignalHistoryEntry } from '@app/contracts';
import { DomainError } from '@app/domain';

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isLevel = (value: unknown): value is string | null => value === null || isText(value);

/**
 * The change a `signals/playbooks.evaluate` job carries, checked for the fields the rules and the runs use. A job that
 * lacks them cannot succeed on a retry: the error says what is missing.
 */
export function readPlaybookEvaluateJob(data: unknown): SignalHistoryEntry {
  const change = (data as { change?: Record<string, unknown> } | null)?.change;
  if (typeof change !== 'object' || change === null) throw new DomainError('invalid', 'playbook_job_invalid', 'The job carries no signal change.');
  const problems: string[] = [];
  for (const field of ['id', 'authority', 'area', 'hazard'] as const) {
    if (!isText(change[field])) problems.push(`${field} must be a non-empty string`);
  }
  if (!isLevel(change.level)) problems.push('level must be a level code or null');
  if (!isLevel(change.previousLevel)) problems.push('previousLevel must be a level code or null');
  if (!(SIGNAL_ACTIONS as readonly unknown[]).includes(change.action)) problems.push(`action must be one of: ${SIGNAL_ACTIONS.join(', ')}`);
  if (problems.length > 0) {
    throw new DomainError('invalid', 'playbook_job_invalid', `The signal change in the job is not usable: ${problems.join('; ')}.`, problems);
  }
  return change as unknown as SignalHistoryEntry;
}
