import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { demoBanner } from '../../../src/dev/demo.js';
import { demoStartsOver } from '../../../src/dev/demo-reset.js';

const tokens = { alice: 'a', bob: 'b', service: 's' };

describe('the npm start banner', () => {
  it('says a restart starts the demo over only when it does (all simulated, embedded ledger)', () => {
    const embedded = loadConfig({});
    const postgres = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(demoStartsOver(embedded)).toBe(true);
    expect(demoStartsOver(postgres)).toBe(false);
    expect(demoBanner('http://x', tokens, null, demoStartsOver(embedded))).toContain(
      'A restart starts the demo over.',
    );
    const kept = demoBanner('http://x', tokens, null, demoStartsOver(postgres));
    expect(kept).not.toContain('starts the demo over');
    expect(kept).toContain('The ledger keeps its rows across restarts.');
  });
});
