/** Runs the store contract against the embedded kuzu store, on a fresh temporary database per test. */
import { kuzuBackend } from '../../testing/test-backends.ts';
import { defineStoreContract } from '../define-store-contract.ts';

defineStoreContract(kuzuBackend.name, kuzuBackend);
