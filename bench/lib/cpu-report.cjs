// Preloaded into a benchmarked CLI process (node --require): on exit, writes the
// process's own CPU time, wall time since start and peak resident memory to stderr
// as one JSON line, so the parent measures the child the same way for every system.
const t0 = Date.now() - process.uptime() * 1000;
process.on('exit', () => {
  const cpu = process.cpuUsage();
  const ru = process.resourceUsage();
  process.stderr.write(`\n@@cpu-report ${JSON.stringify({ cpuS: (cpu.user + cpu.system) / 1e6, wallS: (Date.now() - t0) / 1000, maxRssMb: ru.maxRSS / 1024 })}\n`);
});
