// Types of scripts/size.mjs, for the tests that import it.

/** What {@link measureBundle} reports: sizes in bytes, and the npm packages bundled in. */
export interface BundleSize {
  minified: number;
  gzip: number;
  packages: string[];
}

/** Bundles an ES module given as text (imports resolved from resolveDir) as an app would, minified, and measures it. */
export function measureBundle(contents: string, resolveDir: string): Promise<BundleSize>;

/** Bundles one subpath of the built package (`"./dates"`) and measures it. */
export function measureEntry(subpath: string): Promise<BundleSize & { entry: string }>;
