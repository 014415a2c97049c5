// zod 4 compiles object parsers with `new Function` unless told not to. The app runs under a
// strict Content-Security-Policy (no 'unsafe-eval'), so jitless mode must be switched on before
// any schema is built. Every schema module imports `z` from here, never from 'zod' directly.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
