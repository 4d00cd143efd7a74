import type { CapSeverity } from './cap-schema.data.js';

/*
 * How Guangdong/Zhuhai CAP messages name their signal. Hazards are recognised by the catalogue's keywords and OET
 * codes; these lists hold what is specific to CAP messages.
 */

/** Parameters whose value names the signal in machine form, e.g. `TYPHOON-ORANGE`. */
export const SIGNAL_PARAMETER_NAMES: readonly string[] = ['GD-SIGNAL', 'SIGNAL', 'SIGNAL-CODE', 'WARNING-SIGNAL'];

/**
 * GB/T 35965.1 severity ↔ warning colour (特别严重/严重/较重/一般). Used only when no text names a colour.
 */
export const SEVERITY_COLOURS: Readonly<Partial<Record<CapSeverity, string>>> = {
  Extreme: 'red',
  Severe: 'orange',
  Moderate: 'yellow',
  Minor: 'blue',
};

/** Words in an event or headline saying the signal is lifted rather than issued. */
export const LIFTED_KEYWORDS = { zh: ['解除', '取消'], en: ['lifted', 'cancelled', 'canceled', 'cancellation'] } as const;
