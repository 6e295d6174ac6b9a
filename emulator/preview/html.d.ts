/** scripts/build.mjs loads .html and .css files as text (esbuild loader 'text'). */
declare module '*.html' {
  const text: string;
  export default text;
}
declare module '*.css' {
  const text: string;
  export default text;
}
