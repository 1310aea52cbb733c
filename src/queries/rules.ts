// Prometheus rules built from the catalogue: recordings for the expensive panels, alerts on the seed's thresholds.
export * from './recordingRules';
export * from './alertRules';
