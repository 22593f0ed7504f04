// Composes the supergraph from each subgraph's committed schema.graphql. A composition
// error fails the build; `--check` fails when the committed supergraph is stale.
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const { composeServices } = require('@apollo/composition');
const { parse } = require('graphql');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { SUBGRAPHS: subgraphs } = require('../dist/subgraphs.js');

export function compose() {
  const services = Object.entries(subgraphs).map(([name, url]) => ({
    name,
    url,
    typeDefs: parse(readFileSync(path.join(root, 'services', name, 'schema.graphql'), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors?.length) throw new Error(`composition failed:\n${result.errors.map((e) => ` - ${e.message}`).join('\n')}`);
  return result.supergraphSdl;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.join(root, 'gateway', 'supergraph.graphql');
  const sdl = compose();
  if (process.argv.includes('--check')) {
    if (readFileSync(out, 'utf8') !== sdl) {
      console.error('gateway/supergraph.graphql is stale: run `npm run compose`');
      process.exit(1);
    }
    console.log('supergraph is up to date');
  } else {
    writeFileSync(out, sdl);
    console.log(`wrote ${path.relative(root, out)}`);
  }
}
