// Renders bpmn/*.bpmn to docs/images/*.png: npm install --prefix /tmp/diagram-tools bpmn-js playwright-core && node docs/render-diagrams.mjs
// Not part of the build. Uses the system Chromium (CHROMIUM, default /usr/bin/chromium) and the npm
// packages installed under DIAGRAM_TOOLS (default /tmp/diagram-tools); it never downloads a browser.
import { createRequire } from 'node:module';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const tools = resolve(process.env.DIAGRAM_TOOLS || '/tmp/diagram-tools');
const require = createRequire(join(tools, 'package.json'));
const { chromium } = require('playwright-core');
const viewerJs = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(repo, 'docs', 'images');
const diagrams = ['ticket-handling', 'tiered-support', 'emergency-response', 'satisfaction-survey', 'knowledge-capture'];
const MAX_WIDTH = 2400; // px of the PNG
const MIN_WIDTH = 1600;
const MAX_SCALE = 2;
const MARGIN = 20; // diagram units of white space around the drawing

mkdirSync(outDir, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'render-diagrams-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  for (const name of diagrams) {
    const xml = readFileSync(join(repo, 'bpmn', `${name}.bpmn`), 'utf8');

    // 1. Lay the diagram out with bpmn-js and export it as SVG.
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`${name}: page error: ${e.message}`));
    await page.setContent('<!doctype html><html><body style="margin:0"><div id="c" style="width:1600px;height:1000px"></div></body></html>');
    await page.addScriptTag({ path: viewerJs });
    const { svg, warnings } = await page.evaluate(async (bpmnXml) => {
      const viewer = new BpmnJS({ container: '#c' });
      const { warnings } = await viewer.importXML(bpmnXml);
      const { svg } = await viewer.saveSVG();
      return { svg, warnings: warnings.map((w) => w.message) };
    }, xml);
    for (const w of warnings) console.warn(`${name}: import warning: ${w}`);
    await page.close();

    // 2. Draw the SVG on a white page, 1600-2400 px wide, and screenshot it.
    const vb = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg);
    if (!vb) throw new Error(`${name}: exported SVG has no viewBox`);
    const [x, y, w, h] = vb.slice(1).map(Number);
    const width = Math.ceil(w + 2 * MARGIN);
    const height = Math.ceil(h + 2 * MARGIN);
    const scale = Math.max(Math.min(MAX_SCALE, MAX_WIDTH / width), MIN_WIDTH / width);
    const pxW = Math.round(width * scale);
    const pxH = Math.round(height * scale);
    // The SVG stays vector: only its outer size grows, so lines and text are drawn sharp at that size.
    const sized = svg.replace(/<svg([^>]*?)width="[^"]*" height="[^"]*"([^>]*?)viewBox="[^"]*"/,
      `<svg$1width="${pxW}" height="${pxH}"$2viewBox="${x - MARGIN} ${y - MARGIN} ${width} ${height}"`);
    const img = await browser.newPage();
    await img.setViewportSize({ width: pxW, height: pxH });
    await img.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${sized}</body></html>`);
    const out = join(outDir, `${name}.png`);
    await img.locator('svg').first().screenshot({ path: out });
    await img.close();
    console.log(`${out}: ${pxW} x ${pxH} px`);
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
