/** Runs the store, change-set and settings contracts against the embedded kuzu store, on a fresh temporary database per test. */
import { kuzuBackend } from '../../../../test-support/test-backends.ts';
import { defineStoreContract } from '../../../../test-support/define-store-contract.ts';
import { defineChangeSetContract } from '../../../../test-support/define-change-set-contract.ts';
import { defineFeatureContract } from '../../../../test-support/define-feature-contract.ts';
import { defineReadContract } from '../../../../test-support/define-read-contract.ts';
import { defineSettingsContract } from '../../../../test-support/define-settings-contract.ts';

defineStoreContract(kuzuBackend.name, kuzuBackend);
defineChangeSetContract(kuzuBackend.name, kuzuBackend);
defineReadContract(kuzuBackend.name, kuzuBackend);
defineFeatureContract(kuzuBackend.name, kuzuBackend);
defineSettingsContract(kuzuBackend.name, kuzuBackend);
