import type { LiveImpact } from '../impact';

const DATABASE_CAUSE = 'database pool exhaustion';

function noteOf(side: string, live: LiveImpact): string[] {
  const caused = live.bursts.filter((b) => b.cause === DATABASE_CAUSE);
  if (caused.length === 0) {
    return [];
  }
  const services = [...new Set(caused.map((b) => b.service))].sort().join(', ');
  const was = caused.length === 1 ? 'was' : 'were';
  return [
    `${side}, ${caused.length} of ${live.bursts.length} bursts ${was} ${DATABASE_CAUSE} (${services}): a full database, not CLOSE_WAIT; the ROI model leaves them out of the CLOSE_WAIT share, as report does.`,
  ];
}

/** One line per window whose bursts the database explains, so the reader does not credit or blame the fix for them. */
export function databaseCauseNotes(priced: { before: LiveImpact; after: LiveImpact }): string[] {
  return [...noteOf('Before the fix', priced.before), ...noteOf('After the fix', priced.after)];
}
