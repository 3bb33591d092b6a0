"""Where readings stand: their places, barred and blocked spans, quoted speech, the pronoun I, abbreviations defined in the text."""

from __future__ import annotations

from bisect import bisect_right
import re
from collections import Counter
from math import sqrt
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, takewhile
from typing import Container, Iterable, Mapping

from variorum.clean.base import Edit
from variorum.clean.lexicon import zipf_table

from variorum.clean.misread.tables import COMMON, HABIT_WORD, RARE_WORD, RULE_PRONOUN
from variorum.clean.misread.vocabulary import Vocabulary, _barred, _merged, _word_split
from variorum.clean.misread.judge import Judge, Verdict


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    """``edits`` (in order) but those that overlap one before them (a sentence's first word
    repaired by one rule and weighed by another), as the filter's output keeps one."""
    out: list[Edit] = []
    for e in edits:
        if not out or e.start >= out[-1].end:
            out.append(e)
    return out


def _bar_tokens(text: str) -> set[str]:
    """The tokens of ``text`` with a bar inside (wor|d)."""
    parts = _word_split(text)
    return {"".join(parts[first:last + 1]) for first, last in _barred(text)}


@dataclass(frozen=True)
class _Place:
    """One whole-token occurrence: where it stands in the text and what it reads."""

    start: int
    end: int
    token: str


#: what may stand right before or after a token that makes it no whole token (wor|d, 'tis)
_INNER = ("'", "\u2019", "|")


def _word_hits(text: str, tokens: Container[str]) -> list[int]:
    """The indices in _word_split(text) of its words that are one of ``tokens``, in order
    (picked out at C speed: one pass over a book's words may serve several rules)."""
    parts = _word_split(text)
    return list(compress(range(1, len(parts), 2), map(tokens.__contains__, parts[1::2])))


def _occurrences(text: str, tokens: Iterable[str], hits: Iterable[int] | None = None) -> list[_Place]:
    """Whole-token occurrences of ``tokens`` in ``text``, in text order: where a token
    stands with no letter or digit on either side, no apostrophe or bar before it, and
    none after it that a letter or digit follows.

    Found among the words of _word_split and the tokens with bars (_barred): each
    whole-token occurrence is one of them. The words are picked out at C speed, where a
    regex alternation of a few hundred tokens is tried at every letter of the text; only
    the hits are looked at. ``hits``: the words' own, _word_hits(text, tokens), where the
    caller's pass found them.
    """
    parts = _word_split(text)
    wanted = set(tokens)
    # (the parts at which a wanted token starts, with its last part)
    hits = dict.fromkeys(_word_hits(text, wanted) if hits is None else hits)
    barred = {first: last for first, last in _barred(text) if "".join(parts[first:last + 1]) in wanted}
    out = []
    pos = upto = 0
    for k in sorted(hits.keys() | barred.keys()) if barred else hits:
        pos += len("".join(parts[upto:k]))  # (where parts[k] starts; a join sums the lengths in C)
        upto = k
        token = "".join(parts[k:barred[k] + 1]) if k in barred else parts[k]
        end = pos + len(token)
        if (pos and text[pos - 1] in _INNER) or (text[end:end + 1] in _INNER and text[end + 1:end + 2].isalnum()):
            continue
        out.append(_Place(pos, end, token))
    return out


_LETTER_OR_DIGIT_RE = re.compile(r"[^\W_]")


def _pair_places(text: str, pairs: Iterable[tuple[str, str]]) -> list[tuple[int, int]]:
    """Where ``a b`` stands for one of ``pairs`` with no letter or digit right before or
    after it, as (start, end), in text order and none overlapping the one before: what a
    regex alternation of the pairs finds (at one place at most one pair of words can stand
    whole). Each pair is searched for as a literal, at C speed, where an alternation is
    tried at every letter of the text (a book has a few pairs to look for, in a few places)."""
    hits = []
    for a, b in pairs:
        phrase = f"{a} {b}"
        i = text.find(phrase)
        while i >= 0:
            end = i + len(phrase)
            if not (i and _LETTER_OR_DIGIT_RE.match(text, i - 1)) and not _LETTER_OR_DIGIT_RE.match(text, end):
                hits.append((i, end))
            i = text.find(phrase, i + 1)
    hits.sort()
    places: list[tuple[int, int]] = []
    for start, end in hits:
        if not places or start >= places[-1][1]:
            places.append((start, end))
    return places


#: below this share of known word tokens the lexicon does not describe the witness's
#: language (another period's spelling, another language): letter-shape repairs become
#: suggestions. Modern English prose leaves well under 1% unknown; a 16th-century text 16%.
LEXICON_FIT = 0.95
#: fewer word tokens than this say too little about the fit, unless words no rule repairs
#: show another spelling (_lexicon_fits)
FIT_SAMPLE = 500
#: in a witness shorter than FIT_SAMPLE, how many words no rule repairs show another
#: spelling or language: one or two may be the OCR's worst slips
NO_SLIPS = 3
#: how many standard errors (of a share of unknown words at 1 - LEXICON_FIT, over the words
#: of a witness shorter than FIT_SAMPLE) its share may stand above that and still fit
FIT_ERRORS = 2


def _lexicon_fits(vocab: Vocabulary) -> bool:
    words = set(filter(str.isalpha, vocab.own))
    total = sum(map(vocab.own.__getitem__, words))
    if not total:
        return True
    # the unknown words (Zipf below 1.0, and no other witness's) are few: set operations
    # find them (the words are in small letters without digits: vocab.zipf is the lexicon's
    # entry, the lexicon's rarest words come last)
    table = zipf_table(vocab.lang)
    rarest = {w for w, _ in takewhile(lambda wz: wz[1] < 1.0, reversed(table.items()))}
    unknown = (words.difference(table) | (words & rarest)) - vocab.others_words
    if total < FIT_SAMPLE:
        # (too few words to weigh every unknown one: a short text dense with the OCR's slips
        # fits no worse than a long one. But the small-letter words the letter rules find no
        # repair for, and no lost space parts, are no slips: another period's spelling or
        # another language, 'droghte', 'priketh', 'yronne')
        judge = Judge(vocab)
        unknown = {w for w in unknown if vocab.own_exact[w] and not _parted(w, table)
                   and not ((v := judge.verdict(w)) is not None and v.applied)}
        if len(unknown) < NO_SLIPS:
            return True
        # (a short sample's share strays: the bound FIT_ERRORS standard errors above a long one's)
        bound = 1 - LEXICON_FIT + FIT_ERRORS * sqrt(LEXICON_FIT * (1 - LEXICON_FIT) / total)
        return sum(map(vocab.own.__getitem__, unknown)) / total <= bound
    known = total - sum(map(vocab.own.__getitem__, unknown))
    return known / total >= LEXICON_FIT


def _parted(word: str, table: Mapping[str, float]) -> bool:
    """Whether ``word`` (small letters) is two words a lost space ran together: each one the
    lexicon knows (RARE_WORD), one of its commonest if shorter than three letters ('is',
    'up', 'a': not an old ending's 'en' or 'ed')."""
    return any(all(table.get(p, 0.0) >= (HABIT_WORD if len(p) < 3 else RARE_WORD) for p in (word[:i], word[i:]))
               for i in range(1, len(word)))


class _Spans:
    """Sorted, non-nested protected spans, asked whether a stretch overlaps one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def hit(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


#: a number's words: the digit of an abbreviation may stand for one (Two-Factor
#: Authentication, 2FA; Third Generation Partnership Project, 3GPP)
_NUMBER_WORD_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|single|double|dual|triple|"
    r"version)\b", re.I)
_DEFINITION_STOP_RE = re.compile(r".*[.;:!?()\[\]\n]\s", re.S)


def _defined_by(text: str, start: int, end: int, short: str) -> str | None:
    """The long form the text gives before ``text[start:end]``, a token in brackets with a
    stray digit before its letters ``short`` (a digit at the end may be the name's own:
    GPL2, SHA1, HTTP2); else None."""
    if text[start - 1:start] != "(" or text[end:end + 1] != ")" or not short.isalpha() \
            or not text[start].isdigit():
        return None
    return abbreviation_long_form(text, start - 1, short)


#: a number with letters after it and a stop: an amount or a size in a notation (1s., 4d., 8vo.)
_NUMBERED_RE = re.compile(r"(\d+)([^\W\d_]+)")
#: the amount before one, its own stop closed ('4s. 6d.', '5s. 0d.')
_AMOUNT_BEFORE_RE = re.compile(r"(?<![^\W_])\d+[^\W\d_]*\.\s+$")


def _in_a_notation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, digits then letters before a stop, is a number in a
    notation and no misread word ('1s.' a shilling, not 'is.').

    A number follows it ('1s. 4d.') or an amount goes before it ('4s. 6d.'), or the
    witness writes the same letters and stop after a number no misreading of the word
    makes ('fee 1s.' beside '25s.', '13s.'): the shape is the witness's notation, not a
    slip of one place.
    """
    m = _NUMBERED_RE.fullmatch(text, start, end)
    if m is None or text[end:end + 1] != ".":
        return False
    if text[end + 1:end + 12].lstrip()[:1].isdigit() \
            or _AMOUNT_BEFORE_RE.search(text, max(0, start - 16), start):
        return True
    digits, letters = m.groups()
    return any(other.group(1) != digits for other in re.finditer(
        r"(?<![^\W_])(\d+)" + re.escape(letters) + r"\.", text))


#: the endings a word takes in English (and its dialects) that leave its stem whole
_ENDINGS = ("ing", "ed", "es", "er", "s")
#: the shortest stem that is evidence: shorter ones are any word's pieces
_STEM = 3


def _inflected_stem(token: str, repair: str, vocab: Vocabulary, flagged: Mapping[str, Verdict]) -> str:
    """The stem ``token`` is with an ending where the witness writes that stem as a word of
    its own (anywhere: a glossary's headword stands first on its line) that the lexicon
    does not know and no rule reads as a misreading ('laiking' beside 'Laik, v. to play');
    else ''. A dialect's or a glossary's word has such a stem; a misreading has none (a
    letter doubled at the end of a word is no ending: 'wass' of 'was', a word the lexicon knows;
    nor one where the witness writes the repair's stem too: 'casling' beside 'casl' and 'cast')."""
    low, fixed = token.lower(), repair.lower()
    for ending in _ENDINGS:
        stem = low[:-len(ending)]
        if low.endswith(ending) and len(stem) >= _STEM and stem.isalpha() and vocab.own[stem] \
                and vocab.zipf(stem) < RARE_WORD \
                and not (fixed.endswith(ending) and vocab.own[fixed[:-len(ending)]]) \
                and not any(v.applied for form in (stem, stem.capitalize(), stem.upper())
                            if (v := flagged.get(form)) is not None):
            return stem
    return ""


def abbreviation_long_form(text: str, bracket: int, short: str) -> str | None:
    """The long form an abbreviation ``short`` in brackets follows (``Bureau of Labor
    Statistics (BLS)``; ``bracket``: where its opening bracket stands), found as Schwartz
    and Hearst's algorithm finds it (2003: each letter of the short form, last first, in
    the words before it in the same sentence or line, the first at a word's start, within
    min(n + 5, 2n) words), when no word of that window names a number a digit could stand
    for; else None."""
    before = text[max(0, bracket - 400):bracket]
    if (stop := _DEFINITION_STOP_RE.match(before)) is not None:
        before = before[stop.end():]  # (the sentence, or the line, it stands in)
    words = before.split()[-min(len(short) + 5, 2 * len(short)):]
    long_form = " ".join(words)
    s, i = len(short) - 1, len(long_form) - 1
    while s >= 0:
        c = short[s].lower()
        while i >= 0 and (long_form[i].lower() != c or (s == 0 and i > 0 and long_form[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i, s = i - 1, s - 1
    name = long_form[long_form.rfind(" ", 0, i + 1) + 1:]
    if _NUMBER_WORD_RE.search(long_form) or len(name.split()) < len(short) - 1:
        return None
    return name


def _in_quoted_speech(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation its paragraph opens before it: more curly
    double quotes opened than closed, or an odd number of straight ones."""
    start = text.rfind("\n\n", 0, pos) + 1
    before = text[start:pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _quotation_runs_on(text: str, pos: int) -> bool:
    """Whether the quotation open at ``pos`` is still open where its paragraph ends: a
    quotation of several paragraphs, each opening with a mark and only the last closing
    (a tale or a letter told in quotation marks, the narration of a frame story), not a
    line of dialogue."""
    start = text.rfind("\n\n", 0, pos) + 1
    end = text.find("\n\n", pos)
    para = text[start:] if end < 0 else text[start:end]
    return para.count("\u201c") > para.count("\u201d") or para.count('"') % 2 == 1


def _pronoun(text: str, start: int, end: int) -> Edit | None:
    """``l`` alone between a space and a lower-case word is the pronoun ``I`` misread."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    if not (before == "" or before[-1] in " \n") or not (len(after) == 2 and after[0] == " " and after[1].islower()):
        return None
    prev = text[max(0, start - 3):start].strip()
    if prev[-1:] in ("(", "[") or prev[-1:].isdigit():
        return None  # a list marker or a label, not running prose
    return Edit(start, end, "I", RULE_PRONOUN,
                "a lone 'l' before a lower-case word: English has no such word, the pronoun 'I' "
                "has the same shape", 0.85, True)


# (the I first, the lookbehind after it: the engine scans for the capital)
_I_NEXT_RE = re.compile(r"I(?<![^\W_]I) ([a-z]+)")
#: the edition must write "I <word>" this often before "1 <word>" is read as the pronoun
PRONOUN_EVIDENCE = 3


def _pronoun_bigrams(text: str, others: Iterable[str]) -> Counter[str]:
    return _merged((text, *others), _i_next_counts)


@lru_cache(maxsize=16)
def _i_next_counts(text: str) -> Counter[str]:
    return Counter(_I_NEXT_RE.findall(text))


def _pronoun_digit(text: str, start: int, end: int, i_next: Counter[str]) -> Edit | None:
    """A lone ``1`` in prose, before a word the edition often writes after ``I`` (1 think)."""
    before = text[max(0, start - 3):start]
    after = re.match(r" ([a-z]+)\b", text[end:end + 40])
    if not after or not (before == "" or before[-1:] in " \n"):
        return None
    prev = before.strip()[-1:]
    if prev and not (prev.isalpha() or prev in ".!?;:,\"'\u201d\u2019"):
        return None  # after a digit, a bracket, a sign: a number or a label
    nxt = after.group(1)
    if i_next[nxt] < PRONOUN_EVIDENCE and not (i_next[nxt] and _no_figure_before(text, start, end, nxt)):
        return None
    return Edit(start, end, "I", RULE_PRONOUN,
                f"a lone '1' before '{nxt}': the edition writes 'I {nxt}' {i_next[nxt]} times"
                + ("" if i_next[nxt] >= PRONOUN_EVIDENCE else f" and '{nxt}' after no other figure")
                + "; '1' and 'I' have the same shape", 0.8, True)


def _no_figure_before(text: str, start: int, end: int, word: str) -> bool:
    """Whether the witness sets ``word`` after no figure but the ``1`` at ``start:end``: a
    word a number counts ('1 inch', '2 inches') stands after figures elsewhere; 'I met'
    written once is then evidence enough."""
    return all(m.start() == start for m in re.finditer(r"(?<![\w.,])\d+ " + re.escape(word) + r"\b", text))


def _written_beside(text: str, start: int, end: int, word: str, flagged: Mapping[str, Verdict]) -> bool:
    """Whether the witness writes ``word`` elsewhere beside a neighbour of the place
    ``text[start:end]`` (any case), a neighbour read as the repairs ``flagged`` apply leave
    it ('seid thet': 'said that'), and the pair written elsewhere as the repairs leave it
    ('which ond' beside 'wnich and', which a second cleaning reads 'which and')."""
    def read(neighbour: str) -> set[str]:
        verdict = flagged.get(neighbour)
        as_read = {neighbour, verdict.after} if verdict is not None and verdict.applied else {neighbour}
        lowered = {w.lower() for w in as_read}
        return as_read | {t for t, v in flagged.items() if v.applied and v.after.lower() in lowered}
    # (a neighbour whole, digits and all, as the repairs read it: 'ond ORIG1N' is 'and ORIGIN')
    before, after = _token_before(text, start - 1), _token_after(text, end + 1)
    pairs = ([f"{b} {word}" for b in read(before)] if before else []) + (
        [f"{word} {a}" for a in read(after)] if after else [])
    return any(_written_whole(_text_lowered(text), pair.lower()) for pair in pairs)


@lru_cache(maxsize=4)
def _text_lowered(text: str) -> str:
    # (str.lower keeps every offset of a text but for a few letters, e.g. 'İ'; a miss there
    # only leaves a repair a suggestion)
    return text.lower()


def _written_whole(low: str, words: str) -> bool:
    """Whether ``words`` stand in ``low`` with no letter against either end (a literal
    search in C: a pattern opening with a look-behind is tried at every character)."""
    i = low.find(words)
    while i >= 0:
        j = i + len(words)
        if not (i and low[i - 1].isalpha()) and not (j < len(low) and low[j].isalpha()):
            return True
        i = low.find(words, i + 1)
    return False


def _word_before(text: str, pos: int) -> str:
    i = pos
    while i > 0 and (text[i - 1].isalpha()):
        i -= 1
    return text[i:pos]


def _token_before(text: str, pos: int) -> str:
    i = pos
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    return text[i:pos]


def _token_after(text: str, pos: int) -> str:
    j = pos
    while j < len(text) and text[j].isalnum():
        j += 1
    return text[pos:j]


def _word_after(text: str, pos: int) -> str:
    j = pos
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[pos:j]


def _common(word: str, vocab: Vocabulary) -> bool:
    return vocab.zipf(word) >= COMMON or word.lower() in vocab.others_words


def _known(word: str, vocab: Vocabulary) -> bool:
    """A word of the language (if a rare one) or of the edition: either side of a comma
    glued between words ('scribes,and'), where a name or a code would not be."""
    return vocab.zipf(word) >= RARE_WORD or word.lower() in vocab.others_words or vocab.own[word.lower()] >= 2
