#!/usr/bin/env node
// Writes docs/rules-catalogue.md from the rules document, the policy catalog and the tests that
// cite each rule (`npm run rules`; the unit suite fails when the committed file is stale).
import fs from 'fs';
import path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { ruleEntries, renderRulesCatalogue, RULES_CATALOGUE_PATH } = createRequire(import.meta.url)(
  path.join(root, 'libs/testing/dist/rules-catalogue.js'),
);
const entries = ruleEntries(root);
fs.writeFileSync(path.join(root, RULES_CATALOGUE_PATH), renderRulesCatalogue(entries));
const untested = entries.filter((e) => e.status === 'untested').map((e) => e.id);
console.log(
  `✔ ${RULES_CATALOGUE_PATH}: ${entries.length} rules` +
    (untested.length ? `; no test: ${untested.join(', ')}` : ''),
);
