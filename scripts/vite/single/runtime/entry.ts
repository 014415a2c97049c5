/**
 * The single-file build's entry (it replaces /src/main.tsx in index.html): install the inlined-file
 * fetch first — ES modules run in import order — then start the app exactly as the hosted build does.
 */
import './install.ts';
import '../../../../src/main.tsx';
