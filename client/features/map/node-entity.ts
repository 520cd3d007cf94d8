import { entityByName, type EntityDefinition, type EntityName } from '@domain/catalog.js';
import type { MapNodeType } from '@contract/map.js';

const tableOfType: Record<MapNodeType, EntityName> = {
  agency: 'agencies',
  stream: 'funding_streams',
  release: 'releases',
  objective: 'objectives',
  solution: 'solutions',
  partnership: 'partnerships',
  sector: 'sectors',
  region: 'regions',
};

/** The table a map node's row lives in (for its details and its edit form). */
export const entityOfType = (type: MapNodeType): EntityDefinition => entityByName(tableOfType[type]);
