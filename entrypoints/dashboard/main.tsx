import { render } from 'preact';
import '../../src/ui/styles.css';
import '../../src/ui/dashboard/dashboard.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
