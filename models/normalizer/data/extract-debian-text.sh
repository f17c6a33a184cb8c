#!/usr/bin/env bash
# extract-debian-text.sh: regenerate syllables.txt and lm/debian-vi.txt from Debian packages.
#
#   models/normalizer/data/extract-debian-text.sh [OUTDIR]     (OUTDIR defaults to this directory)
#
# Needs: apt-get (with package lists: run `apt-get update` once if the download fails),
# dpkg-deb, python3 (standard library only); optionally combine_tessdata and dawg2wordlist
# (Debian package tesseract-ocr) for the tesseract word list. Installs nothing: the .debs are
# downloaded into a temporary directory, unpacked there with `dpkg -x`, and deleted on exit.
# Takes about 30 s. See README.md in this directory for what the outputs are.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(mkdir -p "${1:-$HERE}" && cd "${1:-$HERE}" && pwd)"
PACKAGES=(hunspell-vi tesseract-ocr-vie manpages-vi maint-guide-vi libreoffice-help-vi)

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/debs" "$WORK/root" "$WORK/tess"

echo "== downloading ${PACKAGES[*]}" >&2
# (as root, apt prints a harmless "Download is performed unsandboxed" warning for the temp dir)
(cd "$WORK/debs" && apt-get download -q "${PACKAGES[@]}")

: > "$WORK/root/versions.txt"
for deb in "$WORK"/debs/*.deb; do
  pkg="$(dpkg-deb -f "$deb" Package)"
  ver="$(dpkg-deb -f "$deb" Version)"
  echo "$pkg $ver" >> "$WORK/root/versions.txt"
  dpkg -x "$deb" "$WORK/root/$pkg"
  echo "== unpacked $pkg $ver" >&2
done

# Tesseract's Vietnamese word list: unpack the traineddata, then dump the LSTM word DAWG.
TD="$(find "$WORK/root/tesseract-ocr-vie" -name vie.traineddata | head -n1)"
if [[ -n "$TD" ]] && command -v combine_tessdata >/dev/null && command -v dawg2wordlist >/dev/null; then
  combine_tessdata -u "$TD" "$WORK/tess/vie." >/dev/null 2>&1
  dawg2wordlist "$WORK/tess/vie.lstm-unicharset" "$WORK/tess/vie.lstm-word-dawg" \
    "$WORK/root/tesseract-words.txt" >/dev/null 2>&1
  echo "== tesseract word list: $(wc -l < "$WORK/root/tesseract-words.txt") words" >&2
else
  echo "== combine_tessdata/dawg2wordlist not found: tesseract word list skipped" >&2
fi

cat > "$WORK/extract.py" <<'PY'
#!/usr/bin/env python3
"""Extract a Vietnamese syllable inventory and LM training text from Debian packages.

Usage: extract.py ROOT OUTDIR
  ROOT holds one directory per package (dpkg -x output), named after the package,
  plus ROOT/versions.txt ("package version" lines) and, optionally,
  ROOT/tesseract-words.txt (dawg2wordlist output of vie.lstm-word-dawg).
Standard library only.
"""
import gzip
import html.parser
import os
import re
import sys
import unicodedata

# --------------------------------------------------------------------------
# Vietnamese syllables
# --------------------------------------------------------------------------
TONE_MARKS = {'\u0300': 'huyen', '\u0301': 'sac', '\u0303': 'nga',
              '\u0309': 'hoi', '\u0323': 'nang'}
TONE_OF_NAME = {v: k for k, v in TONE_MARKS.items()}
BASE_VOWELS = set('aăâeêioôơuưy')
SHAPED = set('ăâêôơư')
LETTERS = set('abcdđeghiklmnopqrstuvxyăâêôơư')  # Vietnamese alphabet, toneless

ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'qu', 'th', 'tr', 'ch',
          'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x']
CODAS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't']
STOP_CODAS = {'c', 'ch', 'p', 't'}
# vowel nuclei (toneless) and whether they may be open / closed
BOTH = {'a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uê', 'uy'}
CLOSED_ONLY = {'ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'oă', 'uâ', 'uyê', 'oo', 'ôô'}
OPEN_ONLY = {'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi',
             'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu', 'uơ', 'iêu', 'yêu', 'oai', 'oay',
             'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu'}
NUCLEI = BOTH | CLOSED_ONLY | OPEN_ONLY
SYL_RE = re.compile('^(' + '|'.join(ONSETS) + ')?([aăâeêioôơuưy]+)(' + '|'.join(CODAS) + ')?$')


def split_tone(syl):
    """lower-case NFC syllable -> (toneless NFC string, tone name or None, n_marks)."""
    out, tone, n = [], None, 0
    for ch in unicodedata.normalize('NFD', syl):
        if ch in TONE_MARKS:
            tone, n = TONE_MARKS[ch], n + 1
        else:
            out.append(ch)
    return unicodedata.normalize('NFC', ''.join(out)), tone, n


def parse(toneless):
    """toneless lower-case syllable -> (onset, nucleus, coda) or None.
    Tries every onset/coda split the regex allows (so "gì" = g+i, "gia" = gi+a,
    "quốc" = qu+ô+c) and returns the first one whose nucleus is a real nucleus."""
    for onset in [o for o in ONSETS if toneless.startswith(o)] + ['']:
        rest = toneless[len(onset):]
        m = re.match(r'^([aăâeêioôơuưy]+)(' + '|'.join(CODAS) + ')?$', rest)
        if not m:
            continue
        nuc, coda = m.group(1), m.group(2) or ''
        if nuc in NUCLEI:
            return onset, nuc, coda
    return None


def is_valid(syl):
    """Is a lower-case NFC token a well-formed Vietnamese syllable?
    One onset from the Vietnamese set, one vowel nucleus (at most 3 vowels, from
    the list of real nuclei), an optional coda c ch m n ng nh p t, at most one
    tone mark, stop codas only with sắc/nặng, and the c/k, g/gh, ng/ngh spelling
    rules."""
    if not syl or any(c not in LETTERS for c in split_tone(syl)[0]):
        return False
    toneless, tone, n = split_tone(syl)
    if n > 1:
        return False
    p = parse(toneless)
    if p is None:
        return False
    onset, nuc, coda = p
    if coda and nuc in OPEN_ONLY:
        return False
    if not coda and nuc in CLOSED_ONLY:
        return False
    if coda in STOP_CODAS and tone not in ('sac', 'nang'):
        return False
    if coda in ('ch', 'nh') and nuc[-1] not in 'aêiy':
        return False
    first = nuc[0]
    if onset == 'k' and first not in 'eêiy':
        return False
    if onset in ('c', 'ng') and first in 'eêiy':
        return False
    if onset in ('gh', 'ngh') and first not in 'eêi':
        return False
    if onset == 'g' and first in 'eê':
        return False
    if onset == 'qu' and (first == 'u' or (first == 'o' and nuc not in ('oa', 'oă'))):
        return False
    return True


def tone_index(onset, nuc, coda):
    """Index inside the nucleus that carries the tone mark, OLD convention
    ("hòa", "thủy", "khỏe"; "hoàn", "quý", "khuỷu", "người" as usual)."""
    if 'ươ' in nuc:
        return nuc.index('ơ')
    for i, c in enumerate(nuc):
        if c in SHAPED:
            return i
    if coda:
        return len(nuc) - 1
    if len(nuc) == 3:
        return 1
    return 0  # one vowel, or an open diphthong: the first vowel (old style oa/oe/uy)


def normalize_syllable(tok):
    """Move the tone mark of one token to its OLD-convention place, keeping the
    letters' case. Tokens that are not valid syllables are returned unchanged."""
    low = tok.lower()
    toneless, tone, n = split_tone(low)
    if tone is None or n != 1:
        return tok
    p = parse(toneless)
    if p is None:
        return tok
    onset, nuc, coda = p
    pos = len(onset) + tone_index(onset, nuc, coda)
    chars = list(toneless)
    chars[pos] = unicodedata.normalize('NFC', chars[pos] + TONE_OF_NAME[tone])
    new = ''.join(chars)
    if len(new) != len(tok):
        return tok
    return ''.join(c.upper() if o.isupper() else c for c, o in zip(new, tok))


WORD_RE = re.compile(r'[^\W\d_]+')


def normalize_text(s):
    s = unicodedata.normalize('NFC', s)
    return WORD_RE.sub(lambda m: normalize_syllable(m.group(0)), s)


VI_DIACRITIC_RE = re.compile('[đăâêôơư]|[\u0300\u0301\u0303\u0309\u0323]')


def has_vi_diacritic(tok):
    return bool(VI_DIACRITIC_RE.search(unicodedata.normalize('NFD', tok.lower()).replace('\u0306', 'ă')
                                       .replace('\u0302', 'â').replace('\u031b', 'ơ')))


# --------------------------------------------------------------------------
# Inventory
# misspellings / slang found by eye among the tesseract-only accented syllables
TESS_EXCLUDE = {'chổ', 'đợc', 'tực', 'nhìu', 'rùi', 'hới'}

# --------------------------------------------------------------------------
def build_inventory(root):
    dic = os.path.join(root, 'hunspell-vi/usr/share/hunspell/vi_VN.dic')
    lines = open(dic, encoding='utf-8').read().splitlines()[1:]  # first line = count
    stats = {}
    hun, rejected = set(), []
    ntok = 0
    for line in lines:
        for tok in line.split('/')[0].split():
            ntok += 1
            tok = unicodedata.normalize('NFC', tok).lower()
            norm = normalize_syllable(tok)
            if all(c in LETTERS or unicodedata.normalize('NFD', c)[0] in LETTERS for c in tok) and is_valid(norm):
                hun.add(norm)
            else:
                rejected.append(tok)
    stats['hun_entries'] = len([l for l in lines if l.strip()])
    stats['hun_tokens'] = ntok
    stats['hun_kept'] = len(hun)
    stats['hun_rejected'] = sorted(set(rejected))
    tess, tess_all, tess_rejected, ntess = set(), set(), 0, 0
    wl = os.path.join(root, 'tesseract-words.txt')
    if os.path.exists(wl):
        for tok in open(wl, encoding='utf-8').read().split():
            ntess += 1
            tok = unicodedata.normalize('NFC', tok).lower()
            norm = normalize_syllable(tok)
            if is_valid(norm):
                tess_all.add(norm)
            else:
                tess_rejected += 1
    # The tesseract list was harvested from web text: unaccented forms of accented
    # words ("khong", "tren", "hinh") and English ("by", "on", "king") pass the
    # syllable check, so a syllable only hunspell lacks is taken from it only when it
    # carries a Vietnamese diacritic and is not one of the misspellings seen there.
    for s in tess_all:
        if s in hun or (has_vi_diacritic(s) and s not in TESS_EXCLUDE):
            tess.add(s)
    stats['tess_words'] = ntess
    stats['tess_valid'] = len(tess_all)
    stats['tess_unaccented_dropped'] = sorted(tess_all - hun - tess)
    stats['tess_rejected'] = tess_rejected
    stats['tess_new'] = sorted(tess - hun)
    return hun | tess, hun, stats


# --------------------------------------------------------------------------
# Text cleaning shared by all sources
# --------------------------------------------------------------------------
CODE_TOKEN_RE = re.compile(
    r"""^(
        [-–]{1,2}[\w\[]          # options: -a --help
      | .*[/\\_=<>{}\[\]$@#|~`*^%].*   # paths, identifiers, markup, urls, emails
      | .*\w\(\d?\w*\)\W*        # foo(1) manual references, func()
      | \.\w+                    # .deb .h
      | .*\w\.\w.*               # file.name, example.com (not "v.v.")
      | .*[a-zA-Z]\d.*|.*\d[a-zA-Z].*  # mixed letters and digits: md5sum, 8bit
    )$""", re.X)
KEEP_DOTTED = re.compile(r'^(v\.v\.?|TP\.|Tp\.)$', re.I)


def clean_line(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u00a0', ' ').replace('\u200b', '').replace('\u00ad', '')
    toks = []
    for t in s.split():
        if CODE_TOKEN_RE.match(t) and not KEEP_DOTTED.match(t):
            continue
        toks.append(t)
    s = ' '.join(toks)
    # tidy what removing tokens leaves behind
    for _ in range(3):
        s = re.sub(r'\(\s*[,.;:]?\s*\)|\[\s*\]|“\s*”|"\s*"|‘\s*’|«\s*»', '', s)
        s = re.sub(r'\s+([,.;:!?)])', r'\1', s)
        s = re.sub(r'([(“‘«])\s+', r'\1', s)
        s = re.sub(r'\s+([”’»])', r'\1', s)
        s = re.sub(r'([,;:])(\s*[,;:.])+', r'\1', s)
        s = re.sub(r'\s+', ' ', s).strip()
    s = re.sub(r'^[,;:.)\-–—•*·]+\s*', '', s).strip()
    return normalize_text(s)


SENT_SPLIT_RE = re.compile(r'(?<=[.!?…])\s+(?=["“(‘]?[A-ZÀ-ỸĐ0-9])')


def sentences(paragraph):
    paragraph = re.sub(r'\s+', ' ', paragraph).strip()
    if not paragraph:
        return []
    return [p.strip() for p in SENT_SPLIT_RE.split(paragraph) if p.strip()]


class Judge:
    """Decides whether a line is Vietnamese prose."""

    def __init__(self, inventory, min_ratio=0.6):
        self.inv = inventory
        self.min_ratio = min_ratio

    def is_vi_word(self, w):
        low = normalize_syllable(w.lower())
        return low in self.inv or (has_vi_diacritic(low) and is_valid(low))

    def score(self, line):
        words = WORD_RE.findall(line)
        if not words:
            return 0, 0, 0
        vi = sum(1 for w in words if self.is_vi_word(w))
        dia = sum(1 for w in words if has_vi_diacritic(w) and self.is_vi_word(w))
        return len(words), vi, dia

    def keep(self, line):
        n, vi, dia = self.score(line)
        return n >= 2 and vi >= 2 and dia >= 1 and vi >= self.min_ratio * n


# --------------------------------------------------------------------------
# manpages-vi (roff)
# --------------------------------------------------------------------------
ROFF_NAMED = {'aq': "'", 'co': '©', 'em': '—', 'en': '–', 'hy': '-', 'lq': '“', 'rq': '”',
              'dq': '"', 'oq': '‘', 'cq': '’', 'bu': '•', 'ti': '~', 'ha': '^', 'rs': '\\',
              'mi': '-', 'pl': '+', 'mu': '×', 'di': '÷', 'fm': '′', 'Fo': '«', 'Fc': '»',
              'ga': '`', 'at': '@', 'sh': '#', 'tm': '™', 'rg': '®', 'de': '°', 'ua': '↑',
              'da': '↓', 'ra': '→', 'la': '←', 'or': '|', 'ba': '|', 'lB': '[', 'rB': ']'}


def roff_inline(s):
    # bold segments are command/option names unless they hold Vietnamese words
    def bold(m):
        inner = m.group(1)
        return inner if has_vi_diacritic(inner) else ' '
    s = re.sub(r'\\f[B]((?:(?!\\f).)*)\\f[PR]', bold, s)
    s = re.sub(r'\\f\[[^\]]*\]|\\f\(..|\\f.', '', s)
    s = re.sub(r'\\\((..)', lambda m: ROFF_NAMED.get(m.group(1), ''), s)
    s = re.sub(r'\\\[([^\]]*)\]', lambda m: ROFF_NAMED.get(m.group(1), ''), s)
    s = re.sub(r'\\\*\(..|\\\*\[[^\]]*\]|\\\*.', '', s)
    s = re.sub(r'\\[sv]?[-+]?\d+|\\[hvwlL]\'[^\']*\'', '', s)
    s = s.replace('\\-', '-').replace('\\e', '\\').replace('\\ ', ' ').replace('\\~', ' ')
    s = re.sub(r'\\[,/&|^:%0c]', '', s)
    s = s.replace('\\', '')
    return s


def extract_man(path):
    with gzip.open(path, 'rt', encoding='utf-8', errors='replace') as f:
        lines = f.read().splitlines()
    paras, cur = [], []
    skip_next = False        # .TP tag line (an option or a command)
    nofill = False
    in_link = False

    def flush():
        if cur:
            paras.append(' '.join(cur))
            cur.clear()
    for line in lines:
        if line.startswith(('.\\"', "'\\\"")) or line.strip() in ('.', "'"):
            continue
        if line.startswith(('.', "'")):
            m = re.match(r"^[.']\s*(\S+)\s*(.*)$", line)
            if not m:
                continue
            req, arg = m.group(1), m.group(2)
            if req in ('nf', 'EX'):
                flush(); nofill = True
            elif req in ('fi', 'EE'):
                nofill = False
            elif req in ('UR', 'MT'):
                in_link = True
            elif req in ('UE', 'ME'):
                in_link = False
            elif req in ('SH', 'SS'):
                flush()
                title = roff_inline(arg).strip().strip('"')
                if title:
                    paras.append(title)
            elif req == 'TP':
                flush(); skip_next = True
            elif req in ('PP', 'P', 'LP', 'IP', 'HP', 'br', 'sp', 'TH', 'RS', 'RE'):
                flush()
            elif req in ('B', 'I', 'BI', 'IB', 'BR', 'RB', 'IR', 'RI', 'SM', 'SB'):
                if skip_next:
                    skip_next = False
                    continue
                text = arg.replace('"', '')
                if req.startswith('B') and not has_vi_diacritic(text):
                    text = ''
                cur.append(roff_inline(text))
            continue
        if nofill or in_link:
            continue
        if skip_next:
            skip_next = False
            continue
        cur.append(roff_inline(line))
    flush()
    return paras


# --------------------------------------------------------------------------
# HTML (maint-guide-vi, libreoffice-help-vi)
# --------------------------------------------------------------------------
VOID = {'br', 'img', 'input', 'meta', 'link', 'hr', 'base', 'col', 'area', 'wbr', 'source'}
BLOCK = {'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'dt', 'dd', 'div',
         'title', 'table', 'tr', 'ul', 'ol', 'dl', 'body', 'section', 'article', 'caption',
         'blockquote'}


class BlockExtractor(html.parser.HTMLParser):
    def __init__(self, skip_tags, skip_classes):
        super().__init__(convert_charrefs=True)
        self.skip_tags, self.skip_classes = skip_tags, skip_classes
        self.stack = []          # (tag, skipping?)
        self.skip_depth = 0
        self.buf, self.blocks = [], []

    def flush(self):
        t = ''.join(self.buf).strip()
        if t:
            self.blocks.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in VOID:
            if tag == 'br':
                self.flush()
            elif tag == 'img' and not self.skip_depth:
                self.buf.append(' ')
            return
        classes = set((a.get('class') or '').split())
        skipping = tag in self.skip_tags or bool(classes & self.skip_classes)
        self.stack.append((tag, skipping))
        if skipping:
            self.skip_depth += 1
            self.buf.append(' ')
        if tag in BLOCK and not self.skip_depth:
            self.flush()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        # pop to the matching tag (tolerates unclosed inner tags)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, sk in self.stack[i:]:
                    if sk:
                        self.skip_depth -= 1
                del self.stack[i:]
                break
        if tag in BLOCK and not self.skip_depth:
            self.flush()

    def handle_data(self, data):
        if not self.skip_depth:
            self.buf.append(data)

    def close(self):
        super().close()
        self.flush()


def extract_html(path, skip_tags, skip_classes):
    p = BlockExtractor(skip_tags, skip_classes)
    with open(path, encoding='utf-8', errors='replace') as f:
        p.feed(f.read())
    p.close()
    return p.blocks


MAINT_SKIP_TAGS = {'pre', 'code', 'script', 'style', 'sup', 'head'}
MAINT_SKIP_CLASSES = {'command', 'citerefentry', 'replaceable', 'navheader', 'navfooter',
                      'toc', 'screen', 'filename', 'literal', 'systemitem', 'email'}
LO_SKIP_TAGS = {'pre', 'code', 'script', 'style', 'header', 'aside', 'footer', 'noscript',
                'head', 'nav', 'button', 'label'}
LO_SKIP_CLASSES = {'bascode', 'pycode', 'code', 'codeintable', 'input', 'literal', 'keycode',
                   'bug', 'debug', 'MAC', 'howtoget', 'relatedtopics', 'iconcell',
                   'index-label', 'contents-treeview', 'modules', 'dropdowns'}


# --------------------------------------------------------------------------
def main():
    root, outdir = sys.argv[1], sys.argv[2]
    versions = dict(l.split(None, 1) for l in open(os.path.join(root, 'versions.txt'))
                    .read().splitlines() if l.strip())
    versions = {k: v.strip() for k, v in versions.items()}
    inv, hun, st = build_inventory(root)
    os.makedirs(os.path.join(outdir, 'lm'), exist_ok=True)

    # ---- LM text
    judge = Judge(inv)
    sources = []
    mandir = os.path.join(root, 'manpages-vi/usr/share/man/vi')
    manfiles = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(mandir) for f in fs
                      if f.endswith('.gz'))
    sources.append(('manpages-vi', manfiles, extract_man))
    mgdir = os.path.join(root, 'maint-guide-vi/usr/share/doc/maint-guide-vi/html')
    mgfiles = sorted(os.path.join(mgdir, f) for f in os.listdir(mgdir) if f.endswith('.html'))
    sources.append(('maint-guide-vi', mgfiles,
                    lambda p: extract_html(p, MAINT_SKIP_TAGS, MAINT_SKIP_CLASSES)))
    lodir = os.path.join(root, 'libreoffice-help-vi/usr/share/libreoffice/help/vi/text')
    lofiles = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(lodir) for f in fs
                     if f.endswith('.html'))
    sources.append(('libreoffice-help-vi', lofiles,
                    lambda p: extract_html(p, LO_SKIP_TAGS, LO_SKIP_CLASSES)))

    seen, out, per = set(), [], []
    for name, files, fn in sources:
        cand = kept = dup = 0
        n_out0 = len(out)
        for f in files:
            for block in fn(f):
                for sent in sentences(block):
                    cand += 1
                    line = clean_line(sent)
                    if not line or not judge.keep(line):
                        continue
                    key = re.sub(r'\W+', ' ', line.lower()).strip()
                    if key in seen:
                        dup += 1
                        continue
                    seen.add(key)
                    out.append(line)
                    kept += 1
        syl = sum(len(WORD_RE.findall(l)) for l in out[n_out0:])
        vi_syl = sum(judge.score(l)[1] for l in out[n_out0:])
        per.append((name, len(files), cand, dup, kept, syl, vi_syl))

    all_words = [w.lower() for l in out for w in WORD_RE.findall(l)]
    vi_words = [w for w in all_words if judge.is_vi_word(w)]
    lm_path = os.path.join(outdir, 'lm', 'debian-vi.txt')
    with open(lm_path, 'w', encoding='utf-8') as f:
        f.write('# debian-vi.txt: accented Vietnamese running text for the Cascade syllable language model.\n')
        f.write('# One sentence (or heading / list item) per line, NFC, tone marks on the OLD convention\n')
        f.write('# (hòa, thủy, khỏe; hoàn, quý unchanged). Lines starting with # are comments.\n')
        f.write('# Generated by models/normalizer/data/extract-debian-text.sh; do not edit by hand.\n')
        f.write('# Sources (Debian 12 "bookworm" packages, in this order in the file):\n')
        lic = {'manpages-vi': 'GPL-3+ (manpages-l10n; the translated pages carry their upstream licences, mostly GPL-3+)',
               'maint-guide-vi': 'GPL-2+ (Debian New Maintainers\' Guide, Josip Rodin, Osamu Aoki et al.)',
               'libreoffice-help-vi': 'MPL-2.0 (LibreOffice help; some parts Apache-2.0)'}
        how = {'manpages-vi': 'roff of usr/share/man/vi/man{1,8}/*.gz; requests, .TP tags (options), .nf/.EX blocks, links, bold command names dropped',
               'maint-guide-vi': 'XHTML usr/share/doc/maint-guide-vi/html/*.html; <pre>, <code>, commands, file names, replaceables, footnote marks, navigation dropped',
               'libreoffice-help-vi': 'HTML usr/share/libreoffice/help/vi/text/**.html; page chrome, code blocks, literals, key codes, input, "how to get" menu paths, Mac variants dropped'}
        for name, nfiles, cand, dup, kept, syl, vi_syl in per:
            f.write(f'#   {name} {versions.get(name, "?")}: licence {lic[name]}\n')
            f.write(f'#     extracted: {how[name]}\n')
            f.write(f'#     {nfiles} files, {cand} candidate sentences, {kept} kept, {dup} duplicates dropped, '
                    f'{syl} word tokens ({vi_syl} Vietnamese syllables)\n')
        f.write('# Filter: a line is kept when it has >= 2 words, >= 1 word with Vietnamese diacritics, and\n')
        f.write('#   >= 60% of its words are Vietnamese (in syllables.txt, or a well-formed accented syllable).\n')
        f.write('#   Tokens that look like code (options -x/--x, paths, identifiers with _ / = < > etc., name(1)\n')
        f.write('#   references, file.ext, letter+digit mixes) are removed from a line before judging it.\n')
        f.write('#   Lines are deduplicated (case- and punctuation-insensitive), first occurrence kept.\n')
        f.write(f'# Totals: {len(out)} lines, {len(all_words)} word tokens, {len(vi_words)} Vietnamese syllable tokens, '
                f'{len(set(vi_words))} distinct Vietnamese syllables.\n')
        for l in out:
            f.write(l + '\n')

    # ---- inventory
    inv_path = os.path.join(outdir, 'syllables.txt')
    lm_vi = set(vi_words)
    with open(inv_path, 'w', encoding='utf-8') as f:
        f.write('# syllables.txt: inventory of valid Vietnamese syllables, lower case, NFC, one per line,\n')
        f.write('#   sorted by code point. Tone marks on the OLD convention for open oa/oe/uy\n')
        f.write('#   (hòa, thủy, khỏe, ủy; hoàn, quý, khuỷu unchanged): normalise input the same way before lookup.\n')
        f.write('# Generated by models/normalizer/data/extract-debian-text.sh; do not edit by hand.\n')
        f.write(f'# Source 1: Debian hunspell-vi {versions.get("hunspell-vi", "?")}, usr/share/hunspell/vi_VN.dic '
                '(libreoffice-dictionaries, dictionaries/vi: Ivan Garcia, Nguyễn Xuân Minh; licence GPL-2).\n')
        f.write(f'#   {st["hun_entries"]} entries, {st["hun_tokens"]} space-separated tokens, {st["hun_kept"]} distinct syllables kept.\n')
        f.write(f'#   Dropped (acronyms, loanwords, malformed spellings): {" ".join(st["hun_rejected"])}\n')
        if st['tess_words']:
            f.write(f'# Source 2: Debian tesseract-ocr-vie {versions.get("tesseract-ocr-vie", "?")}, vie.traineddata '
                    '(tessdata_fast; licence Apache-2.0), word list lstm-word-dawg\n')
            f.write('#   extracted with combine_tessdata -u + dawg2wordlist vie.lstm-unicharset vie.lstm-word-dawg.\n')
            f.write(f'#   {st["tess_words"]} words (mixed case), {st["tess_valid"]} distinct valid syllables after lower-casing,\n')
            f.write(f'#   {st["tess_rejected"]} words rejected (English, brand names, unaccented or mojibake text,\n')
            f.write(f'#   dotted/slashed tokens); of the valid ones not in hunspell-vi, {len(st["tess_new"])} were added\n')
            f.write('#   (they carry Vietnamese diacritics) and these were dropped as unaccented web spellings,\n')
            f.write(f'#   English or misspellings: {" ".join(st["tess_unaccented_dropped"])}\n')
        else:
            f.write('# Source 2: tesseract-ocr-vie word list NOT included (combine_tessdata/dawg2wordlist unavailable).\n')
        f.write('# Check applied to every token: Vietnamese letters only; onset from the Vietnamese set (incl. gi, qu,\n')
        f.write('#   ngh); one vowel nucleus from the list of real nuclei; coda empty or c ch m n ng nh p t; at most one\n')
        f.write('#   tone mark; c/ch/p/t codas only with sắc or nặng; c/k, g/gh, ng/ngh spelling rules.\n')
        f.write(f'# Total: {len(inv)} syllables ({len(inv & lm_vi)} of them occur in lm/debian-vi.txt).\n')
        for s in sorted(inv):
            f.write(s + '\n')

    print(f'inventory: {len(inv)} (hunspell {st["hun_kept"]}, tesseract valid {st["tess_valid"]}, '
          f'tesseract-only {len(st["tess_new"])})')
    print('hunspell rejected:', ' '.join(st['hun_rejected']))
    for row in per:
        print('source %s: files=%d candidates=%d dups=%d kept=%d words=%d vi=%d' % row)
    print(f'LM: {len(out)} lines, {len(all_words)} words, {len(vi_words)} vi syllables, '
          f'{len(set(vi_words))} distinct; {os.path.getsize(lm_path)} bytes')
    print('tesseract-only syllables added:', ' '.join(st['tess_new']))


if __name__ == '__main__':
    main()
PY

echo "== extracting" >&2
python3 "$WORK/extract.py" "$WORK/root" "$OUT"
echo "== wrote $OUT/syllables.txt and $OUT/lm/debian-vi.txt" >&2
