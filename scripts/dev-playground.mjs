#!/usr/bin/env node
// Starts the bot in local anonymous mode together with the Microsoft 365 Agents Playground
// (a Teams emulator in the browser; no tenant, no account). Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const envFile = path.join(root, 'env', '.env.playground');
const env = { ...process.env };
if (existsSync(envFile)) {
  // Parse with Node's own dotenv reader into a copy, so the playground file wins over nothing but defaults.
  const before = { ...process.env };
  process.loadEnvFile(envFile);
  for (const [key, value] of Object.entries(process.env)) if (before[key] === undefined) env[key] = value;
}
const port = env.PORT ?? '3978';
const children = [];
const run = (command, args, options = {}) => {
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit', ...options });
  children.push(child);
  child.on('exit', (code) => {
    for (const other of children) if (other !== child && other.exitCode === null) other.kill('SIGTERM');
    process.exitCode = code ?? 0;
  });
  return child;
};

const build = spawn(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
build.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  run(process.execPath, [path.join(root, 'dist', 'src', 'main.js')]);
  // Give the bot a moment to listen before the playground sends its first conversationUpdate.
  setTimeout(() => {
    const playground = run(path.join(root, 'node_modules', '.bin', 'agentsplayground'), ['-e', `http://localhost:${port}/api/messages`, '-c', 'msteams', '--disable-telemetry'], { stdio: ['inherit', 'pipe', 'inherit'] });
    // The playground only says "Listening on 56150": say where to point the browser.
    playground.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const listening = /Listening on (\d+)/.exec(String(chunk));
      if (listening) process.stdout.write(`\nAgents Playground is ready: open http://localhost:${listening[1]} in your browser (bot at http://localhost:${port}/api/messages).\n\n`);
    });
  }, 1500);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill('SIGTERM')));
