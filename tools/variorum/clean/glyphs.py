"""Stray glyphs: a speck the OCR read as a lone sign between two words removed, a mark set apart joined to its word."""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property, lru_cache
from itertools import repeat

from variorum.clean.base import CleanContext, Edit
from variorum.clean.blocks import CLAUSE_WORDS, LETTERS_RE
from variorum.clean.lexicon import FUNCTION_WORDS, SUFFIX_FRAGMENTS, zipf_table
from variorum.clean.linejoin import _BLANK_LINE_RE, DASHES
from variorum.clean.settings import CleanSettings

RULE_STRAY_GLYPH = "stray-glyph"
RULE_SPACED_PUNCTUATION = "spaced-punctuation"
RULE_HYPHEN_DASH = "hyphen-dash"
RULE_STOP_FOR_COMMA = "stop-read-for-comma"
RULE_APOSTROPHE = "apostrophe-read-as-quote"
RULES = (RULE_STRAY_GLYPH, RULE_SPACED_PUNCTUATION, RULE_HYPHEN_DASH, RULE_STOP_FOR_COMMA, RULE_APOSTROPHE)

#: glyphs no running text sets alone between two words: specks and rules a scanner reads
#: (``■``: ABBYY FineReader's for a speck it cannot read)
STRAY_GLYPHS = "~¬¦|`^•·¤¨˜°_■"
#: specks the OCR may read glued to a word's edge (``•which``, ``woods·``, ``beings,^``): the
#: stray glyphs but those a text sets at a word's edge (a hyphen, ``¬`` a line-end hyphen's
#: sign), and an asterisk (a footnote's mark, where the witness has footnotes: see _glyph_places)
GLUED_SPECKS = "~¦|`^•·¤¨˜°_*"
#: marks that belong glued to the word before them: alone, a speck or the word's own mark
#: set apart by a space the OCR saw (see _lone_mark)
SPACED_MARKS = ",;:!?"
#: a full stop alone between two words is a speck too, where nothing reads it as a sentence
#: end or an abbreviation's stop (see _lone_stop); so are a quote that opens nothing
#: (_lone_quote, _lone_open_quote) and a hyphen where the text sets its dashes otherwise
#: (the spaces around it may be runs: a justified line, before the spaces are normalised)
#: (matched from the glyph, a space or tab before it; the rest of a run of spaces is measured
#: after. The glyph opens the pattern: the engine then skips in C from one such character to
#: the next, where a space first would stop it at every word)
#: (a word after it may open with a speck, or follow a quote set apart, mended in the same pass)
_STRAY_RE = re.compile(r"([" + re.escape(STRAY_GLYPHS + SPACED_MARKS) + r".'‘“*\-])(?<=[ \t].)[ \t]+"
                       r"(?=(?:[\"“‘(][ \t]?)?[" + re.escape(GLUED_SPECKS) + r"]?[^\W\d_]|[—–][ \t])")
#: a straight single quote at a word's edge (a quotation mark, not an apostrophe inside a word)
_EDGE_QUOTE_RE = re.compile(r"(?<!\w)'|'(?!\w)")
#: the tail of a contraction or possessive standing alone (``don ' t``, ``Man ' s``, ``I ' ll``)
#: (no quote after it: ``' s '`` quotes a letter, its quotes a pair)
_CONTRACTION_TAIL_RE = re.compile(r"(?:s|t|ll|re|ve|d|m)(?![\w'’])(?![ \t]*['’])")
#: a curly closing quote at a word's end (or an apostrophe ending one: ``brothers’``)
_CLOSING_QUOTE_RE = re.compile(r"’(?![^\W\d_])")
#: how far (characters) a quotation a lone quote might belong to may be
_QUOTE_REACH = 200
#: how far back (characters) the opening quote of a speech a closing quote ends may stand:
#: a long paragraph's length, where a paragraph's start is not known
_SPEECH_REACH = 3000
#: what may stand before the glyph: a word's last letter, or punctuation closing a word
_AFTER_WORD = ",;:.!?”’\"'—)"
#: a lone hyphen is a speck where the text sets at least this many dashes for each lone hyphen
_DASHES_PER_LONE_HYPHEN = 5
#: (the literal first, the space before it looked behind: the engine skips to each in C)
_LONE_HYPHEN_RE = re.compile(r" - (?<=\S - )(?=\S)")
#: an apostrophe inside a word, curly or straight (the literal first: the engine skips to each)
_CURLY_APOSTROPHE_RE = re.compile(r"’(?<=[^\W\d_]’)(?=[^\W\d_])")
_STRAIGHT_APOSTROPHE_RE = re.compile(r"'(?<=[^\W\d_]')(?=[^\W\d_])")
#: a witness sets its apostrophes curly where it has this many curly ones for each straight one
_CURLY_PER_STRAIGHT = 10
#: a witness spaces a mark on purpose (French spacing) where at least this share of it is spaced
_SPACED_ON_PURPOSE = 0.2
#: a word "takes a comma" in this witness when at least this share of its occurrences (and
#: at least _MIN_EVIDENCE of them) have one after it; a word "follows a comma" likewise; and
#: a witness "sets a mark glued" when it does so at least _MIN_EVIDENCE times
_COMMA_SHARE = 0.25
_MIN_EVIDENCE = 3
#: a word "never takes a comma" when it occurs at least this often and has one after it at most
#: this share of the times (an article, a preposition, an auxiliary)
_FREQUENT = 50
_RARELY = 0.01
#: the marks no text sets two of in a row (a lone mark after one is a speck)
_MARKS_ENDING_A_WORD = SPACED_MARKS + "."


def remove_stray_glyphs(text: str, ctx: CleanContext) -> list[Edit]:
    """Remove a speck the OCR read as a lone glyph (``~``, ``¬``, ``¦``, ``•``...) between two
    words, and join to its word a mark the OCR set apart (``awe , that``, ``occur ; but``).

    Repairs: one such glyph standing alone (spaces, or runs of them, on each side), after a
    word or the punctuation closing one, before a word, its opening quote or a spaced dash
    (between two single characters, an operator's place, ``x | y``, a suggestion);
    a lone full stop between two words of two letters or more, the next in lower case, or
    right after another sentence's end (``them. . And``); a lone straight quote between two
    lower-case words with no other quotation mark of its kind near it, or in a witness that
    sets its apostrophes curly (where a straight quote is foreign) with no closing quote
    after it within reach; a lone opening quote ``‘`` before a lower-case word with no
    closing quote after it within reach; a lone hyphen in a text that sets its dashes as
    dashes glued (five for each lone hyphen at least); a lone ``*`` before a small-letter word
    where the witness does not set footnote references so, between a function word and one the
    witness writes on its own three times besides (else a suggestion: ``a * b``, ``* goed``,
    ``length * width``). A
    lone comma, semicolon, colon, ``!`` or ``?``: a speck after another mark (``mind, , unfolding``), a comma after a word
    this witness never puts one after (``at , and``: a suggestion where the word after
    follows commas), a colon after a word it never puts a mark after (``the :
    people``); joined to the word before where the witness sets the mark closed and the
    place takes one (``them , and``), a suggestion where the witness gives no such evidence
    (for a colon: its word not seen ending a clause). A full stop set apart before a
    capital or a line end (``Chamounix . This``, ``said . The``: a suggestion before ``I``,
    a capital that starts no sentence of itself; after a word no sentence ends with,
    ``and . Andrew``, removed) and an opening quote set apart from its
    quotation (``“ From``) joined to their words, where the witness sets them glued.
    The spacing a print sets as a habit (a fifth of the marks or more, five at least), as
    19th-century printers did and OCR reads it, closed up wherever it stands (``child ;``,
    ``it ?”``, ``“ During``, ``thee ”``), unless ``spaced_marks`` keeps it (``auto``: in
    French); a ``?`` after a word that never ends a clause then only suggested (``to ? and``).
    A dash read as hyphens made ``—``: two between words (``voice -- You``, ``man,--and``),
    one after a word's mark (``mind,-him``), one alone where the witness sets its dashes
    spaced and reads three others of its dashes so at least (`` - ``; with fewer, a speck
    as above, but before a quotation, a dash suggested; before a capital, its removal only
    suggested: a title's separator, ``Exhibit A - Source``). A
    speck glued to one edge of a prose word (``•which``, ``woods·``, ``beings,^``) where
    the witness does not use the glyph otherwise (three other uses keep it: inside a word,
    paired as emphasis, a footnote's ``*``; every ``*`` is kept where the witness glues other
    note marks after its words, daggers or superscript figures: ``Paris*``): a suggestion for
    the glyphs prose has uses for (``class_``, ``*args``, ``~user``, ``footnote*``), unless
    their word is one the witness writes on its own three times besides and the glyph has no
    use there (after a mark, a tilde ending a word, beside a function word: ``clothed,~``, ``of~``, ``*from``) or the
    witness sets the glyph nowhere else and shows three specks read as glyphs standing
    alone (``~broken`` in such a scan), and for a hyphen before
    a word (``the suffix -ness``, the flag ``-verbose``), unless the word is one it writes on its own and no suffix
    (``-not``) and the witness shows other specks; a doubled comma (``me,,``); an apostrophe set apart from both
    halves of its word (``don ' t``, ``Man ' s``: closed up, not taken away). A stop glued to a word before a
    word in small letters made a comma (``me; but. seeing``), where the witness puts commas
    after the one or before the other; else suggested. A closing quote glued after a word
    that closes no quotation (``the’ animal``; an opener there, ``need‘ a``, opens nothing), and an
    opening quote glued before a word in small letters that opens none (``'and``, ``‘of``: no quote
    closes a word after it in its paragraph nor in those after it reopened so, no double quotation is open around it: a speech's
    elision, ``'cause``), where the witness writes the word without it.
    A comma or semicolon alone after a sentence's end, ending its block (``south. ,``). An
    opening quote inside a word before a contraction's or possessive's tail (``God‘s``) made
    an apostrophe, where the witness sets its apostrophes curly.
    Never touches: a quote that may close or open a quotation near it
    (``he said 'go ' and``), punctuation the text uses alone (dashes, ``&``, ``/``, ``+``,
    ``%``, ``§``, a hyphen where the text has no other dashes), a mark the witness sets
    spaced in a language that does (French) or where the settings keep it, a formula's
    (``a ? b``, ``x : y``), a time's or a verse's (``3 : 16``), an emoticon's, a spaced
    stop that may be an abbreviation's (after a single letter: ``i . e .``), two hyphens
    between numbers (``1859--60``), before an option (``--all``) or code's decrement after
    a token of code (``i-- is``, ``n_max--``, in backticks), an elision's (``Mr. B--``,
    ``d--d``: a dash only suggested), a bar set apart twice on its line (a table's
    ``| a | b |``, a grammar's ``x | y | z``), an
    ellipsis set with spaces (``. . .``), an abbreviation's stop (after a word the witness
    writes with it, or before a small letter twice: ``Inc. and``; a letter, a roman
    numeral), a quote glued after a word that may close a quotation, a plural's possessive
    or an elision (``brothers’``, ``an’``), a degree sign after a number, glyphs
    inside a word (the misreading filter's business), code and paths, Markdown witnesses
    (where ``~`` and ``^`` are markup).
    """
    edits = []
    # the witness's punctuation habits, each counted at its first need
    habits = _Habits(text, closes_spacing(ctx.settings))
    seen: set[int] = set()  # the marks and quotes set apart that this loop judged
    for m in _STRAY_RE.finditer(text):
        start = m.start(1)
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start == 0 or text[start - 1] in "\n\r\f":
            continue  # a glyph at a line start: a bullet's business, not a speck's
        glyph = m.group(1)
        if glyph in _HABIT_GLYPHS:
            seen.add(m.start(1))
        # the word's end and the next word's start, past a speck glued to either: removed in
        # the same pass (``the· _ the``: else its removal leaves this one to a second pass)
        word_end = start - (start >= 2 and text[start - 1] in GLUED_SPECKS and text[start - 2] not in _SPACE)
        word_at = m.end() + (text[m.end():m.end() + 1] in GLUED_SPECKS)
        before = text[max(0, word_end - 2):word_end]
        # a word, or a word and the punctuation that closes it (comma, stop, quote, dash)
        after_word = before[-1:].isalpha() or (before[-1:] in _AFTER_WORD and before[:1].isalnum())
        if not after_word and before in (",,", ";,", ":,"):
            # a doubled comma the same pass makes single (_glued_specks): else the comma's
            # removal leaves this glyph to a second pass (``the,, _ the``)
            after_word = text[word_end - 3:word_end - 2].isalpha()
        if not after_word and glyph in SPACED_MARKS and before[-1:] in "”’":
            # (a closing quote set apart from its word, joined to it in the same pass: ``dark ” ;``)
            after_word = _ends_a_word(text, _space_before(text, word_end - 1))
        if glyph in SPACED_MARKS:
            if not after_word:
                continue
            edits.extend(_lone_mark(text, start, m.start(1), m.end(), habits))
            continue
        if glyph == ".":
            if not (_lone_stop(text, word_end, word_at) or _stop_after_stop(text, word_end)):
                edits.extend(_spaced_stop(text, start, m.start(1), word_at, habits))
                continue
        elif glyph == "“":
            edits.extend(_spaced_open_quote(text, start, m.start(1), m.end(), habits))
            continue
        elif glyph == "*":
            # a footnote's reference the witness sets spaced after its word is no speck
            if not (after_word and text[m.end():m.end() + 1].islower()
                    and habits.spaced_stars - (m.start(1) < len(habits.text)) < 2):
                continue
        elif glyph == "'":
            if text[start - 1:start].isalpha() and _CONTRACTION_TAIL_RE.match(text, m.end()):
                # an apostrophe set apart from both halves of its word (``don ' t``, ``Man ' s``):
                # closed up, where taking it away as a speck would leave ``don t``
                edits.append(Edit(start, m.end(), "'", RULE_SPACED_PUNCTUATION,
                                  "an apostrophe set apart from both halves of its word", 0.85))
                continue
            if not _lone_quote(text, word_end, m.start(1), word_at):
                # in a witness that sets its apostrophes curly a straight quote is foreign
                if not (after_word and habits.curly and _closes_nothing(text, word_at)):
                    continue
        elif glyph == "‘":
            if not (after_word and _lone_open_quote(text, m.start(1), word_at)):
                edits.extend(_habitual_open_quote(text, m.start(1), m.end(), habits))
                continue
        elif glyph == "-":
            if after_word and habits.spaced_dashes and (
                    _hyphens_for_dashes(habits, m.start(1)) >= _MIN_EVIDENCE or text[m.end()] in "“‘\""):
                # a witness that sets its dashes spaced and reads others as hyphens: this is
                # one too (before a quotation, ``is - ‘Hear``, one maybe); where it reads
                # none so, a speck, as below
                edits.append(_lone_hyphen_as_dash(m.start(1), habits))
                continue
            # (this hyphen counted, if the sample of the habits stopped short of it: a text
            # with no dashes keeps its hyphens)
            if not (after_word and habits.dashes >= _DASHES_PER_LONE_HYPHEN * max(habits.lone_hyphens, 1)):
                continue
        elif not after_word:
            continue
        # (the count of the word, a search of the whole text, asked last)
        if glyph == "*" and text[word_end - 2:word_end].isalpha() and _function_word_before(text, word_end) \
                and _written_alone(text, text[word_at:word_at + 40].split(None, 1)[0]) > _MIN_EVIDENCE:
            # (before a word of the witness's prose, written on its own three times besides,
            # after a function word: no starred form, and a product's first term, a wildcard's
            # pattern or a footnote's word is no function word; 'length * width' is prose too)
            edits.append(Edit(start, m.end(1), "", RULE_STRAY_GLYPH,
                              "'*' alone between two words of the witness's prose", 0.8))
            continue
        if glyph == "*":
            # a wildcard (``file * names``), a product, a starred form (``* goed``): a suggestion
            edits.append(Edit(start, m.end(1), "", RULE_STRAY_GLYPH,
                              "uncertain: '*' alone between two words (a speck, or a wildcard, a product, "
                              "a starred form?)", 0.5, applied=False))
            continue
        if glyph in "|¦" and _set_apart_again_on_its_line(text, m.start(1)):
            continue  # a table's cell rules, a grammar's alternatives (``a | b | c``): the text's own
        if glyph == "-" and text[word_at:word_at + 1].isupper():
            # before a capital a spaced hyphen separates as a dash does (``Exhibit A - Source
            # Code``, ``LICENSE AGREEMENT - DATA FILES``) as often as it is a speck
            edits.append(Edit(start, m.end(1), "", RULE_STRAY_GLYPH,
                              "uncertain: '-' alone before a capital (a speck, or the text's dash?)",
                              0.5, applied=False))
            continue
        if _single(text, word_end - 1) and _single(text, word_at):
            # between two characters standing alone (``x | y``, ``p ~ q``): an operator of a
            # formula or a logic as likely as a speck
            edits.append(Edit(start, m.end(1), "", RULE_STRAY_GLYPH,
                              f"uncertain: '{glyph}' alone between two single characters (a speck, or "
                              "an operator?)", 0.5, applied=False))
            continue
        edits.append(Edit(start, m.end(1), "", RULE_STRAY_GLYPH,
                          f"'{glyph}' alone between two words", 0.85))
    language = (getattr(ctx.settings, "language", "en") or "en").split("-")[0].lower()
    # (the specks found alone so far: a witness's debris, the evidence a glued hyphen needs)
    debris = sum(1 for e in edits if e.applied and e.rule == RULE_STRAY_GLYPH)
    glued = _glued_specks(text, language, debris) + _spaced_final_stops(text, habits) + _habitual_spacing(text, habits, seen) \
        + _spaced_line_openers(text, habits) + _doubled_hyphen_dashes(text, habits) + _stops_for_commas(text, habits) \
        + _closers_closing_nothing(text, habits) + _openers_opening_nothing(text, habits)
    glued += _marks_after_a_block_end(text, edits + glued) + _apostrophes_read_as_openers(text)
    if glued:
        edits = sorted(edits + glued, key=lambda e: e.start)
    return edits


#: an opening single quote between a word's letters and a contraction's or possessive's
#: tail (``God‘s``, ``don‘t``; not ``Hawai‘i``, the okina some texts set so)
_OPENER_AS_APOSTROPHE_RE = re.compile(r"‘(?<=[^\W\d_]‘)(?=(?:s|t|ll|re|ve|d|m)(?![^\W\d_]))")


def _apostrophes_read_as_openers(text: str) -> list[Edit]:
    """``‘`` inside a word before a contraction's or possessive's tail made ``’``, where the
    witness sets its apostrophes curly (``’`` inside words, three times at least): no
    quotation opens inside a word, the OCR read the apostrophe's shape turned."""
    places = [m.start() for m in _OPENER_AS_APOSTROPHE_RE.finditer(text)]
    if not places or len(_CURLY_APOSTROPHE_RE.findall(text)) < _MIN_EVIDENCE:
        return []
    return [Edit(at, at + 1, "’", RULE_APOSTROPHE, "'‘' inside a word before a contraction's or possessive's "
                 "tail: an apostrophe (the witness sets its apostrophes '’')", 0.9) for at in places]


def _marks_after_a_block_end(text: str, edits: list[Edit]) -> list[Edit]:
    """A comma or semicolon alone after a sentence's end at the end of its block: a speck
    (ABBYY's at a column's last line); none of ``edits`` (the pass's others) overlaps it."""
    out = []
    # (the block ends, blank lines and the text's end, and the marks looked for behind each:
    # a pattern opening with the marks or the spaces before them is tried at every one of a book)
    ends = [m.start() for m in _BLANK_LINE_RE.finditer(text)]
    tail = len(text.rstrip(" \t"))
    ends.append(tail - 1 if text[tail - 1:tail] == "\n" else len(text))
    for block_end in ends:
        end = block_end
        while end and text[end - 1] in " \t":
            end -= 1
        if not end or text[end - 1] not in ",;":
            continue
        start = end - 1
        while start and text[start - 1] in " \t":
            start -= 1
        if start == end - 1 or start < 2 or not (
                text[start - 1] in "”’\"')" and text[start - 2] in ".!?"
                or text[start - 1] in ".!?" and text[start - 2] != "."):
            continue  # (no space before it, or no sentence's end before the spaces)
        if not any(e.start < end and start < e.end for e in edits):
            out.append(Edit(start, end, "", RULE_STRAY_GLYPH,
                            f"'{text[end - 1]}' alone after a sentence's end, ending its block", 0.85))
    return out


class _Habits:
    """How this witness sets its punctuation, for the lone marks: each count made at its
    first need and kept (a book meets a few dozen lone marks).

    Counted in the first _SAMPLE characters (a book shows its habits there; counting the
    rest would cost its time for nothing), all in C: the marks by ``str.count``, the
    apostrophes and lone hyphens by a search for a literal (its condition looked behind at
    the end: the engine skips to each occurrence, where a pattern opening with a class of
    letters is tried at every position of a book), the words from the text split on
    spaces, once, the first time a lone comma asks, a word then looked up in the forms a
    token of it takes (``them,`` ``“Them`` ...).
    """

    def __init__(self, text: str, closes_spacing: bool = True) -> None:
        self.text = text[:_SAMPLE]
        self._whole = text
        #: whether a spacing the print sets as a habit is closed up (see closes_spacing)
        self.closes_spacing = closes_spacing
        self._marks: dict[str, tuple[int, int]] = {}
        self._around: dict[str, tuple[int, int, int, int]] = {}
        self._names_after: dict[str, bool] = {}

    @cached_property
    def tall_marks(self) -> tuple[int, int]:
        """(glued, spaced) of ``; : ! ?`` together: a print that spaces one spaces them all."""
        counts = [self.mark(m) for m in _TALL_MARKS]
        return sum(g for g, _ in counts), sum(s for _, s in counts)

    @cached_property
    def openers(self) -> tuple[int, int]:
        """(glued, spaced) of the opening quotes ``“`` and ``‘`` together."""
        (g1, s1), (g2, s2) = self.opener("“"), self.opener("‘")
        return g1 + g2, s1 + s2

    def opener(self, quote: str) -> tuple[int, int]:
        """(times the opening ``quote`` is glued to the word after it, times set apart from it)."""
        spaced = self.text.count(quote + " ")
        return self.text.count(quote) - spaced, spaced

    @cached_property
    def closers(self) -> tuple[int, int]:
        """(glued, spaced) of the closing quote ``”`` (``’`` is an apostrophe too often to tell)."""
        spaced = self.text.count(" ”")
        return self.text.count("”") - spaced, spaced

    @cached_property
    def em_dashes(self) -> tuple[int, int]:
        """(glued, spaced) of the em dashes: spaced where a space stands before one."""
        spaced = self.text.count(" —")
        return self.text.count("—") - spaced, spaced

    @cached_property
    def _doubled_and_elided(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        return _doubled_hyphens(self._whole)

    @property
    def doubled(self) -> list[tuple[int, int]]:
        """The dashes the whole witness writes as two hyphens between words (their spans)."""
        return self._doubled_and_elided[0]

    @property
    def elided(self) -> list[tuple[int, int]]:
        """The two hyphens of an elision in the whole witness (``Mr. B--``, ``d--d``: their spans)."""
        return self._doubled_and_elided[1]

    @cached_property
    def mark_hyphens(self) -> list[int]:
        """Where the whole witness sets a hyphen after a word's mark, before a word (its dash)."""
        return _mark_hyphens(self._whole)

    @cached_property
    def spaced_dashes(self) -> bool:
        """Whether the witness sets its dashes spaced (`` — ``), half of them at least."""
        glued, spaced = self.em_dashes
        return spaced >= _MIN_EVIDENCE and spaced >= glued

    @cached_property
    def dashes(self) -> int:
        """The dashes (em and en) the sample sets."""
        return sum(self.text.count(d) for d in DASHES)

    @cached_property
    def lone_hyphens(self) -> int:
        """The hyphens the sample sets alone between two words (`` - ``)."""
        return len(_LONE_HYPHEN_RE.findall(self.text))

    @cached_property
    def open_quotes(self) -> tuple[int, int]:
        """opener of ``“``, counted once."""
        return self.opener("“")

    @cached_property
    def spaced_stars(self) -> int:
        """The asterisks the sample sets alone after a word and a space (footnote references
        set apart, if many)."""
        return len(_SPACED_STAR_RE.findall(self.text))

    def pause_after(self, word: str) -> int:
        """The occurrences of ``word`` (lower case) with a mark (``, ; : . ! ?``) glued after it."""
        return sum(map(self._tokens.get, _forms(word, _PAUSE_ENDS), repeat(0)))

    def spaced_pause_after(self, word: str) -> int:
        """The occurrences of ``word`` (lower case) with a mark (``; : ! ?``) set apart after it."""
        return sum(self.text.count(f"{w} {m}") for w in {word, word.capitalize()} for m in _TALL_MARKS)

    @cached_property
    def curly(self) -> bool:
        """Whether the witness sets its apostrophes curly."""
        curly = len(_CURLY_APOSTROPHE_RE.findall(self.text))
        straight = len(_STRAIGHT_APOSTROPHE_RE.findall(self.text))
        return curly >= _MIN_EVIDENCE and curly >= _CURLY_PER_STRAIGHT * straight

    def mark(self, mark: str) -> tuple[int, int]:
        """(times ``mark`` is glued to what precedes it, times set apart from it by a space)."""
        counts = self._marks.get(mark)
        if counts is None:
            t = self.text
            spaced = t.count(" " + mark)
            counts = self._marks[mark] = (t.count(mark) - spaced - t.count("\n" + mark), spaced)
        return counts

    def word(self, word: str) -> int:
        """The occurrences of ``word`` (lower case) as a token of its own, quotes and marks around it."""
        # (a form the witness never writes is most of them: dict.get, not Counter's __missing__)
        return sum(map(self._tokens.get, _forms(word), repeat(0)))

    def comma_after(self, word: str) -> int:
        """The occurrences of ``word`` (lower case) with a comma glued after it."""
        return sum(map(self._tokens.get, _forms(word, _COMMA_ENDS), repeat(0)))

    def marks_around(self, word: str) -> tuple[int, int, int, int]:
        """(occurrences, with a comma glued after, with a stop glued after, after a comma and
        a space) of ``word`` (lower case) in small letters or capitalised, letters on neither
        side: for the few words the rare rules ask about, a search for each form (the literal
        first: the engine skips to each in C), where the tokens' count costs a pass over the
        sample's words."""
        counts = self._around.get(word)
        if counts is None:
            total = comma = stop = after = 0
            t = self.text
            for form in {word, word.capitalize()}:
                pattern = re.compile(re.escape(form) + r"(?<![^\W_]" + re.escape(form) + r")(?![^\W_])")
                for m in pattern.finditer(t):
                    total += 1
                    nxt = t[m.end():m.end() + 1]
                    comma += nxt == ","
                    stop += nxt == "."
                    after += t[m.start() - 2:m.start()] == ", "
            counts = self._around[word] = (total, comma, stop, after)
        return counts

    def in_small_letters(self, word: str) -> bool:
        """Whether the sample writes ``word`` (in small letters), letters on neither side."""
        return re.search(re.escape(word) + r"(?<![^\W_]" + re.escape(word) + r")(?![^\W_])", self.text) is not None

    def before_names(self, word: str) -> bool:
        """Whether the whole witness writes ``word`` (in small letters) before a capital more
        often than not: a name's particle (``de``, ``van``), perhaps another between (``van der``).
        (The whole: a name may first appear late; asked only before a capital, a few times a book.)"""
        answer = self._names_after.get(word)
        if answer is None:
            pattern = re.compile(re.escape(word) + r"(?<![^\W_]" + re.escape(word) + r")(?![^\W_])"
                                 r"(?P<name> (?:[a-z]{1,3} )?[A-Z])?")
            named = total = 0
            for m in pattern.finditer(self._whole):
                total += 1
                named += m.group("name") is not None
            answer = self._names_after[word] = 2 * named > total
        return answer

    def comma_before(self, word: str) -> int:
        """The occurrences of ``word`` (lower case) after a comma and a space."""
        return self._after_commas[word]

    @cached_property
    def _tokens(self) -> Counter:
        return Counter(self.text.split())

    @cached_property
    def _after_commas(self) -> Counter:
        return Counter(w.lower() for w in _AFTER_COMMA_RE.findall(self.text))


#: how much of a witness its punctuation habits are counted in (about 45,000 words)
_SAMPLE = 1 << 18
#: what may open a token before its word, and close it after
_OPENS = ("", "“", "‘", '"', "'", "(")
_CLOSES = ("”", "’", '"', "'", ")")
_WORD_ENDS = ("",) + tuple(",.;:!?") + _CLOSES + tuple(p + q for p in ",.;:!?" for q in _CLOSES)
_COMMA_ENDS = tuple(e for e in _WORD_ENDS if e.startswith(","))
_PAUSE_ENDS = tuple(e for e in _WORD_ENDS if e[:1] in tuple(_MARKS_ENDING_A_WORD))
#: an asterisk alone after a word (the literal first: the engine skips to each)
_SPACED_STAR_RE = re.compile(r" \*(?<=\w \*)(?= )")
#: a hyphen glued before a small-letter word after a space (the literal first: the engine
#: skips to each hyphen in C)
_WORD_START_HYPHEN_RE = re.compile(r"-(?<= -)(?=[a-z])")
#: a comma right after a comma, semicolon or colon (the literal first)
_DOUBLED_COMMA_RE = re.compile(r",(?<=[,;:],)")
#: the word after a comma and a space (its opening quote or bracket aside)
_AFTER_COMMA_RE = re.compile(r",[ \t]+[“‘\"(]?([^\W\d_]+)")


def _forms(word: str, ends: tuple[str, ...] = _WORD_ENDS) -> list[str]:
    """The tokens (split on spaces) that are ``word``, in lower case or capitalised, with
    an opening quote or bracket before it and one of ``ends`` after it."""
    return [o + w + e for w in {word, word.capitalize()} for o in _OPENS for e in ends]


def _lone_mark(text: str, start: int, at: int, end: int, habits: _Habits) -> list[Edit]:
    """The edit for the mark ``text[at]`` (``, ; : ! ?``) alone between two words: removed
    as a speck, joined to the word before (``text[start:at]`` its spaces), or none.

    A speck: right after another mark but a stop (which may be an abbreviation's: ``&c. ,``,
    a suggestion), or a comma after a word that this witness, using it often, almost never
    puts a comma after, before a word that rarely follows one. The word's own mark set
    apart: where the witness sets the mark glued (less than a fifth of it spaced, or spaced
    only once) and, for a
    comma, where the witness puts commas after the word before or before the word after (a
    quarter of their occurrences or more); with no such evidence the join is a suggestion.
    """
    mark = text[at]
    if text[start - 1] == "." and mark != "," and not text[end:end + 1].isupper() \
            and _habit(habits, habits.tall_marks, habits.mark(mark), at):
        # (an abbreviation's stop, ``&c. ; and``: the print spaces its marks after it too)
        return _habitual_mark(text, start, at, end, habits)
    if text[start - 1] == ".":
        # an abbreviation's stop takes a comma (``&c. , and``), a sentence's end none: unsure
        return [Edit(start, at, "", RULE_SPACED_PUNCTUATION,
                     f"uncertain: '{mark}' set apart after a stop (an abbreviation's, or a speck?)", 0.5,
                     applied=False)]
    if text[start - 1] in _MARKS_ENDING_A_WORD:
        return [Edit(start, at + 1, "", RULE_STRAY_GLYPH, f"'{mark}' alone after '{text[start - 1]}'", 0.9)]
    counted = at < len(habits.text)  # (this one, if in the sample counted: not evidence of itself)
    glued, spaced, on_purpose = _spacing(habits, habits.mark(mark), at)
    if mark != "," and _habit(habits, habits.tall_marks, habits.mark(mark), at):
        return _habitual_mark(text, start, at, end, habits)
    if on_purpose:
        return []  # the witness spaces this mark on purpose
    # (the word before, inside its closing quote or bracket: ``“go” , and``)
    word_m = re.search(r"[^\W\d_]+$", text[max(0, start - 40):start].rstrip("”’\"')]"))
    next_m = LETTERS_RE.match(text, end + (text[end] in "“‘\"("))
    left = word_m.group().lower() if word_m else ""
    right = next_m.group().lower() if next_m else ""
    why = f"'{mark}' set apart from '{left}'"
    if mark != ",":
        sure = glued >= _MIN_EVIDENCE
        if mark == ":" and left:
            # (a speck read as a colon after a word that never ends a clause: ``the : people``;
            # a colon, two specks stacked, only joined where its word is seen ending a clause)
            n_left, paused = habits.word(left), habits.pause_after(left)
            if n_left >= _FREQUENT and paused <= _RARELY * n_left:
                return [Edit(start, at + 1, "", RULE_STRAY_GLYPH,
                             f"'{mark}' alone after '{left}', which this witness puts a mark after x{paused} "
                             f"of {n_left}", 0.8)]
            if not (paused >= _MIN_EVIDENCE and paused >= _COMMA_SHARE * n_left):
                return [Edit(start, at, "", RULE_SPACED_PUNCTUATION,
                             f"uncertain: {why} (a speck, or its mark?); '{left}' takes a mark x{paused} "
                             f"of {n_left}", 0.5, applied=False)]
        return [Edit(start, at, "", RULE_SPACED_PUNCTUATION,
                     f"{'' if sure else 'uncertain: '}{why}; this witness sets '{mark}' glued x{glued}, "
                     f"spaced x{spaced}", 0.85 if sure else 0.5, applied=sure)]
    n_left, after_left = (habits.word(left), habits.comma_after(left)) if left else (0, 0)
    if n_left >= _FREQUENT and after_left <= _RARELY * n_left:
        # a word that never takes a comma (``at , and``): a speck, unless the word after
        # follows commas in this witness, where the evidence is split (a suggestion)
        n_right, before_right = ((habits.word(right), max(0, habits.comma_before(right) - counted))
                                 if right else (0, 0))
        sure = not (before_right >= _MIN_EVIDENCE and before_right >= _COMMA_SHARE * n_right)
        return [Edit(start, at + 1, "", RULE_STRAY_GLYPH,
                     f"{'' if sure else 'uncertain: '}',' alone after '{left}', which this witness puts a "
                     f"comma after x{after_left} of {n_left}; ', {right}' x{before_right} of {n_right}",
                     0.8 if sure else 0.5, applied=sure)]
    # (less this one; before a spaced dash there is no word after to ask)
    n_right, before_right = ((habits.word(right), max(0, habits.comma_before(right) - counted))
                             if right else (0, 0))
    if (after_left >= _MIN_EVIDENCE and after_left >= _COMMA_SHARE * n_left) or \
            (before_right >= _MIN_EVIDENCE and before_right >= _COMMA_SHARE * n_right):
        return [Edit(start, at, "", RULE_SPACED_PUNCTUATION,
                     f"{why}; in this witness '{left},' x{after_left} of {n_left}, "
                     f"', {right}' x{before_right} of {n_right}", 0.85)]
    return [Edit(start, at, "", RULE_SPACED_PUNCTUATION,
                 f"uncertain: {why} (a speck, or its comma?); '{left},' x{after_left} of {n_left}, "
                 f"', {right}' x{before_right} of {n_right}", 0.5, applied=False)]


def _stop_after_stop(text: str, start: int) -> bool:
    """Whether the lone ``.`` after ``text[start]`` (its spaces) follows a sentence's end
    (``them. . And``): no text sets two stops in a row, but for an ellipsis (``. . .``)."""
    return text[start - 1:start] in ".!?" and text[start - 2:start - 1].isalpha()


def _lone_open_quote(text: str, at: int, end: int) -> bool:
    """Whether the ``‘`` at ``at`` opens nothing: before a lower-case word, with no closing
    quote (``’`` at a word's end) after it within reach to close the quotation it would open."""
    return text[end:end + 1].islower() and _closes_nothing(text, end)


def _closes_nothing(text: str, end: int) -> bool:
    """Whether no closing quote (``’`` at a word's end) follows ``end`` within reach."""
    return _CLOSING_QUOTE_RE.search(text, end, end + _QUOTE_REACH) is None


def _lone_stop(text: str, start: int, end: int) -> bool:
    """Whether the ``.`` between ``text[start]`` and ``text[end]`` (its spaces) stands between
    two words that it cannot end or abbreviate: before it a word of two letters or more
    (or such a word and a comma, semicolon or colon), after it a lower-case word (a capital
    after it may start a sentence it ends; a single letter before it may be an abbreviation
    spaced out, ``i . e .``)."""
    before = text[max(0, start - 3):start]
    if before[-1:] in (",", ";", ":"):
        before = before[:-1]
    before = before[-2:]
    after = text[end:end + 2]
    return len(before) == 2 and before.isalpha() and after[:1].isalpha() and after[:1].islower() \
        and (len(after) == 1 or not after[1].isalpha() or after.islower())


def _single(text: str, at: int) -> bool:
    """Whether the character at ``at`` is a token of its own (a mark closing it aside: ``y,``)."""
    if not 0 <= at < len(text) or text[at] in _SPACE:
        return False
    before, after = text[at - 1:at], text[at + 1:at + 2]
    return (not before or before in _SPACE) and (not after or after in _SPACE or after in ",.;:!?)")


def _set_apart_again_on_its_line(text: str, at: int) -> bool:
    """Whether the bar at ``at`` stands set apart by spaces a second time on its line: a
    table's row or a grammar's alternatives; a rule a scanner reads as a bar crosses a line once."""
    glyph = text[at]
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:len(text) if end < 0 else end]
    return len(re.findall(r"(?:^|\s)" + re.escape(glyph) + r"(?=\s|$)", line)) >= 2


def _lone_quote(text: str, start: int, at: int, end: int) -> bool:
    """Whether the ``'`` at ``at`` stands between two lower-case words (the first may end in
    a comma, semicolon or colon) with no other straight quote at a word's edge within
    reach: then it belongs to no quotation (a speck); near another, it may be that
    quotation's mark set apart by a space, and stays."""
    before = text[start - 2:start] if text[start - 1:start] in ",;:" else text[start - 1:start]
    if not (before[:1].isalpha() and text[end:end + 1].isalpha() and text[end:end + 1].islower()):
        return False
    window = text[max(0, at - _QUOTE_REACH):at] + " " + text[at + 1:at + 1 + _QUOTE_REACH]
    return _EDGE_QUOTE_RE.search(window) is None


#: glued specks with real uses in prose (``class_``, ``*args``, ``footnote*``, ``~user``):
#: removed only as suggestions
_GLYPHS_IN_USE = "_*~"
#: a witness "uses" a glyph, and keeps it everywhere, where it sets it this often otherwise
#: than glued to one edge of a word (inside a word, next to a digit, paired as emphasis...)
_USES_KEEPING_A_GLYPH = _MIN_EVIDENCE
#: a prose word as a token: an opening quote or bracket, letters (an apostrophe or hyphen
#: between them), the marks that close it
_PROSE_TOKEN_RE = re.compile(r"[“‘\"'(\[]?[^\W\d_]+(?:['’\-][^\W\d_]+)*[,.;:!?”’\"')\]]*")
#: how far (characters) the other half of a pair (``_word_``, ``*word*``, ``` `code` ```) may be
_PAIR_REACH = 100
_SPACE = " \t\n\r\f\v"
#: a TeX closing quote, after a word (``` ``word'' ```, ``` `word' ```)
_TEX_CLOSE_RE = re.compile(r"[^\W\d_][,.;:!?]?'(?![^\W\d_])")
#: a Greek letter: after it ``·`` is the Greek colon (ano teleia), no speck
_GREEK_RE = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def _glued_specks(text: str, language: str = "en", debris: int = 0) -> list[Edit]:
    """Remove a speck the OCR read glued to one edge of a prose word (``•which``,
    ``woods·``, ``beings,^``, ``contained_``) where the witness does not use that glyph
    otherwise (see _glyph_places); double commas (``me,,``, ``creatures;,``) made single.

    Found from each glyph's first occurrence (``str.find``, in C: most books have none), so
    a book without them pays nothing but the look.
    """
    edits: list[Edit] = []
    for glyph in GLUED_SPECKS:
        if glyph not in text:
            continue
        glued, uses = _glyph_places(text, glyph)
        if uses >= _USES_KEEPING_A_GLYPH:
            continue  # the witness's own glyph (paths, identifiers, emphasis, l·l, formulas, notes)
        # a glyph prose has real uses for (a code word, emphasis, a footnote, a path) may be
        # the witness's one use of it: a suggestion, unless its word is one of the witness's
        # prose (written on its own _MIN_EVIDENCE times) where the glyph has no use
        # (_no_use_beside); no prose sets the others glued
        # (a scan whose specks the OCR read as glyphs standing alone, three at least, and
        # which sets this glyph nowhere else: a glued one is that scan's too, '~broken')
        scan_specks = not uses and debris >= _MIN_EVIDENCE
        for pos, word in glued:
            # (the word at this place aside: no evidence of itself)
            sure = glyph not in _GLYPHS_IN_USE or scan_specks or (
                _no_use_beside(text, pos, glyph, word) and _written_alone(text, word) - 1 >= _MIN_EVIDENCE)
            edits.append(Edit(pos, pos + 1, "", RULE_STRAY_GLYPH,
                              f"{'' if sure else 'uncertain: '}'{glyph}' glued to '{word}', a glyph this "
                              f"witness sets nowhere else (x{uses}): a speck", 0.8 if sure else 0.5,
                              applied=sure))
    edits.extend(_glued_hyphens(text, language, debris + sum(e.applied for e in edits)))
    for m in _DOUBLED_COMMA_RE.finditer(text):
        i = m.start()
        if text[i - 2:i - 1].isalpha() and text[i + 1:i + 2] in _SPACE:
            edits.append(Edit(i, i + 1, "", RULE_STRAY_GLYPH,
                              f"',' after '{text[i - 1]}': no text sets two marks so", 0.8))
    return edits


def _no_use_beside(text: str, pos: int, glyph: str, word: str) -> bool:
    """Whether ``glyph``, glued at ``pos`` to the prose token ``word``, stands where prose has
    no use for it: after a mark (``clothed,~``), a tilde ending a word (``of~``), or beside a
    function word, a pronoun or an auxiliary (``*from``, ``~my``, ``~he``). A word of content is any glyph's: ``*args``, a
    footnote's ``Paris*``, ``~user``, ``class_``, however often the witness writes it."""
    after = text[pos + 1:pos + 2] not in _SPACE and pos + 1 < len(text)
    if not after and not word[-1:].isalpha():
        return True
    if glyph == "~" and not after:
        return True
    letters = _WORD_OF_TOKEN_RE.search(word)
    # (a closed class: the function words, the pronouns and auxiliaries that make a clause)
    low = letters.group().lower() if letters else ""
    return low in FUNCTION_WORDS or low in CLAUSE_WORDS


#: a note's reference glued after a word or its closing mark: a dagger, a double dagger, a
#: superscript figure (after a word of three letters or more: 'cm³', 'x²' are a unit's, a power's)
_NOTE_MARKS = "\u2020\u2021\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_GLUED_NOTE_MARK_RE = re.compile(r"[^\W\d_][.,;:!?\u201d\u2019\"')]?[\u2020\u2021]"
                           r"|(?:[^\W\d_]{3}|[^\W\d_][.,;:!?\u201d\u2019\"')])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")


def _sets_note_marks(text: str) -> bool:
    """Whether ``text`` sets a note mark glued after a word (_GLUED_NOTE_MARK_RE), found from each
    mark (``str.find``, in C: most books have none; the pattern's scan tries every letter)."""
    for mark in _NOTE_MARKS:
        i = text.find(mark)
        while i >= 0:
            if _GLUED_NOTE_MARK_RE.search(text, max(0, i - 4), i + 1):
                return True
            i = text.find(mark, i + 1)
    return False


def _glyph_places(text: str, glyph: str) -> tuple[list[tuple[int, str]], int]:
    """The places ``glyph`` stands glued to one edge of a prose word, unpaired (position,
    word), and the number of its other uses in the witness: inside a token (``a_b``,
    ``l·l``, ``x^2``, ``~/bin``), paired as emphasis or code (``_word_``, ``*two words*``,
    ``` `code` ```, a TeX quote ``` `word' ```), an asterisk at a line start (a footnote),
    ``·`` after a Greek word, every ``*`` where the witness sets other note marks glued
    after its words (_GLUED_NOTE_MARK_RE). Glyphs alone between spaces are neither (a lone speck's
    business) and neither is a glyph at a line start (a bullet's)."""
    places: list[tuple[int, str, str]] = []  # (position, 'start' | 'end', word)
    # (a witness that sets note marks glued after its words, daggers or superscript figures,
    # sets its '*' so as one of them: 'below.*', 'Paris*')
    # (only after a word: no note's reference stands before one, '*from')
    notes = glyph == "*" and _sets_note_marks(text)
    uses = 0
    n = len(text)
    i = text.find(glyph)
    while i >= 0:
        s = i
        while s > 0 and text[s - 1] not in _SPACE:
            s -= 1
        e = i + 1
        while e < n and text[e] not in _SPACE:
            e += 1
        token = text[s:e]
        line_start = i == s and (s == 0 or text[s - 1] == "\n")
        if token != glyph:
            if i == s and not line_start and _PROSE_TOKEN_RE.fullmatch(token, 1):
                places.append((i, "start", token[1:]))
            elif i == e - 1 and i > s and _PROSE_TOKEN_RE.fullmatch(token, 0, len(token) - 1):
                if (glyph == "·" and _GREEK_RE.search(token)) or notes:
                    uses += 1
                else:
                    places.append((i, "end", token[:-1]))
            elif not line_start:
                uses += 1
        if line_start and glyph == "*":
            uses += _USES_KEEPING_A_GLYPH  # a footnote: its reference after a word is the witness's own
        i = text.find(glyph, e)
    glued = []
    for pos, side, word in places:
        # (the same reach both ways, so that a pair found from one half is found from the other)
        if side == "start":
            reach = text[pos + 1:pos + 1 + _PAIR_REACH].split("\n\n", 1)[0]
            # (its pair: the glyph again, closing a word: ``*two words*.``)
            if re.search(r"\S" + re.escape(glyph), reach) or (glyph == "`" and _TEX_CLOSE_RE.search(reach)):
                uses += 1
                continue
            if glyph == "°" and word[:1].isupper():
                uses += 1  # a temperature's scale: °F, °C
                continue
        else:
            lo = max(0, pos - _PAIR_REACH)
            para = text.rfind("\n\n", lo, pos)
            # (searched in the text, not a slice: the space before the opener is looked
            # behind, and a slice's start mid-word is no word's start)
            if re.compile(r"(?<!\S)" + re.escape(glyph) + r"\S").search(text, lo if para < 0 else para + 2, pos):
                uses += 1
                continue
        glued.append((pos, word))
    return glued, uses


#: a token ending as an e-mail address, a URL or a domain ends (``a@b.com``, ``x://y/z``,
#: ``www.example.org``: a dot inside the token and a small-letter ending after it)
_ADDRESS_RE = re.compile(r"(?:^|(?<=\s))(?:\S*@\S*\.\S+|\S*://\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})$")
#: how far back an address is looked for (a longer token is read from its last characters)
_ADDRESS_REACH = 120


#: words no sentence ends with (articles, conjunctions, 'of'): a stop set apart after one is a speck
_NO_SENTENCE_END = frozenset("a an the and or nor of".split())


def _spaced_stop(text: str, start: int, at: int, end: int, habits: _Habits) -> list[Edit]:
    """The edit joining the ``.`` at ``at``, set apart by a space from the word before
    (``text[start:at]``), to it: where it ends that word's sentence (a word of two letters
    or more before it, a capital after it, or an opening quote and one: ``Chamounix . This``)
    and the witness sets its stops glued (less than a fifth spaced); a suggestion before
    ``I`` or after a sentence's first word; after a word no sentence ends with (``Simon and .
    Andrew``) removed, a speck. Not a single letter before it (``i . e .``,
    initials spaced), nor a stop of an ellipsis (``. . .``), nor after an e-mail address, a
    URL or a domain (``superh.com . SuperH``: set apart from the address's own dots)."""
    # (an opening quote set apart from its word is joined to it in the same pass: ``. “ Lord``)
    after = re.sub(r"^[“‘\"(]+ ?", "", text[end:end + 4])
    word_end = start - (text[start - 1:start] in GLUED_SPECKS)  # (a speck glued to it removed too)
    if not (text[word_end - 2:word_end].isalpha() and after[:1].isupper()):
        return []
    if _ADDRESS_RE.search(text, max(0, word_end - _ADDRESS_REACH), word_end):
        return []  # an address's stop, set apart so as not to be read as the address's own
    glued, spaced, on_purpose = _spacing(habits, habits.mark("."), at)
    if on_purpose:
        return []
    word_m = re.search(r"[^\W\d_]+$", text[max(0, word_end - 40):word_end])
    left = word_m.group() if word_m else ""
    if left.lower() in _NO_SENTENCE_END:
        return [Edit(start, at + 1, "", RULE_STRAY_GLYPH, f"'.' alone after '{left}', which ends no sentence", 0.8)]
    n_left, paused = habits.word(left.lower()), habits.pause_after(left.lower())
    if n_left >= _FREQUENT and paused <= _RARELY * n_left:
        return [Edit(start, at + 1, "", RULE_STRAY_GLYPH,
                     f"'.' alone after '{left}', which this witness puts a mark after x{paused} of {n_left}", 0.8)]
    # (a word that opens its sentence is no sentence of one word: 'him. When . Jesus'; 'I'
    # is a capital mid-sentence too: 'our Lord . I came' may be a speck's)
    opens = text[max(0, word_end - len(left) - 3):word_end - len(left)].rstrip(" “‘\"(")
    sure = not (opens == "" or opens[-1:] in ".!?\n") and not re.match(r"I\b", after)
    return [Edit(start, at, "", RULE_SPACED_PUNCTUATION,
                 f"{'' if sure else 'uncertain: '}'.' set apart from '{left}' before a capital; this witness "
                 f"sets '.' glued x{glued}, spaced x{spaced}", 0.85 if sure else 0.5, applied=sure)]


def _spaced_open_quote(text: str, start: int, at: int, end: int, habits: _Habits) -> list[Edit]:
    """The edit joining the ``“`` at ``at``, set apart by a space from the word after it,
    to that word (``father. “ From his``): where it opens a quotation (a ``”`` after it
    within reach, before any other ``“``) and the witness sets ``“`` glued to its word
    (less than a fifth of them spaced)."""
    del start
    habitual = _habitual_open_quote(text, at, end, habits)
    if habitual:
        return habitual
    close = text.find("”", end, end + _QUOTE_REACH)
    if close < 0 or "“" in text[end:close]:
        return []
    glued, spaced, on_purpose = _spacing(habits, habits.open_quotes, at)
    if on_purpose:
        return []
    return [Edit(at + 1, end, "", RULE_SPACED_PUNCTUATION,
                 f"'“' set apart from '{text[end:end + 12].split()[0]}'; this witness sets '“' glued x{glued}, "
                 f"spaced x{spaced}", 0.85)]


#: the marks a print of the 19th century sets off by a (thin) space from their word
_TALL_MARKS = ";:!?"
#: the glyphs whose spacing may be the print's habit: the main loop notes those it judged
_HABIT_GLYPHS = _TALL_MARKS + "“‘"
#: a spacing is the print's habit where the witness sets it _SPACED_ON_PURPOSE of the time
#: and at least this often (fewer are a few specks or slips, for the other rules to judge)
_HABIT_EVIDENCE = 5
#: languages whose typography sets a space before ``; : ! ?`` (and inside guillemets)
_SPACING_LANGUAGES = frozenset({"fr"})


def closes_spacing(settings: CleanSettings) -> bool:
    """Whether the spacing a witness sets before ``; : ! ?`` and inside its quotes as a
    habit is closed up: as ``spaced_marks`` says, ``auto`` closing it but in a language
    whose own typography spaces them (French)."""
    if settings.spaced_marks == "auto":
        return settings.language.split("-")[0].lower() not in _SPACING_LANGUAGES
    return settings.spaced_marks == "close"


def _habit(habits: _Habits, pooled: tuple[int, int], own: tuple[int, int], at: int) -> bool:
    """Whether the witness spaces a glyph as a habit of its print, to be closed up (where the
    edition closes them): its ``own`` (glued, spaced) counts spaced _SPACED_ON_PURPOSE of
    the time and _HABIT_EVIDENCE times at least (less the one at ``at``); or, where it has
    too few spaced to tell (``!`` twice in a chapter) but not too few set glued, the
    ``pooled`` counts of its kind (``; : ! ?``, the opening quotes) so."""
    if not habits.closes_spacing:
        return False
    glued, spaced, _ = _spacing(habits, own, at)
    if glued + spaced >= _HABIT_EVIDENCE and spaced < _SPACED_ON_PURPOSE * (glued + spaced):
        return False
    if spaced >= _HABIT_EVIDENCE:
        return True
    glued, spaced, _ = _spacing(habits, pooled, at)
    return spaced >= _HABIT_EVIDENCE and spaced >= _SPACED_ON_PURPOSE * (glued + spaced)


def _habit_why(what: str, counts: tuple[int, int]) -> str:
    glued, spaced = counts
    return f"this witness sets {what} spaced x{spaced} of {glued + spaced}: the print's spacing, closed up"


def _habitual_mark(text: str, start: int, at: int, end: int, habits: _Habits) -> list[Edit]:
    """The edit joining the mark ``text[at]`` (``; : ! ?``), set apart by ``text[start:at]``,
    to its word, in a witness that spaces these marks as a habit (``child ; and``). Not
    between two single characters (``a ? b``, ``x : y``: a formula); a colon after a
    frequent word the witness never puts a mark after is a speck (``the : people``), a
    ``?`` there only suggested (``to ? and``: a lone ``?`` for a word unread)."""
    mark = text[at]
    before = text[max(0, start - 40):start].split()
    after = text[end:end + 40].split()
    if before and after and len(before[-1]) == 1 and len(after[0].rstrip(",.;:!?")) == 1:
        return []
    word_m = re.search(r"[^\W\d_]+$", text[max(0, start - 40):start].rstrip("”’\"')]"))
    left = word_m.group() if word_m else ""
    n_left, paused = habits.word(left.lower()), habits.pause_after(left.lower())
    if left and n_left >= _FREQUENT and paused <= _RARELY * n_left:
        # (its marks the print set apart, but this one)
        paused += max(0, habits.spaced_pause_after(left.lower()) - (at < len(habits.text)))
    if left and n_left >= _FREQUENT and paused <= _RARELY * n_left and mark in ":?":
        if mark == ":":
            return [Edit(start, at + 1, "", RULE_STRAY_GLYPH,
                         f"'{mark}' alone after '{left}', which this witness puts a mark after x{paused} "
                         f"of {n_left}", 0.8)]
        return [Edit(start, at, "", RULE_SPACED_PUNCTUATION,
                     f"uncertain: '{mark}' set apart from '{left}', which this witness puts a mark after "
                     f"x{paused} of {n_left} (its mark, or a word unread?)", 0.5, applied=False)]
    return [Edit(start, at, "", RULE_SPACED_PUNCTUATION,
                 f"'{mark}' set apart from '{left or before[-1:] and before[-1]}'; "
                 + _habit_why("; : ! ?", habits.tall_marks), 0.9)]


def _habitual_open_quote(text: str, at: int, end: int, habits: _Habits) -> list[Edit]:
    """The edit joining the opening quote at ``at`` to the word after it (at ``end``), in a
    witness that sets its opening quotes spaced as a habit (``“ During``)."""
    if not _habit(habits, habits.openers, habits.opener(text[at]), at):
        return []
    return [Edit(at + 1, end, "", RULE_SPACED_PUNCTUATION,
                 f"'{text[at]}' set apart from '{text[end:end + 12].split()[0]}'; "
                 + _habit_why("its opening quotes", habits.openers), 0.9)]


#: a mark (``; : ! ?``) set apart from its word at a line's end or before a closing quote
#: (those before a word the main loop meets); not before a bracket (``:)`` ``;)``)
_SPACED_MARK_RE = re.compile(r"[;:!?](?<=[ \t][;:!?])(?=[ \t]*(?:\n|\Z)|[”’\"»]|[ \t]+\S)")
#: an opening quote set apart from the word after it, at a line's start or after a space
_SPACED_OPENER_RE = re.compile(r"[“‘](?=[ \t]+[^\W\d_])")
#: a closing quote set apart from the word (or its mark) before it, at a word's end
_SPACED_CLOSER_RE = re.compile(r"[”’](?<=[ \t][”’])(?=[\s,.;:!?)\]]|\Z)")


def _habitual_spacing(text: str, habits: _Habits, seen: set[int]) -> list[Edit]:
    """Close up the spacing the witness's print sets as a habit where the main loop did not
    meet it (``seen``: the glyphs it judged): a mark (``; : ! ?``) set apart from its word at
    a line's end or before a closing quote (``it ?”``), an opening quote set apart from its
    word at a line's start (``“ During``), a closing quote set apart from its word
    (``thee ”``). A search each, made only where the habit is (most books: none).

    Only where the main loop met _HABIT_EVIDENCE of them set apart at least: a print that
    spaces them as a habit spaces most before a word, where the loop meets them; a book
    with a few slips is spared the counts (a scan of its sample for each glyph)."""
    if not habits.closes_spacing or len(seen) < _HABIT_EVIDENCE:
        return []
    edits: list[Edit] = []
    if _habit(habits, habits.tall_marks, habits.tall_marks, len(habits.text)):
        for m in _SPACED_MARK_RE.finditer(text):
            at = m.start()
            if at in seen or not _habit(habits, habits.tall_marks, habits.mark(text[at]), at):
                continue
            start = _space_before(text, at)
            if not _ends_a_word(text, start):
                continue
            edits.extend(_habitual_mark(text, start, at, at + 1, habits))
    if _habit(habits, habits.openers, habits.openers, len(habits.text)):
        for m in _SPACED_OPENER_RE.finditer(text):
            at = m.start()
            # (those at a line's start: _spaced_line_openers)
            if at in seen or (at > 0 and text[at - 1] not in " \t(—–") or _at_line_start(text, at):
                continue
            end = at + 1
            while text[end] in " \t":
                end += 1
            edits.extend(_habitual_open_quote(text, at, end, habits))
    if _habit(habits, habits.closers, habits.closers, len(habits.text)):
        for m in _SPACED_CLOSER_RE.finditer(text):
            at = m.start()
            start = _space_before(text, at)
            mark_spaced = text[start - 1:start] in _TALL_MARKS and _space_before(text, start - 1) < start - 1
            if mark_spaced:  # (its mark set apart too, joined in the same pass: ``thou ? ”``)
                ends = _ends_a_word(text, _space_before(text, start - 1))
            else:
                ends = _ends_a_word(text, start) or (text[start - 1] in _MARKS_ENDING_A_WORD
                                                     and _ends_a_word(text, start - 1))
            if ends:
                edits.append(Edit(start, at, "", RULE_SPACED_PUNCTUATION,
                                  f"'{text[at]}' set apart from its word{chr(39) + 's mark' if mark_spaced else ''}; "
                                  + _habit_why("'”'", habits.closers), 0.9))
    return edits


#: an opening quote set apart from its word, or from the opening quote glued to it (``“ ‘By``),
#: at a line's start (the newline first: the engine skips to each in C, where a class of
#: the two quotes first is tried at every character)
_SPACED_LINE_OPENER_RE = re.compile(r"\n[ \t]*([“‘])[ \t]+(?=[“‘]?[^\W\d_])")
#: the same at the text's start, or after a carriage return or form feed (rare: matched there)
_SPACED_OPENER_AT_RE = re.compile(r"[ \t]*([“‘])[ \t]+(?=[“‘]?[^\W\d_])")


def _at_line_start(text: str, at: int) -> bool:
    """Whether only spaces stand between ``at`` and the start of its line."""
    start = _space_before(text, at)
    return start == 0 or text[start - 1] in "\n\r\f"


def _spaced_line_openers(text: str, habits: _Habits) -> list[Edit]:
    """The edits joining an opening quote set apart from its word at a line's start (``“ The
    moon``, ``“ ‘By``), which the main loop leaves to the bullets: closed up as the print's
    habit where that quote's own counts show one (_habitual_open_quote), else where the
    witness does not set it spaced on purpose (an OCR slip, as _spaced_open_quote joins one
    within a line; at a line's start no closing quote can be meant)."""
    edits: list[Edit] = []
    starts = [0]
    for c in "\r\f":
        i = text.find(c)
        while i >= 0:
            starts.append(i + 1)
            i = text.find(c, i + 1)
    found = [m for i in starts if (m := _SPACED_OPENER_AT_RE.match(text, i))]
    for m in found + list(_SPACED_LINE_OPENER_RE.finditer(text)):
        at = m.start(1)
        end = at + 1
        while text[end] in " \t":
            end += 1
        habitual = _habitual_open_quote(text, at, end, habits)
        if habitual:
            edits.extend(habitual)
            continue
        glued, spaced, on_purpose = _spacing(habits, habits.opener(text[at]), at)
        if not on_purpose:
            edits.append(Edit(at + 1, end, "", RULE_SPACED_PUNCTUATION,
                              f"'{text[at]}' set apart from '{text[end:end + 12].split()[0]}' at a line's start; "
                              f"this witness sets '{text[at]}' glued x{glued}, spaced x{spaced}", 0.85))
    return edits


#: a stop glued after a word of two letters or more, a space and a small letter after it
#: (the literal first: the engine skips to each stop in C)
#: (a small letter of Latin-1 after: the lookahead before the lookbehind, as most stops end
#: a sentence before a capital; a small letter of another script is left alone)
#: the letters of a word whose stop before a small letter is a comma's where the word after
#: follows commas, though the witness writes the word too seldom to show it is no abbreviation
_NO_ABBREVIATION = 5
_STOP_BEFORE_SMALL_RE = re.compile(r"\.(?= [a-zß-öø-ÿ])(?<=[^\W\d_]{2}\.)")
#: a well-formed roman numeral in small letters ('ii.', 'xiv.': a numbered item's stop)
_SMALL_ROMAN_RE = re.compile(r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")


def _stops_for_commas(text: str, habits: _Habits) -> list[Edit]:
    """The edits making a comma of a stop glued to a word before a word in small letters
    (``me; but. seeing me``, ``to Asia. and the``): no sentence opens with a small letter,
    and a comma's tail is what a faint print loses. Applied where the witness puts commas
    after the word before (three at least) or before the word after (a quarter of its
    occurrences, three at least), else a suggestion (a speck read as a stop, or another
    mark). Not after an abbreviation's stop: a word of four letters or fewer the witness
    writes without a stop fewer than three times (``Inc.``, ``vol.``; a longer one only
    where the word after decides, else left alone), a stop before a small letter it sets
    after the word more than once (``Inc. and``, twice; not after a word it writes fifty
    times without a stop), a single letter or a roman numeral (``e.g. the``, ``ii.
    a``), nor after a word glued to a mark or a digit before it (``github. com``, a path);
    only suggested after a figure (a unit's: ``12 in. and``) or before a word the witness
    writes before names (a name's particle: ``de Witt``) or after a capitalised word inside
    a sentence that the witness writes in small letters elsewhere (``in Pl. and``) or after
    a function word the witness never sets a comma after (``under no. and``);
    nor before an ``l`` the witness writes far more often as ``I`` (``them. lt was``)."""
    places = []
    for m in _STOP_BEFORE_SMALL_RE.finditer(text):
        at = m.start()
        start = at - 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        nxt = LETTERS_RE.match(text, at + 2)
        if (start == 0 or text[start - 1] in " \t\n“‘\"(") and nxt is not None and nxt.group().islower():
            places.append((at, text[start:at], nxt.group()))
    # (a word whose stop stands before a small letter twice is an abbreviation's: 'Inc. and')
    small_after = Counter(left.lower() for _, left, _ in places)
    edits: list[Edit] = []
    for at, left, right in places:
        low = left.lower()
        if not (left.islower() or left[1:].islower()) or _SMALL_ROMAN_RE.fullmatch(low):
            continue
        n_left, after_left, stops, _ = habits.marks_around(low)
        if small_after[low] > 1 and n_left - stops < _FREQUENT:
            # (a word the witness writes without a stop fifty times is no abbreviation: its
            # commas read as stops twice, 'him. saying', 'him. yet')
            continue
        # (a word written without its stop fewer than three times may be an abbreviation's,
        # which is written with it every time: 'vol.', 'Inc.'; not one of five letters or
        # more, which abbreviations seldom keep, where the word after decides alone)
        seldom = n_left - stops < _MIN_EVIDENCE
        if seldom and len(low) < _NO_ABBREVIATION:
            continue
        if right[0] == "l" and habits.text.count(" I" + right[1:] + " ") > habits.text.count(f" {right} "):
            continue  # (a capital I read as l opens the sentence: 'protectors. l had', 'me. lt was')
        why = f"'{low},' x{after_left} of {n_left}"
        # (three commas after the word anywhere: a word like 'Jesus' or 'it', written
        # hundreds of times, has a comma after it a tenth of them)
        sure = after_left >= _MIN_EVIDENCE
        if _after_a_figure(text, at - len(left)):
            # (a measure's unit after its figure: an abbreviation, though it spell a word: '12 in. and')
            sure, why = False, why + ", after a figure: a unit's abbreviation"
        elif left[0].isupper() and _inside_a_sentence(text, at - len(left)) and habits.in_small_letters(low):
            # (a capital inside a sentence on a word written elsewhere in small letters: an abbreviation's, 'Pl.',
            # or a title's, whose stop may be the print's)
            sure, why = False, why + f", '{left}' capitalised inside a sentence, written '{low}' elsewhere"
        elif _NAME_AFTER_PARTICLE_RE.match(text, at + 2) and habits.before_names(right):
            # (a sentence may open with a name whose particle is small: 'de Witt', 'van der Velde')
            sure, why = False, why + f", '{right}' before a name wherever this witness writes it: a name's particle"
        elif not after_left and low in FUNCTION_WORDS:
            # (a function word seldom ends a clause: where the witness never sets a comma
            # after it, one is no likelier than an abbreviation's stop, 'under no. and',
            # whatever commas the word after follows)
            why += ", a function word this witness never sets a comma after"
        elif not sure:
            # (the word after asked only where the word before does not decide: it is often
            # one of the commonest, a long count)
            n_right, _, _, before_right = habits.marks_around(right)
            sure = before_right >= _MIN_EVIDENCE and before_right >= _COMMA_SHARE * n_right
            why += f", ', {right}' x{before_right} of {n_right}"
        if seldom and not sure:
            continue
        edits.append(Edit(at, at + 1, ",", RULE_STOP_FOR_COMMA,
                          f"{'' if sure else 'uncertain: '}'.' after '{left}' before '{right}', a small letter no "
                          f"sentence opens with: a comma read as a stop; in this witness {why}",
                          0.85 if sure else 0.5, applied=sure))
    return edits


#: a word in small letters, perhaps another short one, and a capital: a name's particles and the name
_NAME_AFTER_PARTICLE_RE = re.compile(r"[^\W\d_]+(?: [^\W\d_]{1,3})? [A-Z]")


def _inside_a_sentence(text: str, start: int) -> bool:
    """Whether a word, a figure or a comma stands before the word at ``start`` (spaces and
    line ends between): no sentence's start."""
    i = start
    while i > 0 and text[i - 1] in " \t\n":
        i -= 1
    return i > 0 and (text[i - 1].isalnum() or text[i - 1] in ",;")


def _after_a_figure(text: str, start: int) -> bool:
    """Whether a figure, and a space, stand before the word at ``start`` (``12 in``)."""
    return text[start - 1:start] in (" ", "\t") and text[_space_before(text, start - 1) - 1:][:1].isdigit()


#: a closing quote (or an apostrophe, or an opening quote misread) glued after a letter, a space and a small letter of
#: Latin-1 after it (a pattern per quote, the literal first: the engine skips to each in C)
_GLUED_CLOSER_RES = tuple(re.compile(q + r"(?= [a-zß-öø-ÿ])(?<=[^\W\d_]" + q + ")") for q in "’'‘")
#: a straight quote opening a word (a quotation the straight quote after a word may close)
_STRAIGHT_OPENER_RE = re.compile(r"(?<![^\W_])'(?=[^\W\d_])")


def _closers_closing_nothing(text: str, habits: _Habits) -> list[Edit]:
    """Remove a closing quote glued after a word that closes no quotation (``that the’
    animal``, ``and' loose``; an opening one too, ``need‘ a``, which opens nothing there):
    a speck read as one. Only where the witness writes the word
    without it three times at least and with it before no other small-letter word, no opening quote of its kind
    stands before it in its paragraph unclosed (``‘go to the’ and``, a long speech's), the word
    ends in no s, x or z (a plural's possessive: ``brothers’ keeper``), is longer than a
    letter and no word the witness writes with a d or g after it (an elision: ``o’``, ``i’``,
    ``an’``, ``goin’``); and only before
    a small letter (before a capital a quotation ends as often: ``the’ House``)."""
    places = []
    for pattern in _GLUED_CLOSER_RES:
        for m in pattern.finditer(text):
            at = m.start()
            start = at - 1
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            places.append((at, start, text[start:at + 1]))
    # (the quoted form written more than once is the witness's own: an elision)
    written = Counter(quoted for _, _, quoted in places)
    edits: list[Edit] = []
    for at, start, quoted in places:
        quote = text[at]
        word = quoted[:-1]
        low = word.lower()
        if (start > 0 and text[start - 1] not in " \t\n(“\"") or low[-1] in "sxz" or not (
                word.islower() or word[1:].islower()) or len(word) < 2:
            continue  # (a letter alone with the quote is an elision's: 'a’' for all, 'o’' for of)
        bare = habits.marks_around(low)[0] - (at < len(habits.text))  # (less this one, if the sample counted it)
        if bare < _MIN_EVIDENCE or habits.marks_around(low + "d")[0] or habits.marks_around(low + "g")[0] \
                or written[quoted] > 1:
            continue
        # (the quotation it may close: an opening quote of its kind in the paragraph, a long
        # speech's opening many lines back)
        reach = text[max(0, start - _SPEECH_REACH, text.rfind("\n\n", 0, start)):start]
        if quote in "’‘":  # (an opening quote after a word opens nothing: a closer misread, or a speck)
            opened = reach.rfind("‘")
            if opened >= 0 and _CLOSING_QUOTE_RE.search(reach, opened) is None:
                continue
        elif _STRAIGHT_OPENER_RE.search(reach):
            continue
        edits.append(Edit(at, at + 1, "", RULE_STRAY_GLYPH,
                          f"'{quote}' glued after '{word}', which this witness writes x{bare} without it, closing "
                          "no quotation: a speck", 0.8))
    return edits


#: an opening quote, curly or straight, glued before a small letter after a space or a line's
#: start (the literal first: the engine skips to each in C)
_GLUED_OPENER_RES = tuple(re.compile(q + r"(?=[a-zß-öø-ÿ])(?<![^ \t\n]" + q + ")") for q in "‘'")
#: a quote closing a word: curly or straight, after a letter or a word's mark
_ANY_CLOSER_RE = re.compile(r"(?<=[^\W_]|[,.;:!?—-])['’](?![^\W\d_])")


def _inside_double_quotes(text: str, at: int) -> bool:
    """Whether a double quotation opened before ``at`` in its paragraph is still open there."""
    before = text[max(0, at - _SPEECH_REACH, text.rfind("\n\n", 0, at) + 2):at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _another_in_paragraph(text: str, k: int, starts: list[int]) -> bool:
    """Whether the place before or after ``starts[k]`` (in order) stands in its paragraph."""
    return (k > 0 and text.find("\n\n", starts[k - 1], starts[k]) < 0) or (
        k + 1 < len(starts) and text.find("\n\n", starts[k], starts[k + 1]) < 0)


def _openers_opening_nothing(text: str, habits: _Habits) -> list[Edit]:
    """Remove an opening quote glued before a word in small letters that opens no quotation
    (``streamed from my eyes, 'and I``, ``the history ‘of the dog``): a speck read as one.
    Only where no quote closes a word after it in its paragraph (a long speech's close many
    lines on) nor in the paragraphs after it reopened with that quote (a quotation of many
    paragraphs), the witness writes the word
    without it three times at least, and the quoted form once (an elision the witness
    writes again is its own: ``'tis``, ``'em``); never inside a double quotation, where a
    speech's dialect elides (``“I did it 'cause``, ``'is 'at``), nor beside another such
    opener in its paragraph (a dialect's narration: ``'cause ... 'round``)."""
    places = []
    for pattern in _GLUED_OPENER_RES:
        for m in pattern.finditer(text):
            word = LETTERS_RE.match(text, m.end())
            if word is not None:
                places.append((m.start(), text[m.start()] + word.group()))
    places.sort()
    starts = [at for at, _ in places]
    written = Counter(quoted for _, quoted in places)
    edits: list[Edit] = []
    for k, (at, quoted) in enumerate(places):
        word = quoted[1:]
        # (the quotation it may open: a quote closing a word in the paragraph, a long speech's
        # close many lines on)
        if written[quoted] > 1 or _closes_later(text, at):
            continue
        if _inside_double_quotes(text, at) or _another_in_paragraph(text, k, starts):
            # (a speech's dialect, or a paragraph's: an elision's apostrophe set as an opener,
            # 'cause, 'is, 'round; a speck seldom falls so twice in a paragraph)
            continue
        bare = habits.marks_around(word)[0] - (at < len(habits.text))  # (less this one, if the sample counted it)
        if bare < _MIN_EVIDENCE:
            continue
        edits.append(Edit(at, at + 1, "", RULE_STRAY_GLYPH,
                          f"'{text[at]}' glued before '{word}', which this witness writes x{bare} without it, "
                          "opening no quotation: a speck", 0.8))
    return edits


def _closes_later(text: str, at: int) -> bool:
    """Whether a quote closes a word after the opener at ``at`` in its paragraph, or in the
    paragraphs after it that open with that quote again (a quotation of many paragraphs, each
    reopened, closed in its last: the British way), within _SPEECH_REACH."""
    limit = at + _SPEECH_REACH
    start = at + 1
    while start < limit:
        end = text.find("\n\n", start, limit)
        if _ANY_CLOSER_RE.search(text, start, end if end >= 0 else limit):
            return True
        if end < 0:
            return False
        start = end + 2
        while start < limit and text[start] in _SPACE:
            start += 1
        if text[start:start + 1] != text[at]:
            return False  # (a paragraph not reopened so: the quotation, if any, ended unclosed)
    return False


def _space_before(text: str, at: int) -> int:
    """Where the run of spaces before ``at`` starts (``at`` where none)."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at


def _ends_a_word(text: str, end: int) -> bool:
    """Whether a word ends at ``end``: a letter before it, or a closing quote or bracket after one."""
    c = text[end - 1:end]
    return c.isalpha() or (c in "”’\")]" and text[end - 2:end - 1].isalpha())


#: two hyphens, no third on either side (the literal first: the engine skips to each in C)
_DOUBLED_HYPHEN_RE = re.compile(r"--(?<!---)(?!-)")
#: what may end the word before a dash: a letter or digit, or one and a mark or closing quote
_BEFORE_DASH = ",;:.!?”’\")"
#: what may open the word after a dash
_AFTER_DASH = "“‘\"("
#: a hyphen glued after a mark or a closing quote, before a word or a space (the literal
#: first: the engine skips to each in C)
_MARK_HYPHEN_RE = re.compile(r"-(?<=[,;:.!?”’\")]-)(?=[ \t]?[“‘\"(]?[^\W\d_])")


def _doubled_hyphens(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the dashes the witness writes as two hyphens between two words: glued
    on both sides (``man,--and``), spaced on both (``voice -- You``) or after only
    (``while”-- for``); not two numbers' range (``1859--60``), an option (``--all``), a rule,
    nor code's decrement (_in_code: ``i-- is``, ``n_max-- and``, in backticks). And apart,
    the spans of an elision's two hyphens (_elides: ``Mr. B--``, ``d--d``)."""
    spans, elided = [], []
    words: dict[str, bool] = {}  # a letter -> whether the witness writes it as a word
    for m in _DOUBLED_HYPHEN_RE.finditer(text):
        a, b = m.span()
        spaced = text[a - 1:a] == " "
        if spaced and text[b:b + 1] != " ":
            continue  # spaced before only: an option (``--all``)
        c = text[a - 1 - spaced:a - spaced]
        if not (c.isalnum() or (c in _BEFORE_DASH and text[a - 2 - spaced:a - 1 - spaced].isalnum())):
            continue
        right = b + (text[b:b + 1] == " ")
        nxt = text[right + (text[right:right + 1] in _AFTER_DASH):][:1]
        if not nxt.isalpha() or (c.isdigit() and nxt.isdigit()):
            continue
        if not spaced and _in_code(text, a, b):
            continue
        (elided if not spaced and _elides(text, a, words) else spans).append((a, b))
    return spans, elided


def _elides(text: str, a: int, words: dict[str, bool]) -> bool:
    """Whether the two hyphens at ``a`` elide a word (``Mr. B--``, ``d--d``, an 18th- and
    19th-century habit): glued after a single letter that opens its token and that the
    witness never writes as a word of its own (``I--I`` and ``a--lover`` are dashes);
    ``words`` keeps the answer for each letter asked."""
    letter = text[a - 1:a]
    if not letter.isalpha() or (a >= 2 and (text[a - 2].isalnum() or text[a - 2] in "'’-_")):
        return False
    if letter not in words:
        alone = re.finditer(r"(?<![\w'’.\-])" + re.escape(letter) + r"(?![\w'’\-]|\.\w)", text)
        words[letter] = sum(1 for _ in zip(alone, range(_MIN_EVIDENCE))) >= _MIN_EVIDENCE
    return not words[letter]


#: a token code writes and prose does not: a single small letter (a loop's variable), an
#: identifier with an underscore, or letters then digits, one opening in a small letter with
#: a capital inside (a name may: ``McDonald``), a member reached by a dot or an arrow
_CODE_TOKEN_RE = re.compile(r"[a-z]|\w*(?:[^\W\d]_|_[^\W\d]|[^\W\d_]\d)\w*|[a-z]\w*[A-Z]\w*"
                            r"|\w+(?:\.|->)[^\W\d_]\w*")
#: what stands before a token of code: a space, a line's start, a bracket, a backtick
_BEFORE_CODE_TOKEN = " \t\n([{`"


def _in_code(text: str, a: int, b: int) -> bool:
    """Whether the two hyphens at ``a:b``, glued after a token, are code's decrement, no dash:
    inside backticks on their line (a code span), or after a token of code shape
    (_CODE_TOKEN_RE: ``i``, ``n_max``, ``x2``, ``p->next``) with no letter glued after them
    (``i-- is``, a line joined after ``i--``; a dash glued on both sides, ``x--and``, is
    prose). A small letter that is a word of its own (the article) is none."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    line_end = len(text) if end < 0 else end
    if text.count("`", start, a) % 2 and text.find("`", b, line_end) >= 0:
        return True
    if text[b:b + 1].isalpha():
        return False
    s = a
    while s > start and text[s - 1] not in _BEFORE_CODE_TOKEN:
        s -= 1
    token = text[s:a]
    return _CODE_TOKEN_RE.fullmatch(token) is not None and token not in FUNCTION_WORDS


def _mark_hyphens(text: str) -> list[int]:
    """Where the witness sets a hyphen after a word's mark or closing quote, before a word
    (``mind,-him``, ``3.-On``, ``while”- for``): no compound's hyphen follows a mark."""
    return [m.start() for m in _MARK_HYPHEN_RE.finditer(text) if text[m.start() - 2:m.start() - 1].isalnum()]


def _doubled_hyphen_dashes(text: str, habits: _Habits) -> list[Edit]:
    """The dashes the witness writes as two hyphens between two words (``man,--and``,
    ``voice -- You``), or as a hyphen after a word's mark (``mind,-him``), made ``—``:
    where the witness sets dashes, in any of these forms, a few times at least (else a
    suggestion). An elision's two hyphens (``Mr. B--``, ``d--d``) are the author's and kept
    as set: whether the print had one dash or a two-em dash there the witness does not
    say, so ``—`` is only suggested."""
    elisions = [Edit(a, b, "—", RULE_HYPHEN_DASH,
                     f"uncertain: '--' after '{text[a - 1]}', a letter this witness never writes as a "
                     "word: a word elided (a name, an oath), its dashes the author's; kept as set", 0.5,
                     applied=False) for a, b in habits.elided]
    if not habits.doubled and not habits.mark_hyphens:
        return elisions  # (most books: none)
    glued, spaced = habits.em_dashes
    evidence = (f"this witness sets its dashes '—' x{glued + spaced}, '--' x{len(habits.doubled)}, "
                f"',-' x{len(habits.mark_hyphens)}")
    sure = glued + spaced + len(habits.doubled) + len(habits.mark_hyphens) >= _MIN_EVIDENCE
    unsure = "" if sure else "uncertain: "
    confidence = 0.85 if sure else 0.5
    edits = [Edit(a, b, "—", RULE_HYPHEN_DASH, f"{unsure}'--' between two words, a dash; {evidence}",
                  confidence, applied=sure) for a, b in habits.doubled]
    edits += [Edit(a, a + 1, "—", RULE_HYPHEN_DASH, f"{unsure}'-' after '{text[a - 1]}' before a word, a dash "
                                                     f"(no compound follows a mark); {evidence}",
                   confidence, applied=sure) for a in habits.mark_hyphens]
    return sorted(edits + elisions, key=lambda e: e.start) if elisions else edits


def _hyphens_for_dashes(habits: _Habits, at: int) -> int:
    """How many dashes the witness shows read as hyphens (``--``, ``,-``, `` - ``), but the
    lone hyphen at ``at``."""
    return len(habits.doubled) + len(habits.mark_hyphens) + habits.lone_hyphens - (at < len(habits.text))


def _lone_hyphen_as_dash(at: int, habits: _Habits) -> Edit:
    """The edit making the hyphen at ``at``, alone between two words in a witness that sets
    its dashes spaced, a dash: one read as a hyphen, where the witness shows its dashes read
    as hyphens a few times at least (``--``, ``,-``, other lone hyphens); else (before a
    quotation) only suggested (a dash, or a speck?)."""
    glued, spaced = habits.em_dashes
    others = _hyphens_for_dashes(habits, at)
    why = (f"'-' alone between two words; this witness sets its dashes spaced ' — ' x{spaced} of "
           f"{glued + spaced}, as hyphens x{others} more ('--', ',-', ' - ')")
    if others >= _MIN_EVIDENCE:
        return Edit(at, at + 1, "—", RULE_HYPHEN_DASH, f"{why}: a dash read as a hyphen", 0.85)
    return Edit(at, at + 1, "—", RULE_HYPHEN_DASH, f"uncertain: {why} (a dash read as a hyphen, or a speck?)",
                0.5, applied=False)


#: the letters of a prose token (its quotes and marks aside)
_WORD_OF_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def _function_word_before(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is a function word (``their``, ``of``: no product's
    term nor a footnote's word)."""
    m = _LAST_LETTERS_RE.search(text, max(0, end - 16), end)
    return m is not None and m.group().lower() in FUNCTION_WORDS


#: the letters ending a stretch
_LAST_LETTERS_RE = re.compile(r"[^\W\d_]+$")


def _written_alone(text: str, token: str) -> int:
    """How often the witness writes the word of a prose ``token`` as a word (no letter or
    hyphen glued to it; a speck glued is no part of it, as the filter leaves it), as the
    token has it: 0 for a token of no letters."""
    word = _WORD_OF_TOKEN_RE.search(token)
    if word is None:
        return 0
    return len(re.findall(rf"(?<![\w\-]){re.escape(word.group())}(?![\w\-])", text))


#: how common (Zipf) a word ending in another must be to show that one a suffix of the language
_EVERYDAY_ENDING = 3.0


@lru_cache(maxsize=256)
def _words_ending_in(word: str, language: str) -> int:
    """How many everyday words of ``language`` (Zipf _EVERYDAY_ENDING) end in ``word`` and are
    longer: an ending words are made with (``-like``: childlike, unlike, alike)."""
    return sum(1 for w, z in zipf_table(language).items()
               if z >= _EVERYDAY_ENDING and len(w) > len(word) and w.endswith(word) and w.isalpha())


def _glued_hyphens(text: str, language: str = "en", debris: int = 0) -> list[Edit]:
    """A hyphen glued before a small-letter word, after a word and a space (``I resolved
    -not to``), in a witness that sets such a hyphen nowhere else (fewer than
    _MIN_EVIDENCE in all) and its dashes as dashes (five dashes at least for each): a
    speck before a word the witness writes on its own elsewhere that is no suffix
    (SUFFIX_FRAGMENTS) and a function word or one that ends fewer than _MIN_EVIDENCE
    everyday words (``-ashamed``), where the witness shows other debris (``debris``: specks
    removed, another such hyphen); else a suggested one (``end in -ing``, ``-like`` name a
    suffix, ``-verbose`` a lone option flag in a clean text)."""
    hits = [m.start() - 1 for m in _WORD_START_HYPHEN_RE.finditer(text)]
    if not hits or len(hits) >= _MIN_EVIDENCE or sum(map(text.count, DASHES)) < _DASHES_PER_LONE_HYPHEN * len(hits):
        return []
    edits = []
    for pos in hits:
        m = _PROSE_TOKEN_RE.match(text, pos + 2)
        if not text[pos - 1:pos].isalpha() and text[pos - 1:pos] not in ",;:":
            continue  # after a word, or its comma: not a list's dash nor a line's start
        if m is None or text[m.end():m.end() + 1] not in _SPACE:
            continue
        word = _WORD_OF_TOKEN_RE.search(m.group())
        written = _written_alone(text, m.group())
        low = word.group().lower() if word else ""
        # (one glued hyphen in a text with no other speck is as likely an option flag, a
        # prefix or suffix named, as the OCR's: only debris elsewhere shows a scan that makes it)
        if debris + len(hits) - 1 and low and low not in SUFFIX_FRAGMENTS and written and (
                low in FUNCTION_WORDS or _words_ending_in(low, language) < _MIN_EVIDENCE):
            # (a word the witness writes on its own, and no suffix: no suffix is named so; a
            # word that ends everyday words, '-like', '-wise', '-hood', may be one named)
            edits.append(Edit(pos + 1, pos + 2, "", RULE_STRAY_GLYPH,
                              f"'-' glued before '{m.group()}', a hyphen this witness sets so nowhere else, "
                              f"before a word it writes x{written} and no suffix: a speck", 0.8))
            continue
        # one hyphen shows no habit: a suffix named (``the suffix -ness``) is set so too
        edits.append(Edit(pos + 1, pos + 2, "", RULE_STRAY_GLYPH,
                          f"uncertain: '-' glued before '{m.group()}', a hyphen this witness sets so nowhere "
                          f"else (a speck, or a suffix named?)", 0.5, applied=False))
    return edits


#: a full stop set apart from a word of two letters or more at a paragraph's or a line's end
#: (the literal first: the engine skips to each stop in C)
def _spacing(habits: "_Habits", counts: tuple[int, int], at: int) -> tuple[int, int, bool]:
    """A mark's (glued, spaced) ``counts`` in the witness, less the one at ``at`` where the
    habits' sample counted it (no evidence of itself), and whether the witness spaces the mark
    on purpose (_SPACED_ON_PURPOSE of them, and two at least: French spacing)."""
    glued, spaced = counts
    spaced = max(0, spaced - (at < len(habits.text)))
    return glued, spaced, spaced >= _SPACED_ON_PURPOSE * (glued + spaced) and spaced >= 2


#: (or from a word and a speck glued to it, removed in the same pass)
_FINAL_SPACED_STOP_RE = re.compile(r"\.(?<=[^\W\d_](?:[^\W\d_]|[" + re.escape(GLUED_SPECKS) + r"]) \.)(?=\n|\Z)")


def _spaced_final_stops(text: str, habits: _Habits) -> list[Edit]:
    """Join to its word a full stop set apart from it at a line's end (``cheerful heart .``
    before a new paragraph), where the witness sets its stops glued (less than a fifth
    spaced). Not after a single letter (``i . e .``), in an ellipsis (``. . .``) nor after an
    e-mail address, a URL or a domain (``support@superh.com .``)."""
    edits = []
    for m in _FINAL_SPACED_STOP_RE.finditer(text):
        glued, spaced, on_purpose = _spacing(habits, habits.mark("."), m.start())
        if on_purpose:
            break
        if _ADDRESS_RE.search(text, max(0, m.start() - 2 - _ADDRESS_REACH), m.start() - 2):
            continue  # an address's stop, set apart so as not to be read as the address's own
        word = text[max(0, m.start() - 20):m.start()].split()[-1]
        edits.append(Edit(m.start() - 1, m.start(), "", RULE_SPACED_PUNCTUATION,
                          f"'.' set apart from '{word}' at a line's end; this witness sets '.' glued x{glued}, "
                          f"spaced x{spaced}", 0.85))
    return edits
