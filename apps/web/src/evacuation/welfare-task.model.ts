import { TASK_TITLE_MAX, type CreateTaskRequest, type VulnerableResident } from '@app/contracts';

/**
 * The welfare-check task for a resident: sent to the area they live in (their position when the register has one).
 * The title names the area, not the person: task titles appear on lists beyond those who need the contact data.
 */
export function welfareCheckTask(resident: VulnerableResident, teamId: string, title: string): CreateTaskRequest {
  const request: CreateTaskRequest = {
    kind: 'welfare-check',
    teamId,
    title: title.trim().slice(0, TASK_TITLE_MAX),
    areaId: resident.areaId,
    vulnerableResidentId: resident.id,
  };
  if (resident.location) request.location = resident.location;
  return request;
}
