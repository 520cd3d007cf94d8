import type { MapNode } from '@contract/map.js';
import { views } from '../../app/navigation.js';
import { entityOfType } from './node-entity.js';

export interface NodeLink {
  label: string;
  to: string;
}

const candidates = (node: MapNode): NodeLink[] => {
  const key = encodeURIComponent(node.key);
  switch (node.type) {
    case 'agency':
      return [
        { label: 'Overlapping objectives of this agency', to: `/overlaps?agency=${key}` },
        { label: 'Competing releases of this agency', to: `/releases?agency=${key}` },
      ];
    case 'stream':
      return [{ label: 'Is it a re-purposing candidate?', to: `/repurpose?stream=${key}` }];
    case 'release':
      return [{ label: 'Releases competing with this one', to: `/releases?release=${key}` }];
    case 'objective':
      return [
        { label: 'Agencies funding this objective', to: `/overlaps?objective=${key}` },
        { label: 'Gaps for this objective', to: `/gaps?objective=${key}` },
      ];
    case 'solution':
      return [{ label: 'Demand and funding for this solution', to: `/gaps?solution=${key}` }];
    case 'partnership':
      return [{ label: 'Funding finder for this partnership', to: `/finder?partnership=${key}` }];
    default:
      return [];
  }
};

/**
 * Links from a node to the analytics views that mention it (only views that exist), and to its edit form for
 * those who may edit. A share link's visitor gets none: every other view is outside the link.
 */
export const linksFor = (node: MapNode, access: { canEdit: boolean; shared: boolean }): NodeLink[] => {
  if (access.shared) return [];
  const available = new Set(views.map((view) => view.path));
  const edit = {
    label: 'Edit in Data',
    to: `/data?table=${entityOfType(node.type).name}&edit=${encodeURIComponent(node.key)}`,
  };
  return [
    ...candidates(node).filter((link) => available.has(link.to.split('?')[0]!)),
    ...(access.canEdit ? [edit] : []),
  ];
};
