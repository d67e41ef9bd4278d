import { benchCatalogueFilter } from './catalogue-filter';
import { benchIngest } from './ingest';
import { benchKioskStart } from './kiosk-start';
import { benchKioskSync } from './kiosk-sync';
import { benchNumbersSearch } from './numbers-search';
import { benchNumbersImport } from './numbers-import';
import { benchSalesDashboard } from './sales-dashboard';

/**
 * `npm run bench [name…]`: runs the named benchmarks (all by default) and prints each figure
 * beside the baseline measured in the same run.
 */
const benches: Record<string, () => Promise<unknown>> = {
  ingest: () => benchIngest(['sqlite', 'postgres']),
  'catalogue-filter': () => benchCatalogueFilter(),
  'kiosk-sync': () => benchKioskSync(),
  'kiosk-start': () => benchKioskStart(),
  'numbers-search': () => benchNumbersSearch(),
  'numbers-import': () => benchNumbersImport(['sqlite', 'postgres']),
  'sales-dashboard': () => benchSalesDashboard(['sqlite', 'postgres']),
};

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(benches);
for (const name of names) {
  const bench = benches[name];
  if (!bench) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  await bench();
}
