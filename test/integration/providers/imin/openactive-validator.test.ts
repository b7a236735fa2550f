import validator, { type ValidationResult } from '@openactive/data-model-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelBody } from '../../../../src/providers/imin/client.js';
import { startIminSimulator, type IminSimulator } from '../../../../src/simulators/imin/index.js';

/**
 * OpenActive's own data-model validator (@openactive/data-model-validator) on what the imin simulator
 * serves (OrderStatus mode) and what we PATCH (OrderPatch mode). It runs offline, so two kinds of
 * failure are expected and nothing else is allowed:
 * - `file_not_found`: the `@context` files https://schema.imin.co/ and https://openactive.io/ns-beta
 *   are remote and not loaded (loadRemoteJson off), so the properties they define cannot be checked;
 * - `experimental_fields_not_checked`: for the same reason, imin's `imin:*` extension properties;
 * - `activity_not_in_activity_list`: the official activity list is a remote file too
 *   (https://openactive.io/activity-list/activity-list.jsonld), so no activity can be found in it.
 * imin's own documents use `type`/`id` keys, which the validator flags as deprecated aliases
 * (`use_field_aliases`); that is allowed for the classic-style orders only, never for the
 * fragment-style ones that follow the Open Booking API's examples.
 */
const OFFLINE = new Set([
  'file_not_found',
  'experimental_fields_not_checked',
  'activity_not_in_activity_list',
]);
const API_KEY = 'SENTINEL-KEY-imin-validator';
const { validate } = validator;

let sim: IminSimulator;
beforeAll(async () => {
  sim = await startIminSimulator({ apiKey: API_KEY });
});
afterAll(() => sim.close());

const failures = (results: ValidationResult[], allowed: ReadonlySet<string>) =>
  results.filter(r => r.severity === 'failure' && !allowed.has(r.type)).map(r => `${r.type} at ${r.path}`);

describe("OpenActive's data-model validator", () => {
  it('every Order the imin simulator serves is valid in OrderStatus mode', async () => {
    let fragmentOrders = 0;
    for (const order of sim.orders.values()) {
      const res = await fetch(`${sim.url}/orders/${order.uuid}`, { headers: { 'x-api-key': API_KEY } });
      expect(res.headers.get('content-type')).toBe('application/vnd.openactive.booking+json; version=1');
      const doc = await res.json();
      const results = await validate(doc, { validationMode: 'OrderStatus' });
      const fragment = order.idStyle === 'fragment';
      fragmentOrders += fragment ? 1 : 0;
      const allowed = fragment ? OFFLINE : new Set([...OFFLINE, 'use_field_aliases']);
      expect(failures(results, allowed), `order ${order.uuid}`).toEqual([]);
    }
    expect(fragmentOrders).toBeGreaterThan(0);
    // The validator takes a second or more per order on a loaded 2-core runner.
  }, 30_000);

  it('our cancellation PATCH body is valid in OrderPatch mode, with no allowance at all', async () => {
    const order = [...sim.orders.values()].find(o => o.idStyle === 'fragment')!;
    const body = cancelBody([`${sim.url}/orders/${order.uuid}#/orderedItem/${order.items[0]!.identifier}`]);
    const results = await validate(body, { validationMode: 'OrderPatch' });
    expect(failures(results, new Set())).toEqual([]);
  });

  it('the validator is not a rubber stamp: it fails a PATCH with an excess property and a relative @id', async () => {
    const bad = { ...cancelBody(['orders/1#/orderedItem/1']), customer: { '@type': 'Person' } };
    const results = await validate(bad, { validationMode: 'OrderPatch' });
    expect(failures(results, new Set()).length).toBeGreaterThan(0);
  });
});
