/** The views in the order the header lists them. */
export const views: Array<{ path: string; label: string }> = [
  { path: '/map', label: 'Funding map' },
  { path: '/data', label: 'Data' },
];
