/** Display names for the ids in the case log, in the UI language. */
import { checklistItems } from '../../core/knowledge/checklist';
import { customerTypes } from '../../core/knowledge/customer-types';
import type { DashStrings } from './strings';
import type { UiLang } from '../i18n/ui-lang';

export function causeLabel(t: DashStrings, key: string): string {
  return t.causes[key] ?? key;
}
export function channelLabel(t: DashStrings, key: string): string {
  return t.channels[key] ?? key;
}
export function typeLabel(t: DashStrings, key: string, lang: UiLang): string {
  return customerTypes.find((c) => c.id === key)?.title[lang] ?? (key === 'unknown' ? t.unknownType : key);
}
export function checklistLabel(key: string, lang: UiLang): string {
  return checklistItems.find((c) => c.id === key)?.title[lang] ?? key;
}
/** Avoidable reasons are cause ids when the agent picked a cause, free text otherwise. */
export function reasonLabel(t: DashStrings, reason: string): string {
  return t.causes[reason] ?? reason;
}
