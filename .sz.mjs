import { measureBundle } from "/work/wt/webdates/scripts/size.mjs";
const s = await measureBundle(`export * from "./src/dates/index.ts";`, "/work/wt/webdates");
console.log(s.gzip, s.minified);
