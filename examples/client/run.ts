// npx tsx examples/client/run.ts <token> [url]: runs the kit against a gateway and prints each answer.
import WebSocket from 'ws';
import { describeResult, runKit } from './kit.js';

const [token, url = 'http://localhost:4000/graphql'] = process.argv.slice(2);
if (!token) {
  console.error('usage: npx tsx examples/client/run.ts <token> [url]   (npm start prints demo tokens)');
  process.exit(2);
}
// Node 20 has no WebSocket of its own; a browser passes nothing.
const report = await runKit({ url, token, webSocketImpl: WebSocket });
console.log(`${report.orders} orders; read order ${report.order ?? '(none)'}`);
for (const result of report.results) console.log(`cancel ${report.item}: ${describeResult(result)}`);
console.log(`live status of ${report.item ?? '(none)'}: ${report.statuses.join(' → ') || '(none)'}`);
