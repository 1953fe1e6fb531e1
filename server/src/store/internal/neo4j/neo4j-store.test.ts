/**
 * Runs the same store contract against a real Neo4j 5.26 when the run asked for one
 * (TEST_NEO4J=1 or TEST_NEO4J_URI; `.ci/run` always does).
 */
import { describe, it } from 'vitest';
import { testBackends } from '../../../../test-support/test-backends.ts';
import { defineStoreContract } from '../../../../test-support/define-store-contract.ts';
import { defineChangeSetContract } from '../../../../test-support/define-change-set-contract.ts';
import { defineFeatureContract } from '../../../../test-support/define-feature-contract.ts';
import { defineReadContract } from '../../../../test-support/define-read-contract.ts';
import { defineSettingsContract } from '../../../../test-support/define-settings-contract.ts';

const neo4j = testBackends().find((backend) => backend.name === 'neo4j');
if (neo4j) {
  defineStoreContract(neo4j.name, neo4j);
  defineChangeSetContract(neo4j.name, neo4j);
  defineReadContract(neo4j.name, neo4j);
  defineFeatureContract(neo4j.name, neo4j);
  defineSettingsContract(neo4j.name, neo4j);
} else
  describe.skip('GraphStore contract: neo4j (not requested; set TEST_NEO4J=1)', () => it('runs on Neo4j'));
