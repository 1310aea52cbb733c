import { useEffect, useState } from 'react';
import type { Assumptions } from '../../impact';
import { preliminaryStepSeconds, validationStepSeconds, type FixValidation } from '../../fixValidation';
import {
  SharedAnswers,
  findFixTime,
  runValidation,
  validationSpan,
  type FixTimeSearchResult,
  type ValidationQuery,
  type ValidationRequest,
} from '../../fixValidation/fetch';
import { DatasourceProxyPrometheus, ValidationCancelled } from './datasourceProxyPrometheus';
import type { FixValidationInputs } from './fixValidationInputs';

export type FixValidationState =
  | { status: 'waiting' }
  | { status: 'running'; step: string }
  | { status: 'problem'; problem: string }
  /** No fix time given, and none found (or searching was off): the panel asks for one. */
  | { status: 'ask'; search?: FixTimeSearchResult; range: { from: number; to: number } }
  /** Preliminary: the coarse first pass, shown as such while the fine pass runs; the fine one replaces it. */
  | {
      status: 'done';
      validation: FixValidation;
      query: ValidationQuery;
      search?: FixTimeSearchResult;
      preliminary?: { fineStepSeconds: number };
    };

export interface FixValidationRequest {
  inputs: FixValidationInputs;
  assumptions: Assumptions;
  frontendService?: string;
  /** Unix ms of the dashboard's range, searched for a default fix time when none is given. */
  range: { from: number; to: number };
}

const SEARCHING = 'Looking for the rollout after which bursts fell…';
const COMPARING = 'Comparing the windows before and after the fix…';

/** The coarse pass's verdict, or undefined: its problems and failures wait for the fine pass's own answer. */
async function preliminaryRun(api: SharedAnswers, request: ValidationRequest) {
  try {
    const first = await runValidation(api, request);
    return 'problem' in first ? undefined : first;
  } catch (e) {
    if (e instanceof ValidationCancelled) {
      throw e;
    }
    return undefined;
  }
}

async function validate(r: FixValidationRequest, signal: AbortSignal, report: (s: FixValidationState) => void) {
  const { inputs } = r;
  const api = new SharedAnswers(new DatasourceProxyPrometheus(inputs.uid, signal));
  let fixAt = inputs.fixAt;
  let search: FixTimeSearchResult | undefined;
  if (fixAt === undefined && inputs.searchDefault) {
    search = await findFixTime(api, { ...inputs, ...r.range });
    fixAt = search.candidate?.deployment.at;
    if (fixAt !== undefined) {
      report({ status: 'running', step: COMPARING });
    }
  }
  if (fixAt === undefined) {
    report({ status: 'ask', search, range: r.range });
    return;
  }
  const request: ValidationRequest = {
    ...inputs,
    fixAt,
    assumptions: r.assumptions,
    frontendService: r.frontendService,
    now: Date.now(),
  };
  const { start, end } = validationSpan(request);
  const coarseStep = preliminaryStepSeconds(end - start);
  if (coarseStep !== undefined) {
    const first = await preliminaryRun(api, { ...request, stepSeconds: coarseStep });
    if (first) {
      report({
        status: 'done',
        ...first,
        search,
        preliminary: { fineStepSeconds: validationStepSeconds(end - start) },
      });
    }
  }
  const run = await runValidation(api, request);
  report('problem' in run ? { status: 'problem', problem: run.problem } : { status: 'done', ...run, search });
}

/** Runs the validation whenever what it depends on changes; a newer request cancels the older one's queries. */
export function useFixValidation(request: FixValidationRequest | undefined): FixValidationState {
  const [result, setResult] = useState<{ key: string; state: FixValidationState }>();
  // With a fix time the range plays no part: moving it must not start the queries again.
  const key = JSON.stringify(
    request ? { ...request, range: request.inputs.fixAt === undefined && request.range } : null
  );
  useEffect(() => {
    if (!request) {
      return undefined;
    }
    const controller = new AbortController();
    const report = (state: FixValidationState) => !controller.signal.aborted && setResult({ key, state });
    validate(request, controller.signal, report).catch((e: unknown) => {
      if (!(e instanceof ValidationCancelled)) {
        report({ status: 'problem', problem: e instanceof Error ? e.message : String(e) });
      }
    });
    return () => controller.abort();
    // The key stands for the request: a new object with the same content must not start the queries again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!request) {
    return { status: 'waiting' };
  }
  if (result?.key === key) {
    return result.state;
  }
  const searching = request.inputs.fixAt === undefined && request.inputs.searchDefault;
  return { status: 'running', step: searching ? SEARCHING : COMPARING };
}
