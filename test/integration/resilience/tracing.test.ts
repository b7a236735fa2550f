// OpenTelemetry spans as exported: the tree of one cancel (operation → ledger steps and provider
// calls), W3C traceparent on provider requests, and no secret or personal data in any attribute.
import { context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItemId } from '../../../src/domain/ids.js';
import { startTracing } from '../../../src/observability/otel-sdk.js';
import { CANCEL } from '../../helpers/documents.js';
import { startIminGateway, type IminGateway } from '../../helpers/imin-gateway.js';
import { findLeak } from '../../helpers/sentinels.js';

const exporter = new InMemorySpanExporter();
let tracing: ReturnType<typeof startTracing>;
let t: IminGateway;

beforeAll(async () => {
  tracing = startTracing(
    { endpoint: 'http://unused.invalid', protocol: 'http/json', serviceName: 'orders-gateway' },
    exporter,
  );
  t = await startIminGateway();
});
afterAll(async () => {
  await t.close();
  await tracing.shutdown();
  // The API's globals outlive this file in the worker: leave them as an untraced process has them.
  trace.disable();
  context.disable();
  propagation.disable();
});

const spans = async () => {
  await tracing.forceFlush();
  return exporter.getFinishedSpans();
};
const childrenOf = (all: ReadableSpan[], parent: ReadableSpan) =>
  all.filter(s => s.parentSpanContext?.spanId === parent.spanContext().spanId);

describe('tracing (in-memory exporter)', () => {
  it('a cancel is one operation span with the ledger steps and provider calls under it', async () => {
    exporter.reset();
    const order = [...t.sim.orders.values()].find(o => o.customer === 'alice')!;
    const item = order.items[0]!;
    const res = await t.gw.graphql(
      CANCEL,
      {
        input: {
          orderItemId: orderItemId('IMIN', order.uuid, item.identifier),
          reason: 'OTHER',
          idempotencyKey: 'traced-1',
          acceptWholeOrder: true,
        },
      },
      t.alice,
    );
    expect(res.body.data?.cancelOrderItem?.__typename).toBe('OrderItemCancelled');
    const all = await spans();
    const operation = all.find(s => s.name === 'mutation Cancel');
    expect(operation?.attributes['graphql.operation.type']).toBe('mutation');
    expect(operation?.attributes['correlation.id']).toBe(res.headers['x-correlation-id']);
    const children = childrenOf(all, operation!).map(s => s.name);
    expect(children).toEqual(expect.arrayContaining(['ledger claim', 'ledger lock', 'ledger transition']));
    expect(children).toContain('IMIN read');
    const cancel = all.find(s => s.name === 'IMIN cancel');
    expect(cancel?.parentSpanContext?.spanId).toBe(operation?.spanContext().spanId);
    expect(cancel?.attributes).toMatchObject({
      provider: 'IMIN',
      'provider.operation': 'cancel',
      'provider.outcome': 'response',
      'provider.retries': 0,
      'provider.circuit': 'CLOSED',
    });
    // The provider saw our span's W3C context on the PATCH.
    const patch = t.sim.server.calls.filter(c => c.method === 'PATCH').at(-1);
    expect(patch?.headers['traceparent']).toBe(
      `00-${cancel?.spanContext().traceId}-${cancel?.spanContext().spanId}-01`,
    );
  });

  it('continues a caller’s (a router’s) traceparent', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const res = await t.gw.post('/graphql', JSON.stringify({ query: 'query Me { viewer { customerId } }' }), {
      'content-type': 'application/json',
      authorization: `Bearer ${t.alice}`,
      traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
    });
    expect(res.status).toBe(200);
    const operation = (await spans()).find(s => s.name === 'query Me');
    expect(operation?.spanContext().traceId).toBe(traceId);
  });

  it('no exported span carries a credential, a token or an email', async () => {
    const all = await spans();
    expect(all.length).toBeGreaterThan(0);
    const text = JSON.stringify(all.map(s => ({ name: s.name, attributes: s.attributes, events: s.events })));
    expect(findLeak(text)).toBeNull();
    expect(text).not.toContain(t.alice);
  });
});
