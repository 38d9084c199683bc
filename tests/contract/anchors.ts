/**
 * `npm run anchors`: checks the anchor contract (tests/contract/anchors.txt) against the build and lists what the
 * build publishes that the contract does not hold yet. `npm run anchors -- --add-new` appends those to the contract
 * (sorted), the deliberate step after adding a page, a heading id, a use case, a term or a capability.
 * Reads the build in BUILD_DIR (IG_BUILD_DIR, default build/) made with the base path IG_BASE_URL (default /).
 */
import {writeFileSync} from 'node:fs';
import {
  CONTRACT_FILE,
  brokenEntries,
  brokenMessage,
  contractText,
  publishedEntries,
  readContract,
} from '../support/anchor-contract';
import {BUILD_DIR} from '../support/site';

const addNew = process.argv.includes('--add-new');
const contract = readContract();
const published = publishedEntries();
const listed = new Set(contract);
const fresh = published.filter((entry) => !listed.has(entry));
const broken = brokenEntries(contract);

if (broken.length > 0) console.error(brokenMessage(broken));
if (addNew && fresh.length > 0) {
  writeFileSync(CONTRACT_FILE, contractText([...contract, ...fresh]), 'utf8');
  console.log(`Added ${fresh.length} entries to ${CONTRACT_FILE}:\n  ${fresh.join('\n  ')}`);
} else if (fresh.length > 0) {
  console.log(
    `${BUILD_DIR} publishes ${fresh.length} URL(s) or anchor(s) the contract does not hold yet:\n  ${fresh.join('\n  ')}\n` +
      'Run "npm run anchors -- --add-new" to promise them.',
  );
} else {
  console.log(`The contract holds all ${published.length} URLs and anchors the build publishes.`);
}
process.exitCode = broken.length > 0 ? 1 : 0;
