import type { FieldChange } from '../contract/audit.js';
import type { Database, Tx } from '../db/database.js';
import type { Actor } from '../domain/actor.js';
import { recordAudit } from './audit-repository.js';
import type { IndicatorSetting, ScorecardSettings } from '../contract/analytics/scorecard.js';
import { effectiveSettings } from '../contract/analytics/scorecard-indicators.js';

/** The settings in force: what was saved, completed with the defaults. */
export const readScorecardSettings = async (tx: Tx): Promise<IndicatorSetting[]> =>
  effectiveSettings(await tx.run<IndicatorSetting>('analytics/scorecard/settings-read'));

export const saveScorecardSettings = async (
  db: Database,
  settings: ScorecardSettings,
  actor: Actor,
): Promise<IndicatorSetting[]> => {
  await db.writeTransaction(async (tx) => {
    const before = await readScorecardSettings(tx);
    await tx.run('analytics/scorecard/settings-write', {
      updated_at: new Date().toISOString(),
      indicators: settings.indicators.map((indicator, position) => ({ ...indicator, position })),
    });
    const after = await readScorecardSettings(tx);
    await recordAudit(tx, actor, {
      action: 'settings.scorecard',
      tables: ['scorecard_settings'],
      keys: ['default'],
      fields: settingChanges(before, after),
    });
  });
  return db.readTransaction(readScorecardSettings);
};

/** Each indicator whose visibility, target or place changed, with its old and new setting. */
const settingChanges = (before: IndicatorSetting[], after: IndicatorSetting[]): FieldChange[] =>
  after.flatMap((setting, position) => {
    const oldPosition = before.findIndex((old) => old.id === setting.id);
    const old = before[oldPosition];
    const was = old ? { ...old, position: oldPosition } : null;
    const now = { ...setting, position };
    return JSON.stringify(was) === JSON.stringify(now)
      ? []
      : [{ table: 'scorecard_settings', key: 'default', field: setting.id, before: was, after: now }];
  });
