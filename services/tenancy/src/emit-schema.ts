import { writeFileSync } from 'fs';
import path from 'path';
import { buildTenancySchema } from './schema';

/** Writes schema.graphql, the committed artifact the gateway composes (style rule 11). */
buildTenancySchema().then(({ sdl }) => {
  writeFileSync(path.resolve(__dirname, '../schema.graphql'), sdl + '\n');
});
