import type { CSSProperties } from 'react';
import type { SignalLevelView } from '@app/contracts';
import { useI18n } from '../i18n/i18n.context.js';
import { badgeShape, badgeText, inkFor, safeHex } from './level-badge.model.js';

/**
 * The level's colour with its number or colour name written on it. It is a visual aid only (hidden from screen
 * readers): the level's full name always stands beside it in text.
 */
export function LevelBadge({ level, size = 'normal' }: { level: SignalLevelView; size?: 'normal' | 'small' }) {
  const { language } = useI18n();
  const hex = safeHex(level.colour.hex);
  // Custom properties set through the style object (CSSOM), which the page's style-src 'self' policy allows.
  const style = { '--badge-bg': hex, '--badge-ink': inkFor(hex) } as CSSProperties;
  return (
    <span
      className={`level-badge level-badge--${badgeShape(level)} level-badge--${size}`}
      style={style}
      aria-hidden="true"
      data-icon={level.icon}
    >
      {badgeText(level, language)}
    </span>
  );
}

/** Where no level can be shown: an outlined badge whose symbol says why (nothing in force, or not known). */
export function EmptyBadge({ kind, size = 'normal' }: { kind: 'none' | 'unknown'; size?: 'normal' | 'small' }) {
  return <span className={`level-badge level-badge--empty level-badge--${kind} level-badge--${size}`} aria-hidden="true" />;
}

/** A level this page has no name or colour for (seen only in history): its catalogue code, in a neutral frame. */
export function CodeBadge({ code, size = 'normal' }: { code: string; size?: 'normal' | 'small' }) {
  return (
    <span className={`level-badge level-badge--code level-badge--${size}`} aria-hidden="true">
      {code}
    </span>
  );
}
