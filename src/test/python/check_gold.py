#!/usr/bin/env python3
"""Mechanical checks of annotated plans (docs/ + gold/), written with plans 14-19.
Usage: python3 src/test/python/check_gold.py [NAME-PREFIX ...]   (default: every gold file)
Needs jsonschema (pip install jsonschema) and ../shared beside the repository."""
import json, re, sys, glob, os, unicodedata, datetime
from jsonschema import Draft202012Validator

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # src/test/python -> repo
HERE = os.path.join(REPO, "corpus", "understand")
SCHEMA = json.load(open(os.path.join(REPO, "..", "shared", "schema", "extraction.schema.json"), encoding="utf-8"))
VAL = Draft202012Validator(SCHEMA)
# number-symbol: 137-KH/ĐU, 189-QĐi/TW, 211-KH/ĐUCA, 09-HD/BTCTU
NUMSYM = re.compile(r"(?<![\w/])(\d+)\s*-\s*([A-ZĐ][A-Za-zĐđ]*)/([A-ZĐ][A-ZĐ]*)")
NEWSTYLE = re.compile(r"(?<![qQ])(oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ|uỳ|uý|uỷ|uỹ|uỵ)(?![a-zA-Zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ])", re.I)
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
ROLE_ORDER = {"lead": 0, "cooperate": 1, "report_to": 2}
BYVAL = re.compile(r"^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$")

def expected_by(dt, doc_date):
    """Recompute a 'by' value from the deadline text, independently of the gold."""
    m = re.search(r"(\d{1,2}) tháng đầu năm (\d{4})", dt)
    if m: return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = re.search(r"ngày (\d{1,2})/(\d{1,2})/(\d{4})", dt)
    if m: return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    m = re.search(r"trong (\d+) ngày kể từ ngày ban hành", dt)
    if m: return (doc_date + datetime.timedelta(days=int(m.group(1)))).isoformat()
    m = re.search(r"quý ([IV]+)/(\d{4})", dt, re.I)
    if m: return f"{m.group(2)}-Q{ROMAN[m.group(1).upper()]}"
    m = re.search(r"tháng (\d{1,2})/(\d{4})", dt)
    if m: return f"{m.group(2)}-{int(m.group(1)):02d}"
    m = re.search(r"năm (\d{4})", dt)
    if m: return m.group(1)
    return None

def _sections():
    """Each gold document's id with its tasks' sections: a child's parent link must name one."""
    out = {}
    for gp in glob.glob(os.path.join(HERE, "gold", "*.json")):
        g = json.load(open(gp, encoding="utf-8"))
        out.setdefault(g["doc"]["id"], set()).update(t["section"] for t in g["tasks"])
    # Seed 002 prints no number of its own; its gold lives in ../shared/eval/dev and the trace gold
    # (corpus/trace/README.md) names it 15-KH/TU from how the plans below it cite it.
    dev = os.path.join(REPO, "..", "shared", "eval", "dev", "002.json")
    if os.path.exists(dev):
        g = json.load(open(dev, encoding="utf-8"))
        out.setdefault("15-KH/TU", set()).update(t["section"] for t in g["tasks"])
    return out

SECTIONS = _sections()

def check(docpath, goldpath):
    errs = []
    raw = open(docpath, encoding="utf-8").read()
    if unicodedata.normalize("NFC", raw) != raw: errs.append("doc not NFC")
    for m in NEWSTYLE.finditer(raw): errs.append(f"new-style tone mark: {raw[max(0,m.start()-8):m.end()+3]!r}")
    g = json.load(open(goldpath, encoding="utf-8"))
    gtxt = json.dumps(g, ensure_ascii=False)
    if unicodedata.normalize("NFC", gtxt) != gtxt: errs.append("gold not NFC")
    for e in VAL.iter_errors(g): errs.append(f"schema: {e.message} at {list(e.path)}")
    if g["file"] != os.path.basename(docpath): errs.append("file field mismatch")
    d = g["doc"]
    # identity against the header
    if d["id"] and f"Số {d['id']}" not in raw: errs.append("doc id not printed as 'Số …'")
    if d["id"] and d["id"] != f"{d['number']}-{d['symbol']}": errs.append("id != number-symbol")
    y, mo, da = (d["date"].split("-") + ["01"])[:3]   # a date whose day is blank: "2026-03"
    if not re.search(rf"{re.escape(d['place'])}, ngày {int(da):02d} tháng {int(mo)} năm {y}", raw): errs.append("date/place line mismatch")
    if d["subject"] not in " ".join(raw.split("\n")): errs.append("subject not in text")
    doc_date = datetime.date(int(y), int(mo), int(da))
    # number-symbols
    found = {f"{a}-{b}/{c}" for a, b, c in NUMSYM.findall(raw)}
    known = {d["id"]} | {r["id"] for r in g["references"]}
    if found - known: errs.append(f"number-symbols in text not in id/references: {sorted(found - known)}")
    if known - found: errs.append(f"id/references not found in text: {sorted(known - found)}")
    if len(g["references"]) != len({r["id"] for r in g["references"]}): errs.append("duplicate reference")
    for r in g["references"]:
        if r["date"]:
            ry, rm, rd = r["date"].split("-")
            if f"{r['id']}, ngày {int(rd):02d}/{int(rm)}/{ry}" not in raw and f"{r['id']}, ngày {rd}/{rm}/{ry}" not in raw:
                errs.append(f"reference date not printed as cited: {r['id']} {r['date']}")
    # tasks
    pos = 0
    for i, t in enumerate(g["tasks"]):
        tag = f"task {i} [{t['section']}]"
        k = raw.find(t["text"], pos)
        if k < 0:
            errs.append(f"{tag}: text not a substring after previous task (order)" if t["text"] in raw else f"{tag}: text not in doc")
        else:
            pos = k + 1
        if t["text"] != t["text"].strip(): errs.append(f"{tag}: surrounding whitespace")
        if (t["deadline_text"] is None) != (t["deadline"] is None): errs.append(f"{tag}: deadline_text/deadline mismatch")
        if t["deadline_text"] is not None and t["deadline_text"] not in t["text"]: errs.append(f"{tag}: deadline_text not in text")
        dl = t["deadline"]
        if dl and dl["kind"] == "by":
            if not BYVAL.match(dl["value"]): errs.append(f"{tag}: bad by value {dl['value']}")
            elif len(dl["value"]) == 10:
                try: datetime.date.fromisoformat(dl["value"])
                except ValueError: errs.append(f"{tag}: impossible date {dl['value']}")
            for dd, mm, yy in re.findall(r"(\d{1,2})/(\d{1,2})/(\d{4})", t["deadline_text"]):
                try: datetime.date(int(yy), int(mm), int(dd))
                except ValueError: errs.append(f"{tag}: impossible date in deadline_text {dd}/{mm}/{yy}")
            exp = expected_by(t["deadline_text"], doc_date)
            if exp != dl["value"]: errs.append(f"{tag}: by {dl['value']} but recomputed {exp} from {t['deadline_text']!r}")
            if dl["value"] < d["date"][:len(dl["value"])] and "Q" not in dl["value"]: errs.append(f"{tag}: deadline before document date")
        if dl and dl["kind"] == "on_condition" and dl["condition"] not in t["deadline_text"]: errs.append(f"{tag}: condition not in deadline_text")
        if dl and dl["kind"] == "after_event" and dl["event"] not in t["deadline_text"]: errs.append(f"{tag}: event not in deadline_text")
        if not t["units"]: errs.append(f"{tag}: no units")
        roles = [ROLE_ORDER[u["role"]] for u in t["units"]]
        if roles != sorted(roles): errs.append(f"{tag}: unit roles not in lead/cooperate/report_to order")
        if not any(u["role"] == "lead" for u in t["units"]): errs.append(f"{tag}: no lead")
        if len({(u["name"], u["role"]) for u in t["units"]}) != len(t["units"]): errs.append(f"{tag}: duplicate unit")
        for u in t["units"]:
            if u["name"][0] != u["name"][0].upper(): errs.append(f"{tag}: unit not capitalised: {u['name']}")
        if not re.fullmatch(r"(\d+(\.\d+)+|[IVX]+(\.\d+)?)", t["section"]): errs.append(f"{tag}: odd section {t['section']}")
        if t.get("parent") is not None:
            p = t["parent"]
            sections = SECTIONS.get(p.get("doc"))
            if sections is None and p.get("via") is None:
                errs.append(f"{tag}: parent {p.get('doc')} is not a gold document")
            elif sections is not None and p.get("section") not in sections:
                errs.append(f"{tag}: parent section {p.get('doc')} {p.get('section')} does not exist")
    return errs, len(raw.splitlines()), g

def main():
    total = 0; bad = 0
    for gp in sorted(glob.glob(os.path.join(HERE, "gold", "*.json"))):
        if len(sys.argv) > 1 and not any(os.path.basename(gp).startswith(a) for a in sys.argv[1:]):
            continue
        dp = os.path.join(HERE, "docs", os.path.basename(gp)[:-5] + ".txt")
        errs, nlines, g = check(dp, gp)
        nt = sum(t["kind"] == "task" for t in g["tasks"]); ns = len(g["tasks"]) - nt
        status = "OK" if not errs else f"{len(errs)} problem(s)"
        if not (60 <= nlines <= 140): errs.append(f"doc has {nlines} lines (want 60-140)")
        print(f"{os.path.basename(gp)}: {nlines} lines, {len(g['tasks'])} tasks ({nt} task + {ns} solution), {len(g['references'])} refs: {status}")
        for e in errs: print("   -", e)
        bad += bool(errs); total += 1
    print(f"{total - bad}/{total} clean")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
