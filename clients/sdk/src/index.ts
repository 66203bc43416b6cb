export * from './gql/graphql';
export { graphql } from './gql/gql';
export { createZmsClient, ZmsRequestError, type ZmsClient, type ZmsClientOptions, type ZmsErrorCode } from './client';
