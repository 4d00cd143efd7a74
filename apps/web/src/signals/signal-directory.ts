import type { LocalizedText, SignalBoard, SignalKey, SignalLevelView } from '@app/contracts';

/**
 * Names for codes that arrive without them (history entries, playbook triggers, outlook rows). The board carries the
 * names of every track and of each level in force; the directory remembers every one it has seen, so a level that
 * was in force earlier on this page keeps its name after it is lowered. What was never seen shows as its code.
 */
export class SignalDirectory {
  private readonly authorities = new Map<string, LocalizedText>();
  private readonly areas = new Map<string, LocalizedText>();
  private readonly hazards = new Map<string, LocalizedText>();
  private readonly levels = new Map<string, SignalLevelView>();

  /** Learns the names on a board; returns true when anything new was learnt. */
  learn(board: SignalBoard): boolean {
    let changed = false;
    const put = <V>(map: Map<string, V>, key: string, value: V) => {
      if (map.get(key) !== undefined && JSON.stringify(map.get(key)) === JSON.stringify(value)) return;
      map.set(key, value);
      changed = true;
    };
    for (const entry of board.entries) {
      put(this.authorities, entry.authority, entry.authorityName);
      put(this.areas, `${entry.authority}|${entry.area}`, entry.areaName);
      put(this.hazards, `${entry.authority}|${entry.hazard}`, entry.hazardName);
      if (entry.level) put(this.levels, levelKey(entry.authority, entry.hazard, entry.level.code), entry.level);
    }
    return changed;
  }

  authorityName(authority: string): LocalizedText | undefined {
    return this.authorities.get(authority);
  }

  areaName(key: Pick<SignalKey, 'authority' | 'area'>): LocalizedText | undefined {
    return this.areas.get(`${key.authority}|${key.area}`);
  }

  hazardName(key: Pick<SignalKey, 'authority' | 'hazard'>): LocalizedText | undefined {
    return this.hazards.get(`${key.authority}|${key.hazard}`);
  }

  level(key: Pick<SignalKey, 'authority' | 'hazard'>, code: string): SignalLevelView | undefined {
    return this.levels.get(levelKey(key.authority, key.hazard, code));
  }

  /** Every authority, with its areas and hazards, in the order first seen (for the manual entry form). */
  tracks(): { authority: string; areas: string[]; hazards: string[] }[] {
    return [...this.authorities.keys()].map((authority) => ({
      authority,
      areas: keysOf(this.areas, authority),
      hazards: keysOf(this.hazards, authority),
    }));
  }

  /** Level codes seen for a hazard, lowest first. */
  levelCodes(key: Pick<SignalKey, 'authority' | 'hazard'>): string[] {
    const prefix = `${key.authority}|${key.hazard}|`;
    return [...this.levels.entries()]
      .filter(([k]) => k.startsWith(prefix))
      .sort(([, a], [, b]) => a.rank - b.rank || a.code.localeCompare(b.code))
      .map(([, level]) => level.code);
  }
}

function levelKey(authority: string, hazard: string, code: string): string {
  return `${authority}|${hazard}|${code}`;
}

function keysOf(map: Map<string, unknown>, authority: string): string[] {
  const prefix = `${authority}|`;
  return [...map.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
}
