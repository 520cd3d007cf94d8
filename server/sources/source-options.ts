import type { z } from 'zod';
import { optionalDate } from '../domain/fields.js';

/** Options that every release source (state portals, Grants.gov) accepts. */
export const releaseOptionFields = {
  openEndedCloses: optionalDate(),
};

export class SourceOptionsError extends Error {
  constructor(source: string, problems: string[]) {
    super(`${source} options: ${problems.join('; ')}`);
  }
}

export class SourceFileError extends Error {
  constructor(source: string, message: string) {
    super(`${source}: ${message}`);
  }
}

/** Options validated once, with messages that name the option. */
export const parseSourceOptions = <T extends z.ZodType>(source: string, schema: T, options: unknown): z.output<T> => {
  const parsed = schema.safeParse(options ?? {});
  if (parsed.success) return parsed.data;
  throw new SourceOptionsError(
    source,
    parsed.error.issues.map((issue) => `${issue.path.join('.') || 'options'} ${issue.message}`),
  );
};
