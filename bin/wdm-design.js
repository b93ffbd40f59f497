#!/usr/bin/env node
// Thin shim: run the built CLI and hand its exit code to the process.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
