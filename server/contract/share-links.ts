import { z } from 'zod';

// Read-only links to one view, as they cross HTTP: /api/share-links (manage) and /api/share/:token (open).

export const sharedViews = ['map', 'finder', 'scorecard', 'competing-releases'] as const;
export const sharedView = z.enum(sharedViews);
export type SharedView = z.infer<typeof sharedView>;

export const newShareLink = z
  .object({
    name: z.string().trim().min(1).max(200).describe('what the link is for, as its holders and admins read it'),
    view: sharedView,
    target: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('map: a saved view id; finder: a partnership id; scorecard and competing-releases: none'),
    query: z.string().max(2000).default('').describe('the view’s URL query (filters), kept as the link shows it'),
    expires_in_days: z.coerce.number().int().min(1).max(365).default(90),
  })
  .refine((link) => (link.view === 'map' || link.view === 'finder') === (link.target !== undefined), {
    message: 'a map link names a saved view and a finder link a partnership (target); other views take none',
    path: ['target'],
  });
export type NewShareLink = z.infer<typeof newShareLink>;

export const shareLink = z.object({
  id: z.string(),
  name: z.string(),
  view: sharedView,
  target: z.string().nullable(),
  query: z.string(),
  created_at: z.string(),
  created_by: z.string(),
  expires_at: z.string(),
  revoked_at: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
});
export type ShareLink = z.infer<typeof shareLink>;

export const createdShareLink = z.object({
  link: shareLink,
  token: z.string().describe('shown once; only its hash is stored'),
  path: z.string().describe('where the link opens: /share/<token>'),
});

export const shareLinkList = z.object({ items: z.array(shareLink) });

/** What opening a link tells the page: which view to show, read-only. */
export const openedShareLink = shareLink.pick({
  id: true,
  name: true,
  view: true,
  target: true,
  query: true,
  expires_at: true,
});
export type OpenedShareLink = z.infer<typeof openedShareLink>;
