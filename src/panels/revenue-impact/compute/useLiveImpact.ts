import { useEffect, useMemo, useState } from 'react';
import type { LiveImpact } from '../../../impact';
import { servicesIn, type ImpactRequest } from './impactRequest';
import { announceRoiAnswered } from './roiAnswered';
import { runImpact, type ComputedIn } from './runImpact';
import { prewarmImpactWorker } from './impactWorkerSpare';

type Request = Omit<ImpactRequest, 'id'>;

export interface LiveImpactState {
  /** The last result computed; for earlier data or options while `computing` is set or after an error. */
  live?: LiveImpact;
  /** Set while a computation for the current data and options runs. */
  computing?: { services: number };
  error?: string;
  computedIn?: ComputedIn;
}

interface Answer {
  for: Request;
  live?: LiveImpact;
  error?: string;
  computedIn: ComputedIn;
}

let lastId = 0;

/** The engine's result for `request`, computed off the main thread; a newer request cancels the one running. */
export function useLiveImpact(request: Request | undefined): LiveImpactState {
  const [answer, setAnswer] = useState<Answer>();
  const [live, setLive] = useState<LiveImpact>();
  const services = useMemo(() => (request ? servicesIn(request.series) : 0), [request]);
  // The module's import normally warmed one already; this keeps one for a panel mounted after it was taken, and
  // lets an untaken spare go when the panel unmounts.
  useEffect(() => prewarmImpactWorker(), []);
  useEffect(() => {
    if (!request) {
      return;
    }
    return runImpact({ id: ++lastId, ...request }, (reply, computedIn) => {
      if ('live' in reply) {
        setLive(reply.live);
        setAnswer({ for: request, live: reply.live, computedIn });
      } else {
        setAnswer({ for: request, error: reply.error, computedIn });
      }
    });
  }, [request]);
  const answeredFor = answer?.for;
  // After React has drawn the answer: the page's burst chart waits for it before its own work.
  useEffect(() => {
    if (answeredFor) {
      announceRoiAnswered();
    }
  }, [answeredFor]);
  const answered = answer !== undefined && answer.for === request;
  return {
    live,
    computing: request && !answered ? { services } : undefined,
    error: answered ? answer.error : undefined,
    computedIn: answer?.computedIn,
  };
}
