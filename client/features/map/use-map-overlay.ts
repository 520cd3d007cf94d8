import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { FundingMap } from '@contract/map.js';
import { competingReleasesQueryOptions } from '../../api/analytics/get-competing-releases.js';
import { duplicatedObjectivesQueryOptions } from '../../api/analytics/get-duplicated-objectives.js';
import { gapsQueryOptions } from '../../api/analytics/get-gaps.js';
import type { OverlayChoice } from './components/map-toolbar.js';
import type { GraphIndex } from './graph-index.js';
import type { OverlayName } from './map-view-state.js';
import { competingOverlay, duplicatesOverlay, gapsOverlay, type OverlayHighlight } from './overlays.js';

export interface MapOverlay {
  choices: OverlayChoice[];
  highlight: OverlayHighlight | null;
  summary: string | null;
  legendLabel: string | null;
  /** Why the overlay could not load, if it could not. */
  error: unknown;
}

const choices: OverlayChoice[] = [
  { name: 'duplicates', label: 'Duplicated objectives' },
  { name: 'competing', label: 'Competing releases' },
  { name: 'gaps', label: 'Gaps' },
];

const legendLabels: Record<OverlayName, string> = {
  duplicates: 'Objective funded by several agencies, and its funders',
  competing: 'Competing release (dark orange; similar only: light orange), and the objectives it shares',
  gaps: 'Solution with a gap, and requests nothing is eligible for',
};

/** Analytics results lit up on the map (duplicated objectives, competing releases, gaps), for the map's year. */
export const useMapOverlay = (name: OverlayName | null, map: FundingMap, index: GraphIndex): MapOverlay => {
  const filters = { fiscal_year: map.fiscal_year ?? undefined };
  const duplicates = useQuery({ ...duplicatedObjectivesQueryOptions(filters), enabled: name === 'duplicates' });
  const competing = useQuery({ ...competingReleasesQueryOptions(filters), enabled: name === 'competing' });
  const gaps = useQuery({ ...gapsQueryOptions(filters), enabled: name === 'gaps' });
  const result = useMemo(() => {
    if (name === 'duplicates' && duplicates.data)
      return {
        highlight: duplicatesOverlay(index, duplicates.data.objectives),
        summary: `${duplicates.data.objectives.length} objectives funded by more than one agency`,
      };
    if (name === 'competing' && competing.data)
      return {
        highlight: competingOverlay(index, competing.data.pairs),
        summary: `${competing.data.counts.competing} competing and ${competing.data.counts.similar} similar pairs of releases`,
      };
    if (name === 'gaps' && gaps.data)
      return {
        highlight: gapsOverlay(index, gaps.data.gaps, gaps.data.unmatched_requests),
        summary: `${gaps.data.gaps.filter((gap) => gap.gap_score > 0).length} solutions with a gap, ${gaps.data.unmatched_requests.length} requests with no eligible stream`,
      };
    return null;
  }, [name, index, duplicates.data, competing.data, gaps.data]);
  const failed = { duplicates, competing, gaps }[name ?? 'gaps'];
  return {
    choices,
    highlight: result?.highlight ?? null,
    summary: result?.summary ?? null,
    legendLabel: name ? legendLabels[name] : null,
    error: name && failed.isError ? failed.error : null,
  };
};
