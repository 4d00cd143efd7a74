import { describe, expect, it } from 'vitest';
import { ApiRequestError, NetworkError } from '../session/auth-api.js';
import { evacuationProblemFor } from './evacuation-problem.js';

describe('evacuation refusals', () => {
  it('names a full or closed shelter in the reader’s language and keeps the server’s count as the detail', () => {
    const full = new ApiRequestError(409, 'shelter_full', 'This shelter has 1 free place (9 of 10 taken); 3 cannot move in.');
    expect(evacuationProblemFor(full)).toEqual({ key: 'evac.problem.shelterFull', code: 'shelter_full', detail: full.message });
    expect(evacuationProblemFor(new ApiRequestError(409, 'shelter_closed', 'closed')).key).toBe('evac.problem.shelterClosed');
  });

  it('leaves every other failure to the common form messages', () => {
    expect(evacuationProblemFor(new ApiRequestError(409, 'transfer_client_id_reused', 'reused'))).toEqual({ key: 'form.error.conflict', code: 'transfer_client_id_reused', detail: 'reused' });
    expect(evacuationProblemFor(new ApiRequestError(400, 'validation_failed', 'people must be at least 1')).key).toBe('form.error.rejected');
    expect(evacuationProblemFor(new NetworkError(new Error('offline')))).toEqual({ key: 'form.error.network' });
  });
});
