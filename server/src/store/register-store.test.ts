/** Runs the need register's contract on every backend under test (kuzu always, Neo4j with TEST_NEO4J=1). */
import { defineRegisterContract } from '../../test-support/define-register-contract.ts';
import { testBackends } from '../../test-support/test-backends.ts';

for (const backend of testBackends()) defineRegisterContract(backend.name, backend);
