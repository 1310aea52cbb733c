// The attribution engine's database inputs by refId, read alike by the ROI panel, `connhealth report` and fix
// validation, so each attributes a burst to the same database evidence.
export const DATABASE_IMPACT_TARGETS = [
  { refId: 'dbMysqlSaturation', input: 'saturation', queryId: 'dbMysqlSaturationByService' },
  { refId: 'dbPostgresSaturation', input: 'saturation', queryId: 'dbPostgresSaturationByService' },
  { refId: 'dbHikariSaturation', input: 'saturation', queryId: 'dbHikariSaturationByService' },
  { refId: 'dbMysqlRefusals', input: 'refusals', queryId: 'dbMysqlRefusedByService' },
  { refId: 'dbMysqlExporterUp', input: 'exporterUp', queryId: 'dbMysqlExporterUpByService' },
] as const;

export type DatabaseImpactInput = (typeof DATABASE_IMPACT_TARGETS)[number]['input'];

/** The engine's database input a frame's refId feeds; undefined for any other refId. */
export function databaseInputOf(refId: string | undefined): DatabaseImpactInput | undefined {
  return DATABASE_IMPACT_TARGETS.find((t) => t.refId === refId)?.input;
}
