// `npm start`: serves the replica on 127.0.0.1 (PORT, default 8737) and prints every scenario.
import { startReplica } from './server.js';

const port = Number(process.env.PORT ?? 8737);
const replica = await startReplica({ port });

console.log(`Targetprocess editor replica on ${replica.url}/`);
for (const s of replica.scenarios) {
  console.log(`  ${s.name.padEnd(22)} ${replica.url}${s.path}`);
  console.log(`  ${''.padEnd(22)} ${s.title}`);
}
console.log(`  ${'demo'.padEnd(22)} ${replica.url}/demo/`);
console.log('Sign in uses a local stand-in for Google (/google). Press Ctrl+C to stop.');

const stop = () => {
  void replica.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
