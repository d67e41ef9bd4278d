// Tokens and base styles first, so every feature's CSS comes after them.
import './app/tokens.css';
import './app/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { requestPersistentStorage } from './db';

const root = document.getElementById('root');
if (!root) throw new Error('The kiosk page has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Queued orders live in IndexedDB: ask the browser never to evict it (OCA/pos#172).
void requestPersistentStorage();
