import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadConfig } from './config';
import './i18n';
import './main.css';

const root = createRoot(document.getElementById('root')!);
loadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  (e: Error) => root.render(<pre>{e.message}</pre>),
);
