import { listedProblems, maxListedProblems, type ImportProblem } from './import-problems.js';

// The four ways the domain says no. They know nothing of HTTP: server/plugins/problem-details.ts maps each to
// one application/problem+json answer, so analytics, imports and repositories throw these and nothing else.

/** A field of a request that is wrong, named the way the client sent it. */
export interface FieldError {
  field: string;
  message: string;
}

/** A row that still refers to the one a change would remove. */
export interface Dependent {
  entity: string;
  id: string;
}

/** What stands in the way of a change, by what it is: `dependents`, the `current` row and its `version`, ... */
export type InTheWay = Record<string, unknown>;

/** Something asked for does not exist. */
export class NotFound extends Error {
  override readonly name = 'NotFound';

  /** "No partnership "p-1"." */
  static of(what: string, id: string): NotFound {
    return new NotFound(`No ${what} "${id}".`);
  }
}

/** The input is wrong: fields of a request (`errors`) or rows of a file (`problems`), each located. */
export class Invalid extends Error {
  override readonly name = 'Invalid';
  readonly title: string;
  readonly errors: FieldError[];
  readonly problems: ImportProblem[];
  /** How many problems there are in all; `problems` lists at most `maxListedProblems` of them. */
  readonly problemCount: number;

  constructor(
    detail: string,
    {
      title = 'Invalid request',
      errors = [],
      problems = [],
    }: { title?: string; errors?: FieldError[]; problems?: ImportProblem[] } = {},
  ) {
    super(detail);
    this.title = title;
    this.errors = errors;
    this.problemCount = problems.length;
    this.problems = listedProblems(problems);
  }

  /** Fields that fail, with a detail naming each. */
  static fields(errors: FieldError[]): Invalid {
    return new Invalid(errors.map((error) => `${error.field} ${error.message}`).join('; '), { errors });
  }

  /** An upload (or a row sent as a body) with problems; nothing has been written. */
  static rows(problems: ImportProblem[]): Invalid {
    const listed = problems.length > maxListedProblems ? ` (the first ${maxListedProblems} are listed)` : '';
    return new Invalid(
      `The upload has ${problems.length} problem${problems.length === 1 ? '' : 's'}${listed}; nothing was imported.`,
      { title: 'The data has problems', problems },
    );
  }
}

/** The change collides with what is stored: a row that already exists, rows that refer to it, a newer version. */
export class Conflict extends Error {
  override readonly name = 'Conflict';

  constructor(
    readonly title: string,
    detail: string,
    readonly inTheWay: InTheWay = {},
  ) {
    super(detail);
  }
}

/** The database cannot be reached right now; retrying later may work and nothing was changed. */
export class Unavailable extends Error {
  override readonly name = 'Unavailable';

  constructor(detail = 'Braid cannot reach its Neo4j database right now. Try again in a moment; nothing was changed.') {
    super(detail);
  }
}
