export * from './gql/graphql';
export { graphql } from './gql/gql';
