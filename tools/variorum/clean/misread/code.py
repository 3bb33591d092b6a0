"""What is not prose: file names, paths, identifiers and dotted names a technical text writes, which no misreading rule may touch."""

# A modern text (a licence, a package's copyright file, a program's documentation) and a book
# that quotes one write tokens no OCR made: 'libs/math/test/nct.ipp', 'sf_performance_nct_01',
# 'BEOPEN.COM', 'test5'. Their letters look like misreadings ('nct' -> 'not', 'test5' ->
# 'tests'), so every place a rule would change is first asked whether it stands in such a
# token. The test is on the place's own stretch between spaces (cheap: a few finds and a
# short regex), and for a dotted name or a letters-and-digits token on what the witness itself
# writes (its file extensions, its numbered series): never a list of words.

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Mapping

from variorum.clean.misread.judge import Verdict
from variorum.clean.misread.letters import _unspoken_runs
from variorum.clean.misread.places import _Spans
from variorum.clean.misread.tables import COMMON, HABIT_WORD, RULE_DOUBLED, RULE_DROPPED, RULE_LETTERS
from variorum.clean.misread.vocabulary import Vocabulary

#: a sign only code and file names write inside a token: a path's slash or backslash, an
#: identifier's underscore between letters (Markdown may escape it: 'nct\_asym'; an _italic_
#: word's underscores stand at its ends), a scope's '::', an assignment or an address, a
#: call or a bracketed suffix with no space ('range(stop)', 'JANET(UK)'), a bracketed label with
#: a digit ('[1f]'), an address opening an angle bracket ('<James.Bottomley at ...>')
_CODE_SIGN_RE = re.compile(
    r"[^\W_][/\\]|[/\\][^\W_]|[^\W_](?:\\?_)+[^\W_]|::|[^\W_]=[^\s=]|@[^\W_]|[^\W_]\([^()\s]*\)"
    r"|\[[^\]\s]*\d[^\]\s]*\]|<[^\W\d_][^\s<>]*\.")
#: a dot between two letters or digits, and what stands after the last one
_INNER_DOT_RE = re.compile(r"[^\W_]\.(?=[^\W_])")
_SUFFIX_RE = re.compile(r"\.([^\W_]+)$")
#: a domain or a file name in capitals ('BEOPEN.COM', 'COPYING.LIB', 'CZ.NIC')
_CAPITALS_DOTTED_RE = re.compile(r"[A-Z0-9-]*[A-Z]{2}\.[A-Z]{2}[A-Z0-9]*")
#: what stands around a token in prose and is no part of it
_AROUND = "\"'\u2018\u2019\u201c\u201d([{<>}]),;:!?*"
#: a file extension, a domain or a dotted name written this often in the witness is its
#: convention ('.cpp', 'Xiph.Org'), not a mark misread between two words
CONVENTION = 3
#: a letters-and-digits token ('test5', 'mem1') whose letters the witness also writes with
#: another number is one of a numbered series
_NUMBERED_RE = re.compile(r"([^\W\d_]+)(\d+)")
#: a numeronym: a word's first and last letter and the count of those between ('l10n',
#: 'a11y', 'G11n'); an OCR reads two letters of a word as two digits far more rarely than one
_NUMERONYM_RE = re.compile(r"[^\W\d_]\d\d+[^\W\d_]")

_NONE: Mapping[str, int] = Counter()
_DIGIT_RE = re.compile(r"\d")
#: what stands right before and after a word of prose (and the text's ends: '')
_PROSE_BEFORE = frozenset(["", " ", "\n", "\t", '"', "\u201c", "\u2018"])
_PROSE_AFTER = frozenset(["", " ", "\n", "\t", ",", ";", "!", "?", '"', "\u201d", "\u2019"])
#: how far from a place its token's ends are looked for
_WINDOW = 200


def _stretch(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch between spaces (any whitespace) around ``text[start:end]``, its prose
    punctuation at either end taken off."""
    # (a window each side, split in C: a token is never that long, and a find for each kind
    # of space would run to the text's start where it writes none)
    before, after = text[max(0, start - _WINDOW):start], text[end:end + _WINDOW]
    left = start - (len(before.rsplit(None, 1)[-1]) if before and not before[-1].isspace() else 0)
    right = end + (len(after.split(None, 1)[0]) if after and not after[0].isspace() else 0)
    while left < start and text[left] in _AROUND:
        left += 1
    while right > end and text[right - 1] in _AROUND + ".":
        right -= 1
    return left, right


class CodeGuard:
    """Asked whether a place stands in a token of code or a file name (see the module's
    comment); answers from the place's own stretch and, for dotted names and numbered
    tokens, from what the witness writes, each count made once per witness."""

    def __init__(self, text: str, own: Mapping[str, int] = _NONE) -> None:
        self.text = text
        self.own = own
        self._counts: dict[str, int] = {}

    def __call__(self, start: int, end: int) -> bool:
        if self._in_code(start, end):
            return True
        place = self.text[start:end]
        return not place.isalpha() and not place.isdigit() and _DIGIT_RE.search(place) is not None and (
            _NUMERONYM_RE.fullmatch(place) is not None or self._numbered(place))

    def _in_code(self, start: int, end: int) -> bool:
        text = self.text
        # (most places are words between spaces and prose's marks: no stretch to look at)
        if text[start - 1:start] in _PROSE_BEFORE and (text[end:end + 1] in _PROSE_AFTER or (
                text[end:end + 1] in ".:" and text[end + 1:end + 2] in _PROSE_AFTER)):
            return False
        left, right = _stretch(text, start, end)
        token = text[left:right]
        # (the stretch with a bracket or a quote either side, which holds the stretch's own signs: 'JANET(UK)', '[1f]')
        if _CODE_SIGN_RE.search(text, max(0, left - 1), right + 1):
            return True
        return "." in token and _INNER_DOT_RE.search(token) is not None and self._dotted(token)

    def _count(self, s: str) -> int:
        n = self._counts.get(s)
        if n is None:
            n = self._counts[s] = self.text.count(s)
        return n

    def _dotted(self, token: str) -> bool:
        """A token with dots between letters: a name of several dots ('org.a11y.atspi'), a
        file name whose extension the witness writes often ('nct.ipp', 'funcs.c'), a dotted
        name opening with a capital it writes often itself ('Xiph.Org', 'James.Bottomley'),
        a domain or file name in capitals ('BEOPEN.COM'); not 'end.The', 'an.d'."""
        if len(_INNER_DOT_RE.findall(token)) >= 2 or _CAPITALS_DOTTED_RE.fullmatch(token):
            return True
        suffix = _SUFFIX_RE.search(token)
        if suffix is not None and not suffix.group(1)[:1].isupper() and len(suffix.group(1)) <= 4 \
                and self._count(suffix.group()) >= CONVENTION:
            return True
        # (not a sentence's end run into the next, however often: 'others.The')
        return not token[:1].islower() and self._count(token) >= CONVENTION

    def _numbered(self, place: str) -> bool:
        """A letters-and-digits token one of a series the witness writes ('test0', 'test1',
        'test15'): its letters with another number of two digits at most."""
        m = _NUMBERED_RE.fullmatch(place)
        if m is None:
            return False
        # (the series' other members looked up, a hundred at most: the witness's tokens with
        # digits are not gathered for the few places that ask)
        stem, own = m.group(1), self.own
        return any(n != place for n in filter(own.__contains__, _numbers_of(stem)))


def _numbers_of(stem: str) -> list[str]:
    return [f"{stem}{n}" for n in range(100)] + [f"{stem}0{n}" for n in range(10)]


class _GuardedSpans(_Spans):
    """The filter's protected spans, and the places of code (CodeGuard) as protected too."""

    def __init__(self, spans: list[tuple[int, int]], text: str, own: Mapping[str, int]) -> None:
        super().__init__(spans)
        self.code = CodeGuard(text, own)

    def hit(self, start: int, end: int) -> bool:
        return super().hit(start, end) or self.code(start, end)


#: a capitalised word of a name right before or after a place, on its line ('Philip Withnall',
#: 'Sergio Durigan Junior', 'Stelian Pop')
_NAME_BEFORE_RE = re.compile(r"(?<![^\W\d_])[A-Z][a-z]+[ \t]\Z")
_NAME_AFTER_RE = re.compile(r"[ \t][A-Z][a-z]+(?![^\W\d_])")
#: a repair rarer than an everyday word (COMMON) is a rare word or a name itself
_NAME_RULES = frozenset({RULE_LETTERS, RULE_DOUBLED, RULE_DROPPED})


def _name_among_names(text: str, start: int, end: int, verdict: Verdict, vocab: Vocabulary) -> Verdict:
    """``verdict`` on a capitalised reading beside another capitalised word, as a suggestion
    where its repair is a word rarer than everyday ones (COMMON) the witness never writes: a
    person's name written in full ('Philip Withnall', 'Carsten Haitzler') is no misread
    'Withnail' or 'Hartzler', which the lexicon knows only as rare names themselves. Unless
    the reading has a run of consonants no word has where the repair has none ('Caesarea
    Pbilippi'): no name is spelt so."""
    token = text[start:end]
    if not (verdict.applied and verdict.rule in _NAME_RULES and token[:1].isupper() and token[1:].islower()) \
            or vocab.zipf(verdict.after) >= COMMON or vocab.own_exact[verdict.after] \
            or len(_unspoken_runs(token.lower(), vocab.lang)) > len(_unspoken_runs(verdict.after.lower(), vocab.lang)):
        return verdict  # (a repair that makes an unspeakable reading speakable is the OCR's: 'Pbilippi')
    before = _NAME_BEFORE_RE.search(text, max(0, start - 40), start)
    after = _NAME_AFTER_RE.match(text, end)
    beside = [m.group().strip() for m in (before, after) if m is not None]
    # (a neighbour that is one of the everyday words opens a sentence or a title: 'The', 'In')
    names = [w for w in beside if vocab.zipf(w.lower()) < HABIT_WORD]
    if not names:
        return verdict
    return replace(verdict, evidence=f"{verdict.evidence}; beside '{names[0]}', capitalised: a name written "
                   "in full, which the repair, a rare word the witness never writes, may not be",
                   confidence=0.5, applied=False)
