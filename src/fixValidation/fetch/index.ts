export * from './prometheusQueries';
export * from './fetchValidationSeries';
export * from './selectionProblem';
export * from './runValidation';
export * from './findFixTime';
export * from './sharedAnswers';
