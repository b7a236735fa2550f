// The built-in exporter, end to end: a gateway process with only the standard OTEL_* variables sends
// http/json spans to a local OTLP/HTTP receiver, under the trace id the provider saw in traceparent.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderId } from '../../src/domain/ids.js';
import { startGatewayProcess } from '../helpers/gateway-process.js';
import { findLeak } from '../helpers/sentinels.js';
import { startAllSimulators, type AllSimulators } from '../helpers/simulators.js';

interface OtlpJson {
  resourceSpans: Array<{
    resource: { attributes: Array<{ key: string; value: { stringValue?: string } }> };
    scopeSpans: Array<{ spans: Array<{ traceId: string; name: string }> }>;
  }>;
}

const ORDER = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a03';

describe('OTLP/HTTP export (http/json) from a gateway process', () => {
  let sims: AllSimulators;
  let receiver: Server;
  const received: Array<{ path: string; type: string; body: string }> = [];
  beforeAll(async () => {
    sims = await startAllSimulators();
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '', type: req.headers['content-type'] ?? '', body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>(resolve => receiver.listen(0, '127.0.0.1', resolve));
  }, 30_000);
  afterAll(async () => {
    await sims?.close();
    await new Promise(resolve => receiver?.close(resolve));
  });

  it('exports spans with service.name orders-gateway and the trace id imin saw', async () => {
    const { port } = receiver.address() as AddressInfo;
    const gw = await startGatewayProcess({
      env: {
        ...sims.env,
        DATA_DIR: ':memory:',
        NODE_ENV: 'production',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      },
    });
    await gw.register('alice', 'IMIN', ORDER);
    const read = await gw.graphql(
      'query Read($id: ID!) { order(id: $id) { id status } }',
      { id: orderId('IMIN', ORDER) },
      await gw.token('alice'),
    );
    expect(read.body.data).toBeTruthy();
    expect(await gw.sigterm()).toBe(0); // shutdown flushes the batch

    const seen = sims.imin.server.calls.filter(c => c.path === `/orders/${ORDER}`).at(-1);
    const traceId = String(seen?.headers['traceparent'] ?? '').split('-')[1];
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);

    const traces = received.filter(r => r.path === '/v1/traces');
    expect(traces.length).toBeGreaterThan(0);
    expect(traces.every(r => r.type.startsWith('application/json'))).toBe(true);
    const exported = traces.flatMap(r => (JSON.parse(r.body) as OtlpJson).resourceSpans);
    const names = exported.flatMap(r =>
      r.resource.attributes.filter(a => a.key === 'service.name').map(a => a.value.stringValue),
    );
    expect(new Set(names)).toEqual(new Set(['orders-gateway']));
    const spans = exported.flatMap(r => r.scopeSpans.flatMap(s => s.spans));
    const operation = spans.find(s => s.name === 'query Read');
    expect(operation?.traceId).toBe(traceId);
    expect(spans.filter(s => s.traceId === traceId).map(s => s.name)).toContain('IMIN read');
    expect(findLeak(traces.map(r => r.body).join('\n'))).toBeNull();
  }, 30_000);
});
