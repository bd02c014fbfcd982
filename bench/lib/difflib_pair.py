"""Python difflib's own pairing of lines, as Differ does it: SequenceMatcher opcodes, then inside each
'replace' block the recursive best-ratio pairing of Differ._fancy_replace with its 0.75 cutoff.

stdin: JSON list of {"old": [str], "new": [str]}; stdout: JSON list of [[old_index, new_index], ...] (0-based).
"""
import json
import sys
from difflib import SequenceMatcher

CUTOFF = 0.75


def fancy_pairs(a, alo, ahi, b, blo, bhi, out):
    best_ratio, best_i, best_j = CUTOFF - 0.01, None, None
    eqi = eqj = None
    cruncher = SequenceMatcher(None)
    for j in range(blo, bhi):
        cruncher.set_seq2(b[j])
        for i in range(alo, ahi):
            if a[i] == b[j]:
                if eqi is None:
                    eqi, eqj = i, j
                continue
            cruncher.set_seq1(a[i])
            if cruncher.real_quick_ratio() > best_ratio and cruncher.quick_ratio() > best_ratio and cruncher.ratio() > best_ratio:
                best_ratio, best_i, best_j = cruncher.ratio(), i, j
    if best_ratio < CUTOFF:
        if eqi is None:
            return  # Differ prints the block as plain delete + insert: no pairs
        best_i, best_j = eqi, eqj  # no close pair, but an identical one: Differ syncs on it
    if alo < best_i and blo < best_j:
        fancy_pairs(a, alo, best_i, b, blo, best_j, out)
    out.append([best_i, best_j])
    if best_i + 1 < ahi and best_j + 1 < bhi:
        fancy_pairs(a, best_i + 1, ahi, b, best_j + 1, bhi, out)


def pair(old, new):
    out = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new).get_opcodes():
        if tag == 'equal':
            out.extend([i1 + k, j1 + k] for k in range(i2 - i1))
        elif tag == 'replace':
            fancy_pairs(old, i1, i2, new, j1, j2, out)
    return sorted(out)


if __name__ == '__main__':
    jobs = json.load(sys.stdin)
    json.dump([pair(job['old'], job['new']) for job in jobs], sys.stdout)
