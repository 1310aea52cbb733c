// Every test id lives here; unit tests and Playwright page objects import them from this one module.
export const testIds = {
  appConfig: {
    container: 'data-testid ac-container',
    readOnly: 'data-testid ac-read-only',
    serviceLabel: 'data-testid ac-service-label',
    datasourceUid: 'data-testid ac-datasource-uid',
    status: 'data-testid ac-status',
    submit: 'data-testid ac-submit-form',
    assumption: (name: string) => `data-testid ac-assumption-${name}`,
  },
  revenuePanel: {
    container: 'data-testid roi-container',
    headline: 'data-testid roi-headline',
    payback: 'data-testid roi-payback',
    bursts: 'data-testid roi-bursts',
    noBursts: 'data-testid roi-no-bursts',
    noData: 'data-testid roi-no-data',
    partialData: 'data-testid roi-partial-data',
    defaultsNote: 'data-testid roi-defaults-note',
    scenarios: 'data-testid roi-scenarios',
    sensitivity: 'data-testid roi-sensitivity',
    inputs: 'data-testid roi-inputs',
    invalidOverrides: 'data-testid roi-invalid-overrides',
    warnings: 'data-testid roi-warnings',
  },
  businessImpact: {
    whatIf: (name: string) => `data-testid bi-what-if-${name}`,
  },
};
