import { caPortalSource } from './ca-portal.js';
import { fpiSource } from './fpi.js';
import { grantsGovSource } from './grants-gov.js';
import { paPortalSource } from './pa-portal.js';
import { cliFlag, queryParameter, type SourceDescriptor } from './source-descriptor.js';

/**
 * Every public source Braid reads, in the order the upload page offers them. The CLI
 * (`npm run import -- --source pa-portal <file>`), `POST /api/import?source=` and `GET /api/sources` all read
 * this list: a new source is its file and one line here.
 */
export const sources = [paPortalSource, caPortalSource, fpiSource, grantsGovSource] as const;

export type SourceName = (typeof sources)[number]['name'];

export const sourceNames = sources.map((source) => source.name) as [SourceName, ...SourceName[]];

export const findSource = (name: string): SourceDescriptor | undefined =>
  sources.find((source) => source.name === name);

/** Every option key any source takes (camelCase), once each, for the CLI's flags and the API's query. */
export const optionKeys = [...new Set(sources.flatMap((source) => Object.keys(source.options.shape)))];

export const optionQueryParameters = optionKeys.map(queryParameter);
export const optionCliFlags = optionKeys.map(cliFlag);
