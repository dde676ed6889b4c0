/** Options page text, Dutch first. TODO [2026-12-31]: move into src/ui/i18n when the options page grows. */
export const optionsNl = {
  title: 'Triade — opties',
  engineHeading: 'Analyse van het klantbericht',
  engineModel: 'Model + lexicon (aanbevolen)',
  engineLexicon: 'Alleen lexicon (geen model laden)',
  modelHeading: 'Sentimentmodel',
  defaultModel: 'Standaardmodel',
  bundled: 'meegeleverd',
  notBundled: 'niet meegeleverd',
  testModel: 'testmodel (gegenereerd), meegeleverd',
  custom: 'Ander model (id van de Hugging Face Hub)…',
  customLabel: 'Model-id, bijvoorbeeld eigenaar/naam',
  customInvalid: 'Geef een id als eigenaar/naam.',
  download: 'Model downloaden van huggingface.co toestaan als het niet is meegeleverd',
  privacy:
    'Het enige netwerkverkeer dat Triade kan veroorzaken, is het downloaden van de modelbestanden van huggingface.co, en alleen als je dat hier toestaat. Geen tekst van klanten of medewerkers verlaat ooit deze computer.',
  saved: 'Opgeslagen',
  check: 'Model testen',
  checkSample: 'Mijn pakket is nog steeds niet geleverd, dit is echt belachelijk!',
  stateIdle: 'Model nog niet geladen.',
  stateDisabled: 'Model uitgeschakeld: alleen lexicon.',
  stateLoading: 'Model laden… {pct}',
  stateReady: 'Model klaar ({source}).',
  stateFailed: 'Model niet beschikbaar ({reason}): het lexicon antwoordt alleen.',
  answer: 'Antwoord van het model op de voorbeeldzin: {label} ({score}).',
} as const;

export type OptionsStrings = { [K in keyof typeof optionsNl]: string };

export const optionsEn: OptionsStrings = {
  title: 'Triade — options',
  engineHeading: "Analysis of the customer's message",
  engineModel: 'Model + lexicon (recommended)',
  engineLexicon: 'Lexicon only (do not load a model)',
  modelHeading: 'Sentiment model',
  defaultModel: 'Default model',
  bundled: 'bundled',
  notBundled: 'not bundled',
  testModel: 'test model (generated), bundled',
  custom: 'Other model (Hugging Face Hub id)…',
  customLabel: 'Model id, for example owner/name',
  customInvalid: 'Enter an id like owner/name.',
  download: 'Allow downloading the model from huggingface.co when it is not bundled',
  privacy:
    'The only network traffic Triade can cause is downloading the model files from huggingface.co, and only when you allow it here. No customer or agent text ever leaves this computer.',
  saved: 'Saved',
  check: 'Test the model',
  checkSample: 'My parcel still has not been delivered, this is ridiculous!',
  stateIdle: 'Model not loaded yet.',
  stateDisabled: 'Model switched off: lexicon only.',
  stateLoading: 'Loading model… {pct}',
  stateReady: 'Model ready ({source}).',
  stateFailed: 'Model not available ({reason}): the lexicon answers alone.',
  answer: "The model's answer for the sample sentence: {label} ({score}).",
};

/** Dutch unless the browser speaks something else: then English. */
export function optionsStrings(uiLanguage: string): OptionsStrings {
  return uiLanguage.toLowerCase().startsWith('nl') || uiLanguage === '' ? optionsNl : optionsEn;
}
