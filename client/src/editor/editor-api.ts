// The editing requests from the browser, each a typed document (codegen.ts types them): who is signed in,
// signing in and out, the history of change sets, undo, and the edits of entities and relationships.
import { graphql } from '../api/generated/gql.ts';
import type {
  ChangeSetsQuery,
  CreateEntityMutationVariables,
  CreateRelationshipMutationVariables,
  UpdateEntityMutationVariables,
  UpdateRelationshipMutationVariables,
} from '../api/generated/graphql.ts';
import { graphqlRequest, type RequestOptions } from '../api/graphql-request.ts';

export const ME_QUERY = graphql(`
  query Me {
    me {
      name
      expiresAt
    }
  }
`);

export const SIGN_IN = graphql(`
  mutation SignIn($key: String!) {
    signIn(key: $key) {
      name
      expiresAt
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const CHANGE_SET_FIELDS = graphql(`
  fragment ChangeSetFields on ChangeSet {
    id
    editor
    at
    kind
    kindLabel
    note
    entryCount
    undoes
    undoneBy
    counts {
      kind
      label
      created
      updated
      deleted
    }
  }
`);

export const CHANGE_SETS_QUERY = graphql(`
  query ChangeSets($entityId: ID, $first: Int, $offset: Int) {
    changeSets(entityId: $entityId, first: $first, offset: $offset) {
      total
      items {
        ...ChangeSetFields
        entries(first: 20) {
          type
          id
          label
          action
          fields {
            field
            before
            after
          }
        }
      }
    }
  }
`);

export const UNDO_CHANGE_SET = graphql(`
  mutation UndoChangeSet($id: ID!) {
    undoChangeSet(id: $id) {
      ...ChangeSetFields
    }
  }
`);

export const CREATE_ENTITY = graphql(`
  mutation CreateEntity($input: EntityInput!, $distinctFrom: [ID!]) {
    createEntity(input: $input, distinctFrom: $distinctFrom) {
      entity {
        id
      }
      changeSet {
        id
      }
    }
  }
`);

export const UPDATE_ENTITY = graphql(`
  mutation UpdateEntity($id: ID!, $input: EntityPatch!) {
    updateEntity(id: $id, input: $input) {
      changeSet {
        id
      }
    }
  }
`);

export const DELETE_ENTITY = graphql(`
  mutation DeleteEntity($id: ID!) {
    deleteEntity(id: $id) {
      id
    }
  }
`);

export const CREATE_RELATIONSHIP = graphql(`
  mutation CreateRelationship($input: RelationshipInput!) {
    createRelationship(input: $input) {
      edge {
        id
      }
      changeSet {
        id
      }
    }
  }
`);

export const UPDATE_RELATIONSHIP = graphql(`
  mutation UpdateRelationship($id: ID!, $properties: [PropertyInput!], $from: ID, $to: ID) {
    updateRelationship(id: $id, properties: $properties, from: $from, to: $to) {
      edge {
        id
      }
      changeSet {
        id
      }
    }
  }
`);

export const DELETE_RELATIONSHIP = graphql(`
  mutation DeleteRelationship($id: ID!) {
    deleteRelationship(id: $id) {
      id
    }
  }
`);

export type ChangeSetItem = ChangeSetsQuery['changeSets']['items'][number];

export const editorApi = {
  me: (options?: RequestOptions) => graphqlRequest(ME_QUERY, {}, options).then((data) => data.me),
  signIn: (key: string) => graphqlRequest(SIGN_IN, { key }).then((data) => data.signIn),
  signOut: () => graphqlRequest(SIGN_OUT, {}).then(() => undefined),
  changeSets: (entityId: string | null, first = 20, options?: RequestOptions) =>
    graphqlRequest(CHANGE_SETS_QUERY, { entityId, first, offset: 0 }, options).then(
      (data) => data.changeSets,
    ),
  undo: (id: string) => graphqlRequest(UNDO_CHANGE_SET, { id }).then((data) => data.undoChangeSet),
  createEntity: (variables: CreateEntityMutationVariables) => graphqlRequest(CREATE_ENTITY, variables),
  updateEntity: (variables: UpdateEntityMutationVariables) => graphqlRequest(UPDATE_ENTITY, variables),
  deleteEntity: (id: string) => graphqlRequest(DELETE_ENTITY, { id }),
  createRelationship: (variables: CreateRelationshipMutationVariables) =>
    graphqlRequest(CREATE_RELATIONSHIP, variables),
  updateRelationship: (variables: UpdateRelationshipMutationVariables) =>
    graphqlRequest(UPDATE_RELATIONSHIP, variables),
  deleteRelationship: (id: string) => graphqlRequest(DELETE_RELATIONSHIP, { id }),
};
