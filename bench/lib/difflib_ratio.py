"""difflib.SequenceMatcher(None, a, b).ratio() for each pair: stdin JSON [[a, b], ...], stdout JSON [ratio, ...]."""
import json
import sys
from difflib import SequenceMatcher

json.dump([SequenceMatcher(None, a, b).ratio() for a, b in json.load(sys.stdin)], sys.stdout)
