/** The views in the order the header lists them. */
export const views: Array<{ path: string; label: string }> = [
  { path: '/map', label: 'Funding map' },
  { path: '/overlaps', label: 'Overlaps' },
  { path: '/releases', label: 'Competing releases' },
  { path: '/gaps', label: 'Gaps' },
  { path: '/data', label: 'Data' },
];
