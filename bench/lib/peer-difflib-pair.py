"""difflib paragraph pairing as a tool: read two files, split paragraphs at blank lines, pair them with SequenceMatcher
and Differ's 0.75 cutoff (difflib_pair.py), write the pairs as JSON."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from difflib_pair import pair  # noqa: E402


def paragraphs(path):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    return [re.sub(r'\s+', ' ', p).strip() for p in re.split(r'\n\s*\n', text) if p.strip()]


left, right, out = sys.argv[1:4]
with open(out, 'w', encoding='utf-8') as f:
    json.dump(pair(paragraphs(left), paragraphs(right)), f)
