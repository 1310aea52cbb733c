import type { DataFrame } from '@grafana/data';
import type { DatabaseSeries } from '../../impact';
import { databaseInputOf } from '../../queries/databaseImpactTargets';
import { frameSeries } from './framesToLiveSeries';

/** The database targets' frames (one series per owning service) → the attribution engine's database series. */
export function framesToDatabaseSeries(frames: DataFrame[]): DatabaseSeries {
  const database: Required<DatabaseSeries> = { saturation: [], refusals: [], exporterUp: [] };
  for (const frame of frames) {
    const input = databaseInputOf(frame.refId);
    if (input) {
      database[input].push(...frameSeries(frame));
    }
  }
  return database;
}
