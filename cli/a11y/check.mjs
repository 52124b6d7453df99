// Checks HTML pages of `polku report` with axe-core against WCAG 2.1 levels A and AA, in the
// system's Chromium (never a downloaded browser). Usage: node check.mjs PAGE.html...
// Exit status: 0 no violation, 1 violations found, 2 usage or browser problem.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const pages = process.argv.slice(2);

if (pages.length === 0) {
  console.error('usage: node check.mjs PAGE.html...');
  process.exit(2);
}
if (!existsSync(executablePath)) {
  console.error(`no Chromium at ${executablePath}: apt-get install chromium, or set CHROMIUM`);
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let violations = 0;
try {
  for (const page of pages) {
    const tab = await browser.newPage();
    // the page is self-contained: no request may leave it
    await tab.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await tab.goto(pathToFileURL(resolve(page)).href);
    await tab.addScriptTag({ content: axeSource });
    const result = await tab.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    }));
    for (const v of result.violations) {
      violations += v.nodes.length;
      console.log(`${page}: ${v.id} (${v.impact}): ${v.help} [${v.tags.filter((t) => t.startsWith('wcag')).join(', ')}]`);
      for (const node of v.nodes) {
        console.log(`    ${node.target.join(' ')}`);
      }
    }
    console.log(`${page}: ${result.violations.length === 0 ? 'no' : result.violations.length} WCAG 2.1 A/AA `
      + `violation rule(s); ${result.passes.length} rules passed, ${result.incomplete.length} to check by hand`);
    await tab.close();
  }
} finally {
  await browser.close();
}
process.exit(violations === 0 ? 0 : 1);
