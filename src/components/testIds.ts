// Every test id lives here; unit tests and Playwright page objects import them from this one module.
export const testIds = {
  appConfig: {
    container: 'data-testid ac-container',
    readOnly: 'data-testid ac-read-only',
    serviceLabel: 'data-testid ac-service-label',
    datasourceUid: 'data-testid ac-datasource-uid',
    status: 'data-testid ac-status',
    submit: 'data-testid ac-submit-form',
  },
};
