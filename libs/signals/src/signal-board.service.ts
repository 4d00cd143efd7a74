import { Injectable } from '@nestjs/common';
import type { SignalBoard } from '@app/contracts';
import { SignalHoldRepository, SignalTrackRepository } from '@app/database';
import { buildBoard } from './signal-board.builder.js';
import { coveredTracks } from './signal-tracks.data.js';

/** Builds the shared board from what is stored, with freshness computed as of now. */
@Injectable()
export class SignalBoardService {
  constructor(
    private readonly tracks: SignalTrackRepository,
    private readonly holds: SignalHoldRepository,
  ) {}

  async current(now: Date = new Date()): Promise<SignalBoard> {
    const [tracks, openHolds] = await Promise.all([this.tracks.listAll(), this.holds.listOpen()]);
    return buildBoard({ tracks, openHolds, covered: coveredTracks(), now });
  }
}
