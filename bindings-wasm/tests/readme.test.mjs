// The JavaScript examples of the READMEs (the repository's and the npm
// package's) run as tests, as the Rust ones run as doctests and the Python
// ones under pytest.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const READMES = {
  "README.md": new URL("../../README.md", import.meta.url),
  "bindings-wasm/README.md": new URL("../README.md", import.meta.url),
};

for (const [name, url] of Object.entries(READMES)) {
  const blocks = [...readFileSync(url, "utf8").matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);

  test(`${name} has JavaScript examples`, () => {
    assert.ok(blocks.length > 0);
  });

  for (const [i, code] of blocks.entries()) {
    test(`${name} js block ${i} runs`, async () => {
      // Bare specifiers resolve from this file's node_modules.
      const source = code.replaceAll('from "egov-masterplan"', `from "${import.meta.resolve("egov-masterplan")}"`);
      await import(`data:text/javascript,${encodeURIComponent(source)}`);
    });
  }
}
