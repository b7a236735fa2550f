// The gateway refuses no cancel for its reason: every plugin says what each `CancellationReason`
// becomes at its provider (a value, or nothing where the provider's cancel takes no reason).
import { describe, expect, it } from 'vitest';
import { CANCELLATION_REASONS } from '../../../src/domain/cancellation.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';

describe('every plugin maps every CancellationReason', () => {
  it.each(providerPlugins.map(plugin => [plugin.id, plugin.cancellationReasons] as const))(
    '%s',
    (_id, reasons) => {
      expect(Object.keys(reasons).sort()).toEqual([...CANCELLATION_REASONS].sort());
      for (const sent of Object.values(reasons))
        expect(sent === null || (typeof sent === 'string' && sent.trim().length > 0)).toBe(true);
    },
  );
});
