/** Public face of the model layer: what the offscreen host and the panel import. */
export {
  createClassifier,
  disposeAllClassifiers,
  getModelStatus,
  type Classifier,
  type ClassifierOptions,
  type ClassifyOptions,
} from './classifier';
export { fuse, lexiconOnlyReason, type LexiconInput } from './fuse';
export {
  detectLabelStyle,
  mapDistribution,
  LABEL_STYLES,
  UnsupportedLabelsError,
  type LabelStyleId,
  type MappedSentiment,
} from './labels';
export { configureEnv, ModelLoadError, type LoadOptions } from './load';
export { planWindows, type TextWindow } from './windows';
export * from './types';
