import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Keys that can reach an object's prototype when a body is merged or copied somewhere later. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Real requests nest a few levels; anything deeper is an attack on the validators' recursion. */
export const MAX_BODY_DEPTH = 32;

/**
 * Rejects parsed bodies (JSON or form) that contain prototype keys at any depth or nest too deeply, before any
 * validator or service sees them. Walks iteratively, so a hostile body cannot exhaust the stack here.
 */
export function jsonBodyGuard(req: Request, _res: Response, next: NextFunction): void {
  const problem = findProblem(req.body);
  next(problem ? new BadRequestException(problem) : undefined);
}

interface Problem {
  code: string;
  message: string;
}

function findProblem(body: unknown): Problem | undefined {
  const pending: Array<{ value: unknown; path: string; depth: number }> = [{ value: body, path: 'body', depth: 0 }];
  while (pending.length > 0) {
    const { value, path, depth } = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) {
      return { code: 'body_too_deep', message: `The request body is nested more than ${MAX_BODY_DEPTH} levels deep (at ${path}).` };
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        return { code: 'forbidden_key', message: `The request body may not contain the key "${key}" (found at ${path}).` };
      }
      pending.push({ value: (value as Record<string, unknown>)[key], path: `${path}.${key}`, depth: depth + 1 });
    }
  }
  return undefined;
}
