// Lints the Dockerfile: dockerfile-utils' validator (the checks of the Docker builder's parser, every setting
// raised to an error) plus the rules below, a small hadolint-like set for this image.
// Usage: node tools/ops-check/lint-dockerfile.mjs [Dockerfile]
import fs from "node:fs";
import { DockerfileParser } from "dockerfile-ast";
import { validate, ValidationSeverity } from "dockerfile-utils";
import { repoPath } from "./lib.mjs";

const file = process.argv[2] ?? repoPath("Dockerfile");
const content = fs.readFileSync(file, "utf8");
const problems = [];

const E = ValidationSeverity.ERROR;
const settings = {
  deprecatedMaintainer: E, directiveCasing: E, emptyContinuationLine: E, instructionCasing: E,
  instructionCmdMultiple: E, instructionEntrypointMultiple: E, instructionHealthcheckMultiple: E,
  instructionJSONInSingleQuotes: E, instructionWorkdirRelative: E,
};
for (const d of validate(content, settings)) {
  problems.push(`line ${d.range.start.line + 1}: ${d.message}`);
}

const dockerfile = DockerfileParser.parse(content);
const line = (instruction) => instruction.getRange().start.line + 1;
const stages = [];
for (const instruction of dockerfile.getInstructions()) {
  const keyword = instruction.getKeyword();
  if (keyword === "FROM") stages.push({ from: instruction, instructions: [] });
  else stages.at(-1)?.instructions.push(instruction);
}
const args = (instruction) => instruction.getArguments().map((a) => a.getValue());

for (const { from } of stages) {
  const image = args(from).find((a) => !a.startsWith("--")) ?? "";
  // DL3006/DL3007: a base image needs an explicit tag other than latest.
  if (!/[:@]/.test(image.split("/").at(-1)) || image.endsWith(":latest")) {
    problems.push(`line ${line(from)}: base image ${image} must name a tag other than latest`);
  }
}
const expectImages = ["mcr.microsoft.com/dotnet/sdk:10.0", "mcr.microsoft.com/dotnet/aspnet:10.0"];
const images = stages.map(({ from }) => args(from)[0]);
if (JSON.stringify(images) !== JSON.stringify(expectImages)) {
  problems.push(`stages must be built FROM ${expectImages.join(" then ")}, found ${images.join(", ")}`);
}

for (const instruction of dockerfile.getInstructions()) {
  const keyword = instruction.getKeyword();
  const text = instruction.getTextContent();
  // DL3020: COPY for local files; ADD only for remote URLs or archives, neither of which we want.
  if (keyword === "ADD") problems.push(`line ${line(instruction)}: use COPY instead of ADD`);
  // DL3015 / DL3009: no recommended packages, no apt lists left in the layer.
  if (keyword === "RUN" && /apt-get\s+install/.test(text)) {
    if (!/--no-install-recommends/.test(text)) problems.push(`line ${line(instruction)}: apt-get install without --no-install-recommends`);
    if (!/rm -rf \/var\/lib\/apt\/lists/.test(text)) problems.push(`line ${line(instruction)}: apt lists not removed`);
  }
  // DL3004: no sudo.
  if (keyword === "RUN" && /\bsudo\b/.test(text)) problems.push(`line ${line(instruction)}: do not use sudo`);
  // DL3025: exec form for ENTRYPOINT/CMD so signals reach the process.
  if ((keyword === "ENTRYPOINT" || keyword === "CMD") && !/^\s*\w+\s+\[/.test(text)) {
    problems.push(`line ${line(instruction)}: ${keyword} must use the JSON (exec) form`);
  }
  // The publish arguments live in one script; the Dockerfile must not spell its own.
  if (keyword === "RUN" && /dotnet\s+publish/.test(text)) {
    problems.push(`line ${line(instruction)}: call build/publish-sidecar.sh instead of dotnet publish`);
  }
}

const final = stages.at(-1)?.instructions ?? [];
const lastOf = (keyword) => final.filter((i) => i.getKeyword() === keyword).at(-1);
const user = lastOf("USER");
// DL3002: the final stage must not run as root.
if (!user || /^(root|0)(:|$)/.test(args(user)[0] ?? "")) problems.push("final stage must set a non-root USER");
if (!lastOf("HEALTHCHECK")) problems.push("final stage has no HEALTHCHECK");
if (!final.some((i) => i.getKeyword() === "EXPOSE" && args(i).includes("8080"))) problems.push("final stage must EXPOSE 8080");
if (!final.some((i) => i.getKeyword() === "COPY" && /models\/caaa-model\.zip\s+\/app\/model\/caaa-model\.zip/.test(i.getTextContent()))) {
  problems.push("final stage must COPY models/caaa-model.zip to /app/model/caaa-model.zip");
}
const build = stages[0]?.instructions ?? [];
if (!build.some((i) => i.getKeyword() === "RUN" && /build\/publish-sidecar\.sh/.test(i.getTextContent()))) {
  problems.push("build stage must RUN build/publish-sidecar.sh");
}

for (const problem of problems) console.log(`  FAIL  ${problem}`);
console.log(`  ${file}: ${stages.length} stages, ${dockerfile.getInstructions().length} instructions, ` +
  `${problems.length === 0 ? "ok" : `${problems.length} problem(s)`}`);
process.exit(problems.length === 0 ? 0 : 1);
