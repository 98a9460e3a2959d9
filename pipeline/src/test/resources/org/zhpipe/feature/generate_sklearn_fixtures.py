#!/usr/bin/env python3
# Generates sklearn-expected.json, the reference vectors for zhpipe's feature stages (bow, tfidf, hashing_tf,
# keywords), from reviews-tokens.jsonl (samples/text/reviews.txt after `segment,stopwords`, one token list a line).
#
# Run from anywhere (paths are relative to this file):
#     /usr/bin/python3 pipeline/src/test/resources/org/zhpipe/feature/generate_sklearn_fixtures.py
#
# The committed output was produced with Python 3.11.2, scikit-learn 1.2.1, NumPy 1.24.2, SciPy 1.10.1 and
# jieba 0.42.1 (Debian 12 packages python3-sklearn, python3-numpy, python3-scipy, python3-jieba). Both files are
# committed, so the Java tests need no Python; rerun this only when the corpus or the cases change. The output is
# deterministic: the same versions give the same bytes.
#
# The tokens go to scikit-learn unchanged: every document is a list of strings, and the vectorizers get
# tokenizer=lambda d: d, preprocessor=lambda d: d, lowercase=False, token_pattern=None (a callable analyzer would
# ignore ngram_range). n-gram terms are the tokens joined by one space, as scikit-learn makes them.
#
# Format: {"sklearn", "numpy", "scipy", "jieba", "documents", "common", "cases": [{"name", "stage" (the zhpipe stage
# JSON that must reproduce it), "reference" ("sklearn", "formula" or "jieba"), "sklearn" (the call, for humans),
# "vocabulary" (terms in index order; absent for hashing), "idf" (when the case uses idf), "rows": one per
# document, {"indices", "values"} with increasing indices and no zero values}]}. The keywords case has
# rows {"terms", "weights"} instead, and "idfTable", "idfSha256", "medianIdf".
#
# Where this departs from the obvious sklearn call, and why: max_features is only checked against scikit-learn where
# no tie crosses the cut (its argsort is NumPy's unstable quicksort, so tied terms at the cut come out in no
# meaningful order); bow-bigrams-ties-formula gives the tie rule zhpipe should follow instead (ascending term).
import hashlib
import json
import os
import sys
from pathlib import Path

import jieba
import jieba.analyse
import numpy as np
import scipy
import sklearn
from sklearn.feature_extraction.text import CountVectorizer, HashingVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils import murmurhash3_32

HERE = Path(__file__).resolve().parent
TOKENS = HERE / "reviews-tokens.jsonl"
OUT = HERE / "sklearn-expected.json"
JIEBA_IDF = Path(sys.modules["jieba.analyse.tfidf"].DEFAULT_IDF)  # jieba.analyse.tfidf is also a function

COMMON = dict(tokenizer=lambda d: d, preprocessor=lambda d: d, lowercase=False, token_pattern=None)
COMMON_TEXT = "tokenizer=lambda d: d, preprocessor=lambda d: d, lowercase=False, token_pattern=None, dtype=np.float64"

# a term that occurs in no document, for the fixed vocabulary
ABSENT = "区块链"
FIXED_VOCABULARY = ["手机", "天气", "比赛", "Python", "模型", "价格", "旅游", "AI", "足球", ABSENT, "味道",
                    "论坛", "iPhone", "气温", "𠀀"]


def read_documents():
    with open(TOKENS, encoding="utf-8") as f:
        docs = [json.loads(line)["tokens"] for line in f if line.strip()]
    for i, d in enumerate(docs):
        assert d, f"document {i} has no tokens"
        assert all(isinstance(t, str) and t for t in d), f"document {i}: bad token"
    return docs


def rows_of(X):
    """CSR rows as {"indices", "values"}, indices increasing, explicit zeros dropped; returns (rows, dropped)."""
    X = X.tocsr()
    rows, dropped = [], 0
    for r in range(X.shape[0]):
        lo, hi = X.indptr[r], X.indptr[r + 1]
        idx = np.asarray(X.indices[lo:hi], dtype=np.int64)
        val = np.asarray(X.data[lo:hi], dtype=np.float64)
        # CountVectorizer leaves the indices of a row unsorted (its _sort_features remaps them in place)
        order = np.argsort(idx, kind="stable")
        idx, val = idx[order], val[order]
        assert all(a < b for a, b in zip(idx[:-1], idx[1:])), f"row {r}: indices not strictly increasing"
        keep = val != 0.0
        dropped += int((~keep).sum())
        rows.append({"indices": [int(i) for i in idx[keep]], "values": [float(v) for v in val[keep]]})
    return rows, dropped


def vocabulary_of(vectorizer):
    inverse = {int(i): t for t, i in vectorizer.vocabulary_.items()}
    vocabulary = [inverse[i] for i in range(len(inverse))]
    assert vocabulary == list(vectorizer.get_feature_names_out())
    return vocabulary


def check_limit_ties(name, docs, vectorizer, ngram_range, min_df, max_df, max_features, binary=False):
    """max_features keeps the most frequent terms, but scikit-learn ranks them with an unstable argsort
    ((-tfs).argsort(), quicksort), so a tie across the cut would make the fixture depend on NumPy's sort.
    Check that the cut falls between two different totals."""
    if max_features is None:
        return
    full = CountVectorizer(ngram_range=ngram_range, binary=binary, dtype=np.float64, **COMMON)
    X = full.fit_transform(docs)
    n = X.shape[0]
    high = max_df if isinstance(max_df, int) else max_df * n
    low = min_df if isinstance(min_df, int) else min_df * n
    df = np.bincount(X.tocsr().indices, minlength=X.shape[1])
    tf = np.asarray(X.sum(axis=0)).ravel()
    terms = full.get_feature_names_out()
    candidates = sorted(((-tf[j], terms[j]) for j in range(len(terms)) if low <= df[j] <= high))
    assert len(candidates) > max_features, f"{name}: max_features removes nothing"
    last, first_out = -candidates[max_features - 1][0], -candidates[max_features][0]
    assert last != first_out, f"{name}: max_features={max_features} cuts through a tie of total {last}"
    expected = {t for _, t in candidates[:max_features]}
    assert expected == set(vectorizer.vocabulary_), f"{name}: max_features kept other terms"
    print(f"  {name}: {len(candidates)} candidates, the cut is between totals {last:g} and {first_out:g}")


def sklearn_case(name, stage, call, make, docs, idf=False, **limits):
    vectorizer = make()
    X = vectorizer.fit_transform(docs)
    assert X.dtype == np.float64
    if limits:
        check_limit_ties(name, docs, vectorizer, **limits)
    rows, dropped = rows_of(X)
    case = {"name": name, "stage": stage, "reference": "sklearn", "sklearn": call,
            "vocabulary": vocabulary_of(vectorizer)}
    if idf:
        case["idf"] = [float(v) for v in vectorizer.idf_]
    case["rows"] = rows
    removed = len(getattr(vectorizer, "stop_words_", ()) or ())
    return case, dropped, removed


def hashing_case(name, stage, call, docs, **kwargs):
    vectorizer = HashingVectorizer(dtype=np.float64, **COMMON, **kwargs)
    X = vectorizer.transform(docs)
    # check the hashing rule a Java implementation must follow: MurmurHash3 (x86, 32 bit, seed 0) of the term's
    # UTF-8 bytes as a signed int h; index = |h| mod n_features; sign = +1 if h >= 0 else -1 (alternate_sign)
    n_features = vectorizer.n_features
    analyzer = vectorizer.build_analyzer()
    collisions = 0
    for r, doc in enumerate(docs):
        acc, owners = {}, {}
        for term in analyzer(doc):
            h = murmurhash3_32(term.encode("utf-8"), seed=0, positive=False)
            assert h != -2**31  # scikit-learn special-cases it; no term here hashes to it
            index = abs(h) % n_features
            sign = 1.0 if (h >= 0 or not vectorizer.alternate_sign) else -1.0
            acc[index] = acc.get(index, 0.0) + sign
            owners.setdefault(index, set()).add(term)
        collisions += sum(1 for terms in owners.values() if len(terms) > 1)
        if vectorizer.norm is None:
            row = X.getrow(r).tocoo()
            got = {int(i): float(v) for i, v in zip(row.col, row.data)}
            assert got == acc, f"{name}: row {r} differs from the MurmurHash3 rule"
    rows, dropped = rows_of(X)
    case = {"name": name, "stage": stage, "reference": "sklearn", "sklearn": call, "rows": rows}
    print(f"  {name}: {collisions} index collisions inside documents, {dropped} explicit zeros dropped")
    return case, dropped, 0


def formula_case(name, stage, call, docs, idf_formula):
    counts = CountVectorizer(dtype=np.float64, **COMMON)
    X = counts.fit_transform(docs).tocsr()
    n = X.shape[0]
    df = np.bincount(X.indices, minlength=X.shape[1]).astype(np.float64)
    idf = idf_formula(n, df)
    X = X.multiply(idf.reshape(1, -1)).tocsr()  # tf * idf, entry by entry
    X = normalize(X, norm="l2", copy=False)
    rows, dropped = rows_of(X)
    case = {"name": name, "stage": stage, "reference": "formula", "sklearn": call,
            "vocabulary": vocabulary_of(counts), "idf": [float(v) for v in idf], "rows": rows}
    return case, dropped, 0


def ties_case(name, stage, docs, ngram_range, min_df, max_features):
    """Not scikit-learn: max_features with a tie across the cut, broken by ascending term (code points). That is
    what scikit-learn means to do (it sorts the vocabulary before ranking), but its (-tfs).argsort() is NumPy's
    unstable quicksort, which with 1.2.1 / NumPy 1.24.2 keeps other terms of the tied group here."""
    full = CountVectorizer(ngram_range=ngram_range, min_df=min_df, dtype=np.float64, **COMMON)
    X = full.fit_transform(docs).tocsr()
    terms = list(full.get_feature_names_out())
    tf = np.asarray(X.sum(axis=0)).ravel()
    ranked = sorted(range(len(terms)), key=lambda j: (-tf[j], terms[j]))  # Python str order = code points
    kept = sorted(ranked[:max_features])
    assert tf[ranked[max_features - 1]] == tf[ranked[max_features]], f"{name}: no tie at the cut"
    sk = CountVectorizer(ngram_range=ngram_range, min_df=min_df, max_features=max_features, **COMMON).fit(docs)
    differ = len(set(sk.vocabulary_) - {terms[j] for j in kept})
    print(f"  {name}: tie of total {tf[ranked[max_features]]:g} at the cut; scikit-learn keeps {differ} other terms")
    rows, dropped = rows_of(X[:, kept])
    case = {"name": name, "stage": stage, "reference": "formula",
            "sklearn": f"not scikit-learn: CountVectorizer(ngram_range={ngram_range}, min_df={min_df}) counts, "
                       f"keeping the {max_features} highest totals, ties by ascending term (code points)",
            "vocabulary": [terms[j] for j in kept], "rows": rows}
    return case, dropped, len(terms) - max_features


class ListTokenizer:
    """Stands in for jieba.dt: the 'sentence' handed to extract_tags is already our token list."""

    def cut(self, sentence):
        return list(sentence)


def keywords_case(docs, top=5):
    # jieba 0.42.1, jieba/analyse/tfidf.py, TFIDF.extract_tags without allowPOS:
    #   tokens whose len(t.strip()) < 2 (Python len: code points, so 𠀀 and 😀 are 1) or whose t.lower() is a stop
    #   word are skipped (we empty the stop words); freq[t] = occurrences among the kept tokens (a float);
    #   total = sum(freq); weight = freq[t] * (idf.get(t, median_idf) / total) -- the idf is divided by total
    #   first, then multiplied by the count. The idf lookup is exact (no lower-casing). median_idf is
    #   sorted(idf values)[len // 2] of the whole table.
    # Order and ties: sorted(freq.items(), key=weight, reverse=True) is a stable sort and reverse=True keeps equal
    #   weights in their original order, which is the dict's insertion order: equal weights stay in the order of
    #   their first occurrence in the document. Then the first `top` are kept.
    extractor = jieba.analyse.TFIDF()
    extractor.stop_words = set()
    extractor.tokenizer = ListTokenizer()
    rows = []
    for doc in docs:
        tags = extractor.extract_tags(doc, topK=top, withWeight=True)
        rows.append({"terms": [t for t, _ in tags], "weights": [float(w) for _, w in tags]})
    digest = hashlib.sha256(JIEBA_IDF.read_bytes()).hexdigest()
    case = {"name": "keywords-jieba", "stage": {"type": "keywords", "top": top}, "reference": "jieba",
            "sklearn": f"jieba.analyse.TFIDF() with stop_words=set() and our tokens: "
                       f"extract_tags(tokens, topK={top}, withWeight=True)",
            "idfTable": "jieba 0.42.1 jieba/analyse/idf.txt", "idfSha256": digest,
            "medianIdf": float(extractor.median_idf), "rows": rows}
    return case, 0, 0


def build_cases(docs):
    C = COMMON
    f64 = np.float64
    cases = []

    def add(result):
        cases.append(result)

    add(sklearn_case("bow-default", {"type": "bow"}, "CountVectorizer()",
                     lambda: CountVectorizer(dtype=f64, **C), docs))
    # max_features values sit where no tie crosses the cut (see check_limit_ties): 41 = every term with a total
    # of at least 4 here; 60 would cut through 28 terms of total 3. bow-bigrams-ties-formula covers ties.
    add(sklearn_case("bow-bigrams-pruned", {"type": "bow", "ngram": [1, 2], "minDf": 2, "maxFeatures": 41},
                     "CountVectorizer(ngram_range=(1, 2), min_df=2, max_features=41)",
                     lambda: CountVectorizer(ngram_range=(1, 2), min_df=2, max_features=41, dtype=f64, **C), docs,
                     ngram_range=(1, 2), min_df=2, max_df=1.0, max_features=41))
    add(ties_case("bow-bigrams-ties-formula", {"type": "bow", "ngram": [1, 2], "minDf": 2, "maxFeatures": 60},
                  docs, ngram_range=(1, 2), min_df=2, max_features=60))
    # no term is in more than 14 of the 80 documents, so the max_df fractions are small: 0.1 * 80 = 8.0 keeps
    # 机器 (df 8, the bound is inclusive) and drops the 8 terms above; 0.02 * 80 = 1.6 drops every df-1 term
    add(sklearn_case("bow-binary-maxdf", {"type": "bow", "binary": True, "maxDf": 0.1, "minDf": 0.02},
                     "CountVectorizer(binary=True, max_df=0.1, min_df=0.02)",
                     lambda: CountVectorizer(binary=True, max_df=0.1, min_df=0.02, dtype=f64, **C), docs))
    add(sklearn_case("tfidf-default", {"type": "tfidf"}, "TfidfVectorizer()",
                     lambda: TfidfVectorizer(dtype=f64, **C), docs, idf=True))
    add(sklearn_case("tfidf-ngram-sublinear", {"type": "tfidf", "ngram": [1, 2], "minDf": 2, "sublinearTf": True},
                     "TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)",
                     lambda: TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, dtype=f64, **C), docs,
                     idf=True))
    # 0.15 * 80 = 12.0: keeps 天气 (df 12), drops 手机 (14) and 旅游 (13)
    add(sklearn_case("tfidf-l1-nosmooth-binary",
                     {"type": "tfidf", "norm": "l1", "smoothIdf": False, "binary": True, "maxDf": 0.15},
                     "TfidfVectorizer(norm='l1', smooth_idf=False, binary=True, max_df=0.15)",
                     lambda: TfidfVectorizer(norm="l1", smooth_idf=False, binary=True, max_df=0.15, dtype=f64, **C),
                     docs, idf=True))
    add(sklearn_case("tfidf-noidf-nonorm-maxfeatures",
                     {"type": "tfidf", "useIdf": False, "norm": "none", "maxFeatures": 38},
                     "TfidfVectorizer(use_idf=False, norm=None, max_features=38)",
                     lambda: TfidfVectorizer(use_idf=False, norm=None, max_features=38, dtype=f64, **C), docs,
                     ngram_range=(1, 1), min_df=1, max_df=1.0, max_features=38))  # 38 = every total >= 4; 40 ties
    add(sklearn_case("tfidf-fixed-vocabulary", {"type": "tfidf", "vocabulary": FIXED_VOCABULARY},
                     f"TfidfVectorizer(vocabulary={FIXED_VOCABULARY!r})",
                     lambda: TfidfVectorizer(vocabulary=FIXED_VOCABULARY, dtype=f64, **C), docs, idf=True))
    add(sklearn_case("tfidf-bigrams-only", {"type": "tfidf", "ngram": [2, 2], "maxDf": 3},
                     "TfidfVectorizer(ngram_range=(2, 2), max_df=3)",
                     lambda: TfidfVectorizer(ngram_range=(2, 2), max_df=3, dtype=f64, **C), docs, idf=True))
    add(hashing_case("hashing-default", {"type": "hashing_tf"}, "HashingVectorizer()", docs))
    add(hashing_case("hashing-small-bigrams", {"type": "hashing_tf", "bits": 6, "ngram": [1, 2], "norm": "none"},
                     "HashingVectorizer(n_features=2**6, ngram_range=(1, 2), norm=None)", docs,
                     n_features=2**6, ngram_range=(1, 2), norm=None))
    # binary sets every stored bucket to 1, one whose signed counts cancelled (an explicit zero) too
    add(hashing_case("hashing-small-binary", {"type": "hashing_tf", "bits": 4, "ngram": [1, 2], "binary": True,
                                              "norm": "l1"},
                     "HashingVectorizer(n_features=2**4, ngram_range=(1, 2), binary=True, norm='l1')", docs,
                     n_features=2**4, ngram_range=(1, 2), binary=True, norm="l1"))
    add(formula_case("tfidf-plain-idf", {"type": "tfidf", "idf": "plain"},
                     "not scikit-learn: CountVectorizer() counts * ln(N/df), then normalize(norm='l2')", docs,
                     lambda n, df: np.log(n / df)))
    add(formula_case("tfidf-spark-idf", {"type": "tfidf", "idf": "spark"},
                     "not scikit-learn: CountVectorizer() counts * ln((N+1)/(df+1)), then normalize(norm='l2')", docs,
                     lambda n, df: np.log((n + 1) / (df + 1))))
    add(keywords_case(docs))
    return cases


def dump(value, out, depth=0):
    """JSON with one case per block and one row per line; everything else compact (json.dumps defaults:
    floats as repr)."""
    def compact(v):
        return json.dumps(v, ensure_ascii=False)

    pad = " " * (depth + 1)
    if depth == 0:
        out.write("{")
        items = list(value.items())
        for k, (key, v) in enumerate(items):
            out.write(("" if k == 0 else ",\n ") + compact(key) + ": ")
            if key == "cases":
                out.write("[\n")
                for c, case in enumerate(v):
                    out.write(pad + " ")
                    dump(case, out, depth + 2)
                    out.write(",\n" if c < len(v) - 1 else "]")
            else:
                out.write(compact(v))
        out.write("}\n")
    else:
        out.write("{")
        for k, (key, v) in enumerate(value.items()):
            out.write(("" if k == 0 else ",\n" + pad + " ") + compact(key) + ": ")
            if key == "rows":
                out.write("[\n" + ",\n".join(pad + "  " + compact(r) for r in v) + "]")
            else:
                out.write(compact(v))
        out.write("}")


def main():
    if sklearn.__version__ != "1.2.1":
        print(f"warning: scikit-learn {sklearn.__version__}; the committed fixtures come from 1.2.1", file=sys.stderr)
    docs = read_documents()
    assert all(ABSENT not in d for d in docs) and any("𠀀" in d for d in docs)
    print(f"{len(docs)} documents, {sum(map(len, docs))} tokens")
    results = build_cases(docs)
    names = [case["name"] for case, _, _ in results]
    assert len(names) == len(set(names))
    document = {"sklearn": sklearn.__version__, "numpy": np.__version__, "scipy": scipy.__version__,
                "jieba": jieba.__version__, "documents": len(docs), "common": COMMON_TEXT,
                "cases": [case for case, _, _ in results]}
    tmp = OUT.with_suffix(".json.tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        dump(document, out)
    os.replace(tmp, OUT)
    with open(OUT, encoding="utf-8") as f:
        assert json.load(f) == document

    print(f"\n{'case':32} {'vocabulary':>10} {'removed':>8} {'nnz':>6} {'zeros dropped':>14}")
    for case, dropped, removed in results:
        vocab = len(case["vocabulary"]) if "vocabulary" in case else "-"
        nnz = sum(len(r.get("indices", r.get("terms"))) for r in case["rows"])
        assert len(case["rows"]) == len(docs)
        print(f"{case['name']:32} {vocab!s:>10} {removed:>8} {nnz:>6} {dropped:>14}")
    print(f"\nwrote {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
