// The production entry: live providers only. `npm start` runs src/dev/main.ts instead.
import { runGateway } from './main.js';

void runGateway();
