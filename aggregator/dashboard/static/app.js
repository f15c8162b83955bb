// rollcall aggregator dashboard: polls /dashboard/state and redraws.
// Plain DOM, no dependencies; every value is inserted as text.
"use strict";

const POLL_MS = 1000;

function cell(text, cls) {
  const td = document.createElement("td");
  td.textContent = text;
  if (cls) td.className = cls;
  return td;
}

function fill(tableId, rows, empty, columns) {
  const body = document.querySelector("#" + tableId + " tbody");
  const out = [];
  if (rows.length === 0) {
    const tr = document.createElement("tr");
    const td = cell(empty, "empty");
    td.colSpan = columns;
    tr.appendChild(td);
    out.push(tr);
  }
  for (const r of rows) out.push(r);
  body.replaceChildren(...out);
}

function row(cells, attrs) {
  const tr = document.createElement("tr");
  for (const c of cells) tr.appendChild(c);
  for (const [k, v] of Object.entries(attrs || {})) tr.dataset[k] = v;
  return tr;
}

function pct(bips) { return (bips / 100).toFixed(2) + "%"; }
function short(hex) { return hex.slice(0, 10) + "…" + hex.slice(-6); }
function ago(now, ms) {
  if (!ms) return "never";
  const s = Math.max(0, (now - ms) / 1000);
  return s < 1 ? "just now" : s.toFixed(0) + " s ago";
}

// schedule says whether this aggregator runs scheduled rounds and, when
// several replicas share the AVS, which one it is (its config's
// round-every, replica-index and replica-count).
function schedule(st) {
  const el = document.getElementById("schedule");
  el.dataset.roundEvery = st.roundEvery;
  el.dataset.replica = st.replicaIndex + "/" + st.replicaCount;
  if (st.roundEvery === "0") {
    el.textContent = "unscheduled rounds (round-every 0) · single aggregator";
    return;
  }
  const replica = Number(st.replicaCount) > 1
    ? "replica " + st.replicaIndex + " of " + st.replicaCount + " (replica-index " + st.replicaIndex + ")"
    : "single aggregator";
  el.textContent = "scheduled rounds every " + st.roundEvery + " L1 blocks · " + replica;
}

// statusCell is a round's status, with who landed it when another replica
// did and this aggregator's reverted attest transactions, if any.
function statusCell(r) {
  const td = cell(r.status, "status-" + r.status);
  const notes = [];
  if (r.attestedElsewhere) notes.push("(by another replica)");
  if (r.attestReverts) notes.push(r.attestReverts + (r.attestReverts === 1 ? " reverted attest tx" : " reverted attest txs"));
  if (notes.length) {
    const span = document.createElement("span");
    span.className = "note";
    span.textContent = " " + notes.join(" · ");
    td.appendChild(span);
  }
  return td;
}

function render(st) {
  document.getElementById("identity").textContent =
    "L1 " + st.l1ChainId + " · registry " + st.registry + " · threshold " + pct(st.thresholdBips);
  schedule(st);

  fill("rollups", st.rollups.map(r => row([
    cell(r.chainId, "mono"),
    cell(r.head),
    cell(r.attestedRound === "0" ? "—" : r.attestedHeight),
    cell(r.attestedRound === "0" ? "—" : r.attestedRound),
    cell(r.attestedRound === "0" ? "—" : r.lag),
    r.deliveredError ? cell("unreadable", "error") : cell(r.deliveredRound === "0" ? "—" : r.deliveredRound),
    r.headError ? cell("failed: " + r.headError, "error") : cell(ago(st.now, r.headAt)),
  ], { chainId: r.chainId, delivered: r.deliveredRound })), "no rollups tracked", 7);

  fill("rounds", st.rounds.map(r => row([
    cell(r.round, "mono"),
    statusCell(r),
    cell(r.referenceBlock),
    cell(String(r.rollups)),
    cell(r.signers + " / " + r.operators),
    cell((r.signedBips || []).map(pct).join(" · ") || "—"),
    cell(r.gasUsed ? r.gasUsed.toLocaleString("en-US") : "—"),
    cell(r.latencyMs ? (r.latencyMs / 1000).toFixed(2) + " s" : "—"),
  ], { round: r.round, status: r.status, elsewhere: r.attestedElsewhere ? "1" : "0", reverts: r.attestReverts || 0 })), "no rounds yet", 8);

  fill("operators", st.operators.map(o => row([
    cell(short(o.operatorId), "mono"),
    cell(o.signed + " / " + o.considered),
    cell(o.considered ? (100 * o.signed / o.considered).toFixed(0) + "%" : "—"),
    cell(o.lastSignedRound === "0" ? "—" : o.lastSignedRound),
  ], { operatorId: o.operatorId })), "no operator has signed yet", 4);

  document.getElementById("updated").textContent = new Date(st.now).toLocaleTimeString();
}

function setConn(state, text) {
  const el = document.getElementById("conn");
  el.dataset.state = state;
  el.textContent = text;
}

async function poll() {
  try {
    const res = await fetch("state", { cache: "no-store" });
    if (!res.ok) throw new Error("HTTP " + res.status);
    render(await res.json());
    setConn("live", "live");
  } catch (e) {
    setConn("stale", "aggregator unreachable (" + e.message + "), retrying");
  } finally {
    setTimeout(poll, POLL_MS);
  }
}

poll();
