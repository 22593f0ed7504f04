// Emits each subgraph's schema.graphql and composes the supergraph from them. A composition
// error fails the build; `--check` changes nothing and fails when a committed file is stale.
import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const { composeServices } = require('@apollo/composition');
const { parse } = require('graphql');
const { SUBGRAPHS } = require('../dist/subgraphs.js');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const check = process.argv.includes('--check');
const stale = [];

function writeOrCheck(file, content) {
  if (!check) return writeFileSync(file, content);
  if (readFileSync(file, 'utf8') !== content) stale.push(path.relative(root, file));
}

const services = Object.entries(SUBGRAPHS).map(([name, url]) => {
  const sdl = execFileSync(
    process.execPath,
    [path.join(root, 'services', name, 'dist', 'emit-schema.js'), '--print'],
    { encoding: 'utf8' },
  );
  writeOrCheck(path.join(root, 'services', name, 'schema.graphql'), sdl);
  return { name, url, typeDefs: parse(sdl) };
});
const result = composeServices(services);
if (result.errors?.length) {
  console.error(`composition failed:\n${result.errors.map((e) => ` - ${e.message}`).join('\n')}`);
  process.exit(1);
}
writeOrCheck(path.join(root, 'gateway', 'supergraph.graphql'), result.supergraphSdl);
if (stale.length) {
  console.error(`stale schema files: ${stale.join(', ')} — run \`npm run compose\` and commit them`);
  process.exit(1);
}
console.log(
  check
    ? 'schemas and supergraph are up to date'
    : 'wrote services/*/schema.graphql and gateway/supergraph.graphql',
);
