/**
 * Loaded into the bot under test with `node --import`: on SIGUSR2 a promise rejects with nobody
 * listening, as a forgotten `await` would, without a test-only hook in the bot itself.
 */
process.on("SIGUSR2", () => {
  void Promise.reject(new Error("injected rejection"));
});
