/**
 * The team's register setting: answer in the customer's register (default), or always "je", or always "u".
 * Kept in storage.local under one key; an organisation can set its default through the managed policy
 * (`replyRegister` in public/managed_schema.json).
 */
import type { Register, RegisterSetting } from '../core/types';

export const REPLY_REGISTER_KEY = 'replyRegister';
export const REGISTER_SETTINGS = ['follow', 'informal', 'formal'] as const satisfies readonly RegisterSetting[];
export const DEFAULT_REGISTER_SETTING: RegisterSetting = 'follow';

/** A stored value as a setting; anything else is the default. */
export function asRegisterSetting(value: unknown): RegisterSetting {
  return (REGISTER_SETTINGS as readonly unknown[]).includes(value) ? (value as RegisterSetting) : DEFAULT_REGISTER_SETTING;
}

/**
 * The register a reply should be in: the team's fixed one, else the customer's, else none (nothing to follow yet).
 * @example replyRegister('follow', 'informal') // 'informal'
 * @example replyRegister('formal', 'informal') // 'formal'
 */
export function replyRegister(setting: RegisterSetting, customer: Register | undefined): Register | undefined {
  return setting === 'follow' ? customer : setting;
}
