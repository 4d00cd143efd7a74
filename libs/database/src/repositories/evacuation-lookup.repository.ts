import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The existence and membership questions evacuation records ask about areas, places and field teams. */
@Injectable()
export class EvacuationLookupRepository {
  constructor(private readonly dataSource: DataSource) {}

  async areaExists(id: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM areas WHERE id = $1`, [id])).length > 0;
  }

  async placeExists(id: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM places WHERE id = $1`, [id])).length > 0;
  }

  async teamExists(id: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM field_teams WHERE id = $1`, [id])).length > 0;
  }

  /** The teams a staff account is a member of. */
  async teamsOfMember(staffUserId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ team_id: string }[]>(`SELECT team_id FROM team_members WHERE staff_user_id = $1 ORDER BY team_id`, [staffUserId]);
    return rows.map((row) => row.team_id);
  }
}
