/** The package version, set by vite.config.ts `define`; sent in heartbeats. */
declare const __APP_VERSION__: string;
