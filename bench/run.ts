/**
 * `npm run bench`: prints speed and memory figures. Targets are printed beside the figures,
 * never asserted in unit tests (wall time depends on the machine).
 */
import { benchCore } from './core';

const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);

async function main() {
  if (want('core')) benchCore();
  if (want('model')) {
    const { benchModelNode } = await import('./model-node');
    await benchModelNode();
  }
  // Heavy (a 168 MB model, two browser builds): only when asked by name.
  if (only.includes('model-shape')) {
    const { benchModelShape } = await import('./model-shape');
    await benchModelShape();
  }
  if (want('model-browser')) {
    const { benchModelBrowser } = await import('./model-browser');
    await benchModelBrowser();
  }
  if (want('db')) {
    const { benchDb } = await import('./db');
    await benchDb();
  }
  if (want('notes-browser')) {
    const { benchNotesBrowser } = await import('./notes-browser');
    await benchNotesBrowser();
  }
  if (want('dashboard')) {
    const { benchDashboard } = await import('./dashboard');
    await benchDashboard();
  }
  if (want('e2e')) {
    const { benchE2e } = await import('./e2e');
    await benchE2e();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
