import { render } from 'preact';
import '../../src/ui/styles.css';
// The options page reuses the dashboard's import/export and phrase-pack sections, and their styles.
import '../../src/ui/dashboard/dashboard.css';
import '../../src/ui/options/options.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
