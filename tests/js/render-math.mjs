// Renders every $$ block of a Markdown file with KaTeX and with MathJax 3, as GitHub would show
// it: first GitHub's Markdown processing is applied to the block's text — a \\ that does not end a
// line is halved to \ and \, loses its backslash (github/markup issues 1547 and 1746) — then each
// renderer must read it without an error. Usage: node render-math.mjs FILE.md; prints "ok" or the
// failures, one a line, and exits 1.
import { readFileSync } from "node:fs";
import katex from "katex";
import { mathjax } from "mathjax-full/js/mathjax.js";
import { TeX } from "mathjax-full/js/input/tex.js";
import { AllPackages } from "mathjax-full/js/input/tex/AllPackages.js";
import { liteAdaptor } from "mathjax-full/js/adaptors/liteAdaptor.js";
import { RegisterHTMLHandler } from "mathjax-full/js/handlers/html.js";
import { SerializedMmlVisitor } from "mathjax-full/js/core/MmlTree/SerializedMmlVisitor.js";

const markdown = readFileSync(process.argv[2], "utf8");
const blocks = [];
const pattern = /^\$\$\n([\s\S]*?)\n\$\$$/gm;
for (let match; (match = pattern.exec(markdown)) !== null; ) blocks.push(match[1]);
const inline = [];
for (const line of markdown.split("\n"))
  if (!line.startsWith("$$")) for (const m of line.matchAll(/(?<![\\$])\$([^$\n]+)\$(?!\$)/g)) inline.push(m[1]);

// GitHub's Markdown pass over math: \\ halved except at the end of a line, backslash-comma eaten.
const github = (tex) => tex.replace(/\\\\(?!\n|$)/g, "\\").replace(/\\,/g, ",");

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
// bussproofs needs an output jax that measures boxes; no math here uses it.
const tex = new TeX({ packages: AllPackages.filter((name) => name !== "bussproofs"), formatError: (_jax, error) => { throw error; } });
const document = mathjax.document("", { InputJax: tex });
const visitor = new SerializedMmlVisitor();

const failures = [];
const all = [...blocks.map((b) => [b, true]), ...inline.map((b) => [b, false])];
if (blocks.length === 0) failures.push("no $$ blocks");
for (const [block, display] of all) {
  const shown = github(block);
  try {
    katex.renderToString(shown, { displayMode: display, throwOnError: true, trust: false, strict: "ignore" });
  } catch (error) {
    failures.push(`KaTeX: ${error.message.split("\n")[0]} in ${JSON.stringify(shown.slice(0, 200))}`);
  }
  try {
    const node = document.convert(shown, { display });
    const mml = visitor.visitTree(node);
    if (mml.includes("<merror")) failures.push(`MathJax: an error node in ${JSON.stringify(shown.slice(0, 200))}`);
  } catch (error) {
    failures.push(`MathJax: ${String(error.message ?? error).split("\n")[0]} in ${JSON.stringify(shown.slice(0, 200))}`);
  }
}
if (failures.length > 0) {
  console.log(failures.join("\n"));
  process.exit(1);
}
console.log(`ok ${blocks.length} ${inline.length}`);
