// The refused-origin log's bounds, on a clock the test moves (the integration test has the HTTP side).
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/lib/logger.js';
import { BrowserOrigins } from '../../../src/server/origins.js';

function origins(allowed: string[] = []) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  let now = 1_000_000;
  const checker = new BrowserOrigins(allowed, createLogger('info', undefined, sink), () => now);
  return { checker, lines, advance: (ms: number) => (now += ms) };
}

describe('refused origins in the log', () => {
  it('ten lines a minute at most; the next line says how many were held back', () => {
    const { checker, lines, advance } = origins();
    for (let i = 0; i < 25; i++) checker.refused(`https://o${i}.example`, 'http');
    expect(lines).toHaveLength(10);
    advance(60_000);
    checker.refused('https://later.example', 'websocket');
    expect(lines).toHaveLength(11);
    expect(lines[10]).toMatchObject({ origin: 'https://later.example', suppressedBefore: 15 });
  });

  it('one origin is logged once an hour, however often it comes', () => {
    const { checker, lines, advance } = origins();
    for (let i = 0; i < 5; i++) checker.refused('https://same.example', 'http');
    expect(lines).toHaveLength(1);
    advance(59 * 60_000);
    checker.refused('https://same.example', 'http');
    expect(lines).toHaveLength(1);
  });

  it('a huge Origin header is cut, in the log and in the answer', () => {
    const { checker, lines } = origins();
    const huge = `https://${'a'.repeat(5_000)}.example`;
    checker.refused(huge, 'websocket');
    expect(String(lines[0]?.['origin']).length).toBe(200);
    expect(checker.refusal(huge).length).toBeLessThan(300);
  });

  it('allows no Origin, a listed one and the gateway’s own host; nothing else', () => {
    const { checker } = origins(['http://localhost:5173']);
    expect(checker.allows(undefined, 'gw:4000')).toBe(true);
    expect(checker.allows('http://localhost:5173', 'gw:4000')).toBe(true);
    expect(checker.allows('http://gw:4000', 'gw:4000')).toBe(true);
    expect(checker.allows('http://127.0.0.1:5173', 'gw:4000')).toBe(false);
    expect(checker.allows('null', 'gw:4000')).toBe(false);
  });
});
