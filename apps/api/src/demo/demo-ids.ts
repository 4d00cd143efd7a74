/**
 * Every row the demo scenario writes has a fixed id beginning with this prefix, so a second run finds exactly the
 * demo's rows and replaces them, and nothing else is ever mistaken for demo data.
 */
export const DEMO_ID_PREFIX = '0000de00-';

/** SQL pattern matching demo ids (`id::text LIKE …`). */
export const DEMO_ID_PATTERN = `${DEMO_ID_PREFIX}%`;

const TABLE_CODES = {
  team: 1,
  member: 2,
  vehicle: 3,
  readiness: 4,
  task: 5,
  transition: 6,
  checkIn: 7,
  resident: 8,
  welfareCheck: 9,
  transfer: 10,
  departure: 11,
  report: 12,
  step: 13,
  photo: 14,
  checklistItem: 15,
} as const;

export type DemoTable = keyof typeof TABLE_CODES;

/** The fixed uuid of the n-th demo row of a kind, e.g. `0000de00-0001-4000-8000-000000000003` for team 3. */
export function demoId(table: DemoTable, n: number): string {
  return `${DEMO_ID_PREFIX}${TABLE_CODES[table].toString(16).padStart(4, '0')}-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function isDemoId(id: string): boolean {
  return id.startsWith(DEMO_ID_PREFIX);
}
