import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/** Where the subgraph SDL is published for composition (`npm run schema:subgraph` writes it). */
export const PUBLISHED_SUBGRAPH_SDL = 'federation/subgraph.graphql';

/**
 * With introspection off, `_service { sdl }` is refused like `__schema`: it is the whole schema by
 * another name. Composition reads the SDL published in the repository instead, so production needs
 * neither a setting nor a second token to serve it; the router only ever calls `_entities` and fields.
 */
export function noSubgraphSdlRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (node.name.value !== '_service' || context.getParentType() !== context.getSchema().getQueryType())
        return;
      context.reportError(
        new GraphQLError(
          `The subgraph SDL (_service) is not served while introspection is off; compose with ${PUBLISHED_SUBGRAPH_SDL} from the repository.`,
          { nodes: node },
        ),
      );
    },
  };
}
