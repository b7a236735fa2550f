/** Request limits shared by HTTP and WebSocket, so neither is a side door around the other. */
export const BODY_LIMIT_BYTES = 100 * 1024;
/** graphql's own parser stops here (a token flood answers 400, not 500). */
export const MAX_TOKENS = 2_000;
