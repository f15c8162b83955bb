#!/usr/bin/env node
// Compiles rollcall's Solidity with the pinned solc (npm `solc`, see package.json) and
// writes, for every contract listed in contracts.txt, out/<Name>.abi (JSON) and
// out/<Name>.bin (hex creation bytecode, no 0x, no newline) for abigen.
//
// Compiler: solc 0.8.27, pinned exactly. It is the lowest version EigenLayer's
// contracts and middleware accept (`pragma solidity ^0.8.27`), the version
// eigensdk-go v0.3.0 compiled the EigenLayer bytecode we deploy next to ours with
// (its contracts/foundry.toml: solc_version = '0.8.27'), and the first release whose
// legacy (non-IR) pipeline supports `require(condition, CustomError())`, which the
// EigenLayer sources (and ours) use.
//
// Determinism: source unit names are relative ("src/Foo.sol",
// "@openzeppelin/contracts/..."), never absolute paths, and every setting that
// reaches the metadata is fixed below, so the same sources give the same bytes on
// any machine. The metadata hash (IPFS, solc's default) is kept on purpose: any
// source change, even a comment, changes the bytecode, so stale bindings are caught.
//
// Usage: node build.js   (from any directory; exits non-zero on any compiler error)
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const ROOT = __dirname; // contracts/
const SRC_DIR = path.join(ROOT, 'src');
const OUT_DIR = path.join(ROOT, 'out');
const LIST_FILE = path.join(ROOT, 'contracts.txt');
const NODE_MODULES = path.join(ROOT, 'node_modules');
const OZ_PREFIX = '@openzeppelin/contracts/';

const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  viaIR: false,
  metadata: { bytecodeHash: 'ipfs', useLiteralContent: false, appendCBOR: true },
  remappings: [],
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.bytecode.linkReferences'] } },
};

function fail(msg) {
  process.stderr.write(`build.js: ${msg}\n`);
  process.exit(1);
}

// Parses contracts.txt: "<source unit>:<ContractName>" per line, '#' starts a comment.
function readList() {
  const entries = [];
  const packages = new Set();
  fs.readFileSync(LIST_FILE, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const m = /^(\S+\.sol):([A-Za-z_][A-Za-z0-9_]*)$/.exec(line);
    if (!m) fail(`${path.basename(LIST_FILE)}:${i + 1}: want "<file.sol>:<ContractName>", got "${line}"`);
    const [, unit, name] = m;
    const pkg = name.toLowerCase();
    if (packages.has(pkg)) fail(`${path.basename(LIST_FILE)}:${i + 1}: duplicate binding package "${pkg}"`);
    packages.add(pkg);
    entries.push({ unit, name });
  });
  if (entries.length === 0) fail(`${LIST_FILE} lists no contracts`);
  return entries;
}

// Every .sol under src/, as sorted relative source unit names ("src/...").
function walkSources(dir) {
  let units = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) units = units.concat(walkSources(full));
    else if (ent.isFile() && ent.name.endsWith('.sol')) units.push(path.relative(ROOT, full).split(path.sep).join('/'));
  }
  return units;
}

// Maps a source unit name to a file: "@openzeppelin/contracts/..." to node_modules,
// "src/..." to contracts/src, "examples/..." (consumer examples, compiled when listed)
// to contracts/examples. Anything else, or anything escaping those roots, fails.
function resolveUnit(unit) {
  const norm = path.posix.normalize(unit);
  if (norm !== unit || path.posix.isAbsolute(unit) || unit.split('/').includes('..')) return null;
  if (unit.startsWith(OZ_PREFIX)) return path.join(NODE_MODULES, ...unit.split('/'));
  if (unit.startsWith('src/') || unit.startsWith('examples/')) return path.join(ROOT, ...unit.split('/'));
  return null;
}

function readUnit(unit) {
  const file = resolveUnit(unit);
  if (file === null) return { error: `import "${unit}" is outside src/, examples/ and ${OZ_PREFIX}` };
  try {
    return { contents: fs.readFileSync(file, 'utf8') };
  } catch (e) {
    return { error: `cannot read ${unit}: ${e.code || e.message}` };
  }
}

function main() {
  const pinned = require('./package.json').dependencies.solc;
  if (!solc.version().startsWith(`${pinned}+`)) {
    fail(`node_modules has solc ${solc.version()}, package.json pins ${pinned}: run npm ci`);
  }

  const list = readList();
  const units = new Set(walkSources(SRC_DIR));
  for (const { unit } of list) units.add(unit);

  const sources = {};
  for (const unit of [...units].sort()) {
    const r = readUnit(unit);
    if (r.error) fail(r.error);
    sources[unit] = { content: r.contents };
  }

  const input = { language: 'Solidity', sources, settings: SETTINGS };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: readUnit }));

  let errors = 0;
  for (const e of output.errors || []) {
    process.stderr.write(`${e.formattedMessage || e.message}\n`);
    if (e.severity === 'error') errors++;
  }
  if (errors > 0) fail(`${errors} compiler error(s)`);

  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const { unit, name } of list) {
    const c = output.contracts && output.contracts[unit] && output.contracts[unit][name];
    if (!c) fail(`${unit}:${name}: no such contract in the compiler output`);
    const bin = c.evm.bytecode.object;
    if (!bin) fail(`${unit}:${name}: no bytecode (abstract contract or interface?)`);
    if (Object.keys(c.evm.bytecode.linkReferences || {}).length > 0) {
      fail(`${unit}:${name}: needs library linking, which this build does not do`);
    }
    fs.writeFileSync(path.join(OUT_DIR, `${name}.abi`), `${JSON.stringify(c.abi, null, 2)}\n`);
    fs.writeFileSync(path.join(OUT_DIR, `${name}.bin`), bin);
  }
  process.stdout.write(`build.js: solc ${solc.version()}: ${Object.keys(sources).length} source files, wrote ${list.length} contracts to ${path.relative(process.cwd(), OUT_DIR) || '.'}\n`);
}

main();
