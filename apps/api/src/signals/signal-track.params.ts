import { Matches } from 'class-validator';
import type { SignalKey } from '@app/contracts';
import { CATALOGUE_ID } from './signal-text.validation.js';

/** `:authority/:area/:hazard` route parameters. */
export class SignalTrackParams implements SignalKey {
  @Matches(CATALOGUE_ID, { message: 'authority must be a catalogue id' })
  authority: string;

  @Matches(CATALOGUE_ID, { message: 'area must be a catalogue id' })
  area: string;

  @Matches(CATALOGUE_ID, { message: 'hazard must be a catalogue id' })
  hazard: string;
}
