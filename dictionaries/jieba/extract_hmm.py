#!/usr/bin/python3
"""Writes jieba's character HMM (jieba.finalseg) as the tab-separated text file hmm.txt.

Usage (from the project root, with Debian's python3-jieba 0.42.1 installed: apt-get install python3-jieba):

    /usr/bin/python3 dictionaries/jieba/extract_hmm.py dictionaries/jieba/hmm.txt

(Debian's own interpreter, which sees the package; another python3 on the PATH may not.)

Reads the tables exactly as CPython jieba does (jieba/finalseg/prob_start.py, prob_trans.py, prob_emit.py) and
writes, after a header of '#' lines, one entry per line:

    start<TAB>STATE<TAB>LOGPROB
    trans<TAB>FROM<TAB>TO<TAB>LOGPROB
    emit<TAB>STATE<TAB>CHAR<TAB>LOGPROB

Sections in that order; states sorted B, E, M, S; characters by code point. LOGPROB is Python's repr() of the
stored float: the shortest decimal that reads back as the same double (Java's Double.parseDouble reads it exactly).
The output is UTF-8 with '\n' line ends and depends only on the installed jieba, so reruns are byte-identical.
"""
import sys

import jieba
from jieba.finalseg import prob_emit, prob_start, prob_trans

STATES = "BEMS"


def check_state(state):
    if state not in STATES:
        raise ValueError("unexpected HMM state %r" % (state,))
    return state


def check_char(char):
    # one code point, never a surrogate half or a character that would break the line format
    if len(char) != 1 or 0xD800 <= ord(char) <= 0xDFFF or char in "\t\n\r" or char.isspace():
        raise ValueError("unexpected emission key %r" % (char,))
    return char


def lines():
    yield "# jieba %s character HMM (jieba.finalseg): states B (begin), M (middle), E (end), S (single)" % (
        jieba.__version__,)
    yield "# natural-log probabilities exactly as jieba stores them; absent entries are impossible"
    yield "# start<TAB>state<TAB>logprob | trans<TAB>from<TAB>to<TAB>logprob | emit<TAB>state<TAB>char<TAB>logprob"
    for state in sorted(prob_start.P):
        yield "start\t%s\t%r" % (check_state(state), float(prob_start.P[state]))
    for source in sorted(prob_trans.P):
        for target in sorted(prob_trans.P[source]):
            yield "trans\t%s\t%s\t%r" % (check_state(source), check_state(target),
                                          float(prob_trans.P[source][target]))
    for state in sorted(prob_emit.P):
        for char in sorted(prob_emit.P[state]):  # Python str order is code point order
            yield "emit\t%s\t%s\t%r" % (check_state(state), check_char(char), float(prob_emit.P[state][char]))


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: extract_hmm.py OUTPUT")
    data = "".join(line + "\n" for line in lines()).encode("utf-8")
    with open(argv[1], "wb") as out:
        out.write(data)


if __name__ == "__main__":
    main(sys.argv)
