import type { EntityName } from '../domain/catalog.js';
import type { QueryName } from '../db/query-names.js';

// The queries of each table of the catalog by what they do (cypher/entities/<table>/<what>.cypher), named in
// full so every query name is a literal the compiler checks; relationship tables (requests, awards) have no
// dependents and no links of their own, and are deleted by a query of cypher/changes/.

interface TableQueries {
  read: QueryName;
  list: QueryName;
  count: QueryName;
  upsert: QueryName;
  /** Writes the table's references (absent: the table has none, or writes them with its rows). */
  link?: QueryName;
  /** Rows of other tables that name a row of this one (absent: nothing names a relationship row). */
  dependents?: QueryName;
  /** Deletes rows of a table without nodes of its own (a node table is deleted by changes/delete-nodes). */
  delete?: QueryName;
}

export const tableQueries: Record<EntityName, TableQueries> = {
  activities: {
    read: 'entities/activities/read',
    list: 'entities/activities/list',
    count: 'entities/activities/count',
    upsert: 'entities/activities/upsert',
    dependents: 'entities/activities/dependents',
  },
  agencies: {
    read: 'entities/agencies/read',
    list: 'entities/agencies/list',
    count: 'entities/agencies/count',
    upsert: 'entities/agencies/upsert',
    link: 'entities/agencies/link',
    dependents: 'entities/agencies/dependents',
  },
  awards: {
    read: 'entities/awards/read',
    list: 'entities/awards/list',
    count: 'entities/awards/count',
    upsert: 'entities/awards/upsert',
    delete: 'changes/delete-awards',
  },
  beneficiaries: {
    read: 'entities/beneficiaries/read',
    list: 'entities/beneficiaries/list',
    count: 'entities/beneficiaries/count',
    upsert: 'entities/beneficiaries/upsert',
    dependents: 'entities/beneficiaries/dependents',
  },
  funding_streams: {
    read: 'entities/funding_streams/read',
    list: 'entities/funding_streams/list',
    count: 'entities/funding_streams/count',
    upsert: 'entities/funding_streams/upsert',
    link: 'entities/funding_streams/link',
    dependents: 'entities/funding_streams/dependents',
  },
  objectives: {
    read: 'entities/objectives/read',
    list: 'entities/objectives/list',
    count: 'entities/objectives/count',
    upsert: 'entities/objectives/upsert',
    dependents: 'entities/objectives/dependents',
  },
  partnerships: {
    read: 'entities/partnerships/read',
    list: 'entities/partnerships/list',
    count: 'entities/partnerships/count',
    upsert: 'entities/partnerships/upsert',
    link: 'entities/partnerships/link',
    dependents: 'entities/partnerships/dependents',
  },
  regions: {
    read: 'entities/regions/read',
    list: 'entities/regions/list',
    count: 'entities/regions/count',
    upsert: 'entities/regions/upsert',
    dependents: 'entities/regions/dependents',
  },
  releases: {
    read: 'entities/releases/read',
    list: 'entities/releases/list',
    count: 'entities/releases/count',
    upsert: 'entities/releases/upsert',
    link: 'entities/releases/link',
    dependents: 'entities/releases/dependents',
  },
  requests: {
    read: 'entities/requests/read',
    list: 'entities/requests/list',
    count: 'entities/requests/count',
    upsert: 'entities/requests/upsert',
    delete: 'changes/delete-requests',
  },
  sectors: {
    read: 'entities/sectors/read',
    list: 'entities/sectors/list',
    count: 'entities/sectors/count',
    upsert: 'entities/sectors/upsert',
    dependents: 'entities/sectors/dependents',
  },
  solutions: {
    read: 'entities/solutions/read',
    list: 'entities/solutions/list',
    count: 'entities/solutions/count',
    upsert: 'entities/solutions/upsert',
    link: 'entities/solutions/link',
    dependents: 'entities/solutions/dependents',
  },
};
