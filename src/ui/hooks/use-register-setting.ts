import type { RegisterSetting } from '../../core/types';
import { asRegisterSetting, DEFAULT_REGISTER_SETTING, REPLY_REGISTER_KEY } from '../../storage/reply-register';
import { useStored } from './use-stored';

/**
 * The team's register setting (options or managed policy), live; anything unreadable is the default.
 * @example const setting = useRegisterSetting(); // 'follow' | 'informal' | 'formal'
 */
export function useRegisterSetting(): RegisterSetting {
  const [stored] = useStored<unknown>(REPLY_REGISTER_KEY, DEFAULT_REGISTER_SETTING);
  return asRegisterSetting(stored);
}
