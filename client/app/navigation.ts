import type { Role } from '@domain/actor.js';

/** The views in the order the header lists them; a view that needs more than reading names its role. */
export const views: Array<{ path: string; label: string; role?: Role }> = [
  { path: '/map', label: 'Funding map' },
  { path: '/overlaps', label: 'Overlaps' },
  { path: '/releases', label: 'Competing releases' },
  { path: '/gaps', label: 'Gaps' },
  { path: '/finder', label: 'Funding finder' },
  { path: '/repurpose', label: 'Re-purposing' },
  { path: '/scorecard', label: 'Scorecard' },
  { path: '/gao-review', label: 'GAO review' },
  { path: '/money-flow', label: 'Money flow' },
  { path: '/year-over-year', label: 'Year over year' },
  { path: '/briefing', label: 'Briefing' },
  { path: '/stories', label: 'Stories' },
  { path: '/data', label: 'Data' },
  { path: '/changes', label: 'Changes', role: 'editor' },
  { path: '/history', label: 'History', role: 'editor' },
  { path: '/share-links', label: 'Share links', role: 'editor' },
  { path: '/people', label: 'People', role: 'admin' },
];
