import { render } from 'preact';

function App() {
  return <main>Triade</main>;
}
render(<App />, document.getElementById('app')!);
