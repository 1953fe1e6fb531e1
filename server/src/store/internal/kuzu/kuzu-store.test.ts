/** Runs the store contract against the embedded kuzu store, on a fresh temporary database per test. */
import { kuzuBackend } from '../../../../test-support/test-backends.ts';
import { defineStoreContract } from '../../../../test-support/define-store-contract.ts';

defineStoreContract(kuzuBackend.name, kuzuBackend);
