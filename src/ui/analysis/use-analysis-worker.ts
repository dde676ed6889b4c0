import { useEffect, useRef, useState } from 'preact/hooks';
import { AnalysisClient, type AnalysisInput, type AnalysisUpdate, type WorkerLike } from './analysis-client';
import { spawnAnalysisWorker } from './spawn-analysis-worker';

const NONE: AnalysisUpdate = { result: null, input: null, tooLong: false, incomingSkipped: false };

/**
 * The analysis worker's answer for `input` (null: nothing to analyse yet). Each change of `input`
 * is sent at once; the answer shown is the newest finished one, so it may lag one keystroke.
 * @example const { result, tooLong } = useAnalysisWorker({ incoming, draft, … }, packs)
 */
export function useAnalysisWorker(input: AnalysisInput, packs: readonly unknown[], spawn: () => WorkerLike = spawnAnalysisWorker): AnalysisUpdate {
  const [update, setUpdate] = useState<AnalysisUpdate>(NONE);
  const client = useRef<AnalysisClient | null>(null);
  if (client.current === null) client.current = new AnalysisClient(spawn, setUpdate);
  useEffect(() => () => client.current?.dispose(), []);
  useEffect(() => client.current?.setTeam(packs), [packs]);
  // Field by field: a new object with the same values is not a new input.
  const { incoming, draft, uiLang, senderName, chosenType, model, now } = input;
  useEffect(() => {
    client.current?.analyze({ incoming, draft, uiLang, senderName, chosenType, model, now });
  }, [incoming, draft, uiLang, senderName, chosenType, model, now]);
  return update;
}
