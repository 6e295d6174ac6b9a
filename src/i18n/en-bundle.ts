/**
 * What the bundles get instead of the English catalogue: the librarian reads Kazakh or Russian, and the
 * budgets (dist/Code.js 300 KB, a sidebar 150 KB) are better spent elsewhere. scripts/build.mjs puts this
 * module in place of ./en in every bundle; English stays for developers and tests.
 */
export { kk as en } from './kk';
