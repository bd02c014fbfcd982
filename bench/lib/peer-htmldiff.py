"""Python's standard answer for a side-by-side report: difflib.HtmlDiff().make_file over the two files' lines."""
import sys
from difflib import HtmlDiff

left, right, out = sys.argv[1:4]
with open(left, encoding='utf-8') as f:
    a = f.read().splitlines()
with open(right, encoding='utf-8') as f:
    b = f.read().splitlines()
with open(out, 'w', encoding='utf-8') as f:
    f.write(HtmlDiff().make_file(a, b, left, right))
