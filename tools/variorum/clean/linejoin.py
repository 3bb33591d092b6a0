"""Line joining: hard-wrapped lines reflowed into blocks, line-end hyphens joined or kept from evidence."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from variorum.clean.base import LINE_SPACE, CleanContext, Edit, EditColumns, make_edit
from variorum.clean.blocks import LETTERS_RE, MD_STRUCTURE_LINE_RE
from variorum.clean.lexicon import AS_HYPHEN, COMPOUND_RE, SUFFIX_FRAGMENTS, Lexicon, build_lexicon
from variorum.clean.misread.tables import COMMON, DIGIT_CONFUSIONS, UNKNOWN_READING_CONFUSIONS
from variorum.clean.misread.vocabulary import _substitutions

RULE_REFLOW = "reflow"
RULE_DEHYPHENATE = "dehyphenate"
RULE_HYPHEN_BREAK = "hyphen-break"
RULE_HYPHEN_KEPT = "hyphen-kept"
RULE_SUSPENDED = "hyphen-suspended"
RULE_LOST_HYPHEN = "join-lost-hyphen"
RULE_DASH_CLOSED = "dash-closed"
RULE_HYPHEN_READ_AS_DASH = "hyphen-read-as-dash"
RULES = (RULE_REFLOW, RULE_DEHYPHENATE, RULE_HYPHEN_BREAK, RULE_HYPHEN_KEPT, RULE_SUSPENDED,
         RULE_LOST_HYPHEN, RULE_DASH_CLOSED, RULE_HYPHEN_READ_AS_DASH)

# A line break inside a block: something on both sides, no blank line between, i.e. the
# matches of (?<=[^\s])[ \t\f\v]*\n[ \t\f\v]*(?=[^\s]). That pattern starts with a lookbehind,
# tried at every position of a book; this one starts at the newline (found by a fast
# literal scan) and looks one character back: a non-space there (the usual line end) is
# the break's start; group 1 matches (empty) where spaces end the line instead, and
# join_lines takes them and checks what precedes them. Group 2: the letters starting
# the next line, for the decision.
_SOFT_BREAK_RE = re.compile(r"\n(?:(?<=\S\n)|(?<=[ \t\f\v]\n)())[ \t\f\v]*(?=[^\s])(?=([^\W\d_]*))")
_MD_FENCE_RE = re.compile(r"(?m)^[ \t]*(```|~~~)")
#: a line opening with an item's label, found from the newline before it: a number, bare or
#: closed by a stop or a bracket ('3 In the', '2. Run'), or a letter or a small roman
#: numeral closed so or bracketed ('(b) the', 'iv. and'); group 1 the label as set
_ITEM_LINE_RE = re.compile(r"\n[ \t]*(\(?(?:\d{1,3}|[a-z]|[ivxl]{1,6})\)|\d{1,3}\.?|(?:[a-z]|[ivxl]{1,6})\.)[ \t]+(?=\S)")
#: a run of items numbered in turn has this many at least: two lines opening with numbers
#: in turn are a sentence's by chance as often ('in the year / 1848 ... / 1849')
_ITEM_RUN = 3
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
# "pre- and post-war": the word after "and"/"or" is itself hyphenated
_SUSPENDED_RE = re.compile(r"\w+ [^\W\d_]+-[^\W\d_]")
_SUSPENDED_NEXT = ("and ", "or ", "und ", "et ", "ou ", "nor ")
_SUSPENDED_WORDS = frozenset(w.strip() for w in _SUSPENDED_NEXT)
#: the dashes a text sets: em and en
DASHES = "—–"
#: what OCR puts at a line end for a hyphen: the hyphen-minus, U+2010/2011, and ¬ (Fraktur)
LINE_END_HYPHENS = "-\u2010\u2011¬"
#: what OCR reads a line-end hyphen as besides a hyphen: a dash (Tesseract 4's LSTM reads
#: ``-`` as ``—`` or ``=``, SubtitleEdit issue 3431; an en dash, a longer hyphen) or ``=`` (and
#: the double hyphen ⸗ of Fraktur print); joined only where the word is attested and the
#: pieces no dash construction
MISREAD_HYPHENS = "—–="
# line ends decided by rules of their own (a hyphen, a dash); all others reflow unless a
# hyphen was lost
_LINE_END_MARKS = LINE_END_HYPHENS + DASHES + MISREAD_HYPHENS
#: prefixes English sets solid with the word they qualify (un-, be-, dis-, over-, trans-...).
#: Older books hyphenate some of them now and then (inter-communication, super-added): the
#: witness's own hyphenated forms, weighed before this rule, keep those; a capital after
#: the prefix (trans-Atlantic) is never joined
PREFIX_FRAGMENTS = frozenset("un be dis mis im en em over under out up fore ab ad ob trans inter intro super".split())
#: the pronominal adverbs English sets solid, here/there/where before a particle (wherewith,
#: thereof, hereafter): solid in every book of the corpora, even those that hyphenate to-day;
#: a witness that hyphenates one (here-after) keeps it by its own forms, weighed first
PRONOMINAL_HEADS = frozenset("here there where".split())
PRONOMINAL_TAILS = frozenset("after at by fore from in into of on out soever to under unto upon with withal".split())
#: suffixes that are words of their own as well: the adverbs of direction (homeward,
#: afterwards), solid in the language after a word; joined where the language knows the whole
WORD_SUFFIXES = frozenset("ward wards".split())
#: prefixes a witness may set solid or hyphenate (pre-, sub-, non-...): decided by its own practice.
#: Not those that are prepositions or words of their own as well (in-law, ex-wife, post-office,
#: pro-slavery, co-worker), whose solid words are as often chance (inform, express, postage)
BOUND_PREFIXES = frozenset("pre sub semi non anti".split())


#: what an OCR engine writes for a hyphen it took for a word's break at a line end: ABBYY
#: FineReader replaces the hyphens it finds in dictionary words with optional hyphens (¬,
#: U+00AC, its User's Guide), other exports a soft hyphen, and leaves a plain hyphen where it
#: saw the word's own
SOFT_BREAK_MARKS = "¬\u00ad"
_LINE_END_MARK_RE = re.compile(f"[-{SOFT_BREAK_MARKS}]" + r"(?=[ \t]*\n)")
#: how many soft marks at line ends show the practice, and how many of them a plain hyphen
#: at a line end may be at most: the compounds a line end cuts are a few in a hundred breaks
_SOFT_MARKS_MIN = 10
_PLAIN_PER_SOFT = 0.25


def plain_hyphens_beside_marks(raw: str) -> frozenset[str]:
    """Where the OCR of ``raw`` wrote its soft line-end breaks with a mark of their own
    (``¬``, a soft hyphen) and a plain hyphen at a line end only now and then (a word's own):
    the letters before each such plain hyphen; else none.

    Read from the raw text: the encoding filter takes the soft hyphens out, and writes one
    before a blank line (a page's end) as a plain hyphen, which is no word's own.
    """
    if not any(mark in raw for mark in SOFT_BREAK_MARKS):
        return frozenset()
    soft = 0
    plain: list[str] = []
    for m in _LINE_END_MARK_RE.finditer(raw):
        i = m.start()
        if i and raw[i - 1].isalpha():
            if raw[i] != "-":
                soft += 1
                continue
            j = i - 1
            while j > 0 and raw[j - 1].isalpha():
                j -= 1
            plain.append(raw[j:i])
    if soft < _SOFT_MARKS_MIN or len(plain) > _PLAIN_PER_SOFT * soft:
        return frozenset()
    return frozenset(plain)


@dataclass(frozen=True)
class HyphenDecision:
    """Whether a line-end hyphen is a soft break (join) or part of the word (keep), and why."""

    join: bool
    confidence: float
    evidence: str


def decide_hyphen(left: str, right: str, lex: Lexicon, spellings: WitnessSpellings | None = None) -> HyphenDecision:
    """Decide ``left-`` at a line end followed by ``right`` at the next line's start.

    ``left`` and ``right`` are the letter runs touching the hyphen. Evidence in order of
    weight: rules (a capitalised continuation is a compound or a name), the word spelt
    inside a line of this witness (a compound anywhere in its lines, from ``spellings``; seen
    once, against another form of it spelt the other way, for review), then in the other
    witnesses; then another form of it in this witness (``maid-servants``
    for ``maid-servant``) weighed with the frequency lexicon and the hyphenation patterns
    (where the two disagree, the other form's reading goes to review); where the lexicon
    leaves a compound of two words, the word whole at this witness's line edges and its
    practice with a prefix; and a first half that is no word makes no compound. A pair
    kept only because its joined word is unknown is joined where one misread letter (a
    shape or a stroke) in a half (``mot-`` ``ber``: b for h; ``differ-`` ``ont``: o for e)
    makes a word the witness writes or the language knows well, and its halves then join
    (:func:`_misread_join`).
    """
    d = _decide_hyphen(left, right, lex, spellings)
    if d.join:
        return d
    return _misread_join(left, right, lex, spellings) or d


def _decide_hyphen(left: str, right: str, lex: Lexicon, spellings: WitnessSpellings | None) -> HyphenDecision:
    """:func:`decide_hyphen` on the halves as they are read."""
    if right[:1].isupper() and not (left.isupper() and right.isupper()):
        return HyphenDecision(False, 0.9, f"capitalised continuation '{right}'")
    joined = (left + right).lower()
    hyphened = f"{left}-{right}".lower()
    own_compounds = lex.own.compounds if spellings is None else spellings.compounds
    for name, words, compounds, best in (("this witness", lex.own.words, own_compounds, 0.98),
                                         ("the other witnesses", lex.others.words, lex.others.compounds, 0.95)):
        nj, nh = words.get(joined, 0), compounds.get(hyphened, 0)
        if nj or nh:
            share = max(nj, nh) / (nj + nh)
            conf = best if min(nj, nh) == 0 else round(0.5 + (best - 0.5) * (2 * share - 1), 3)
            if nj == nh:
                break  # a tie says nothing; let the lexicon decide
            why = f"in {name}: '{joined}' x{nj}, '{hyphened}' x{nh}"
            if name == "this witness" and nj + nh == 1 and (
                    other := _other_form(left.lower(), right.lower(), lex.own.words, own_compounds)) is not None \
                    and other.join != (nj > nh):
                # (one sighting against another form of the word spelt the other way: an
                # author who spells it both ways, racehorses beside race-horse; for the editor)
                return HyphenDecision(nj > nh, 0.7, f"{why}, but {other.evidence}")
            return HyphenDecision(nj > nh, conf, why)
    other = _other_form(left.lower(), right.lower(), lex.own.words, own_compounds)
    d = _by_lexicon(left, right, lex, spellings, own_compounds, closed_form=other is not None and other.join)
    if other is None:
        return d
    if other.join == d.join:
        return HyphenDecision(d.join, max(other.confidence, d.confidence), f"{other.evidence}; {d.evidence}")
    # the witness spells another form against the language: an inconsistent author
    # (market-places beside marketplace) as often as an old spelling; for the editor
    return HyphenDecision(other.join, 0.7, f"{other.evidence}, but {d.evidence}")


def _misread_join(left: str, right: str, lex: Lexicon, spellings: WitnessSpellings | None) -> HyphenDecision | None:
    """The join of ``left-right`` read with one misread letter put right, when the
    pair as read is unknown everywhere (no word, no compound of the edition or the
    language) and the repaired word is one the witness writes inside its lines or the
    language uses commonly, and its halves join on their own evidence; else None.

    The misread filter repairs the letter later, inside the joined word: a half it repairs
    after the hyphen was kept (``mot-her``, ``differ-ont``) would leave a hyphen in a plain
    word. The repair asks the filter's closed tables, those it tries on a reading no lexicon
    knows (letter shapes b/h, rn/m, cl/d; the weak and faint strokes, o/e, l/i, n/u...), one
    confusion inside one half (a confusion across the break would move it).
    """
    joined, hyphened = (left + right).lower(), f"{left}-{right}".lower()
    own_compounds = lex.own.compounds if spellings is None else spellings.compounds
    if (lex.zipf(joined) > 0 or lex.own.words.get(joined, 0) or own_compounds.get(hyphened, 0)
            or lex.others.words.get(joined, 0) or lex.others.compounds.get(hyphened, 0)):
        return None
    best: tuple[int, float, str, str, HyphenDecision] | None = None
    for a, b in [(x, right) for x in _substitutions(left, UNKNOWN_READING_CONFUSIONS, 1)] + \
            [(left, x) for x in _substitutions(right, UNKNOWN_READING_CONFUSIONS, 1)]:
        word = (a + b).lower()
        n, z = lex.own.words.get(word, 0), lex.zipf(word)
        # (of two readings as well attested, the first in the alphabet: any order of trying them decides alike)
        if (n or z >= COMMON) and (best is None or (n, z, best[2] + best[3]) > (*best[:2], a + b)):
            d = _decide_hyphen(a, b, lex, spellings)
            if d.join:
                best = (n, z, a, b, d)
    if best is None:
        return None
    _, _, a, b, d = best
    return HyphenDecision(True, min(d.confidence, 0.8),
                          f"'{left}{right}' no word, read '{a}{b}' (a misread letter): {d.evidence}")


def _by_lexicon(left: str, right: str, lex: Lexicon, spellings: WitnessSpellings | None,
                own_compounds: Mapping[str, int], closed_form: bool = False) -> HyphenDecision:
    """:func:`decide_hyphen` where neither this witness nor the others spell the word:
    the lexicon, the hyphenation patterns, this witness's compounds of either half (not
    where it writes the word, or another form of it (``closed_form``), closed)."""
    joined = (left + right).lower()
    zj, zl, zr = lex.zipf(joined), _wordness(left, lex), _wordness(right, lex)
    # hyphenation patterns are the costliest evidence: looked up only where they decide
    prefix = left.lower()
    if right[:1].islower() and (prefix in PREFIX_FRAGMENTS or prefix == "re" and not right.startswith("e")):
        return HyphenDecision(True, 0.85 if zj > 0 else 0.8,
                              f"'{left}' is a prefix English sets solid ('{joined}' zipf {zj})")
    if prefix == "in" and right[:1].islower() and right[0] not in _IN_ASSIMILATED and \
            len(right) >= _IN_RARE_MIN_LETTERS and zr < 3.5:
        # the negative prefix ('inappreciable', 'inclemency'); the preposition's compounds
        # are with common short words ('in-house', 'in-law'), Latin's apart ('in vitro')
        return HyphenDecision(True, 0.8, f"'in' a negative prefix before '{right}' (rare, zipf {zr}: "
                                         f"no compound's element), '{joined}' zipf {zj}")
    if prefix in PRONOMINAL_HEADS and right.lower() in PRONOMINAL_TAILS and zj > 0:
        return HyphenDecision(True, 0.85, f"'{joined}' a word (zipf {zj}): '{prefix}' and a particle, "
                                          f"an adverb English sets solid")
    if right.lower() in SUFFIX_FRAGMENTS and len(left) >= 3:
        # a compound joins two words; an inflection or a suffix is no word of its own
        return HyphenDecision(True, 0.85, f"'{right}' is a suffix, not a word")
    if right.lower() in WORD_SUFFIXES and zj > 0 and zl >= 2.0:
        # (before the witness's compounds of the stem: its 'north-east' says nothing of
        # the adverb the suffix makes of the stem, set solid in the language)
        return HyphenDecision(True, 0.85, f"'-{right.lower()}' a suffix after the word '{left}' "
                                          f"('{joined}' a word, zipf {zj})")
    # this witness hyphenates other compounds with this element (rock-pigeon, pouter-pigeon)
    heads, tails = _compound_parts(own_compounds)
    n_tail = tails.get(right.lower(), 0) if zr >= 2.0 else 0
    n_head = heads.get(left.lower(), 0) if min(zl, zr) >= 2.0 else 0
    # (not a joined word commoner than its rarer half: a compound is rarer than its
    # elements, and to-day and to-night make no 'to-' of 'tokens'; nor one the witness
    # writes whole, at a line edge too: 'a fortnight.' beside 'wedding-night')
    if (n_tail >= 2 or n_head >= 2) and not lex.own.words.get(joined, 0) and not closed_form \
            and zj <= min(zl, zr) and not (spellings is not None and spellings.count(joined)):
        part = f"'-{right.lower()}' ends {n_tail}" if n_tail >= n_head else f"'{left.lower()}-' begins {n_head}"
        return HyphenDecision(False, 0.8, f"{part} hyphenated compounds of this witness")
    if max(zl, zr) < 2.0:
        return HyphenDecision(True, 0.8, f"neither '{left}' nor '{right}' is a word: a word broken at the line end")
    if zr < 2.0:
        return HyphenDecision(True, 0.8, f"'{right}' is no word of its own (zipf {zr}): the word goes on")
    if zj >= 3.0:
        return HyphenDecision(True, 0.9, f"'{joined}' common (zipf {zj})")
    point = lex.is_break_point(joined, len(left))
    bp = ", a hyphenation point" if point else ""
    if min(zl, zr) < 2.0 and (zj > 0 or point):
        return HyphenDecision(True, 0.85 if point else 0.8,
                              f"'{left if zl < zr else right}' is no word of its own (zipf {min(zl, zr)}){bp}")
    if zj > 0:
        if (cut := _cut_past_prefix(joined, len(left), lex)) is not None:
            return HyphenDecision(True, 0.8, f"'{joined}' a word (zipf {zj}): '{cut}' and a common word, cut "
                                             f"past its prefix into '{left}' and '{right}' by chance")
        if zl >= 3.0 and zr >= 3.0 and (not point or zj < min(zl, zr) - 2.0):
            return _compound_or_word(left, right, lex, spellings, own_compounds, HyphenDecision(
                False, 0.6, f"'{left}' and '{right}' common words, '{joined}' rare (zipf {zj})"))
        if left[:1].islower() and zl >= 3.0 and zr >= _RARE_WHOLE_PART and min(len(left), len(right)) >= 3 \
                and zj < _RARE_WHOLE:
            # two words of their own and a whole the language barely knows: as often a
            # compound an older book hyphenates as a word the line end cut; for the editor
            return HyphenDecision(True, 0.6, f"'{left}' and '{right}' words, '{joined}' a rare word "
                                             f"(zipf {zj}){bp}")
        return HyphenDecision(True, 0.85 if point else 0.8, f"'{joined}' a word (zipf {zj}){bp}")
    if zl >= 2.5 and zr >= 2.5:
        return _compound_or_word(left, right, lex, spellings, own_compounds, HyphenDecision(
            False, 0.8, f"'{joined}' unknown, '{left}' and '{right}' words"))
    if left[:1].islower() and zl < 1.5 and len(right) >= 2 and not _echo(left.lower(), right.lower()):
        # a compound's first element is a word ('helter-skelter' and its kin aside)
        return HyphenDecision(True, 0.8, f"'{left}' is no word (zipf {zl}), nor '{joined}' a compound of words{bp}")
    if point:
        return HyphenDecision(True, 0.7, f"'{joined}' unknown{bp}")
    return _compound_or_word(left, right, lex, spellings, own_compounds, HyphenDecision(
        False, 0.6, f"'{joined}' unknown and not a hyphenation point"))


#: a joined word rarer than this (zipf), of two halves that are words (the second at least
#: as common as ``_RARE_WHOLE_PART``), is only suggested: the language's lists hold the rare
#: solid forms of compounds older books hyphenate
_RARE_WHOLE = 2.0
_RARE_WHOLE_PART = 2.5
#: before these the negative prefix is im-, il-, ir- (impossible, illegal, irregular): an
#: 'in-' there is the preposition's
_IN_ASSIMILATED = "bmplr"
_IN_RARE_MIN_LETTERS = 7


def _cut_past_prefix(joined: str, at: int, lex: Lexicon) -> str | None:
    """The prefix of ``joined`` (a prefix English sets solid, or 're') followed by a common
    word, where the line end cut the word elsewhere (``reap|pears``: 're' and 'appears';
    ``disc|over``); else None. A compound's elements are its own cut, never such a one."""
    for prefix in _SOLID_PREFIXES_BY_FIRST.get(joined[:1], ()):
        if len(prefix) != at and joined.startswith(prefix) and len(joined) - len(prefix) >= 4 \
                and lex.zipf(joined[len(prefix):]) >= 3.0:
            return prefix
    return None


_SOLID_PREFIXES_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _p in sorted(PREFIX_FRAGMENTS | {"re"}):
    _SOLID_PREFIXES_BY_FIRST[_p[0]] = _SOLID_PREFIXES_BY_FIRST.get(_p[0], ()) + (_p,)


def _compound_or_word(left: str, right: str, lex: Lexicon, spellings: WitnessSpellings | None,
                      compounds: Mapping[str, int], kept: HyphenDecision) -> HyphenDecision:
    """``kept`` (a compound of two words, as the lexicon sees it) unless this witness says
    the word is one: written whole at its line edges more often than hyphenated, or a
    prefix it sets solid and never hyphenates.

    Looked up only here, where the lexicon leaves two words: a whole-word count is a scan
    of the text, and the prefix's practice a pass over the witness's words.
    """
    joined, hyphened = (left + right).lower(), f"{left}-{right}".lower()
    if spellings is not None:
        nj, nh = spellings.count(joined), compounds.get(hyphened, 0)
        if nj > nh:
            return HyphenDecision(True, 0.9, f"in this witness, line edges included: '{joined}' x{nj}, "
                                             f"'{hyphened}' x{nh}")
    prefix = left.lower()
    if prefix in BOUND_PREFIXES and right[:1].islower() and len(right) >= 3 and right[0] != prefix[-1]:
        solid = _solid_with_prefix(prefix, lex)
        hyphenated = sum(n for c, n in compounds.items() if c.split("-", 1)[0] == prefix)
        # a word the language sets solid needs one formation of the witness set so, a word
        # it does not know three
        zj = lex.zipf(joined)
        if len(solid) >= (1 if zj > 0 else 3) and not hyphenated:
            shown = ", ".join(f"'{w}'" for w in solid[:3])
            known = f", '{joined}' a word (zipf {zj})" if zj > 0 else ""
            return HyphenDecision(True, 0.8, f"this witness sets '{prefix}' solid ({shown}: {len(solid)} "
                                             f"word{'s' if len(solid) > 1 else ''}), never '{prefix}-'{known}")
    if not compounds and (n := sum(lex.own.words.values())) >= _NO_COMPOUND_MIN_WORDS:
        # a book that hyphenates compounds shows one every thousand words or so inside its
        # lines; one that shows none in thousands sets them solid or apart, and its line-end
        # hyphens are breaks (an old spelling the lexicon lacks, cut between two short words)
        return HyphenDecision(True, 0.8, f"no hyphenated compound inside the lines of this witness "
                                         f"({n} words), against: {kept.evidence}")
    return kept


#: how many words inside its lines a witness needs before its want of hyphenated compounds
#: is a practice, not chance
_NO_COMPOUND_MIN_WORDS = 5000


def _solid_with_prefix(prefix: str, lex: Lexicon) -> list[str]:
    """The witness's mid-line words made of ``prefix`` and a word (``preserved``, ``subdivided``),
    commonest first: how often it sets the prefix solid.

    A word counts only where its rest is a common word and the whole no commoner than
    the rest, as a formation is: ``present`` and ``prevent`` are no 'pre' and 'sent' or
    'vent', and a chance spelling says nothing of how the witness sets the prefix.
    """
    n = len(prefix)
    found = [(c, w) for w, c in lex.own.words.items()
             if w.startswith(prefix) and len(w) >= n + 3 and w[n:].isalpha()
             and (rest := lex.zipf(w[n:])) >= 3.0 and lex.zipf(w) <= rest]
    return [w for c, w in sorted(found, key=lambda cw: (-cw[0], cw[1]))]


def _echo(left: str, right: str) -> bool:
    """Whether two halves echo each other, as the rhyming and ablaut compounds do
    (``helter-skelter``, ``tittle-tattle``, ``zig-zag``)."""
    return left[-3:] == right[-3:] or (len(left) == len(right) and left[0] == right[0])


def _forms(left: str, right: str) -> list[tuple[str, str]]:
    """The halves of other forms of ``left-right``: plural or singular of either half."""
    out = [(left, right + "s")] if not right.endswith("s") else []
    if right.endswith("s") and len(right) > 3:
        out.append((left, right[:-1]))
    if right.endswith("es") and len(right) > 4:
        out.append((left, right[:-2]))
    if right.endswith("men"):
        out.append((left, right[:-3] + "man"))
    elif right.endswith("man"):
        out.append((left, right[:-3] + "men"))
    if left.endswith("s") and len(left) > 3:
        out.append((left[:-1], right))  # passers-by, passer-by
    return out


def _other_form(left: str, right: str, words: Mapping[str, int], compounds: Mapping[str, int]) -> HyphenDecision | None:
    """What this witness writes of another form of the same word: ``maid-servants`` beside
    ``maid-servant``, ``passer-by`` beside ``passers-by``, ``husbandman`` beside ``husbandmen``;
    None when it writes none, or both spellings."""
    forms = _forms(left, right)
    hyph = [(f"{a}-{b}", compounds.get(f"{a}-{b}", 0)) for a, b in forms]
    closed = [(a + b, words.get(a + b, 0)) for a, b in forms]
    nh, nj = sum(n for _, n in hyph), sum(n for _, n in closed)
    if bool(nh) == bool(nj):
        return None
    form, n = max(hyph if nh else closed, key=lambda fn: fn[1])
    return HyphenDecision(bool(nj), 0.9, f"in this witness: '{form}' x{n}, another form of "
                                         f"'{left + right if nj else f'{left}-{right}'}'")


_PARTS_CACHE: dict[int, tuple] = {}


def _compound_parts(compounds: Mapping[str, int]) -> tuple[Counter, Counter]:
    """First and last elements of this witness's hyphenated compounds (``rock-pigeon``)."""
    key = id(compounds)
    cached = _PARTS_CACHE.get(key)
    if cached is None or cached[0] is not compounds:
        heads: Counter = Counter()
        tails: Counter = Counter()
        for compound, n in compounds.items():
            parts = compound.split("-")
            heads[parts[0]] += n
            tails[parts[-1]] += n
        cached = (compounds, heads, tails)
        _PARTS_CACHE.clear()
        _PARTS_CACHE[key] = cached
    return cached[1], cached[2]


# a hyphen between two letters: printed, not a line-end break (found by a literal scan;
# the pattern with U+2010/2011 as well, which some books and OCR set, is tried at every
# position of a book, so it is used only in a text holding one)
_INNER_HYPHEN_RE = re.compile(r"-(?=[^\W\d_])")
_INNER_HYPHENS_RE = re.compile(r"[-\u2010\u2011](?=[^\W\d_])")


@dataclass(frozen=True)
class WitnessSpellings:
    """How this witness spells its compounds and words anywhere in its lines, edges included.

    A hyphen between two letters is printed wherever its token stands (a line-end break
    leaves its hyphen before the newline), so ``compounds`` counts every hyphenated
    compound of the text (lower-cased) but those a line break cut: a token ending a
    line with a hyphen, a token starting the line after one. Whole words at the line
    edges, which the mid-line counts leave out, are counted by :meth:`count`.
    """

    text: str
    compounds: Mapping[str, int]

    def count(self, word: str) -> int:
        """Whole tokens ``word`` (lower case or capitalised) in the text, line edges
        included: a scan of the text, for the few decisions that ask."""
        n = 0
        size = len(word)
        for form in {word, word.capitalize()}:
            i = self.text.find(form)
            while i >= 0:
                before = self.text[i - 1] if i else " "
                after = self.text[i + size:i + size + 1] or " "
                if not (before.isalnum() or before in LINE_END_HYPHENS or after.isalnum() or after in LINE_END_HYPHENS):
                    n += 1
                i = self.text.find(form, i + size)
        return n


def witness_spellings(text: str) -> WitnessSpellings:
    """The :class:`WitnessSpellings` of ``text``: its compounds found from their inner
    hyphens (a book has a few hundred) rather than from its every token."""
    compounds: Counter = Counter()
    end = 0
    unicode = "\u2010" in text or "\u2011" in text
    for m in (_INNER_HYPHENS_RE if unicode else _INNER_HYPHEN_RE).finditer(text):
        i = m.start()
        if i < end or not i or not text[i - 1].isalpha():
            continue  # a hyphen of a token already counted, or after no letter
        start, lo = i, max(0, i - 60)
        while start > lo and not text[start - 1].isspace():
            start -= 1
        end, hi = i + 1, min(len(text), i + 60)
        while end < hi and not text[end].isspace():
            end += 1
        token = text[start:end]
        if token[-1] in LINE_END_HYPHENS:
            continue  # its last element goes on on the next line
        j = start - 1  # back over the line's indent, its line break, and the line above's trailing spaces
        while j >= 0 and text[j] in LINE_SPACE:
            j -= 1
        if j >= 0 and text[j] == "\n":
            j -= 1
            while j >= 0 and text[j] in LINE_SPACE:
                j -= 1
            if j >= 0 and text[j] in LINE_END_HYPHENS:
                continue  # its first element began on the line above
        compounds.update(COMPOUND_RE.findall(token.lower().translate(AS_HYPHEN)))
    return WitnessSpellings(text, compounds)


def _wordness(fragment: str, lex: Lexicon) -> float:
    """How much a fragment is a word: its frequency, or 3 when this witness uses it alone."""
    z = lex.zipf(fragment)
    return max(z, 3.0) if lex.own.words.get(fragment.lower(), 0) >= 2 else z


def lost_hyphen(left: str, right: str, lex: Lexicon) -> HyphenDecision | None:
    """A word split at a line end whose hyphen the OCR lost, if the evidence says so.

    Only when the continuation is no word of its own (never inside a line of this
    witness or another, rare in the language) and the whole word is attested: inside a
    line of the edition, or far more common than the fragment, at a hyphenation point.
    Two words that each stand on their own are never joined.
    """
    if len(left) < 2 or len(right) < 2 or not right[0].islower():
        return None
    joined = (left + right).lower()
    n, n_right = lex.attested(joined), lex.attested(right)
    suffix = right.lower() in SUFFIX_FRAGMENTS and not n_right
    if not suffix and (n_right or lex.zipf(right) >= 3.5):
        # the continuation is a word of its own ('Eng land'): joined only when the edition
        # writes the whole word inside its lines, and never the line end's fragment alone
        if n >= 2 and not lex.attested(left) and len(left) >= 3:
            return HyphenDecision(True, 0.8, f"'{joined}' x{n} inside lines of the edition; "
                                             f"'{left}' never on its own")
        return None
    # (the hyphenation patterns, the costliest evidence, looked up only where they count)
    if n:
        point = lex.is_break_point(joined, len(left))
        return HyphenDecision(True, 0.9 if point else 0.8, f"'{joined}' x{n} inside lines of the edition; "
                                                          f"'{right}' never")
    zj, zr = lex.zipf(joined), lex.zipf(right)
    if zj >= max(3.0, zr + 1.5):
        if lex.is_break_point(joined, len(left)):
            return HyphenDecision(True, 0.8, f"'{joined}' common (zipf {zj}), '{right}' not (zipf {zr}), "
                                             f"a hyphenation point")
        return HyphenDecision(True, 0.6, f"'{joined}' common (zipf {zj}), '{right}' not (zipf {zr})")
    if zj > 0 and (suffix or zr == 0) and lex.is_break_point(joined, len(left)):
        # 'glisten ing', 'scrupu lously': the continuation is no word at all (a suffix, or
        # unknown to the lexicon and the edition), the whole a word broken where it may be
        what = "a suffix" if suffix else "no word"
        return HyphenDecision(True, 0.8, f"'{right}' is {what}; '{joined}' a word (zipf {zj}), "
                                         f"a hyphenation point")
    return None


def join_lines(text: str, ctx: CleanContext) -> EditColumns:
    """Reflow hard-wrapped lines into one line per block, joining or keeping line-end hyphens.

    Repairs: line breaks inside a paragraph (with the spaces around them), hyphens that
    only mark a word broken at a line end, words broken at a line end whose hyphen was
    lost; ``¬`` at a line end, ABBYY's optional hyphen, joins unless the witness hyphenates
    the compound inside its lines. Keeps: real compounds (the hyphen stays, recorded as
    kept; in a witness whose OCR marks its soft breaks with ``¬`` or a soft hyphen, a plain
    hyphen between two words, unless the witness writes the word whole, never hyphenated,
    inside its lines; a hyphen before a quotation or an aside opening the next line, the
    break made a space),
    suspended hyphens (``pre-`` and ``post-``), blank lines between blocks, the line breaks
    in and about verse in a plain text (:mod:`variorum.clean.verse`), before the items of
    a numbered run (numbered_items: verses, steps, a clause's ``(a)``, ``(b)``), about the
    rows of a table set with dot leaders (layout.leader_rows: a price list, a timetable) and about the
    lines its layout sets as lines (:mod:`variorum.clean.layout`: a rule line and the notes
    after it, a hanging-indent list's entries, a line set right, a block of short lines), and in a
    Markdown witness every line that is structure (list items, tables, headings, quotes,
    code, hard breaks).
    Uncertain hyphens are kept and their joining is a suggestion. A line-end dash (or two
    hyphens typed for one) is set close to the next line only as the witness sets its own
    dashes in that context (after a sentence's end or not, before an opening quote or not);
    with too few of them to tell, before an opening quote, or after a number opening its token
    (a date left open, ``18--``), the space stays and closing up is a suggestion
    (``dash-closed``); with no other dash at all, close; after a lone letter (``Mr. B--``) it stays. A line-end em dash or ``=`` glued to a word's piece before a small
    letter is a hyphen OCR misread, joined as one, where the pieces make an attested word
    and are no dash construction (``hyphen-read-as-dash``; between two words a suggestion
    unless the witness writes the word inside its lines).
    """
    lex = build_lexicon(text, ctx.other_texts, ctx.settings.language, raw=ctx.raw_text)
    spellings = witness_spellings(text)
    own_hyphens = plain_hyphens_beside_marks(text if ctx.raw_text is None else ctx.raw_text)
    threshold = ctx.settings.review_below
    markdown = ctx.fmt == "markdown"
    fenced = _fenced_spans(text) if markdown else ()
    own_words = lex.own.words
    decisions: dict[tuple[str, str], HyphenDecision] = {}  # a book breaks its words alike
    dashes: DashPractice | None = None
    # a plain reflow is its span alone; any other edit is kept whole in ``others`` at its place
    starts: list[int] = []
    ends: list[int] = []
    others: dict[int, Edit] = {}
    hyphen_breaks: list[int] = []  # where the columns hold a _HYPHEN_BREAK (its span alone)
    add_start, add_end = starts.append, ends.append

    def add(e: Edit) -> None:
        others[len(starts)] = e
        add_start(e.start)
        add_end(e.end)
    # one pass over the breaks with the word after captured (a book has one break per
    # line; most are plain reflows decided in a few lookups)
    # (imported here: verse and layout read the measure from paragraphs, which imports this module)
    from variorum.clean.layout import leader_rows, set_lines
    from variorum.clean.paragraphs import text_measure
    from variorum.clean.verse import verse_runs
    width = 0 if markdown else text_measure(text)[0]
    verse = [] if markdown else verse_runs(text, width)
    verse_ends = [e for _, e in verse]
    items = frozenset() if markdown else numbered_items(text) | leader_rows(text) | set_lines(text, width)
    for m in _SOFT_BREAK_RE.finditer(text):
        a, b = m.span()
        if verse:
            k = bisect_right(verse_ends, a - 1)
            if k < len(verse) and verse[k][0] <= b and a <= verse[k][1]:
                continue  # a line break inside indented verse or about it: the edition keeps its lines
        if b in items:
            continue  # before an item of a numbered run, a table's row or a line the layout sets (layout.set_lines): its own line
        spaced, right = m.groups()  # right: the letters starting the next line ("" when none)
        if spaced is not None:
            # spaces end the line: the break starts with them, after something not a space
            while a > 0 and text[a - 1] in LINE_SPACE:
                a -= 1
            if a == 0 or text[a - 1].isspace():
                continue  # a blank line (or other spacing) before: no break inside a block
        before = text[a - 1]
        if markdown and not _plain_markdown_break(text, a, b, fenced):
            continue
        if before in _LINE_END_MARKS:
            if before in LINE_END_HYPHENS and a >= 2 and text[a - 2].isalpha():
                for e in _hyphen_edits(text, a, b, right, lex, spellings, threshold, decisions, own_hyphens):
                    if e is _HYPHEN_BREAK:  # the line break after a joined hyphen: one in five lines
                        hyphen_breaks.append(len(starts))
                        add_start(a)
                        add_end(b)
                    else:
                        add(e)
                continue
            as_dash = None  # a hyphen read as a dash, too uncertain to join: a suggestion
            if before in MISREAD_HYPHENS and right[:1].islower() and a >= 2 and text[a - 2].isalpha():
                as_dash = _hyphen_read_as_dash(text, a - 1, b, right, lex, spellings, decisions)
                if as_dash is not None:
                    applied = as_dash.confidence >= threshold
                    add(make_edit(a - 1, a, "", RULE_HYPHEN_READ_AS_DASH, as_dash.evidence if applied
                                  else f"uncertain: {as_dash.evidence}", as_dash.confidence, applied))
                    if applied:  # its line break joined as a hyphen's is
                        hyphen_breaks.append(len(starts))
                        add_start(a)
                        add_end(b)
                        continue
            if before == "-" and a >= 2 and text[a - 2].isdigit() and text[b:b + 1].isalnum():
                # nobody breaks a number at a hyphenation point: 12-15, 1914-18, 18-year-old
                add(Edit(a, b, "", RULE_HYPHEN_KEPT,
                         "hyphen kept: after a digit (a range, or a number in a compound)"))
                continue
            doubled = before == "-" and text[a - 2:a - 1] == "-"  # a dash typed as hyphens
            if before in DASHES or doubled:
                marks = "-" if doubled else DASHES
                run = a - 1  # the dash run's start (a double dash is one mark)
                while run > 0 and text[run - 1] in marks:
                    run -= 1
                # glued to what precedes it; two hyphens after a lone letter elide a word
                # (``Mr. B--``), the author's, spaced as they stand
                if run > 0 and not text[run - 1].isspace() and not (doubled and _elision(text, run)):
                    if dashes is None:
                        dashes = dash_practice(text)
                    # (a hyphen perhaps read as a dash has its two readings offered below;
                    # a number opening its token before two hyphens and a word may be a date
                    # left open, ``18--``, the author's as ``B--`` is: its join only offered)
                    open_number = doubled and right[:1].isalpha() and _number_elided(text, run)
                    edits = _dash_break(text, run, a, b, dashes, 2.0 if open_number else threshold,
                                        as_dash is None)
                    if edits:
                        for e in edits:
                            add(e)
                        continue
            if as_dash is not None:
                # two readings of the break, the space first: the join goes with the dash's suggestion
                add(Edit(a, b, " ", RULE_REFLOW, _WHY_REFLOW))
                add(Edit(a, b, "", RULE_HYPHEN_READ_AS_DASH, f"uncertain: {as_dash.evidence}",
                         as_dash.confidence, applied=False))
                continue
        elif right and right[0].islower() and before.isalpha():
            # most continuations and most line ends are words of this witness: no lost
            # hyphen to look for (the line end found from the space before it, at C speed;
            # the counts' keys are lower case, so a word found as it is needs no lower())
            if right not in own_words and right.lower() not in own_words:
                suspect = not _continues(text, b + len(right))
            else:
                left = _last_word(text, a)
                suspect = (len(left) >= 3 and left not in own_words and left.isalpha()
                           and left.lower() not in own_words and not _continues(text, b + len(right)))
            if suspect:
                i = a
                while i > 0 and text[i - 1].isalpha():
                    i -= 1
                d = lost_hyphen(text[i:a], right, lex)
                if d is not None:
                    # two readings of one break: the first listed wins unless the editor
                    # decides for the other (see chain.run_chain)
                    join = Edit(a, b, "", RULE_LOST_HYPHEN, d.evidence, d.confidence,
                                applied=d.confidence >= threshold)
                    space = Edit(a, b, " ", RULE_REFLOW, _WHY_REFLOW)
                    for e in (join, space) if join.applied else (space, join):
                        add(e)
                    continue
        # Edit(a, b, " ", RULE_REFLOW, _WHY_REFLOW), the columns' default: one per line of a book
        add_start(a)
        add_end(b)
    # as columns, in document order: a book has one edit per line, almost all plain reflows
    return EditColumns.uniform(starts, ends, " ", RULE_REFLOW, _WHY_REFLOW, others=others,
                               alike=((_HYPHEN_BREAK, hyphen_breaks),))


_WHY_REFLOW = "line break inside a paragraph"


def numbered_items(text: str) -> frozenset[int]:
    """Where the items of each numbered run start (their labels' offsets): _ITEM_RUN lines
    or more of one block opening with labels of one form numbered in turn ('1', '2', '3';
    '(a)', '(b)', '(c)'; 'i.', 'ii.', 'iii.'), a wrapped item's other lines between them."""
    found: list[int] = []
    run: list[int] = []
    last: tuple[str, int, int] | None = None  # the run's last label: (its form, its value, its line's end)
    padded = "\n" + text  # (the first line is found after a newline too; offsets one on)
    for m in _ITEM_LINE_RE.finditer(padded):
        label = m.group(1)
        form = re.sub(r"\w+", "0" if label.strip("().").isdigit() else "a", label)
        values = _label_values(label.strip("()."))
        here = m.start(1) - 1
        # a letter is in turn after the letter before it, a numeral after the numeral
        if last is not None and last[0] == form and any(v == last[1] + 1 for v in values) \
                and _BLANK_LINE_RE.search(padded, last[2], m.start() + 1) is None:
            run.append(here)
            last = (form, next(v for v in values if v == last[1] + 1), m.end())
            continue
        if len(run) >= _ITEM_RUN:
            found.extend(run)
        run = [here]
        # (a label read as the run's first: 'i' a letter's 9 or a numeral's 1, as its next says)
        last = (form, min(values), m.end()) if len(values) == 1 or label.strip("().") != "i" else (form, 1, m.end())
    if len(run) >= _ITEM_RUN:
        found.extend(run)
    return frozenset(found)


def _label_values(label: str) -> list[int]:
    """What a label counts: a number's value, a letter's place in the alphabet, a small
    roman numeral's value (both, for 'i', 'v', 'x', 'l')."""
    if label.isdigit():
        return [int(label)]
    values = [ord(label) - ord("a") + 1] if len(label) == 1 else []
    if set(label) <= _ROMAN.keys():
        total = 0
        for k, c in enumerate(label):
            v = _ROMAN[c]
            total += -v if k + 1 < len(label) and _ROMAN[label[k + 1]] > v else v
        values.append(total)
    return values
#: the line break after a joined hyphen, but for its span: the break's own (``text[a:b]``)
_HYPHEN_BREAK = Edit(0, 0, "", RULE_HYPHEN_BREAK, "line break after a hyphen")


#: what opens a quotation or an aside right after a dash (``said—“Go``)
_OPENERS = "“‘\"'«„‚([{"
#: what ends a sentence before a dash (``sin.—Because``)
_STOPS = ".!?"


@dataclass(frozen=True)
class DashPractice:
    """How a witness spaces the dashes glued to the word before them, counted inside its lines.

    ``closed`` and ``spaced`` count dash runs (``—``, ``——``) glued to what precedes them
    and followed directly by a word or an opening quote (closed), or by one space and then
    a non-space (spaced), per context: (after a sentence's end ``.!?`` or not, before an
    opening quote or not).
    """

    closed: dict[tuple[bool, bool], int]
    spaced: dict[tuple[bool, bool], int]
    #: dash runs with a space on both sides (`` — ``): a witness that sets its dashes apart
    apart: int = 0

    def counts(self, after_stop: bool, before_quote: bool) -> tuple[int, int]:
        key = (after_stop, before_quote)
        return self.closed.get(key, 0), self.spaced.get(key, 0)

    def totals(self) -> tuple[int, int]:
        return sum(self.closed.values()), sum(self.spaced.values())


def dash_practice(text: str) -> DashPractice:
    """The witness's :class:`DashPractice`, found by ``str.find`` (a book has a few hundred
    dashes, and a regex starting with a character class is tried at every position).

    A dash typed as two hyphens or more (``--``) counts as one: a witness that types its
    dashes so sets them close or spaced as any other."""
    closed: Counter = Counter()
    spaced: Counter = Counter()
    apart = 0
    n = len(text)
    for dash, marks, width in [*((d, DASHES, 1) for d in DASHES), ("--", "-", 2)]:
        i = text.find(dash)
        while i >= 0:
            j = i + width
            while j < n and text[j] in marks:
                j += 1
            nxt = text[j:j + 1]
            if i > 0 and text[i - 1] not in DASHES and not text[i - 1].isspace():
                after_stop = text[i - 1] in _STOPS
                if nxt == " " and text[j + 1:j + 2] and not text[j + 1].isspace():
                    spaced[after_stop, text[j + 1] in _OPENERS] += 1
                elif nxt and (nxt.isalnum() or nxt in _OPENERS):
                    closed[after_stop, nxt in _OPENERS] += 1
            elif text[i - 1:i] == " " and nxt == " ":
                apart += 1
            i = text.find(dash, j)
    return DashPractice(dict(closed), dict(spaced), apart)


def _elision(text: str, run: int) -> bool:
    """Whether the hyphens starting at ``run`` follow a single letter opening its token."""
    return text[run - 1].isalpha() and not (run >= 2 and (text[run - 2].isalnum() or text[run - 2] in "'’-_"))


def _number_elided(text: str, run: int) -> bool:
    """Whether the hyphens starting at ``run`` follow digits opening their token (``in 18--``)."""
    i = run
    while i > 0 and text[i - 1].isdigit():
        i -= 1
    return i < run and (i == 0 or text[i - 1].isspace() or text[i - 1] in "(“‘\"'")


def _dash_break(text: str, run: int, a: int, b: int, dashes: DashPractice, threshold: float,
                close_by_default: bool = True) -> list[Edit]:
    """The edits for the line break ``text[a:b]`` after the dash run ``text[run:a]`` glued to
    the word before it: joined close when this witness sets such dashes close inside its
    lines; [] for a plain reflow (a space).

    Decided from the witness's dashes in the same context (after a sentence's end or not,
    before an opening quote or not: a witness that closes ``word—word`` may space
    ``sin.— Because``); with too few of them, from all its dashes, and then the join is
    only suggested. Before an opening quote the join is never more than a suggestion: a
    line ending in a dash before a quotation is as often a paragraph that introduces a
    speech, whose break no count of dashes inside lines can tell. With no other dash in the
    witness (none glued, none set apart) the join is made close, as English prints dashes.
    """
    after_stop, before_quote = text[run - 1] in _STOPS, text[b:b + 1] in _OPENERS
    closed, spaced = dashes.counts(after_stop, before_quote)
    where = ("after a sentence's end" if after_stop else "after a word") + \
        (", before an opening quote" if before_quote else "")
    if closed + spaced >= 2:
        if closed <= spaced:
            return []
        confidence = round(0.5 + 0.45 * (closed - spaced) / (closed + spaced), 3)
        why = f"dash set close in this witness {where}: x{closed}, spaced x{spaced}"
    elif close_by_default and dashes.totals() == (0, 0) and not dashes.apart:
        # English prints its dashes close; nothing in this witness says otherwise
        confidence = 0.8
        why = "a dash glued to the word before it, and no other dash in this witness to say it is spaced"
    else:
        closed, spaced = dashes.totals()
        if closed <= spaced:
            return []
        confidence = 0.6
        why = f"dash set close in this witness (x{closed}, spaced x{spaced}), but {where} too rarely to tell"
    if before_quote:
        confidence = min(confidence, 0.6)
        why += "; a dash at a line end before a quotation may end a paragraph"
    join = make_edit(a, b, "", RULE_DASH_CLOSED, why, confidence, confidence >= threshold)
    if join.applied:
        return [join]
    # two readings of one break, the space first: it stands unless the editor takes the join
    return [Edit(a, b, " ", RULE_REFLOW, _WHY_REFLOW), join]


def _hyphen_read_as_dash(text: str, dash: int, b: int, right: str, lex: Lexicon, spellings: WitnessSpellings,
                         decisions: dict[tuple[str, str], HyphenDecision]) -> HyphenDecision | None:
    """Whether the dash (or ``=``) at ``dash``, ending a line glued to a word's letters before
    ``right`` (small letters starting the next line, at ``b``), is a line-end hyphen OCR misread and the
    word is broken there; None when nothing says so.

    An author's dash stands between words (``sometimes—`` / ``when``): the pieces must make a
    word attested inside a line of this witness or another, or in the language and broken at
    a hyphenation point, that line joining would join after a hyphen; and a piece
    no word of its own (``domest—`` / ``ic``) says no dash stood there. Where both pieces are
    words (``it—self``, ``him—and``) the join is sure only when this witness writes the word
    inside its lines, the language commonly, the break is a hyphenation point and the witness
    never sets the pair with a dash inside a line; else it is a suggestion.
    """
    left = _letters_before(text, dash)
    if len(left) < 2 or len(right) < 2 or _continues(text, b + len(right)):
        return None
    joined = (left + right).lower()
    n_own, n_others, zj = lex.own.words.get(joined, 0), lex.others.words.get(joined, 0), lex.zipf(joined)
    if n_own:
        attested = f"'{joined}' x{n_own} inside lines of this witness"
    elif n_others:
        attested = f"'{joined}' x{n_others} inside lines of the other witnesses"
    elif zj > 0 and lex.is_break_point(joined, len(left)):
        # (known to the language only: broken where a printer may break it, as a hyphen breaks)
        attested = f"'{joined}' a word (zipf {zj}), a hyphenation point"
    else:
        return None
    d = _decided(left, right, lex, spellings, decisions)
    if not d.join:
        return None  # a compound's hyphen, or an author's dash: the dash stands
    mark = text[dash]
    # (after an author's dash the phrase goes on with a word, 'man—' / 'age had not bent him':
    # a short word of the language is one there; before it, 'de—', 'don—' are prefixes too)
    piece = right if not _stands_alone(right, lex, _SHORT_WORD) else \
        left if not _stands_alone(left, lex, _PHRASE_OPENER) else None
    if piece is not None:
        confidence = 0.9 if n_own or n_others else 0.85 if zj >= 3.0 else 0.8
        why = f"'{piece}' no word standing alone in the edition: no dash stands there"
    else:
        # (not before a word of the commonest, that may open the phrase after an author's
        # dash: 'in—' / 'to my surprise', 'be—' / 'long after')
        sure = (n_own and zj >= 3.0 and lex.zipf(right) < _PHRASE_OPENER and lex.is_break_point(joined, len(left))
                and f"{left}{mark}{right}" not in text)
        confidence = 0.8 if sure else 0.6
        why = f"'{left}' and '{right}' words, " + ("never set with a dash inside a line" if sure
                                                     else "an author's dash may stand between them")
    return HyphenDecision(True, min(confidence, d.confidence),
                          f"'{mark}' at a line end read for a hyphen: {attested}; {why}")


#: the Zipf frequency from which a word is of the commonest (to, in, one, long, ever, thing)
_PHRASE_OPENER = 5.5


def _stands_alone(piece: str, lex: Lexicon, short_floor: float) -> bool:
    """Whether ``piece`` is a word an author's dash may stand beside: written alone inside the
    edition's lines, or common in the language. A piece of two or three letters needs two
    such lines, or to be as common as ``short_floor`` in the language: the language's lists
    hold many short fragments (``ing``, ``de``, ``ted``) and a misread word may leave one alone."""
    p = piece.lower()
    n = lex.attested(p)
    if len(p) < 4:
        return n >= 2 or lex.zipf(p) >= short_floor
    return n > 0 or lex.zipf(p) >= 3.0


#: the Zipf frequency from which a piece of two or three letters after the dash is a word of
#: its own: the word endings a word list holds stay under it (ted 4.3, der 4.2, ion 4.2, ing
#: 4.0; age 5.3, son 5.3, sun 5.0)
_SHORT_WORD = 4.5


def _decided(left: str, right: str, lex: Lexicon, spellings: WitnessSpellings,
             decisions: dict[tuple[str, str], HyphenDecision]) -> HyphenDecision:
    """decide_hyphen of the pair, asked once per text (``decisions``): a book breaks its common words often."""
    d = decisions.get((left, right))
    if d is None:
        d = decisions[left, right] = decide_hyphen(left, right, lex, spellings)
    return d


def _continues(text: str, pos: int) -> bool:
    """Whether the word run at ``pos`` goes on (digits, apostrophe words) — not a clean fragment."""
    return pos < len(text) and (text[pos].isalnum() or text[pos] in "'’")


def _last_word(text: str, end: int) -> str:
    """The line's last word before ``end``: back to a space, or to the line's start on a
    one-word line, within 40 characters (else ``text[:end]``, as a search of the 40 finds
    neither).

    One search for the space, the newline looked for only in what it leaves (a line break
    per line of a book asks).
    """
    lo = end - 40 if end > 40 else 0
    space = text.rfind(" ", lo, end)
    word = text[space + 1 if space >= 0 else lo:end]
    if "\n" in word:
        return word[word.rfind("\n") + 1:]
    return word if space >= 0 or lo == 0 else text[:end]


def _letters_before(text: str, pos: int) -> str:
    """The letters just before ``pos`` (at most 40), as ``re.compile(r"[^\\W\\d_]+\\Z").search(text,
    pos - 40, pos)`` finds them ("" if none).

    Most often the word before a line-end hyphen is all letters back to a space: its token,
    found by ``rfind``, is the run. Else the run read backwards in one match (the search
    would retry the pattern at every letter of the word).
    """
    lo = pos - 40 if pos > 40 else 0
    token = text[max(text.rfind(" ", lo, pos) + 1, lo):pos]
    if token.isalpha():  # (a letter is alphabetic: neither a digit nor an underscore)
        return token
    m = LETTERS_RE.match(text[pos - 1:lo - 1 if lo else None:-1])
    return text[pos - m.end():pos] if m else ""


def _hyphen_edits(text: str, a: int, b: int, right: str, lex: Lexicon, spellings: WitnessSpellings,
                  threshold: float, decisions: dict[tuple[str, str], HyphenDecision],
                  own_hyphens: frozenset[str] = frozenset()) -> list[Edit]:
    """The edits for the line break ``text[a:b]`` after a hyphen (at ``a - 1``); a joined
    hyphen's line break is given as :data:`_HYPHEN_BREAK`, whose span is ``a:b``.

    ``right`` is the letters starting the next line; ``decisions`` holds what
    :func:`decide_hyphen` said of each pair of halves already met in this text (the same
    evidence gives the same decision: a book breaks its common words again and again).
    ``own_hyphens``: the pieces before the plain hyphens at line ends of a witness whose OCR
    marks its soft breaks (:func:`plain_hyphens_beside_marks`): the word's own hyphen
    where the pieces are two words (:func:`_own_hyphen`).
    """
    hyphen = a - 1
    mark = text[hyphen]
    left = _letters_before(text, hyphen)
    if right in _SUSPENDED_WORDS:  # (the next 40 characters sliced only after 'and', 'or'...)
        following = text[b:b + 40]
        if following.startswith(_SUSPENDED_NEXT) and _SUSPENDED_RE.match(following):
            return [Edit(a, b, " ", RULE_SUSPENDED, f"suspended hyphen before '{following.split()[0]}'")]
    if not left or not right:
        # (a kept hyphen read as another glyph is written as the hyphen it is, as below)
        edits_mark = [Edit(hyphen, hyphen + 1, "-", RULE_HYPHEN_KEPT, f"'{mark}' at a line end is a hyphen")] \
            if mark != "-" and left else []
        if text[b:b + 1] in _OPENERS:
            # a dash before a quotation or an aside: the words stay apart ('man-“quoted”'
            # glued would be one token, and '¬“' after a letter reads as mojibake)
            return edits_mark + [Edit(a, b, " ", RULE_HYPHEN_KEPT, "hyphen kept: a quotation or an aside "
                                      "opens the next line")]
        why = "a digit follows" if text[b:b + 1].isdigit() else "no word continues it"
        return edits_mark + [Edit(a, b, "", RULE_HYPHEN_KEPT, f"hyphen kept: {why}")]
    end = b + len(right)
    # "cheer-\nfu1": the continuation's digit is a letter OCR misread (the misread filter
    # repairs it later, inside the joined word); decided on the letters it stands for
    misread_as = digits_read(text, end) if text[end:end + 1].isdigit() else ""
    word = right + misread_as
    d = _decided(left, word, lex, spellings, decisions)
    if misread_as:
        d = HyphenDecision(d.join, d.confidence,
                           f"{d.evidence} (reading '{text[b:end + len(misread_as)]}' as '{word}')")
    if d.join and mark == "-" and left in own_hyphens:
        d = _own_hyphen(left, word, lex, d)
    elif mark == "¬" and not (d.join and d.confidence >= threshold):
        d = _optional_hyphen(left, word, lex, spellings, d)
    if d.join:
        # the line break as _HYPHEN_BREAK, spanning a:b: join_lines keeps its span alone
        return [make_edit(hyphen, hyphen + 1, "", RULE_DEHYPHENATE, d.evidence, d.confidence,
                          d.confidence >= threshold), _HYPHEN_BREAK]
    if mark != "-":
        # a kept hyphen read as another glyph (¬, U+2010) is written as the hyphen it is
        edits_mark = [Edit(hyphen, hyphen + 1, "-", RULE_HYPHEN_KEPT, f"'{mark}' at a line end is a hyphen")]
    else:
        edits_mark = []
    if d.confidence >= threshold:
        return edits_mark + [Edit(a, b, "", RULE_HYPHEN_KEPT, f"hyphen kept: {d.evidence}", d.confidence)]
    # the line break goes either way; the uncertain part, the hyphen, is a suggestion (listed
    # before the break: edits in document order spare the chain a sort)
    return edits_mark + [Edit(hyphen, hyphen + 1, "", RULE_DEHYPHENATE, f"uncertain: {d.evidence}",
                              round(1 - d.confidence, 3), applied=False),
                         Edit(a, b, "", RULE_HYPHEN_KEPT, f"hyphen kept for review: {d.evidence}", 1.0)]


def _optional_hyphen(left: str, right: str, lex: Lexicon, spellings: WitnessSpellings,
                     d: HyphenDecision) -> HyphenDecision:
    """``d`` (a kept hyphen, or an uncertain join) for ``¬`` at a line end: joined where the
    edition hyphenates the compound nowhere inside its lines. ABBYY FineReader writes ``¬``,
    its optional hyphen, for a hyphen in a word its dictionary knows whole (its User's
    Guide): a word the lexicon knows little ('turn¬' 'spit') is one to the OCR. A compound
    hyphenated inside the lines keeps its hyphen (the OCR's dictionary knows the solid form
    of a compound too, 'water¬' 'falls')."""
    if not right[:1].islower():
        return d
    hyphened = f"{left}-{right}".lower()
    if spellings.compounds.get(hyphened, 0) or lex.others.compounds.get(hyphened, 0):
        return d
    return HyphenDecision(True, 0.8, "'¬' at a line end: the OCR's optional hyphen, written for a hyphen in a "
                          f"word its dictionary knows whole; against: {d.evidence}")


def _own_hyphen(left: str, right: str, lex: Lexicon, d: HyphenDecision) -> HyphenDecision:
    """``d`` (a join) for a plain hyphen at a line end where the witness's OCR marks its soft
    breaks: kept where the halves are two words (``sun-rise``, ``to-day``: a compound the OCR
    saw printed with its hyphen), surely unless this witness writes the word whole inside its
    lines: then joined as ``d`` says where it never hyphenates it inside them ('per-' 'sons'
    beside 'persons': the OCR marks most soft breaks, not all), the join suggested where it
    writes both (an author who spells it both ways). Halves that are no words (a name or a
    word the OCR's dictionary lacks, broken at a syllable) are joined as ``d`` says."""
    if not right[:1].islower() or min(len(left), len(right)) < 2 or right.lower() in SUFFIX_FRAGMENTS \
            or min(_wordness(left, lex), _wordness(right, lex)) < 2.0:
        return d
    joined = (left + right).lower()
    if lex.own.words.get(joined, 0) and not lex.own.compounds.get(f"{left}-{right}".lower(), 0):
        return d
    why = f"a plain hyphen at a line end, where this witness's OCR marks its soft breaks (¬, soft hyphen): " \
          f"the word's own ('{left}' and '{right}' words); against: {d.evidence}"
    return HyphenDecision(False, 0.6 if lex.own.words.get(joined, 0) else 0.85, why)


#: a digit OCR reads for a small letter (0/o, 1/l, 5/s, 6/b, 9/g, 2/z), the first reading of
#: the misread filter's table
_DIGIT_LETTER = {d: next(c for c in letters if c.islower()) for d, letters in DIGIT_CONFUSIONS.items()
                 if d.isdigit() and any(c.islower() for c in letters)}
_DIGITS_IN_WORD_RE = re.compile(r"[0-9][^\W_]*")


def digits_read(text: str, pos: int) -> str:
    """The letters that digits glued to a word's letters at ``pos`` stand for ("" when none).

    Only a run of digits and letters that ends the word and holds no two digits in a row
    (``fu1``, ``su5``, ``c0n``): a number (``p. 12``, ``1990s``) is no misread word.
    """
    m = _DIGITS_IN_WORD_RE.match(text, pos)
    if not m:
        return ""
    run = m.group()
    if any(a.isdigit() and b.isdigit() for a, b in zip(run, run[1:])):
        return ""
    if any(c.isdigit() and c not in _DIGIT_LETTER for c in run):
        return ""
    return "".join(_DIGIT_LETTER.get(c, c) for c in run)


def _fenced_spans(text: str) -> tuple[tuple[int, int], ...]:
    marks = [m.start() for m in _MD_FENCE_RE.finditer(text)]
    return tuple((marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2))


def _plain_markdown_break(text: str, a: int, b: int, fenced: tuple[tuple[int, int], ...]) -> bool:
    """Whether a line break in a Markdown witness joins two lines of one plain paragraph."""
    if any(s <= a < e for s, e in fenced):
        return False
    line_start = text.rfind("\n", 0, a) + 1
    nl = text.index("\n", a)
    prev_line = text[line_start:nl]
    next_end = text.find("\n", b)
    next_line = text[nl + 1:next_end if next_end >= 0 else len(text)]
    if prev_line.endswith(("  ", "\\")) or "\t" in prev_line or "\t" in next_line:
        return False
    if prev_line.lstrip().startswith(("#", "|", "<", "```", "~~~")) or prev_line.startswith("    "):
        return False
    return MD_STRUCTURE_LINE_RE.match(next_line) is None
