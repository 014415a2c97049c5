import '@testing-library/jest-dom/vitest';
import '../src/app/runtimeFixes.ts';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
