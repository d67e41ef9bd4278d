import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LanguageProvider } from './i18n/LanguageProvider';
import { registerServiceWorker } from './pwa/register-service-worker';
import './styles/tokens.css';
import './styles/base.css';
import './styles/tables.css';

const root = document.getElementById('root');
if (!root) throw new Error('admin/index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <LanguageProvider>
      <App />
    </LanguageProvider>
  </StrictMode>,
);

registerServiceWorker();
