// HTML_CodeSniffer (WCAG 2.1 AA), through pa11y, on pages of the living documentation.
//
//   node tools/a11y/check.mjs reports/living-doc/index.html [more.html ...]
//
// One line per error, then a count per page; the exit code is 1 when any page has an error.
// The browser is the machine's own Chromium ($PA11Y_CHROME): puppeteer's download is skipped
// (PUPPETEER_SKIP_DOWNLOAD), since this project's machines reach no browser download site.
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import pa11y from "pa11y";

const pages = process.argv.slice(2);
const chrome = process.env.PA11Y_CHROME;
if (!pages.length || !chrome) {
  console.error("usage: PA11Y_CHROME=/path/to/chromium node check.mjs PAGE.html...");
  process.exit(2);
}

let errors = 0;
for (const page of pages) {
  const url = pathToFileURL(resolve(page)).href;
  const result = await pa11y(url, {
    runners: ["htmlcs"],
    standard: "WCAG2AA",
    timeout: 120000, // a 300 KiB page with every example takes a while on a busy machine
    chromeLaunchConfig: {
      executablePath: chrome,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    },
  });
  const found = result.issues.filter((issue) => issue.type === "error");
  for (const issue of found) {
    console.log(`${page}: ${issue.code} at ${issue.selector}: ${issue.message}`);
  }
  console.log(`pa11y (HTML_CodeSniffer, WCAG2AA): ${page}: ${found.length} errors`);
  errors += found.length;
}
process.exit(errors ? 1 : 0);
