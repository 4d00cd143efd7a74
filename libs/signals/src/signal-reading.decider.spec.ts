import type { SignalReading } from './signal-reading.types.js';
import { decideReading, readingSignature } from './signal-reading.decider.js';

const key = { authority: 'smg', area: 'macau', hazard: 'tropical-cyclone' };
const reading = (level: string | null, action: SignalReading['action'] = level ? 'issue' : null): SignalReading => ({
  ...key,
  level,
  action,
  issuedAt: null,
  publishedAt: null,
});
const known = (level: string | null, dismissedReading: string | null = null) => ({ level, receivedAt: new Date(), dismissedReading });
const never = { level: null, receivedAt: null, dismissedReading: null };

describe('decideReading', () => {
  it('does not count the same state twice', () => {
    expect(decideReading({ track: known('8SE'), openHold: null, reading: reading('8SE'), source: 'feed', others: [] })).toEqual({ kind: 'unchanged', supersedeHold: false });
  });

  it('records a first "none" without a change, and a first level as an issue', () => {
    expect(decideReading({ track: never, openHold: null, reading: reading(null), source: 'feed', others: [] }).kind).toBe('initial');
    expect(decideReading({ track: never, openHold: null, reading: reading('3'), source: 'feed', others: [] })).toEqual({ kind: 'change', action: 'issue', supersedeHold: false });
  });

  it('calls a change by what it did to the board, whatever verb the source used', () => {
    expect(decideReading({ track: known('3'), openHold: null, reading: reading('8NE', 'issue'), source: 'feed', others: [] })).toMatchObject({ action: 'update' });
    expect(decideReading({ track: known('3'), openHold: null, reading: reading(null, 'cancel'), source: 'feed', others: [] })).toMatchObject({ action: 'cancel' });
  });

  it('holds implausible jumps with the catalogue’s reasons', () => {
    expect(decideReading({ track: known(null), openHold: null, reading: reading('10'), source: 'feed', others: [] })).toMatchObject({
      kind: 'hold',
      reasons: [{ code: 'jump_from_none' }],
    });
    expect(decideReading({ track: known('9'), openHold: null, reading: reading(null, null), source: 'feed', others: [] })).toMatchObject({
      kind: 'hold',
      reasons: [{ code: 'drop_without_cancel' }],
    });
    const rainstorm = { ...reading('red'), hazard: 'rainstorm' };
    expect(
      decideReading({ track: known(null), openHold: null, reading: rainstorm, source: 'feed', others: [{ ...key, level: '8SE' }] }),
    ).toMatchObject({ kind: 'hold', reasons: [{ code: 'suppressed_hazard' }] });
  });

  it('does not hold a reading already held, and supersedes a hold when the source moves on', () => {
    expect(decideReading({ track: known(null), openHold: { level: '10' }, reading: reading('10'), source: 'feed', others: [] })).toEqual({ kind: 'already_held' });
    expect(decideReading({ track: known(null), openHold: { level: '10' }, reading: reading('1'), source: 'feed', others: [] })).toEqual({ kind: 'change', action: 'issue', supersedeHold: true });
    expect(decideReading({ track: known(null), openHold: { level: '10' }, reading: reading(null), source: 'feed', others: [] })).toEqual({ kind: 'unchanged', supersedeHold: true });
  });

  it('does not hold again a reading an operator rejected, unless an operator enters it', () => {
    const track = known('8SE', readingSignature('feed', null));
    expect(decideReading({ track, openHold: null, reading: reading(null, null), source: 'feed', others: [] })).toEqual({ kind: 'dismissed' });
    expect(decideReading({ track, openHold: null, reading: reading(null, null), source: 'manual', others: [] }).kind).toBe('hold');
  });

  it('leaves known tracks alone in an initial-only batch', () => {
    expect(decideReading({ track: known('3'), openHold: null, reading: reading(null), source: 'cap', others: [], initialOnly: true })).toEqual({ kind: 'skip' });
  });
});
