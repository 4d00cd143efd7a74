import { Injectable } from '@nestjs/common';
import { SignalTrackRepository } from '@app/database';
import { SignalAnnouncer, SignalStateService, coveredTracks } from '@app/signals';

/**
 * Scheduled housekeeping of the board: staleness needs no event to happen, so freshness is recomputed here and
 * announced when it moved; changes whose event or playbook job did not go out after commit are announced again.
 */
@Injectable()
export class SignalFreshnessCheckService {
  constructor(
    private readonly tracks: SignalTrackRepository,
    private readonly state: SignalStateService,
    private readonly announcer: SignalAnnouncer,
  ) {}

  async check(): Promise<void> {
    await this.tracks.ensure(coveredTracks());
    await this.state.refreshFreshness();
    await this.announcer.announceMissed();
  }
}
