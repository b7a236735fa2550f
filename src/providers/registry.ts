// Every provider's plugin, one line each: the only lines outside the providers' own folders that name
// them (test/unit/architecture/provider-names.test.ts). Their order does not matter: the gateway takes
// them in the order of the schema's `Provider` enum (catalogue.ts), one plugin for each value.
export { bokunPlugin } from './bokun/index.js';
export { bookingComPlugin } from './booking-com/index.js';
export { iminPlugin } from './imin/index.js';
export { musementPlugin } from './musement/index.js';
