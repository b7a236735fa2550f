import type { WebhookEndpointStatusResolvers } from '../__generated__/resolvers-types.js';
import { encodePosition } from '../domain/changes.js';

export const WebhookEndpointStatus: WebhookEndpointStatusResolvers = {
  position: status => encodePosition(status.position),
  deadLetters: status => status.dead,
};
