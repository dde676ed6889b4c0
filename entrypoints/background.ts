import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Chrome: clicking the toolbar icon opens the side panel.
  (globalThis as any).chrome?.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(() => {});
});
