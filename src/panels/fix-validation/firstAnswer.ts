import { useEffect } from 'react';
import { usePanelContext } from '@grafana/ui';

/** What the panel tells its host (Grafana's panel instance state) once it shows an answer: a verdict, a problem or a question. */
export interface FixPanelInstanceState {
  answered: true;
}

/** True once the panel's instance state says it has shown an answer. */
export function hasAnswered(instanceState: unknown): boolean {
  return (instanceState as Partial<FixPanelInstanceState> | undefined)?.answered === true;
}

/** Tells the host once the panel shows its first answer, so the page can hold back what would compete with it. */
export function useTellFirstAnswer(answered: boolean): void {
  const { onInstanceStateChange, instanceState } = usePanelContext();
  const told = hasAnswered(instanceState);
  useEffect(() => {
    if (answered && !told) {
      onInstanceStateChange?.({ answered: true } satisfies FixPanelInstanceState);
    }
  }, [answered, told, onInstanceStateChange]);
}
