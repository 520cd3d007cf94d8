// wink-nlp declares its utilities without the `.js` that Node's ESM resolution needs (the package has no
// exports map); these name the runtime paths after the package's own declarations.
/// <reference types="wink-nlp" />
declare module 'wink-nlp/utilities/bm25-vectorizer.js' {
  export { default } from 'wink-nlp/utilities/bm25-vectorizer';
}
