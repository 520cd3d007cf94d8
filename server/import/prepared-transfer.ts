import { entityByName, type EntityName } from '../domain/catalog.js';
import type { ImportProblem } from '../domain/import-problems.js';
import { HttpProblem } from '../http/http-problem.js';
import type { ValidatedRows, ValidRow } from './validate-rows.js';

/** An upload read and validated: the reader's problems, or its rows checked against their schemas. */
export type PreparedUpload =
  { problems: ImportProblem[]; validated?: undefined } | { problems: []; validated: ValidatedRows };

// zod schemas (inside an entity's definition) do not cross threads: rows travel with their table's name and get
// their definition back on arrival, and each row's source travels as where it was (its raw values are not used
// after validation). A 100,000-row upload goes in slices, each its own message, and the worker sends the next
// only when the main thread asks: decoding one message is one short turn of the event loop, not the whole upload.
interface TransferRow {
  entity: EntityName;
  key: string;
  data: ValidRow['data'];
  source: { entity: EntityName; file: string; sheet?: string | undefined; row: number };
}

export type PreparedMessage =
  | { rows: TransferRow[]; valid: boolean[] }
  | { keys: string[] }
  | { problems: ImportProblem[] }
  | { rowProblems: ImportProblem[] }
  | { done: { validated: boolean } }
  | { problem: { status: number; title: string; detail: string; extra: Record<string, unknown> } };

/** Rows (or problems, keys) per message: a few milliseconds to decode under load. */
export const sliceSize = 2000;

const slices = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / sliceSize) }, (_, at) =>
    items.slice(at * sliceSize, (at + 1) * sliceSize),
  );

/** In the worker: the messages that carry an upload across, the `done` message last. */
export const toMessages = (prepared: PreparedUpload): PreparedMessage[] => {
  const messages: PreparedMessage[] = slices(prepared.problems).map((problems) => ({ problems }));
  const v = prepared.validated;
  if (!v) return [...messages, { done: { validated: false } }];
  const valid = new Set(v.valid);
  const transfer = ({ entity, key, data, source }: ValidRow): TransferRow => ({
    entity: entity.name,
    key,
    data,
    source: { entity: source.entity.name, file: source.file, sheet: source.sheet, row: source.row },
  });
  for (const rowProblems of slices(v.problems)) messages.push({ rowProblems });
  for (const slice of slices(v.checkable))
    messages.push({ rows: slice.map(transfer), valid: slice.map((row) => valid.has(row)) });
  for (const keys of slices([...v.keys])) messages.push({ keys });
  return [...messages, { done: { validated: true } }];
};

/** On the main thread: puts an upload back together, message by message, with the definitions back. */
export class PreparedAssembly {
  private readonly problems: ImportProblem[] = [];
  private readonly rowProblems: ImportProblem[] = [];
  private readonly valid: ValidRow[] = [];
  private readonly checkable: ValidRow[] = [];
  private readonly keys = new Set<string>();

  /** Takes one message; answers the whole upload once the last has come. */
  add(message: PreparedMessage): PreparedUpload | undefined {
    if ('problem' in message) {
      const { status, title, detail, extra } = message.problem;
      throw new HttpProblem(status, title, detail, extra);
    }
    if ('problems' in message) for (const problem of message.problems) this.problems.push(problem);
    if ('rowProblems' in message) for (const problem of message.rowProblems) this.rowProblems.push(problem);
    if ('keys' in message) for (const key of message.keys) this.keys.add(key);
    if ('rows' in message)
      message.rows.forEach((row, at) => {
        const source = { ...row.source, entity: entityByName(row.source.entity), values: {} };
        const restored: ValidRow = { ...row, entity: entityByName(row.entity), source };
        this.checkable.push(restored);
        if (message.valid[at]) this.valid.push(restored);
      });
    if (!('done' in message)) return undefined;
    if (!message.done.validated) return { problems: this.problems };
    const { valid, checkable, rowProblems, keys } = this;
    return { problems: [], validated: { valid, checkable, problems: rowProblems, keys } };
  }
}

export const problemMessage = (error: unknown): PreparedMessage | undefined =>
  error instanceof HttpProblem
    ? { problem: { status: error.status, title: error.title, detail: error.message, extra: error.extra } }
    : undefined;
