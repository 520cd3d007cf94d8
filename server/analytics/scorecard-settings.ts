import type { Database, Tx } from '../db/database.js';
import type { IndicatorSetting, ScorecardSettings } from './scorecard.schema.js';
import { effectiveSettings } from './scorecard-indicators.js';

/** The settings in force: what was saved, completed with the defaults. */
export const readScorecardSettings = async (tx: Tx): Promise<IndicatorSetting[]> =>
  effectiveSettings(await tx.run<IndicatorSetting>('analytics/scorecard-settings-read'));

export const saveScorecardSettings = async (db: Database, settings: ScorecardSettings): Promise<IndicatorSetting[]> => {
  await db.write('analytics/scorecard-settings-write', {
    updated_at: new Date().toISOString(),
    indicators: settings.indicators.map((indicator, position) => ({ ...indicator, position })),
  });
  return db.readTransaction(readScorecardSettings);
};
