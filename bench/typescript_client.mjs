// The 5pm TypeScript client against raw fetch, on the same list call, in alternating blocks.
//
// node bench/typescript_client.mjs <package dist/index.js> <API root> <session id> <calls> <repeats>
// prints [{"ours": seconds, "baseline": seconds}, ...], one entry per repeat.
import { pathToFileURL } from 'node:url';

const [packageEntry, apiRoot, sessionId, callsText, repeatsText] = process.argv.slice(2);
const calls = Number(callsText);
const repeats = Number(repeatsText);
const BLOCK = 50; // calls in a row before the other side's turn, as bench/__main__.py's interleaved()
// Node keeps compiling hotter code for the first thousand calls or so (a quick run, checking only the
// harness, warms up as many calls as it measures).
const WARM_UP = Math.min(2000, calls);

const { connect, projectsGetList } = await import(pathToFileURL(packageEntry).href);
const client = connect({ baseUrl: apiRoot, login: 'demo@5pm.example', password: 'demo-password' });
const query = new URLSearchParams({ count: '10', offset: '0', loadTeam: 'false', retType: 'json', sessionId });
const url = `${apiRoot}/service/get/projects/getList?${query}`;

const ours = async () => {
  await projectsGetList({ client, query: { count: 10, offset: 0, loadTeam: false } });
};
const baseline = async () => {
  const answer = await fetch(url);
  if (!answer.ok) throw new Error(`raw fetch: HTTP ${answer.status}`);
  await answer.json();
};

// Signs in and warms the connections and the JIT, so the first repeat measures what the others do.
for (let i = 0; i < WARM_UP; i += 1) {
  await ours();
  await baseline();
}
const results = [];
for (let repeat = 0; repeat < repeats; repeat += 1) {
  const spent = [0, 0];
  for (let start = 0; start < calls; start += BLOCK) {
    for (const [side, call] of [ours, baseline].entries()) {
      const started = performance.now();
      for (let i = 0; i < Math.min(BLOCK, calls - start); i += 1) await call();
      spent[side] += (performance.now() - started) / 1000;
    }
  }
  results.push({ ours: spent[0], baseline: spent[1] });
}
console.log(JSON.stringify(results));
