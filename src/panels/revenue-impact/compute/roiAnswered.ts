/** Fired on window once the ROI panel has shown an answer (figures or an error) for the data it was given. */
export const ROI_ANSWERED_EVENT = 'sre-revenueimpact:answered';

/** Lets the Business impact page's other work (the burst chart) wait until leadership's figures are drawn. */
export function announceRoiAnswered(): void {
  if (typeof window !== 'undefined') {
    window.dispatchEvent(new Event(ROI_ANSWERED_EVENT));
  }
}
