#!/usr/bin/env python3
"""Scores a durable-check JSON report against labels.tsv.

A finding is *at* a label when the label's file:line is the finding's own position or the last
step of its chain (for a finding reached through helper methods, the offending access; see
docs/json-format.md). A hazard is found when a finding of the expected rule is at its line; a safe
line is hit when any finding is at it. Every finding at no labelled line is listed as "other".
  score.py REPORT.json [labels.tsv] [--tree-prefix PREFIX]
Prints a Markdown summary; exits 0.
"""
import csv, json, sys, os
from collections import Counter, defaultdict

args = [a for a in sys.argv[1:]]
prefix = ""
if "--tree-prefix" in args:
    i = args.index("--tree-prefix"); prefix = args[i + 1]; del args[i:i + 2]
report = json.load(open(args[0]))
labels_path = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), "labels.tsv")
labels = list(csv.DictReader(open(labels_path), delimiter="\t"))

def norm(path):
    path = path.replace("\\", "/")
    if prefix and path.startswith(prefix):
        path = path[len(prefix):]
    i = path.find("core/src/main/java/")
    return path[i:] if i >= 0 else path

def places(f):
    ps = {(norm(f["file"]), f["line"])}
    if f.get("chain"):
        last = f["chain"][-1]
        ps.add((norm(last["file"]), last["line"]))
    return ps

findings = report["findings"]
by_place = defaultdict(list)
for f in findings:
    for p in places(f):
        by_place[p].append(f)

labelled = {(l["file"], int(l["line"])) for l in labels}
short = lambda p: p.split("/samples/")[-1]
out = []
hz = [l for l in labels if l["expected"] != "safe"]
sf = [l for l in labels if l["expected"] == "safe"]
found, missed, wrong_rule = [], [], []
for l in hz:
    at = by_place.get((l["file"], int(l["line"])), [])
    if any(f["ruleId"] == l["expected"] for f in at):
        found.append(l)
    else:
        missed.append((l, sorted({f["ruleId"] for f in at})))
hits = []
for l in sf:
    at = by_place.get((l["file"], int(l["line"])), [])
    if at:
        hits.append((l, sorted({f["ruleId"] for f in at})))
others = [f for f in findings if not (places(f) & labelled)]

def cnt(rows, kind):
    return sum(1 for r in rows if r["kind"] == kind)
out.append(f"- hazards found: **{len(found)} / {len(hz)}** (natural {cnt(found,'natural')}/{cnt(hz,'natural')}, mutations {cnt(found,'mutation')}/{cnt(hz,'mutation')})")
out.append(f"- hazards missed: **{len(missed)}**")
out.append(f"- safe lines with a finding: **{len(hits)} / {len(sf)}**")
out.append(f"- findings in the report: {len(findings)}; at no labelled line: {len(others)}")
s = report.get("summary", {})
out.append(f"- files scanned {s.get('filesScanned')}, analysed {s.get('filesAnalysed')}, not analysed {s.get('filesNotAnalysed')}, unresolved calls {s.get('unresolvedCalls')}")
out.append("")
out.append("### Per rule (labelled hazards)\n")
out.append("| rule | labelled | found |")
out.append("|---|---:|---:|")
per = Counter(l["expected"] for l in hz); perf = Counter(l["expected"] for l in found)
for r in sorted(per):
    out.append(f"| `{r}` | {per[r]} | {perf[r]} |")
out.append("")
out.append("### Labels\n")
out.append("| label | expected | kind | result |")
out.append("|---|---|---|---|")
miss_rules = {id(l): rr for l, rr in missed}
hit_rules = {id(l): rr for l, rr in hits}
for l in labels:
    key = f"{short(l['file'])}:{l['line']}"
    if l["expected"] == "safe":
        res = ("**finding: " + ", ".join(hit_rules[id(l)]) + "**") if id(l) in hit_rules else "no finding"
    else:
        if id(l) in miss_rules:
            rr = miss_rules[id(l)]
            res = "**missed**" + (f" (other rule at line: {', '.join(rr)})" if rr else "")
        else:
            res = "found"
    out.append(f"| {key} | {l['expected']} | {l['kind']} | {res} |")
out.append("")
out.append("### Findings at no labelled line\n")
out.append("| finding | rule | message (start) |")
out.append("|---|---|---|")
for f in others:
    chain = ""
    if f.get("chain"):
        last = f["chain"][-1]; chain = f" (chain end {short(norm(last['file']))}:{last['line']})"
    msg = f["message"].split(". ")[0].replace("|", "\\|")[:140]
    out.append(f"| {short(norm(f['file']))}:{f['line']}{chain} | {f['ruleId']} | {msg} |")
if report.get("filesNotAnalysed"):
    out.append("\n### Files not analysed\n")
    for f in report["filesNotAnalysed"]:
        out.append(f"- {short(norm(f['file']))}: {f['ruleId']} ({f['reason']})")
print("\n".join(out))
