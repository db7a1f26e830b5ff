#!/usr/bin/env python3
"""CI floor for main-content extraction: scores winnow on shb-dev and fails below a floor.

usage: corpus_score.py WINNOW CORPUS_DIR SCORE_PY FLOOR
Runs tools/corpus_predict.py over CORPUS_DIR/html, scores with SCORE_PY against
CORPUS_DIR/truth.json and exits 1 when F1 < FLOOR. The floor only ever rises.
"""
import json, os, subprocess, sys, tempfile

def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    winnow, corpus, score_py, floor = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    here = os.path.dirname(os.path.abspath(__file__))
    predict = os.path.join(here, "..", "tools", "corpus_predict.py")
    with tempfile.TemporaryDirectory() as tmp:
        pred = os.path.join(tmp, "pred.json")
        r = subprocess.run([sys.executable, predict, winnow, os.path.join(corpus, "html"), pred, "-j", "2"])
        if r.returncode != 0:
            print("corpus_score: winnow failed on some pages")
            return 1
        out = subprocess.run([sys.executable, score_py, os.path.join(corpus, "truth.json"), pred, "--json"],
                             capture_output=True, text=True, check=True).stdout
    m = json.loads(out.strip().splitlines()[-1])
    print(f"shb-dev F1 {m['f1']:.4f}  precision {m['precision']:.4f}  recall {m['recall']:.4f}  (floor {floor:.3f})")
    if m["f1"] < floor:
        print(f"corpus_score: F1 {m['f1']:.4f} is below the floor {floor:.3f}")
        return 1
    return 0

if __name__ == "__main__":
    sys.exit(main())
