/** What the HQ picked on the map or in a list; the map, the lists and the detail card follow it. */
export type Selection = { kind: 'team' | 'hazard' | 'shelter'; id: string } | null;

export function sameSelection(a: Selection, kind: NonNullable<Selection>['kind'], id: string): boolean {
  return a !== null && a.kind === kind && a.id === id;
}
