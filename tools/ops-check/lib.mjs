// Helpers shared by the ops-check scripts.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function repoPath(...parts) {
  return path.join(repoRoot, ...parts);
}

export function readText(relative) {
  return fs.readFileSync(repoPath(relative), "utf8");
}

/** Parses every document of a YAML stream; a syntax error names the file. */
export function parseYamlDocuments(text, fileName) {
  const docs = YAML.parseAllDocuments(text, { prettyErrors: true });
  const result = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      throw new Error(`${fileName}: ${doc.errors.map((e) => e.message).join("; ")}`);
    }
    const value = doc.toJS();
    if (value !== null && value !== undefined) {
      result.push(value);
    }
  }
  return result;
}

/**
 * Writes a generated file, or with --check compares it to what is on disk and fails when they differ, so that
 * a generated file can never drift from its source unnoticed.
 */
export function writeOrCheck(relative, content, regenerateCommand) {
  const target = repoPath(relative);
  const check = process.argv.includes("--check");
  if (!check) {
    fs.writeFileSync(target, content);
    console.log(`wrote ${relative}`);
    return;
  }
  const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : null;
  if (current !== content) {
    console.error(`${relative} is out of date with its source; run: ${regenerateCommand}`);
    process.exit(1);
  }
  console.log(`${relative} is up to date`);
}

export const generatedHeader = (source, command) =>
  `# Generated from ${source} by ${command}. Do not edit: edit the source and regenerate.\n`;
