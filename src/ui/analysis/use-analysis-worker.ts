import { useEffect, useRef, useState } from 'preact/hooks';
import {
  AnalysisClient,
  CALL_JOB,
  REPLY_JOB,
  type AnalysisInput,
  type AnalysisUpdate,
  type CoachInput,
  type WorkerLike,
} from './analysis-client';
import type { CoachResult } from './run-coach';
import { spawnAnalysisWorker } from './spawn-analysis-worker';
import { useRegisterSetting } from '../hooks/use-register-setting';

const NONE: AnalysisUpdate = { result: null, input: null, tooLong: false, incomingSkipped: false };

/**
 * The analysis worker's answer for `input` (null: nothing to analyse yet). Each change of `input`
 * is sent at once; the answer shown is the newest finished one, so it may lag one keystroke.
 * @example const { result, tooLong } = useAnalysisWorker({ incoming, draft, … }, packs)
 */
export function useAnalysisWorker(
  input: AnalysisInput,
  packs: readonly unknown[],
  spawn: () => WorkerLike = spawnAnalysisWorker,
): AnalysisUpdate {
  const [update, setUpdate] = useState<AnalysisUpdate>(NONE);
  const client = useRef<AnalysisClient | null>(null);
  if (client.current === null) client.current = new AnalysisClient(REPLY_JOB, spawn, setUpdate);
  useEffect(() => () => client.current?.dispose(), []);
  useEffect(() => client.current?.setTeam(packs), [packs]);
  // The team's register setting is read here, so every caller's cards and checks follow it.
  const team = useRegisterSetting();
  const registerSetting = input.registerSetting ?? team;
  // Field by field: a new object with the same values is not a new input.
  const { incoming, draft, uiLang, senderName, chosenType, model, now, channel } = input;
  useEffect(() => {
    client.current?.analyze({
      incoming,
      draft,
      uiLang,
      senderName,
      chosenType,
      model,
      now,
      registerSetting,
      ...(channel ? { channel } : {}),
    });
  }, [incoming, draft, uiLang, senderName, chosenType, model, now, registerSetting, channel]);
  return update;
}

const NO_COACH: AnalysisUpdate<CoachInput, CoachResult> = { result: null, input: null, tooLong: false, incomingSkipped: false };

/**
 * Call mode's coaching from the worker for `input` (memoise it: a new object is a new request).
 * @example const { result, input: answered } = useCoachWorker(coachInput); const current = answered === coachInput;
 */
export function useCoachWorker(
  input: CoachInput | null,
  spawn: () => WorkerLike = spawnAnalysisWorker,
): AnalysisUpdate<CoachInput, CoachResult> {
  const [update, setUpdate] = useState(NO_COACH);
  const client = useRef<AnalysisClient<CoachInput, CoachResult> | null>(null);
  if (client.current === null) client.current = new AnalysisClient(CALL_JOB, spawn, setUpdate);
  useEffect(() => () => client.current?.dispose(), []);
  useEffect(() => {
    if (input) client.current?.analyze(input);
  }, [input]);
  return update;
}
