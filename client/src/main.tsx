// Browser entry point: mounts the explorer into #root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { benchRequest, runBench } from './bench/bench-hook.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// BENCHMARK ONLY: ?bench=<nodes> draws a synthetic view instead of the app (see scripts/bench-client.ts).
const bench = benchRequest(window.location.search);
if (bench) {
  root.className = 'bench-root';
  runBench(root, bench);
} else {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
