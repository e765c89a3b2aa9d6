// Bundle the dashboard into api/static/dist/, which the API serves at "/".
// `node build.mjs` builds once (minified); `node build.mjs --watch` rebuilds on change.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "static", "dist");
const watch = process.argv.includes("--watch");

const options = {
  entryPoints: { app: join(here, "src", "main.js"), "app-style": join(here, "src", "app.css") },
  outdir: out,
  bundle: true,
  format: "esm",
  target: ["chrome110", "firefox110", "safari16"],
  minify: !watch,
  legalComments: "none",
  logLevel: "info",
  metafile: true,
};

// The bundle carries ECharts and ZRender (Apache-2.0), topojson-client and world-atlas (ISC;
// world-atlas's shapes are Natural Earth's, public domain), iso-3166 (MIT), and /docs serves
// Swagger UI (Apache-2.0): ship their licences and notices with them.
async function writeLicences() {
  const parts = [];
  for (const pkg of ["echarts", "zrender", "topojson-client", "world-atlas", "iso-3166", "swagger-ui-dist"]) {
    const root = join(here, "node_modules", pkg);
    const { version } = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
    const licence = await readFile(join(root, "LICENSE"), "utf8").catch(() => readFile(join(root, "license"), "utf8"));
    parts.push(`==== ${pkg} ${version} ====\n`, licence);
    const notice = await readFile(join(root, "NOTICE"), "utf8").catch(() => "");
    if (notice) parts.push(`\n---- NOTICE ----\n${notice}`);
  }
  await writeFile(join(out, "LICENSES.txt"), parts.join("\n"));
}

// Swagger UI's own files, served to /docs from here: the API documentation needs no CDN.
async function copySwaggerUi() {
  const from = join(here, "node_modules", "swagger-ui-dist");
  await mkdir(join(out, "swagger-ui"), { recursive: true });
  for (const file of ["swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png"]) {
    await copyFile(join(from, file), join(out, "swagger-ui", file));
  }
}

await mkdir(out, { recursive: true });
await copyFile(join(here, "index.html"), join(out, "index.html"));
await copySwaggerUi();
await writeLicences();
if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  const result = await esbuild.build(options);
  for (const [file, info] of Object.entries(result.metafile.outputs)) {
    console.log(`${file}: ${(info.bytes / 1024).toFixed(1)} KiB`);
  }
}
