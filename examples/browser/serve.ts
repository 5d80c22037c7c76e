// Serves the repository (after `npm run build`) so that examples/browser/index.html can load
// the built ESM bundle from dist/ with no bundler: `npx tsx examples/browser/serve.ts`, then
// open the address it prints. The browser test serves the page the same way.
// saxes (the XML parser of bibliotekos/docx) is published as CommonJS only, which a browser cannot
// import: the server bundles it once into one ES module with esbuild (a devDependency the
// project has anyway) and serves it as /vendor/saxes.js. fflate, zod and decimal.js ship ES
// modules and are served from node_modules as they are.
import { build } from "esbuild";
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** The CommonJS packages served as ES modules under /vendor/<name>.js. */
const COMMONJS = ["saxes"] as const;
const vendored = new Map<string, Promise<string>>();

/** A CommonJS package as one ES module that exports its named exports (built once, then kept). */
function vendorModule(name: string): Promise<string> {
  let module = vendored.get(name);
  if (module === undefined) {
    const names = Object.keys(createRequire(join(root, "package.json"))(name) as object).filter((key) => /^[A-Z_$][\w$]*$/i.test(key));
    module = build({
      stdin: { contents: `export { ${names.join(", ")} } from "${name}";`, resolveDir: root, loader: "js" },
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent",
    }).then((result) => result.outputFiles[0]?.text ?? "");
    vendored.set(name, module);
  }
  return module;
}

/** Where URL prefixes are served from: `/` is the repository; `/dist/` may be another build. */
export interface ServeOptions {
  /** The folder served as `/dist/`. @default "<repository>/dist" */
  dist?: string;
}

/** Starts a static file server on 127.0.0.1 (port 0: any free port) and returns it with its address. */
export async function serve(port = 0, options: ServeOptions = {}): Promise<{ server: Server; url: string }> {
  const dist = options.dist ?? join(root, "dist");
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const vendor = COMMONJS.find((name) => pathname === `/vendor/${name}.js`);
    if (vendor !== undefined) {
      vendorModule(vendor).then(
        (code) => response.writeHead(200, { "content-type": TYPES[".js"] as string, "cache-control": "no-store" }).end(code),
        (error: unknown) => response.writeHead(500, { "content-type": "text/plain" }).end(String(error)),
      );
      return;
    }
    const [base, rest] = pathname.startsWith("/dist/") ? [dist, pathname.slice("/dist/".length)] : [root, pathname.slice(1)];
    const file = normalize(join(base, rest.endsWith("/") || rest === "" ? `${rest}index.html` : rest));
    if (!(file + sep).startsWith(normalize(base + sep)) && file !== normalize(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error("not a file");
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${pathname}`);
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const actual = typeof address === "object" && address !== null ? address.port : port;
  return { server, url: `http://127.0.0.1:${actual}` };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await serve(Number(process.env.PORT ?? 5173));
  console.log(`Serving the repository: open ${url}/examples/browser/ (run npm run build first). Ctrl+C stops.`);
}
