"""Validates a case file in the dev.jsonl format.

usage: python3 validate_holdout.py [FILE] [--doc ALIGNMENT.json] [--prefix ID_PREFIX]
Checks: every line parses; required fields and allowed values; ids unique with prefix ho1- (or --prefix);
every quote occurs in the text (at `at`, a UTF-16 offset, when given); ruleIds exist in the
document and fit the kind; prints counts per kind, language and source, and clean cases.
"""
import json, sys, collections

args = sys.argv[1:]
doc_path = "/work/shared/alignment/example.alignment.json"
if "--doc" in args:
    i = args.index("--doc"); doc_path = args[i + 1]; del args[i:i + 2]
prefix = "ho1-"
if "--prefix" in args:
    i = args.index("--prefix"); prefix = args[i + 1]; del args[i:i + 2]
path = args[0] if args else "/work/main/test/eval/holdout-example.jsonl"

doc = json.load(open(doc_path, encoding="utf-8"))
valid = {"red-line": {r["id"] for r in doc["redLines"]}, "kpi": set(), "channel": set(), "tone": set(),
         "objective": set(), "messaging": set(), "assumption": set()}
for m in doc["markets"]:
    valid["kpi"] |= {k["id"] for k in m.get("kpis", [])}
    for kind, field in (("channel", "channels"), ("tone", "tone"), ("objective", "objective"),
                        ("messaging", "messaging"), ("assumption", "audience")):
        if field in m: valid[kind].add(m[field]["id"])

def utf16(s):  # string as list of UTF-16 code units, to mirror JavaScript indices
    b = s.encode("utf-16-le"); return [b[i:i + 2] for i in range(0, len(b), 2)]

errors, ids = [], set()
kinds, langs, sources, clean, total = collections.Counter(), collections.Counter(), collections.Counter(), 0, 0
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    if not line.strip(): errors.append(f"line {n}: empty"); continue
    try: c = json.loads(line)
    except Exception as e: errors.append(f"line {n}: bad JSON: {e}"); continue
    total += 1
    where = f"line {n} ({c.get('id')})"
    if set(c) != {"id", "lang", "source", "text", "expect", "note"}: errors.append(f"{where}: fields {sorted(c)}")
    if not str(c.get("id", "")).startswith(prefix): errors.append(f"{where}: id prefix")
    if c.get("id") in ids: errors.append(f"{where}: duplicate id")
    ids.add(c.get("id"))
    if c.get("lang") not in ("en", "ru", "mixed"): errors.append(f"{where}: lang")
    if c.get("source") not in ("email", "brief", "notes", "ad"): errors.append(f"{where}: source")
    if not c.get("note"): errors.append(f"{where}: empty note")
    langs[c.get("lang")] += 1; sources[c.get("source")] += 1
    if not c["expect"]: clean += 1
    text = c["text"]; units = utf16(text)
    for e in c["expect"]:
        if not set(e) <= {"kind", "ruleId", "quote", "at"}: errors.append(f"{where}: expect fields {sorted(e)}")
        kinds[e["kind"]] += 1
        if e["ruleId"] not in valid.get(e["kind"], ()): errors.append(f"{where}: ruleId {e['ruleId']} not valid for {e['kind']}")
        q = utf16(e["quote"])
        if "at" in e:
            if units[e["at"]:e["at"] + len(q)] != q: errors.append(f"{where}: quote {e['quote']!r} not at {e['at']}")
        elif e["quote"] not in text: errors.append(f"{where}: quote {e['quote']!r} not in text")

print(f"cases {total}, clean {clean}")
print("languages", dict(langs)); print("sources", dict(sources)); print("kinds", dict(kinds))
print("\n".join(errors) if errors else "OK: no errors")
sys.exit(1 if errors else 0)
