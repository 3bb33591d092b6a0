"""Punctuation read between two words with no space, and the code it must not touch."""

from __future__ import annotations

import re

from variorum.clean.base import Edit

from variorum.clean.misread.tables import COMMON, RULE_BRACKET, RULE_PUNCT, WEAK_READING, _PAIRS
from variorum.clean.misread.vocabulary import ELIDED_BEFORE, Vocabulary
from variorum.clean.misread.places import _Spans, _common, _known, _word_after, _word_before
from variorum.clean.misread.spaces import _looks_like_name, _paired


# A mark glued between two letters on either side (found by _glued_marks; a test compares)
_GLUED_BRACKET_RE = re.compile(r"[()\[\]](?<=[^\W\d_]{2}.)(?=[^\W\d_]{2}|[AI] [a-z])")
_GLUED_PUNCT_RE = re.compile(r"(?:[,;:](?<=[^\W\d_]{2}.)(?=[^\W\d_]{2}|[AI] [a-z])|[.!?](?<=[^\W\d_]{2}.)(?=[^\W\d_\s][^\W\d_]|[AI] [a-z]))")


#: a mark of either glued rule with two letters on either side, or before the pronoun I
#: and the small-letter word after it ('sea;I saw': not a numeral, Chap.I.): the two
#: patterns at once (a [.!?] before two letters is before a letter that is no whitespace)
_GLUED_MARK_RE = re.compile(r"[()\[\],;:.!?](?<=[^\W\d_]{2}.)(?=[^\W\d_]{2}|[AI] [a-z])")


def _glued_marks(text: str) -> tuple[list[int], list[int]]:
    """Where _GLUED_BRACKET_RE and _GLUED_PUNCT_RE match, in text order.

    One scan of the text with a pattern that stops at the marks alone (the engine skips to
    the next one in C), where an alternation of two patterns, or the walk along the text's
    words, costs three times as much; the few hits are sorted by their mark. A test
    compares with the patterns.
    """
    brackets: list[int] = []
    punctuation: list[int] = []
    for m in _GLUED_MARK_RE.finditer(text):
        (brackets if m.group() in "()[]" else punctuation).append(m.start())
    return brackets, punctuation


def _glued(text: str, vocab: Vocabulary, blocked: _Spans) -> list[Edit]:
    edits: list[Edit] = []
    brackets, punctuation = _glued_marks(text)
    for pos in brackets:
        if blocked.hit(pos, pos + 1):
            continue
        left, right = _word_before(text, pos), _word_after(text, pos + 1)
        if not (_common(left, vocab) and _common(right, vocab)) or _code_bracket(text, pos, left, right, vocab):
            continue
        mark = text[pos]
        balanced = _paired(text, pos, mark)
        if balanced:
            replacement = f" {mark}" if mark in "([" else f"{mark} "
            edits.append(Edit(pos, pos + 1, replacement, RULE_BRACKET,
                              f"'{mark}' glued between two words ('{left}', '{right}'); its pair "
                              f"closes it, so a space was lost", 0.9, True))
        else:
            edits.append(Edit(pos, pos + 1, " ", RULE_BRACKET,
                              f"'{mark}' between two words ('{left}', '{right}') with no "
                              f"'{_PAIRS[mark]}' pairing it in the paragraph: a misread space", 0.75, True))
    for pos in punctuation:
        left, right = _word_before(text, pos), _word_after(text, pos + 1)
        whole = text[pos - len(left):pos + 1 + len(right)]
        if _looks_like_name(text, pos, left, right) or _code_mark(text, pos, left, right):
            continue
        if not (_known(left, vocab) and _known(right, vocab) or text[pos] == "," and _rare_beside_common(left, right, vocab)) \
                or vocab.own_exact[whole] or vocab.others_exact[whole]:
            continue
        if blocked.hit(pos, pos + 1):
            continue  # (asked after the cheap tests, which pass most marks)
        mark = text[pos]
        if mark in ".!?" and not right[0].isupper() or mark == "." and right in ("I", "A") and not left.islower():
            # (after a capitalised word a stop and an I are an abbreviation's and a numeral's: Ch.I, Vol.I)
            continue
        edits.append(Edit(pos + 1, pos + 1, " ", RULE_PUNCT,
                          f"'{mark}' glued between two words ('{left}', '{right}'): a space "
                          f"lost after it", 0.9, True))
    return edits


def _rare_beside_common(left: str, right: str, vocab: Vocabulary) -> bool:
    """Whether one side of a glued comma is an everyday word (COMMON) and the other, in small
    letters, of four letters or more, a word the lexicon has at all ('doing,untying',
    'Peter,interposing'): a word that rare beside so common a one is no code's name."""
    return any(_common(a, vocab) and len(b) >= 4 and b.islower() and vocab.zipf(b) >= WEAK_READING
               for a, b in ((left, right), (right, left)))


# A plain-text witness may quote code (a modern edition's article on a program) or write
# a bracket inside a word ('(re)bind'): the signs below are of code and of the author,
# never of an OCR's lost space, so the glued rules leave such marks alone.

#: a bracket's contents that only code writes: an assignment or a keyword argument, an
#: identifier's underscore (not an _italic_ word's), a dotted name ('sys.exc_info'), a
#: nested bracket or brace
_CODE_CONTENTS_RE = re.compile(r"[={}()\[\]]|[^\W_](?:\\?_)+[^\W_]|(?:\\?_){2}|[^\W\d_]{2}\.[^\W\d_]{2}")
#: an argument list's marks, and two words with only spaces between them (prose)
_ARGUMENT_MARKS_RE = re.compile(r"[,*]")
_PROSE_RUN_RE = re.compile(r"[^\W\d_][ \t]+[^\W\d_]")
#: what follows a call or a subscript and never a parenthesis of prose: a member
#: ('type(m).__enter__'), a call, an index, a block's colon at the line's end, an operator
#: (an underscore or a bracket may come escaped, as the Markdown output writes it: a
#: second cleaning finds the same signs)
_AFTER_CALL_RE = re.compile(r"\.\\?\w|\\?[(\[]|:[ \t]*(?:\n|$)|[ \t]*(?:[=!<>]=|->|[=+/%<>])(?=\s|$)")
#: a line of code: an indented assignment
_CODE_LINE_RE = re.compile(r"[ \t]+[\w.\[\]]+[ \t]*=[ \t]*[^\s=]")
#: an interactive session's prompt at a line's start: its paragraph is code and its output
_PROMPT_RE = re.compile(r"(?:^|\n)[ \t]*>>>[ \t]")
_QUOTES = "\"'`*"


def _bracket_group(text: str, pos: int) -> tuple[int, int] | None:
    """The bracket at pos and its pair in the paragraph, as (open, close), nested pairs skipped."""
    mark = text[pos]
    pair = _PAIRS[mark]
    step = 1 if mark in "([" else -1
    depth, i = 0, pos
    while 0 <= i < len(text) and text[i:i + 2] != "\n\n":
        if text[i] == mark:
            depth += 1
        elif text[i] == pair:
            depth -= 1
            if depth == 0:
                return (pos, i) if step > 0 else (i, pos)
        i += step
    return None


def _code_bracket(text: str, pos: int, left: str, right: str, vocab: Vocabulary) -> bool:
    """Whether the bracket at pos, between the words left and right, is code's or the author's.

    A call or an index ('type(manager).__aenter__', 'class Foo(object):', 'len(s) == 2'),
    an argument list ('exit(manager, *sys.exc_info())'), a method ('str.center(width'),
    a quoted call ('"str(object)"'), a line of code ('>>> list(keys)'), or a part of a word
    in brackets ('(re)bind', 'cl(ear)'): removing the brackets leaves a word of the language.
    """
    start = pos - len(left)
    # a method ('str.center(') or an identifier's last part ('a_b(', 'x2(')
    if start > 0 and (text[start - 1] == "." or text[start - 1].isdigit()
                      or (text[start - 1] == "_" and text[start - 2:start - 1].isalnum())):
        return True
    line_start = text.rfind("\n", 0, pos) + 1
    if _CODE_LINE_RE.match(text, line_start):
        return True
    paragraph_end = text.find("\n\n", pos)
    if _PROMPT_RE.search(text, max(0, text.rfind("\n\n", 0, pos)), len(text) if paragraph_end < 0 else paragraph_end):
        return True
    group = _bracket_group(text, pos)
    if group is None:
        return False
    opening, closing = group
    inner = text[opening + 1:closing]
    if inner in (left, right) and vocab.zipf(left + right) > 0:
        return True  # the brackets hold exactly a part of one word
    if _CODE_CONTENTS_RE.search(inner) or (_ARGUMENT_MARKS_RE.search(inner) and not _PROSE_RUN_RE.search(inner)):
        return True
    if _AFTER_CALL_RE.match(text, closing + 1):
        return True
    # a bracket opened inside another with no space ('[[fill]align]'), or a call quoted
    # or bracketed whole ('"str(object)"', '{double(val)}', '[len(prefix):]')
    if pos == closing and opening > 0 and text[opening - 1] in "[(":
        return True
    before = opening - (len(left) if pos == opening else 0)
    return (before > 0 and text[before - 1] in _QUOTES + "[({" and closing + 1 < len(text)
            and text[closing + 1] in _QUOTES + "]}):")


def _code_mark(text: str, pos: int, left: str, right: str) -> bool:
    """Whether the punctuation at pos, between the words left and right, is code's.

    A dotted name with an inner capital ('typing.TypeVar'), or quoted or bracketed
    ('"decimal.Decimal"', 'x[index:index]', '<Menu.SPAM:'), or called or indexed
    ('pdb.Pdb(', 'typing.Generic[T]').
    """
    mark = text[pos]
    if mark not in ".:":
        return False
    start, end = pos - len(left), pos + 1 + len(right)
    after = text[end:end + 1]
    if after and after in "([=+":
        return True  # (an identifier's underscore after it: _looks_like_name, asked first)
    if mark == "." and any(a.islower() and b.isupper() for a, b in zip(right, right[1:])):
        return True
    before = text[start - 1:start] if start > 0 else ""
    if mark == ":" and before and before in "[<":
        return True  # a slice or a field: 'x[start:end]', '[filename:lineno'
    return bool(before) and before in _QUOTES + "[<" and (after == "" or after in _QUOTES + "]>([:+")


# A speck read as a stop or an apostrophe inside a word ('an.d', 'instru'ctions', 'n.ot'):
# found from the mark (a literal the engine skips to in C) with a letter on either side.
_MARK_IN_WORD_RES = tuple(re.compile(re.escape(mark) + r"(?<=[^\W\d_].)(?=[^\W\d_])") for mark in ".'’")
#: the pieces a contraction or an elision puts after an apostrophe ('we'll', 'can't', 'I'd')
#: or before one ('o'clock', 'y'all'): the apostrophe there is the author's
_AFTER_APOSTROPHE = frozenset({"s", "d", "ll", "re", "ve", "t", "m", "em", "n", "er", "en", "st"})
_BEFORE_APOSTROPHE = frozenset({"o", "d", "l", "y", "e"})


def _marks_in_words(text: str, vocab: Vocabulary, blocked: _Spans) -> list[Edit]:
    """Remove a stop or an apostrophe the OCR read inside a word from a speck, where the
    word without it is a common one and the word with it is known nowhere.

    Never touches: a stop before a footnote's superscript number ('them.¹'), an
    abbreviation's stops ('e.g', 'a.m', 'U.S'), a capital after a stop
    (a sentence's end the glued rule spaces), code ('re.search(', a dotted name quoted), a
    contraction or an elision ('we'll', 'can't', 'o'clock', 'hour's': the apostrophe before
    s, d, ll, re, ve, t, m; c'est in a witness whose language elides: Vocabulary.elides), a
    form the witness, the edition or the lexicon knows.
    """
    edits: list[Edit] = []
    for pattern in _MARK_IN_WORD_RES:
        for m in pattern.finditer(text):
            pos = m.start()
            left, right = _word_before(text, pos), _word_after(text, pos + 1)
            if not left or not right:
                continue  # a \w mark but no letter beside it: a footnote's superscript number ('them.¹')
            start, end = pos - len(left), pos + 1 + len(right)
            if not (right.islower() and left[1:].islower() or left.islower()):
                continue
            if start > 0 and text[start - 1] in ".'’":
                continue  # a mark before it too: an abbreviation ('a.b.c'), a quotation
            whole, joined = text[start:end], left + right
            mark = text[pos]
            if mark == ".":
                if (len(left) == 1 and len(right) == 1) or _code_mark(text, pos, left, right) \
                        or _looks_like_name(text, pos, left, right):
                    continue
            elif right.lower() in _AFTER_APOSTROPHE or left.lower() in _BEFORE_APOSTROPHE \
                    or (len(left) == 1 and right[0].lower() in ELIDED_BEFORE and vocab.elides):
                continue  # (a contraction, or an elision of a witness whose language elides: c'est)
            if vocab.zipf(joined) < COMMON or vocab.zipf(whole) > 0 or vocab.own_exact[whole] > 1 \
                    or vocab.others_exact[whole] or blocked.hit(pos, pos + 1):
                continue  # (the protected spans and code asked last: the cheap tests pass most marks)
            edits.append(Edit(pos, pos + 1, "", RULE_PUNCT,
                              f"'{mark}' inside '{whole}', which is known nowhere; '{joined}' is a common word: "
                              f"a speck", 0.8, True))
    return edits
