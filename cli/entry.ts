import { readFileSync, writeFileSync } from "node:fs";
import { run } from "./main";

/** Standard input as text, read asynchronously (readFileSync(0) fails with EAGAIN on some pipes). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

// A reader that closes the pipe early (`archlint rules | head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (file) => (file === "-" ? readStdin() : readFileSync(file, "utf8")),
  writeFile: (file, text) => writeFileSync(file, text),
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // run() catches everything itself; this is the last line of defence.
    process.stderr.write(`archlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
