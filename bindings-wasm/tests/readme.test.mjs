// The README's JavaScript examples run as tests (as its Rust ones run as
// doctests and its Python ones under pytest).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const README = new URL("../../README.md", import.meta.url);
const blocks = [...readFileSync(README, "utf8").matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);

test("the README has JavaScript examples", () => {
  assert.ok(blocks.length > 0);
});

for (const [i, code] of blocks.entries()) {
  test(`README js block ${i} runs`, async () => {
    // Bare specifiers resolve from this file's node_modules.
    const source = code.replaceAll('from "egov-masterplan"', `from "${import.meta.resolve("egov-masterplan")}"`);
    await import(`data:text/javascript,${encodeURIComponent(source)}`);
  });
}
