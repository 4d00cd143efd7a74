export class DeadlineExceededError extends Error {
  constructor(readonly what: string, readonly timeoutMs: number) {
    super(`${what} timed out after ${timeoutMs} ms`);
    this.name = 'DeadlineExceededError';
  }
}

/** Settles like `work`, or rejects with DeadlineExceededError once `timeoutMs` have passed. */
export async function withDeadline<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceededError(what, timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
