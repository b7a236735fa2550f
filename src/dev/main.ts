// `npm start`: the gateway with the development hook (simulators, demo bookings, demo tokens).
import { runGateway } from '../main.js';
import { developmentHook } from './index.js';

void runGateway(developmentHook);
