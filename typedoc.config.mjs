// @ts-check
/** @type {Partial<import('typedoc').TypeDocOptions & import('typedoc-plugin-markdown').PluginOptions>} */
const config = {
  name: 'servicekit',
  entryPoints: ['src/*/index.ts'],
  entryPointStrategy: 'resolve',
  tsconfig: 'tsconfig.json',
  out: 'docs/api',
  plugin: ['typedoc-plugin-markdown', 'typedoc-plugin-zod', './scripts/typedoc-require-example.mjs'],
  readme: 'none',
  projectDocuments: ['docs/guide/*.md'],
  outputFileStrategy: 'modules',
  disableSources: true,
  excludePrivate: true,
  excludeInternal: true,
  sort: ['kind', 'alphabetical'],
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  treatWarningsAsErrors: true,
  hidePageHeader: true,
  hideBreadcrumbs: true,
  gitRevision: 'main',
};

export default config;
