import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReleaseCheckResponse, releaseDraft } from '@contract/analytics/release-check.js';
import { apiSend } from '../http.js';
import type { WithFigureProvenance } from '@contract/provenance.js';

export type ReleaseDraftInput = z.input<typeof releaseDraft>;

export const checkRelease = (draft: ReleaseDraftInput) =>
  apiSend<WithFigureProvenance<ReleaseCheckResponse>>('POST', '/analytics/release-check', draft);

/** Runs the release check on a draft; nothing is saved. */
export const useCheckRelease = () => useMutation({ mutationFn: checkRelease });
