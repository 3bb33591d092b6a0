"""Filter 5: OCR misreadings repaired by closed character-confusion rules, only where the evidence is clear."""

# The filter is repair_misreadings; the package's modules hold its rules by kind. A name
# with a leading underscore is the package's own, shared between its modules, not the
# filter's interface (RULES and repair_misreadings).

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from functools import partial
from typing import Mapping

from variorum.clean.base import CleanContext, Edit
from variorum.clean.context import TextPairs

from variorum.clean.misread.tables import (
    CONTEXT_EVIDENCE, RARE_WORD, RULES, RULE_DIGIT, RULE_DOUBLED, RULE_DROPPED, RULE_EDGE, RULE_SPLIT, WEAK_READING,
)
from variorum.clean.misread.tables import (
    DIGIT_CONFUSIONS, REPEATED_CONFUSIONS, RULE_LETTERS, UNKNOWN_READING_CONFUSIONS, _MISREAD_FROM, _reverse,
    _union,
)
from variorum.clean.misread.vocabulary import _substitutions
from variorum.clean.misread.vocabulary import (
    Vocabulary, _OPENS_WITH_L, _change, _everyday_words, _plain_words, _plainly_written_by_others, _word_split,
)
from variorum.clean.misread.letters import _capital_kept, _case_from_context, _opening, _small_i, _speakable
from variorum.clean.misread.judge import Judge, Verdict
from variorum.clean.misread.places import (
    _Place, _Spans, _bar_tokens, _defined_by, _in_a_notation, _inflected_stem, _in_quoted_speech, _lexicon_fits, _occurrences, _pronoun,
    _pronoun_bigrams, _pronoun_digit, _quotation_runs_on, _without_overlaps, _word_before, _word_hits,
    _written_beside,
)
from variorum.clean.misread.context import (
    _OthersPairs, _confusion_habits, _context_sites, _context_suspects, _faint_suspects,
    _habitual_faint_strokes, _habitual_misreadings, _habitual_readings, _habitual_sites, _in_context,
    _lost_letter_misreadings, _lost_letter_readings, _misreadings_of, _numerals_in_prose, _on_repaired_counts,
    _repaired_elsewhere, _repeated_habitual_misreadings, _rivals_in_compounds, _rivals_in_context, _with_faint_habit,
)
from variorum.clean.misread.glued import _glued, _marks_in_words
from variorum.clean.misread.accents import _specks_over_letters
from variorum.clean.misread.learned import _learned_confusions
from variorum.clean.misread.code import _GuardedSpans, _name_among_names
from variorum.clean.misread.passages import _held_in_other_languages
from variorum.clean.misread.realword import _realword_repairs
from variorum.clean.misread.spaces import (
    _glued_everyday, _lost_space_edits, _lost_space_pairs, _lost_spaces, _piece_span, _repairs_split,
    _split_words, _unknown_once,
)

__all__ = ["RULES", "repair_misreadings"]

#: what each letter (sequence) of a word may be misread as, by a confusion that can make a
#: repeated reading a repeated misreading (_held_by_repaired); digits too ('ORIG1N' written
#: three times is the witness's own until this pass makes 'ORIGIN' as frequent)
_REPEATED_AS = _reverse(_union(REPEATED_CONFUSIONS, DIGIT_CONFUSIONS))
#: o read for a or e, a bowl closed: a weak stroke's vowel a dialect spells too ('ony', 'thot')
_CLOSED_BOWLS = frozenset({("o", "a"), ("o", "e")})


# --------------------------------------------------------------------------- the filter

# Stretches no rule may touch: links, e-mail addresses, code, DOIs, file-like names.
_CODE_SPANS = r"`[^`\n]*`|\]\([^)\s]*\)|<[^>\s]+>"
_SUPERSCRIPT = r"\^\{[^}\n]*\}"
_PROTECTED_RE = re.compile(
    _CODE_SPANS + r"|\b(?:https?|ftp)://\S+|\bwww\.\S+|\S+@\S+\.\w+|\b10\.\d{3,}/\S+|" + _SUPERSCRIPT
)
# The same spans in a text without '@' (no e-mail address can match), written so that
# every alternative opens with a literal character: the engine then jumps from one
# candidate character to the next instead of trying the pattern at every position
# (``\S+@`` and a leading ``\b`` defeat that), ten times faster on a book. Each ``\b``
# before a word character becomes a lookbehind after it.
_DOI = r"1(?<!\w1)0\.\d{3,}/\S+"
_PROTECTED_NO_AT_RE = re.compile(
    _CODE_SPANS + r"|h(?<!\wh)ttps?://\S+|f(?<!\wf)tp://\S+|w(?<!\ww)ww\.\S+|" + _DOI + "|" + _SUPERSCRIPT
)
# The same spans in a text without '@', '://' or 'www.' (most books): no link can match
# there, and its branches open with 'h', 'f' and 'w', letters the engine would stop at
# all through the text to test the lookbehind.
_PROTECTED_NO_LINK_RE = re.compile(_CODE_SPANS + "|" + _DOI + "|" + _SUPERSCRIPT)


def _protected(text: str) -> list[tuple[int, int]]:
    """The stretches no rule may touch, as (start, end)."""
    if "@" in text:
        pattern = _PROTECTED_RE
    elif "://" in text or "www." in text:
        pattern = _PROTECTED_NO_AT_RE
    else:
        pattern = _PROTECTED_NO_LINK_RE
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def repair_misreadings(text: str, ctx: CleanContext) -> list[Edit]:
    """Repair OCR misreadings by closed confusion rules, each edit carrying its evidence.

    Repairs:
    - digits read inside words (``c0mputer``, ``S0 can`` -> ``so can``; a digit no table
      lists, between small letters, only where one letter makes an everyday word the
      edition writes: ``w6re``, or the one word any letter makes, one the witness writes
      (``h6r``, ``chang6``) or in a long reading the lexicon's (``rev6rts``); a stray digit
      before an abbreviation in brackets where the text defines it just before: ``Labor
      Statistics (1BLS)``), letters read inside numbers (``l990``);
    - letter-shape confusions (rn/m, cl/d, li/h, b/h, c/e, vv/w, ii/u, I/l), one stroke lost
      or gained (g/q, h/n, u/v, c/o, z read for s, j for i; ``tne``, ``qood``, ``whjch``); a long reading no
      lexicon knows, one shape from a rarer word that is the only word any confusion
      reaches (``wretcheclness``); a lone ``l`` for the English pronoun; a capital among
      small letters with its small letter's shape (``eaCh``), or of any shape where the
      witness writes the word in small letters (``wiTh``, ``diSciples``); one opening a word
      after a word or prefix of two letters (``inSight``, ``beCame``, a brand's as often)
      only suggested;
    - brackets and punctuation glued between two words (``While(the``, ``end.The``,
      ``sea;I saw``; a comma between an everyday word and a rare one, ``doing,untying``), not in code (``type(x).name``, ``typing.TypeVar``) nor a bracketed
      part of a word (``(re)bind``); a stray capital before a word whose opening letters
      open no word of the language (``Dbest``);
    - a space lost between a word and a function word or pronoun (``heardthe``,
      ``Andwhen``; ``tobe`` only where the witness writes the two words apart three times
      as often), between two everyday words where the witness writes them apart or both are
      among the commonest (``evenaround``), after a possessive or before a capital
      (``David\u2019sson``, ``ofDecember``); an inflected form run into a particle or
      pronoun (``plantsup``), a function word into a long word (``Iabstained``), two of the
      commonest words the witness writes apart as often (``itwill``); where the witness's
      OCR loses spaces, an inflected or derived word run into an everyday one
      (``dreamspresented``, ``quicklyperceived``; not a bare stem's compound,
      ``schoolfellow``) and a capitalised reading no lexicon knows at a sentence's opening
      (``Asuitable``); a space read inside a word where a piece is a fragment (``des
      cend``, ``sh own``) or written only there (``wo man``, ``sit ting``; a capital split
      off a word the witness writes, ``J esus``); a split only suggested where one thin letter lost makes the
      reading a word the witness writes (``amost``: 'almost' as well as 'a most');
    - a letter read twice (``thhe``, even repeated, in one of the commonest words the
      witness writes twenty times as often; three alike in a row, ``possssion``) or lost: a
      thin one (``frends``), a vowel without which no one could say the reading
      (``prtotype``), or any where the witness itself writes the word and no other word is
      as near (``myslf``, ``altred``); in a line of quoted speech, where the reading can be
      said, a lost letter is only suggested (a dialect's 'reglar');
    - a speck read as a mark on one letter (``réturn``, ``Thè``, ``whiçh``): a reading no
      witness and no lexicon knows (or only as its own noise) whose word without the mark
      is known, written there only (see accents._specks_over_letters); a mark where the
      edition writes the word with another (``Renè`` beside ``René``) only suggested;
    - a letter read for another in a pair no table lists (``cbuld``, ``tbok``: b for o), where
      three readings no lexicon knows (or only as its noise, ``nbt``), each twenty times
      rarer in the witness than the word that substitution makes of it, show it, and nothing
      else reaches a word (see learned._learned_confusions).
    A repair is applied only when the reading is not attested (wordfreq, the other
    witnesses, this witness; or the lexicon has it only at the level of its own OCR noise,
    ten thousand times rarer than the repair: ``wilh``) and exactly one repair is; any other
    case is a suggestion (``applied=False``) or nothing.
    On the edition's own evidence (rule misread-context, one confusion of the same tables):
    a reading this witness writes rarely, beside an everyday word it writes twenty times as
    often (or three times, where the lexicon has it a thousand times as often) — a rare
    word ('dav', 'tne') becomes that word; an everyday one (a real-word error, "who arc
    ill") only where the edition writes the repair beside both its neighbours, more often
    than chance, and the reading beside neither anywhere else; a space inside a word the
    witness writes twenty times, where a piece is written nowhere else (``ha th``); a real
    word one confusion from one of the commonest words ('lo' for 'to'), only in a witness
    whose own repairs show the OCR making that confusion (or, for a reading the lexicon has a
    thousand times as rarely, 'ot' for 'of', making any), and where the edition writes the
    common word beside a neighbour of the place (see _habitual_misreadings); in a witness
    whose repairs show the OCR at work, a reading one letter short of an everyday word
    that the lexicon has a thousand times as rarely ('tht', 'whn', 'evr'), where the edition
    writes the word beside the place's neighbours and the reading beside neither elsewhere
    (see _lost_letter_misreadings); a reading the edition's evidence repairs at most of its
    places, at the others too (_repaired_elsewhere); a lower-case roman numeral between
    two small-letter words, where the witness makes that confusion ('iii' for 'in');
    a repair held back only by a rival nearly as likely
    ('the ncw wine': 'new' or 'now'), where the edition writes one of them, and no rival as
    often, beside the place's neighbours (see _rivals_in_context); in a witness whose repairs
    show the OCR at work, a real word one confusion, a letter lost or doubled from an everyday
    word the witness writes twenty times as often, where it writes the word beside both
    neighbours and the reading beside neither elsewhere, and (unless the lexicon has the word
    a thousand times as often) the three words together elsewhere (rule misread-real-word,
    'Jesus sad to': see realword).
    Never touches: attested words (a real word only on that contextual evidence), proper
    names the witness repeats, an author's marks on letters (café, naïve, Zoë, Salêve, a
    passage in French), numbers, links, e-mail addresses, code spans, DOIs, Markdown
    link targets, words another witness spells the same way, spelling variants (a vowel
    for a vowel, z for s: 'shew', 'realize') on frequency alone (a reading no lexicon or
    witness knows, o for a or e one way or the other into exactly one word, is no
    spelling: 'protoctors'; nor is a rare reading written once whose first vowel, a for e
    too, makes a word the witness writes far more often: 'seid', 'thet'); inside a passage in
    another language (a quotation: most of a place's neighbours everyday words of other
    languages, not the witness's), a rewrite into a word of the witness's language is only
    suggested ('hat es' -> 'hates', 'quarum' -> 'quorum': see passages._held_in_other_languages).
    """
    lang = getattr(ctx.settings, "language", "en") or "en"
    vocab = Vocabulary.build(text, ctx.other_texts.values(), lang)
    # (and the places in a file name, a path or an identifier: code.py)
    blocked = _GuardedSpans(_protected(text), text, vocab.own_exact)
    judge = Judge(vocab, letters_applied=_lexicon_fits(vocab))
    # decide once per distinct token, then visit only the occurrences that need a change
    tokens = set(vocab.own_exact)
    if "|" in text:  # a bar inside a word (wor|d): the one token shape the counts split
        tokens.update(_bar_tokens(text))
    # most of a book's distinct words are everyday words the short road passes (no verdict),
    # most of the rest words it passes because another witness writes them so: both set
    # aside at C speed, the rules see the few hundred others
    rest = tokens - _plain_words(lang)
    rest -= _plainly_written_by_others(rest, vocab)
    flagged = {t: v for t in rest if (v := judge.verdict(t)) is not None}
    # (a speck read as a mark over a vowel explains a reading better than any confusion)
    flagged.update(_specks_over_letters(rest, vocab, text))
    flagged.update(_decided_again(flagged, vocab, judge.letters_applied))
    for t, v in list(flagged.items()):
        if v.applied and (stem := _inflected_stem(t, v.after, vocab, flagged)):
            flagged[t] = replace(v, evidence=v.evidence + f"; the witness writes '{stem}': perhaps its "
                                 "own word with an ending", confidence=0.5, applied=False)
    # the witness's confusion habits, as its repairs on evidence of their own show them (not
    # the repairs the habits themselves then make: no rule is evidence for itself)
    habits = _confusion_habits(flagged)
    flagged.update(_repeated_habitual_misreadings(rest, flagged, judge, habits))
    flagged.update(_habitual_faint_strokes(rest, flagged, judge, habits))
    # (a substitution no table lists, where the witness's own unknown readings show it)
    flagged.update(_learned_confusions(rest, flagged, vocab))
    # (how often the OCR read a letter twice in readings no lexicon knows: Oppresssed, Governmennt)
    doubling = sum(v.applied and v.rule == RULE_DOUBLED and not v.dialect and vocab.zipf(t) < WEAK_READING
                   for t, v in flagged.items())
    # (how often it read o for a or e, a bowl closed, in readings no lexicon knows: vorieties,
    # sevoral; held ones too, 'foith' between 'faith' and 'forth': a string no one spells is
    # the OCR's whichever word it was, and a closed bowl its likeliest reading)
    bowls = Counter(_change(t.lower(), v.after.lower()) for t, v in flagged.items()
                    if v.rule == RULE_LETTERS and not v.dialect and t.isalpha()
                    and vocab.zipf(t) < WEAK_READING and len(t) == len(v.after))
    if lang == "en":
        flagged.pop("l", None)
    # (sentence_start repairs only into an everyday word: the few tokens whose I-reading is
    # one are asked, where a thousand words a book open with l)
    everyday = _everyday_words(lang)
    starts = {t: v for t in filter(_OPENS_WITH_L, tokens)
              if t not in flagged and "i" + t[1:] in everyday and (v := judge.sentence_start(t)) is not None}
    edits: list[Edit] = []
    skip = {t for t, v in flagged.items() if v.applied}
    suspects = _context_suspects(vocab, skip)
    for t in [t for t, words in suspects.items() if (v := flagged.get(t)) and v.rivals and not v.applied
              and _unweighed_rival(t, v, words, vocab)]:
        # a reading the judge holds between repairs one of which is by a confusion the context
        # rule does not weigh ('wonld': 'would', an arch closed, or 'world', an arm lost): the
        # neighbours weigh them all (_rivals_in_context), not the context rule only some
        del suspects[t]
    faint = _faint_suspects(vocab, habits, skip, suspects)
    suspects.update(faint)
    # (a faint stroke's reading the lexicon knows as a word, not as its noise, only on context: 'yon')
    faint_words = {t for t in faint if vocab.zipf(t) >= RARE_WORD}
    suspected: list[_Place] = []
    # (the everyday words of the lexicon the short road passes are no lost space, but for
    # the few two function words run together it counts as OCR noise: 'ofthe')
    lost = _lost_spaces((rest | (tokens & _glued_everyday(lang))) - flagged.keys() - starts.keys() - suspects.keys(),
                        vocab)
    wanted = {*flagged, *starts, *suspects, *lost, *(("l", "1") if lang == "en" else ())}
    taken = {t for t, v in flagged.items() if v.applied} | set(starts)
    readings = _habitual_readings(vocab, habits, taken)
    # (a witness whose repairs show the OCR at work may have lost a letter of the commonest words)
    lost_letters = (_lost_letter_readings(vocab, taken | (wanted - flagged.keys()) | readings.keys())
                    if habits.total() >= CONTEXT_EVIDENCE else {})
    # (one pass over the words finds the places of these tokens and of the habit rules'
    # readings, and the once-written words the split rule asks about: _split_words)
    asked = wanted | readings.keys() | lost_letters.keys()
    unknown = _unknown_once(vocab)
    parts = _word_split(text)
    hits = _word_hits(text, asked | unknown)
    places = [m for m in _occurrences(text, asked, [k for k in hits if parts[k] in asked])
              if not blocked.hit(m.start, m.end)]
    i_next: Counter[str] | None = None
    lost_places: list[_Place] = []
    ones: list[_Place] = []  # (a lone '1' before a reading that may lose its space: decided after the splits)
    for m in places:
        token = m.token
        if token not in wanted:
            continue
        if token in lost:
            lost_places.append(m)
            continue
        if token in suspects:
            suspected.append(m)
            if token not in flagged and token not in starts:
                continue
        if token in starts:
            if _opening(text, m.start):
                v = starts[token]
                edits.append(Edit(m.start, m.end, v.after, v.rule, v.evidence, v.confidence, True))
            continue
        if token == "l":
            edit = _pronoun(text, m.start, m.end)
            if edit:
                edits.append(edit)
            continue
        if token == "1":
            if i_next is None:
                i_next = _pronoun_bigrams(text, ctx.other_texts.values())
            edit = _pronoun_digit(text, m.start, m.end, i_next)
            if edit:
                edits.append(edit)
            elif lost:
                ones.append(m)
            continue
        verdict = flagged[token]
        if verdict.name_hold and (opening := _opening(text, m.start)):
            verdict = replace(verdict, evidence=verdict.evidence.replace(
                "; capitalised, perhaps a name", f"; capitalised as {opening} first word"),
                confidence=0.8, applied=True, name_hold=False)
        verdict = _name_among_names(text, m.start, m.end, verdict, vocab)
        verdict = _at_place(text, m, verdict, vocab, lang, doubling, bowls, flagged)
        after, evidence = verdict.after, verdict.evidence
        if verdict.rule == RULE_EDGE and token[0].isupper() and _capital_kept(text, m.start):
            after = after[:1].upper() + after[1:]
        if token[0] == "l" and after[0] == "I":
            after, why = _small_i(text, m.start, after, vocab)
            if why:
                evidence += f"; {why}"
        if verdict.rule == RULE_DIGIT and _in_a_notation(text, m.start, m.end):
            continue  # (an amount: '1s. 4d.', '6d.' beside '4d.'; no word misread)
        if verdict.rule == RULE_DIGIT:
            after, why = _case_from_context(text, m.start, m.end, after, vocab)
            if why:
                evidence += f"; {why}"
            if not verdict.applied and (name := _defined_by(text, m.start, m.end, after)):
                # the text's own definition of the abbreviation attests it, the digit not
                verdict = replace(verdict, confidence=0.8, applied=True)
                evidence += f"; the abbreviation of '{name}', which the text writes before it"
        if after != token:
            edits.append(Edit(m.start, m.end, after, verdict.rule, evidence,
                              verdict.confidence, verdict.applied))
    # the context rules count pairs in the text as the repairs before them leave it, the
    # neighbours read as repaired: a second pass then finds the same evidence (idempotence)
    repaired = {t: v.after for t, v in flagged.items() if v.applied}
    applied = [e for e in edits if e.applied] if suspected or habits else []
    context_sites, context_pairs = (_context_sites(text, vocab, suspected, suspects, repaired, faint_words)
                                    if suspected else ([], set()))
    habit_sites, habit_pairs = (_habitual_sites(text, [m for m in places if m.token in readings], readings, repaired)
                                if habits else ([], set()))
    letter_sites, letter_pairs = (_habitual_sites(text, [m for m in places if m.token in lost_letters],
                                                  lost_letters, repaired) if lost_letters else ([], set()))
    # the pairs the rules ask about, counted in one pass over the text as repaired
    lost_pairs = _lost_space_pairs(lost)
    # (each round counts again only around its repairs; the whole text from its word split)
    own_pairs = TextPairs(text, parts)
    in_counted = own_pairs.of(context_pairs | habit_pairs | letter_pairs | lost_pairs, applied)
    if suspected:
        others_pairs = _OthersPairs(ctx.other_texts.values())
        found = {(e.start, e.end): e for e in _in_context(
            vocab, others_pairs, context_sites, context_pairs, in_counted, judge.letters_applied)}
        # a repair on the edition's evidence adds the pairs a second pass would count for
        # another place ('are ot' read 'are of' is evidence for 'arc of'): decided again on
        # the text as these repairs leave it, each place decided once, until none is added
        # (and the witness's counts, which make the suspects: 'arc' beside 'are' forty times)
        for _ in range(_CONTEXT_ROUNDS):
            done = [e for e in found.values() if e.applied]
            if not done:
                break
            changes = _without_overlaps(sorted(applied + done, key=lambda e: (e.start, e.end)))
            vocab_k = vocab.recounted((text[e.start:e.end], e.replacement) for e in changes)
            # (the readings whose suspicion the repairs can change: those they repaired, and
            # the misreadings of the words they made; the others' stands)
            touched = {text[e.start:e.end].lower() for e in changes}.union(
                *(_misreadings_of(e.replacement.lower()) for e in changes))
            suspects_k = {t: w for t, w in suspects.items() if t.lower() not in touched and vocab_k.own_exact[t]}
            suspects_k.update(_context_suspects(vocab_k, skip, touched))
            decided = {(e.start, e.end) for e in done}
            new = suspects_k.keys() - suspects.keys()
            places_k = [m for m in suspected if m.token in suspects_k] + (
                [m for m in _occurrences(text, new) if not blocked.hit(m.start, m.end)] if new else [])
            places_k = sorted((m for m in places_k if (m.start, m.end) not in decided), key=lambda m: m.start)
            # (a neighbour this pass repaired at its place is read as repaired, as a second pass reads it)
            sites_k, pairs_k = _context_sites(text, vocab_k, places_k, suspects_k, repaired, faint_words,
                                              {(e.start, e.end): e.replacement for e in done})
            recounted = own_pairs.of(pairs_k, changes)
            added = {(e.start, e.end): e for e in _in_context(
                vocab_k, others_pairs, sites_k, pairs_k, recounted, judge.letters_applied)
                if e.applied}
            if not added:
                break
            found.update(added)
        # an applied repair on the edition's evidence replaces a suggestion at the same place
        edits = [found.pop((e.start, e.end)) if found.get((e.start, e.end), e).applied > e.applied else e
                 for e in edits]
        edits.extend(found.values())
        if faint:
            edits = [_with_faint_habit(e, text, faint, habits) for e in edits]
    if habits:
        made = {(e.start, e.end) for e in edits}
        habitual = {(e.start, e.end): e for e in _habitual_misreadings(vocab, habits, readings, habit_sites, in_counted,
                                                                       judge.letters_applied)
                    if (e.start, e.end) not in made}
        # a repair leaves its reading beside its neighbours fewer times ('that lie' twice, once
        # made 'that he', is 'that lie' once): the reading's other places decided again on the
        # pairs the repairs leave, as a second pass counts them, until none is added
        for _ in range(_CONTEXT_ROUNDS):
            done = [e for e in habitual.values() if e.applied]
            # (only the readings repaired somewhere: the others' pairs are as counted, and a
            # book's other open places are many)
            read = {text[e.start:e.end] for e in done}
            open_sites = [s for s in habit_sites if s[0].token in read and (s[0].start, s[0].end) not in made
                          and not getattr(habitual.get((s[0].start, s[0].end)), "applied", False)]
            if not open_sites:
                break
            counted = own_pairs.of(habit_pairs, _without_overlaps(sorted(
                [e for e in edits if e.applied] + done, key=lambda e: (e.start, e.end))))
            added = {(e.start, e.end): e for e in _habitual_misreadings(vocab, habits, readings, open_sites, counted,
                                                                        judge.letters_applied) if e.applied}
            if not added:
                break
            habitual.update(added)
        edits.extend(habitual.values())
    if habit_sites:
        numerals = {(e.start, e.end): e for e in _numerals_in_prose(vocab, habits, readings, habit_sites, in_counted,
                                                                   judge.letters_applied, text)}
        edits = [numerals.pop((e.start, e.end), e) if not e.applied else e for e in edits]
        edits.extend(e for e in numerals.values() if not any(x.start < e.end and e.start < x.end for x in edits))
        # (a reading repaired at most of its places: the others too, where nothing speaks against it)
        alike = {(e.start, e.end): e for e in _repaired_elsewhere(vocab, readings, habit_sites, edits, in_counted,
                                                                 judge.letters_applied)}
        edits = [alike.pop((e.start, e.end), e) if not e.applied else e for e in edits]
        edits.extend(alike.values())
    if letter_sites:
        # (an applied repair replaces the letter rules' suggestion at the same place)
        lettered = {(e.start, e.end): e for e in _lost_letter_misreadings(
            vocab, habits, lost_letters, letter_sites, in_counted, judge.letters_applied)}
        edits = [lettered.pop((e.start, e.end)) if lettered.get((e.start, e.end), e).applied > e.applied else e
                 for e in edits]
        made = {(e.start, e.end) for e in edits}
        edits.extend(e for e in lettered.values() if (e.start, e.end) not in made)
    # (a dialect's spelling there decided at each place as above, on the counts the repairs leave)
    placed = partial(_at_place, text, lang=lang, doubling=doubling, bowls=bowls, flagged=flagged)
    edits = _on_repaired_counts(text, vocab, edits, blocked, judge.letters_applied, repaired, own_pairs, placed)
    rivalled = {t: v for t, v in flagged.items() if v.rivals and not v.applied}
    if rivalled:
        # (a suggestion held back only by a rival: the place's neighbours may decide it)
        decided = _rivals_in_context(text, vocab, edits, rivalled, repaired, judge.letters_applied, own_pairs)
        edits = [decided.get((e.start, e.end), e) for e in edits]
        compounds = _rivals_in_compounds(text, edits, rivalled, judge.letters_applied)
        edits = [compounds.get((e.start, e.end), e) for e in edits]
    if habits.total() >= CONTEXT_EVIDENCE:
        # (a real word read for another: only in a witness whose repairs show the OCR at work)
        edits.extend(_realword_repairs(text, vocab, edits, blocked, own_pairs, repaired, judge.letters_applied))
    split = _lost_space_edits(text, lost, lost_places, vocab, in_counted, judge.letters_applied)
    edits.extend(split)
    if ones and split and i_next is not None:
        # (a lone '1' before 'willnever' is judged by 'will', as a second pass reads it)
        edits.extend(_pronoun_before_splits(text, ones, split, i_next))
    edits = _split_where_the_repair_splits(text, edits, split, flagged, lost_places, vocab, in_counted, blocked,
                                           judge.letters_applied)
    # (a repair into two words run together, 'mayriot' -> 'maynot', splits now, not on a second pass)
    edits = _repairs_split(text, edits, vocab, lang, judge.letters_applied, own_pairs)
    edits.extend(_glued(text, vocab, blocked))
    edits.extend(_marks_in_words(text, vocab, blocked))
    splits = _split_words(text, vocab, blocked, judge.letters_applied, [k for k in hits if parts[k] in unknown])
    if splits:
        # a split word is read whole ('gri ef' -> 'grief'): no repair of either piece on
        # its own ('ef' -> 'of') may go with it
        pieces = _Spans([_piece_span(text, e.start) for e in splits if e.applied])
        edits = [e for e in edits if not pieces.hit(e.start, max(e.end, e.start + 1))]
        edits.extend(splits)
    edits = _splits_of_repaired_pieces(text, edits, vocab, judge.letters_applied)
    edits.sort(key=lambda e: (e.start, e.end))
    out: list[Edit] = []
    for e in edits:
        if not out or e.start >= out[-1].end:
            out.append(e)
    # (the rules read the witness's language: inside a quotation in another, a rewrite is a guess)
    return _held_in_other_languages(text, out, vocab)


def _at_place(text: str, m: _Place, verdict: Verdict, vocab: Vocabulary, lang: str, doubling: int,
              bowls: Counter[tuple[str, str]], flagged: Mapping[str, Verdict]) -> Verdict:
    """``verdict`` on the token at ``m`` as its place decides it: a dropped letter's or a
    dialect's spelling is held in quoted speech and, outside it, where the witness's use of
    the repair reaches neither neighbour; a doubled vowel or a closed bowl written once is no
    dialect where the witness's OCR shows that habit (``doubling``; ``bowls``, o read for a
    and for e counted together)."""
    token = m.token
    if verdict.applied and ((verdict.rule == RULE_DROPPED and _speakable(token, lang)) or verdict.dialect) \
            and _in_quoted_speech(text, m.start) and not _quotation_runs_on(text, m.start):
        # a character's speech is where an author spells as people speak ('reglar', 'genlemen',
        # 'thet'; not 'myslf', which no one says; nor a tale told in quotation marks)
        verdict = replace(verdict, evidence=verdict.evidence + "; in quoted speech, where an author "
                          "may write a dialect's spelling", confidence=0.5, applied=False)
    if verdict.applied and verdict.dialect and verdict.rule == RULE_DOUBLED and doubling >= CONTEXT_EVIDENCE \
            and vocab.own_exact[token] == 1:
        # (a vowel doubled, an old spelling too, but an old spelling is written more than
        # once, and this witness's OCR read letters twice in readings no one spells)
        verdict = replace(verdict, evidence=verdict.evidence + f"; this witness's OCR read a letter twice in "
                          f"{doubling} readings no lexicon knows", dialect=False)
    if verdict.applied and verdict.dialect and verdict.rule == RULE_LETTERS and vocab.own_exact[token] == 1 \
            and (bowl := _change(token.lower(), verdict.after.lower())) in _CLOSED_BOWLS \
            and (closed := sum(bowls[b] for b in _CLOSED_BOWLS)) >= CONTEXT_EVIDENCE:
        # (o for a or e, a dialect's spelling too ('ony', 'woy'), but a dialect writes its word
        # more than once, and this witness's OCR closed bowls in readings no one spells: an
        # a's or an e's, one stroke's habit, 'sevoral' as much as 'vorieties')
        verdict = replace(verdict, evidence=verdict.evidence + f"; this witness's OCR read '{bowl[0]}' for "
                          f"'{bowl[1]}', or closed another bowl, in {closed} readings no lexicon knows", dialect=False)
    if verdict.applied and verdict.dialect and verdict.habit_only:
        # (a word the lexicon knows, if rarely: the author's as likely, where the OCR shows no habit)
        verdict = replace(verdict, evidence=verdict.evidence + "; a word the lexicon knows, and this witness's "
                          "OCR shows no habit of closed bowls", confidence=0.5, applied=False)
    if verdict.applied and verdict.dialect and not _written_beside(text, m.start, m.end, verdict.after, flagged):
        # an old or a dialect spelling outside quotation marks ('Whan that Aprille', 'mony
        # a time') is as likely as the OCR's: the witness's use must reach the place itself
        verdict = replace(verdict, evidence=verdict.evidence + f"; '{verdict.after}' is written beside "
                          "neither of this place's neighbours, where an old or a dialect spelling may "
                          "stand", confidence=0.5, applied=False)
    return verdict


def _unweighed_rival(token: str, verdict: Verdict, words: tuple[str, ...], vocab: Vocabulary) -> bool:
    """Whether a repair the judge weighs for ``token`` (its choice or a rival) is one
    confusion away that the context rule cannot reach, a confusion of no table of its own
    (_MISREAD_FROM: the faint strokes make real words), though this witness writes it
    CONTEXT_EVIDENCE times."""
    reached = {w.lower() for w in words} | {w.lower() for w in _substitutions(token, _MISREAD_FROM, 1)}
    one = {w.lower() for w in _substitutions(token, UNKNOWN_READING_CONFUSIONS, 1)}
    return any(w.lower() in one and w.lower() not in reached and vocab.own[w.lower()] >= CONTEXT_EVIDENCE
               for w in (verdict.after, *verdict.rivals))


_DECIDE_AGAIN_ROUNDS = 3


def _decided_again(flagged: Mapping[str, Verdict], vocab: Vocabulary, letters_applied: bool) -> dict[str, Verdict]:
    """The repairs a second cleaning would add: a letter is put back into (or a doubled one
    taken from) a word as often as the witness writes it (_letter_lost_from_own_word), and
    this pass's repairs make it write the word more often ('rnyself' -> 'myself' makes
    'myslf' a word it writes short of a letter), or write a rival less ('cnrsed' -> 'cursed'
    leaves 'nrsed' one rival short: 'nursed'). The readings one letter short of a repair or
    of the reading it repairs, or one letter doubled, are decided again on the counts the
    repairs leave, until no repair is added; those applied are returned."""
    added: dict[str, Verdict] = {}
    current = dict(flagged)
    for _ in range(_DECIDE_AGAIN_ROUNDS):
        repairs = {t: v.after for t, v in current.items() if v.applied}
        near: set[str] = set()
        for word in {w.lower() for w in repairs.values()} | {t.lower() for t in repairs}:
            near.update(word[:i] + word[i + 1:] for i in range(len(word)))
            near.update(word[:i] + word[i] + word[i:] for i in range(len(word)))
        readings = [t for t in vocab.own_exact if t.lower() in near and not (t in current and current[t].applied)]
        readings += _held_by_repaired(current, repairs, vocab)
        if not readings:
            break
        judge = Judge(vocab.recounted((t, after) for t, after in repairs.items()
                                      for _ in range(vocab.own_exact[t])), letters_applied)
        new = {t: v for t in readings if (v := judge.verdict(t)) is not None and v.applied}
        if not new:
            break
        added.update(new)
        current.update(new)
    return added


def _pronoun_before_splits(text: str, ones: list[_Place], split: list[Edit], i_next: Counter[str]) -> list[Edit]:
    """The lone ``1``s of ``ones`` read as the pronoun where the word after them is the
    first piece of a reading an applied edit of ``split`` splits."""
    spaces = sorted(e.start for e in split if e.applied)
    out = []
    for m in ones:
        word = re.match(r" [a-z]+\b", text[m.end:m.end + 60])
        if word is None:
            continue
        end = m.end + word.end()
        k = bisect_right(spaces, end - 1) - 1
        if k < 0 or spaces[k] <= m.end + 1:
            continue
        edit = _pronoun_digit(text[:spaces[k]] + " ", m.start, m.end, i_next)
        if edit:
            out.append(edit)
    return out


#: a word of letters only, on one line: a piece the split rule may join
_PIECE_RE = re.compile(r"[^\W\d_]+")


def _splits_of_repaired_pieces(text: str, edits: list[Edit], vocab: Vocabulary, apply: bool) -> list[Edit]:
    """``edits`` with a repaired word and the word beside it joined where the split rule
    joins them as repaired ('pouI try': 'poul' is a fragment of 'poultry'), one edit for
    the two pieces in place of the repair: a second cleaning, reading the repair, would
    join them (_split_words decided on the pieces as read)."""
    repairs = [e for e in edits if e.applied and _PIECE_RE.fullmatch(e.replacement)
               and _PIECE_RE.fullmatch(text, e.start, e.end)]
    if not repairs:
        return edits
    # each repair with the words either side, as the repairs leave it, the windows set apart
    # by blank lines and split together in one pass
    windows, parts = [], []
    at = 0
    for e in repairs:
        left = _PIECE_RE.fullmatch(text, e.start - 1 - len(_word_before(text, e.start - 1)), e.start - 1) \
            if text[e.start - 1:e.start] == " " else None
        right = _PIECE_RE.match(text, e.end + 1) if text[e.end:e.end + 1] == " " else None
        if left is None and right is None:
            continue
        pieces = ([left.group()] if left else []) + [e.replacement] + ([right.group()] if right else [])
        window = " ".join(pieces)
        windows.append(window)
        parts.append((at, e, left.start() if left else e.start, len(left.group()) if left else -1, right))
        at += len(window) + 2
    if not windows:
        return edits
    joined_text = "\n\n".join(windows)
    # (the counts as a second pass finds them: the repairs made, the pieces this pass joins gone)
    joins = [(_word_before(text, e.start), m.group()) for e in edits
             if e.applied and e.rule == RULE_SPLIT and e.end == e.start + 1 and (m := _PIECE_RE.match(text, e.end))]
    recounted = vocab.recounted([(text[e.start:e.end], e.replacement) for e in repairs]
                                + [(a, a + b) for a, b in joins] + [(b, "") for a, b in joins])
    found = [j for j in _split_words(joined_text, recounted, _Spans([]), apply) if j.applied]
    if not found:
        return edits
    starts = [p[0] for p in parts]
    gone, made = set(), []
    for j in found:
        at, e, origin, left_len, right = parts[bisect_right(starts, j.start) - 1]
        space = j.start - at
        if left_len >= 0 and space == left_len:  # (the left word and the repair)
            start, end = origin, e.end
            replacement = text[origin:e.start - 1] + e.replacement
        elif space == (left_len + 1 if left_len >= 0 else 0) + len(e.replacement) and right is not None:
            start, end = e.start, right.end()
            replacement = e.replacement + right.group()
        else:
            continue
        # (no other edit in the pieces: the repair's own is replaced)
        others = [x for x in edits if x is not e and x.start < end and start < x.end]
        if others or (e.start, e.end) in gone:
            continue
        gone.add((e.start, e.end))
        made.append(Edit(start, end, replacement, j.rule,
                         f"{j.evidence}; '{text[e.start:e.end]}' read as '{e.replacement}' ({e.rule})",
                         min(j.confidence, e.confidence), True))
    if not made:
        return edits
    # (a span in ``gone`` is its repair's alone: an edit beside it in the pieces stopped the join)
    return [x for x in edits if (x.start, x.end) not in gone] + made


def _split_where_the_repair_splits(text: str, edits: list[Edit], split: list[Edit], flagged: Mapping[str, Verdict],
                                   lost_places: list[_Place], vocab: Vocabulary, pairs: Counter[tuple[str, str]],
                                   blocked: _Spans, apply: bool) -> list[Edit]:
    """``edits`` with the readings suggested into a reading this pass splits ('somay' as
    'somany', itself 'so many') weighed as lost spaces themselves: their suggestion stood on
    a word the witness writes only as a misreading, and a second cleaning, which no longer
    finds it, would split them. Where one splits, the suggestion there goes."""
    gone = {m.token.lower() for m in _places_split(lost_places, split)}
    released = {t for t, v in flagged.items() if not v.applied and v.after.lower() in gone}
    again = _lost_spaces(released, vocab) if released else {}
    if not again:
        return edits
    places = [m for m in _occurrences(text, again) if not blocked.hit(m.start, m.end)]
    more = [e for e in _lost_space_edits(text, again, places, vocab, pairs, apply) if e.applied]
    cut = {(m.start, m.end) for m in _places_split(places, more)}
    return [e for e in edits if (e.start, e.end) not in cut or e.applied] + more


def _places_split(places: list[_Place], split: list[Edit]) -> list[_Place]:
    """The ``places`` (in document order, apart) an applied edit of ``split`` puts a space inside."""
    starts = [m.start for m in places]
    out = []
    for e in split:
        k = bisect_right(starts, e.start) - 1
        if e.applied and k >= 0 and places[k].start < e.start < places[k].end:
            out.append(places[k])
    return out


def _held_by_repaired(current: Mapping[str, Verdict], repairs: Mapping[str, str], vocab: Vocabulary) -> list[str]:
    """The readings suggested, not applied, into a word this pass's repairs make or a reading
    they repair, and those the witness repeats one confusion from a word they make: their
    evidence, the witness's count of that word, is what the repairs change ('ORIG1N' ->
    'ORIGIN' makes 'ORIGIN' a name the witness writes twice, so 'ORlGIN' is no unknown name,
    nor, written twice, the witness's own; 'nof' -> 'not' leaves 'riof' no word 'nof' the
    witness writes, so 'riot' is its repair): a second cleaning would decide them on the
    repaired counts."""
    made = {w.lower() for w in repairs.values()} | {t.lower() for t in repairs}
    held = [t for t, v in current.items() if not v.applied and t not in repairs and v.after.lower() in made]
    # (what the words made may be misread as, by set operations: few are written at all)
    misread = set().union(*(_substitutions(w, _REPEATED_AS, 1).keys() for w in set(repairs.values())))
    return held + [t for t in misread & vocab.own_exact.keys() if vocab.own_exact[t] > 1 and t not in current]


#: how many times the context rule decides again on the text its repairs leave (one
#: repair's pairs rarely make another's evidence, and that one's a third's)
_CONTEXT_ROUNDS = 3
