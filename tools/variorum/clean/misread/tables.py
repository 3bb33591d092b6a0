"""The misreading rules' ids, their closed confusion tables, the thresholds the evidence must pass, and the token and sentence patterns they share."""

from __future__ import annotations

import re
from typing import Mapping

from variorum.clean.lexicon import SUFFIX_FRAGMENTS


# --------------------------------------------------------------------------- the rules
#
# Each rule is a class of confusions an OCR engine makes between glyphs of similar shape,
# written as (what was read, what it may have been). Nothing here names a word: a rule
# proposes candidates; the lexicon and the edition decide.

RULE_DIGIT = "misread-digit"        # a digit read inside a word: c0mputer, S0, 1ike
RULE_NUMERAL = "misread-numeral"    # a letter read inside a number: l990, 2O15
RULE_LETTERS = "misread-letters"    # letter shapes: rn/m, cl/d, li/h, b/h, c/e, vv/w, ii/u, I/l, lc/k, II/H, U/ll, di/th
RULE_PRONOUN = "misread-pronoun-i"  # a lone "l" where English has the pronoun "I"
RULE_BRACKET = "glued-bracket"      # While(the -> While the / While (the
RULE_PUNCT = "glued-punctuation"    # end.The -> end. The, cats,dogs -> cats, dogs
RULE_EDGE = "misread-edge"          # a stray capital glued before a word: Dbest
RULE_SPLIT = "misread-split"        # a space read inside a word: obvi ous, sa id
RULE_STROKES = "misread-strokes"    # one stroke lost or gained: g/q, h/n, u/v, c/o, z for s
RULE_CONTEXT = "misread-context"    # a rare word where the edition writes a confusion of it: who arc ill
RULE_SPACE = "misread-space-lost"   # a space lost between two words: ofthe, Andwhen, heardthe
RULE_DOUBLED = "misread-doubled"    # a letter read twice: thhe, annd, waas
RULE_DROPPED = "misread-dropped"    # a letter the OCR lost: frends, tht, whn
RULE_ACCENT = "misread-accent"      # a speck read as a mark over a vowel: réturn, Thè
RULE_REALWORD = "misread-real-word"  # a word read for a word the witness writes around it: power bad gone
RULES = (RULE_DIGIT, RULE_NUMERAL, RULE_LETTERS, RULE_PRONOUN, RULE_BRACKET, RULE_PUNCT, RULE_EDGE,
         RULE_SPLIT, RULE_STROKES, RULE_CONTEXT, RULE_SPACE, RULE_DOUBLED, RULE_DROPPED, RULE_ACCENT, RULE_REALWORD)

#: digit (or bar) read -> the letters it may have been
DIGIT_CONFUSIONS: dict[str, tuple[str, ...]] = {
    "0": ("o", "O"), "1": ("l", "i", "I"), "5": ("s", "S"), "6": ("b",), "8": ("B",),
    "9": ("g",), "2": ("z", "Z"), "|": ("l", "I"),
}
#: the digits a letter is read as less often: 1 for a t whose crossbar is lost (wi1h, 1he),
#: 6 for an e whose eye closed and whose tail curled up (th6, m6n: an LSTM engine's 6 and é
#: are one shape), weighed as a further confusion (STEP_PENALTY), so that 1 for l or i wins
#: where both make a word ('1ook': look, not took), and 6 for b ('6ed': bed)
RARER_DIGIT_CONFUSIONS: dict[str, tuple[str, ...]] = {"1": ("t",), "6": ("e",)}
#: letter read inside a number -> the digit it may have been
NUMERAL_CONFUSIONS: dict[str, str] = {"O": "0", "o": "0", "l": "1", "I": "1"}
#: letter sequence read -> the sequences it may have been (U for ll: two stems joined at the
#: foot, wiU, caUeth; di for th: the bar of t lost, h broken, odier, diey)
LETTER_CONFUSIONS: dict[str, tuple[str, ...]] = {
    "rn": ("m",), "m": ("rn",), "cl": ("d",), "d": ("cl",), "li": ("h",), "h": ("li", "b"),
    "b": ("h",), "c": ("e",), "e": ("c",), "vv": ("w",), "w": ("vv",), "ii": ("u", "n"),
    "ri": ("n",), "n": ("ri",), "I": ("l",), "l": ("I",), "tl": ("d",), "lc": ("k",),
    "k": ("lc",), "U": ("ll",), "di": ("th",),
}
#: the letter shapes whose habit repairs no real word (context._habitual_readings): di read
#: for th (odier, diis) makes 'die' of 'the', a word every book writes too
NO_HABIT = frozenset({("di", "th")})

#: worn or broken strokes: common, but they make real words of real words so easily that
#: they only ever repair a reading no lexicon and no witness knows, one confusion at most,
#: into an everyday word (Zipf >= 4), and only when no other rule has a repair. f for r too:
#: the arm of r read long over a speck below it (thfee, sevefal, fof: a proofreaders' scanno)
WEAK_CONFUSIONS: dict[str, tuple[str, ...]] = {
    "o": ("a", "e"), "a": ("o",), "e": ("o",), "f": ("t", "r"), "t": ("f",), "v": ("y",),
    "y": ("v",), "n": ("r",),
}
#: weak strokes repair only readings the lexicon does not know at all: archaic words
#: (wonted, shews, oaten, visiter) sit just above, one vowel away from everyday ones
WEAK_READING = 1.0
#: a reading below this may be a weak-stroke misreading of one of the commonest words
#: (fon, thot, vou, bv); above it are words like 'tho' that verse still uses
WEAK_DOMINATED = 3.5
#: pairs of letters one stroke apart, misread both ways: the tail of g closed or broken off
#: (g/q), the ascender of h lost to a faint print or a speck read as one (h/n), the bowl of u
#: closed to a point or a v rounded (u/v), the gap of c filled or the right side of o faint
#: (c/o), a z read for a worn s (z/s), j read for i (a speck below its stem read as the tail
#: of j: whjch, hjs; not i for j, the old spelling of j). Like the weak strokes they make real words of real
#: words (hot/not, cot/cut): they get the weak strokes' guards, repairing only a reading
#: the lexicon does not know at all, or a rare one a commonest word dwarfs, one confusion at
#: most, and never when another repair is as good. Not s read for z: there the two are
#: spellings as well as shapes (-ise/-ize, older spellings), and a witness's spelling is not
#: a misreading
STROKE_CONFUSIONS: dict[str, tuple[str, ...]] = {
    "q": ("g",), "g": ("q",), "n": ("h",), "h": ("n",), "v": ("u",), "u": ("v",),
    "o": ("c",), "c": ("o",), "z": ("s",), "j": ("i",),
}
#: strokes lost or gained that make real words of real words too often to be weighed by
#: frequency or context (yon/you, lo/to, bad/had...): n and u (an arch closed or opened), t
#: read as l (its crossbar faint), i read as l (its dot lost, the stem read tall) and l read
#: as i (its stem broken above a speck), r read as i (its arm lost), m read as in or ni (its
#: first or last arch parted from the rest) and in read as m (the dot lost, the stem joined
#: to the arch), s read as e (its lower curve faint), a as s (its bowl opened) or s as a
#: (its curves run together into a bowl). Tried only on a reading no lexicon knows at all,
#: into an everyday word (devoled, sensalion, belouged, thelr, aniinals, niany, thmgs,
#: iiberty, peimitted, perhape, thst, aervant), or one at
#: the level of the lexicon's own OCR noise (Judge._faint_dominated)
FAINT_CONFUSIONS: dict[str, tuple[str, ...]] = {
    "n": ("u",), "u": ("n",), "l": ("t", "i"), "i": ("l", "r"), "in": ("m",), "ni": ("m",), "m": ("in",),
    "e": ("s",), "s": ("a",), "a": ("s",)}
#: the faint strokes (read, meant) that spellings make too: a Scots 'wae', 'hae', 'faither'
#: is the letter written, not s or r faint (Judge._faint_dominated, Judge._unless_the_letter_is_spelt)
FAINT_SPELLINGS = frozenset({("i", "r"), ("e", "s"), ("s", "a")})
#: the faint strokes a witness's habit may repair in a reading the lexicon knows rarely
#: (Judge.faint_stroke_on_habit): an arch opened or closed (n/u) and in/m, not the spellings'
#: strokes, nor l read for t or i for l, which make English's own rare words beside its
#: common ones ('lour', 'slopped': FAINT_DOMINANCE)
HABIT_FAINT_CONFUSIONS: dict[str, tuple[str, ...]] = {
    "n": ("u",), "u": ("n",), "in": ("m",), "ni": ("m",), "m": ("in",)}


def _union(*tables: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    keys = dict.fromkeys(k for t in tables for k in t)
    return {k: tuple(dict.fromkeys(m for t in tables for m in t.get(k, ()))) for k in keys}


#: the confusions tried, one at a time, on a reading the lexicon does not know at all
UNKNOWN_READING_CONFUSIONS: dict[str, tuple[str, ...]] = _union(
    LETTER_CONFUSIONS, WEAK_CONFUSIONS, STROKE_CONFUSIONS, FAINT_CONFUSIONS)
#: the confusions of letter shapes (not the weak strokes' vowels, nor z for s, which are
#: spellings as well)
_SHAPES: dict[str, tuple[str, ...]] = _union(LETTER_CONFUSIONS, FAINT_CONFUSIONS)
#: the faint strokes repaired only into a word of everyday vocabulary, never into a rare one
#: (Judge._shape_into_rare): a, the commonest letter after e, read for s lands a long string
#: no lexicon knows on a rare word by chance (a misspelt 'aheared', one a from 'sheared')
_EVERYDAY_ONLY = frozenset({("a", "s")})
#: the letter shapes with f and t (a crossbar read to the wrong side, the hook of f faint or
#: filled: attenfions, transporfed), weighed only for a long reading no lexicon knows
#: (Judge._shape_into_rare): f/t is a slip of the pen too ('fiered' for fired), but a
#: long unknown reading one f/t from exactly one word is no slip's chance
_LONG_SHAPES: dict[str, tuple[str, ...]] = _union(
    {read: tuple(m for m in meant if (read, m) not in _EVERYDAY_ONLY) for read, meant in _SHAPES.items()},
    {"f": ("t",), "t": ("f",)})
#: the strokes lost or gained that no spelling makes (g/q, h/n, c/o; the weak strokes' v/y,
#: n/r), with the letter shapes: what a reading no lexicon knows may be repaired by into a word
#: of everyday vocabulary (Judge._shape_into_common). Not u/v nor z for s, the old and the
#: American spellings' letters, nor the weak strokes' vowels, nor f/t, a slip of the pen as
#: well as of the type ('fiered' for fired is no 'tiered')
_SHAPES_AND_STROKES: dict[str, tuple[str, ...]] = _union(_SHAPES, {
    "q": ("g",), "g": ("q",), "n": ("h", "r"), "h": ("n",), "o": ("c",), "c": ("o",), "v": ("y",), "y": ("v",)})
#: the confusions that can make a repeated reading a repeated misreading (the faint strokes
#: too: only a reading below COMMON is asked, and only the rules that repair it decide)
REPEATED_CONFUSIONS: dict[str, tuple[str, ...]] = _union(LETTER_CONFUSIONS, STROKE_CONFUSIONS, FAINT_CONFUSIONS)
#: the confusions other than strokes that one substitution may stand for
_NOT_STROKES: dict[str, tuple[str, ...]] = _union(LETTER_CONFUSIONS, WEAK_CONFUSIONS)
#: the tables of confusions whose single misreadings of the commonest words are listed
_TABLES: dict[str, Mapping[str, tuple[str, ...]]] = {
    "letters": LETTER_CONFUSIONS, "weak": WEAK_CONFUSIONS, "strokes": STROKE_CONFUSIONS}

# Thresholds on wordfreq's Zipf scale (log10 of frequency per billion words): 3 is about
# once per million words, the usual line between everyday vocabulary and rare words.
COMMON = 3.0
#: a candidate this much more frequent than the reading (x1000) outweighs a noisy lexicon entry
DOMINANCE = 3.0
#: two candidates closer than this are a choice for the editor, not for the filter
MARGIN = 1.0
#: a word the lexicon knows, if rarely (once in ten million words): enough for a repair of
#: a reading the lexicon does not know at all
RARE_WORD = 2.5
MAX_SUBSTITUTIONS = 2  # (_substitutions makes at most two)
#: the languages in Latin letters that write marks (accents asks whether a reading is a
#: word of theirs; the judge whether a word is a name's, which they all write alike)
MARKED_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "hu", "ca", "ro", "tr")
#: a repair needing two confusions must be this much commoner (Zipf) to beat one needing one
STEP_PENALTY = 1.5
#: a rare reading one faint stroke from a word this much commoner (Zipf: ten thousand times)
#: is at the level of the misreadings the lexicon itself counted in OCR'd books (wilh, lhe,
#: aboul), not of real rare words beside common ones (lour/tour, slopped/stopped: about 3)
FAINT_DOMINANCE = DOMINANCE + 1
#: a reading no lexicon knows this long is seldom one shape confusion from a real word by
#: chance (a name, an old spelling): a misreading of a real word always is (Judge._shape_into_rare)
LONG_READING = 7
#: the least frequency (Zipf: once in a hundred million words) of the rare word such a long
#: reading is repaired into: below it the lexicon's own noise
RARE_REPAIR = 1.0
#: a reading no lexicon knows this long is seldom one letter short of a word the book uses
#: by chance (Judge._letter_lost_from_own_word); shorter ones are one letter from many words
LOST_LETTER_READING = 4
#: a reading the lexicon knows (rarely) is put back a lost letter only from this length: the
#: old words are short ('chid', 'wist', 'sate' are no 'child', 'wrist', 'state')
LOST_LETTER_KNOWN = 6
#: the weak strokes' vowels: o read for a or e (a bowl closed), a or e for o (one opened or
#: marked). Not a for e nor e for a: those are the two spellings of the unstressed vowel
#: (-ance/-ence, 'dependant', Shelley's 'avelanche'), an author's, not the press's
_VOWEL_SLIPS: dict[str, str] = {k: "".join(m for m in WEAK_CONFUSIONS[k] if m in "aeo") for k in "aeo"}
#: the vowels Judge._vowel_of_own_word reads one for another, a and e as well: there the
#: witness's own use, not the lexicon, decides. Only in a word's first syllable, the one
#: English most often stresses, and not before w or y: spellings differ in the unstressed
#: vowel ('avelanche', 'desart', 'visiter', 'independant') and in the digraphs ('shew'
#: beside 'show', 'grey' beside 'gray'), where an author writes both; a stressed vowel's
#: spelling is fixed ('thet', 'meny', 'nover' are no author's)
_OWN_VOWELS = "aeo"
#: a reading no lexicon knows this long is seldom one vowel from exactly one word by chance
#: (Judge._vowel_into_word); shorter ones are mostly a vowel from several
VOWEL_READING = 4
#: prefixes and endings that make words of words, the old verb's too (sleepest, goeth, lovedst)
_FORMING_PREFIXES = ("over", "under", "out", "fore", "with", "up", "un", "re", "mis", "dis", "be", "en", "in")
_FORMING_ENDINGS = tuple(sorted(SUFFIX_FRAGMENTS | {"s", "st", "th", "edst", "est", "eth"}, key=len, reverse=True))
#: the same as sets, and the longest of each (Judge._formed looks a reading's own up)
_FORMING_ENDING_SET, _FORMING_PREFIX_SET = frozenset(_FORMING_ENDINGS), frozenset(_FORMING_PREFIXES)
_FORMING_LONGEST = (max(map(len, _FORMING_ENDINGS)), max(map(len, _FORMING_PREFIXES)))


# --------------------------------------------------------------------------- vocabulary

_WORD = r"(?:[^\W_]|(?<=[^\W\d_])\|(?=[^\W\d_]))"
TOKEN_RE = re.compile(rf"{_WORD}+(?:['\u2019]{_WORD}+)*")
_DIGIT_RE = re.compile(r"\d")
_SENTENCE_END_RE = re.compile(r"(?:^|[.!?:]['\"\u201d\u2019)]*\s+|\n\n)['\"\u201c\u2018(]*$")
# an opening quotation mark after a space or a line's start: a quotation's first word
_QUOTATION_OPENS_RE = re.compile(r"(?:^|\s)['\"\u201c\u2018]$")
_PAIRS = {"(": ")", "[": "]", ")": "(", "]": "["}


# --------------------------------------------------------------------------- context

#: a reading is suspect only where one confusion of it is a word this witness writes at
#: least this many times as often (the ratio _repeated_misreading calls a repeated
#: misreading): 'arc' once beside 'are' a hundred times, not 'he' beside 'be'
CONTEXT_DOMINANCE = 20
#: the edition must write the repair beside this site's neighbours at least this often, as
#: for the pronoun (PRONOUN_EVIDENCE: "I think" three times before "1 think" is read so)
CONTEXT_EVIDENCE = 3


def _reverse(table: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for read, meant in table.items():
        for m in meant:
            out.setdefault(m, []).append(read)
    return {k: tuple(v) for k, v in out.items()}


#: what each letter (sequence) read may have been, by one confusion of the closed tables the
#: edition's evidence may weigh (not the faint strokes: they make real words)
_MISREAD_FROM: dict[str, tuple[str, ...]] = _union(LETTER_CONFUSIONS, WEAK_CONFUSIONS, STROKE_CONFUSIONS)
#: what each letter (sequence) of a word may be misread as, by one confusion of the same tables
_MISREAD_AS: dict[str, tuple[str, ...]] = _reverse(_MISREAD_FROM)
#: the same, by the sequence's first letter
_MISREAD_AS_BY_FIRST: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _meant, _reads in _MISREAD_AS.items():
    _MISREAD_AS_BY_FIRST.setdefault(_meant[0], []).append((_meant, _reads))
#: the same, small-letter readings only (all a small-letter word can be turned into that is
#: a small-letter word)
_SMALL_MISREAD_AS_BY_FIRST: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    first: [(meant, tuple(r for r in reads if r.isalpha() and r.islower())) for meant, reads in entries]
    for first, entries in _MISREAD_AS_BY_FIRST.items()}


#: the commonest words of the language (Zipf 6: once in a thousand words, 'the' to 'about')
#: are the ones a confusion the OCR keeps making turns into rarer real words (lo/to, ot/of)
HABIT_WORD = 6.0
