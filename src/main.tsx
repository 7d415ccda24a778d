import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import './app/layout.css';
import { keepFieldsOutOfBrowserFiles } from './app/confidential-fields';
import { startServiceWorker } from './app/service-worker';

keepFieldsOutOfBrowserFiles();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

startServiceWorker();
