"""The misreading filter's faster forms answer as the plain forms they replace."""

from __future__ import annotations

from itertools import takewhile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from variorum.clean import misread
from variorum.clean.context import count_pairs
from variorum.clean.lexicon import frequency_buckets, zipf_table
from variorum.clean.misread.tables import COMMON


def _onsets_word_by_word(lang: str) -> dict[str, float]:
    """The plain form: every word of the lexicon visited, its frequency added to its opening pair's."""
    shares: dict[str, float] = {}
    total = 0.0
    for i, bucket in enumerate(frequency_buckets(lang)):
        freq = 10 ** (-i / 100)
        for word in bucket:
            if len(word) >= 3 and word.isalpha():
                shares[word[:2]] = shares.get(word[:2], 0.0) + freq
                total += freq
    return {k: v / total for k, v in shares.items()} if total else {}


def test_lexicon_buckets_are_sorted() -> None:
    # (_onset_share finds a pair's words by bisection)
    assert all(list(b) == sorted(b) for b in frequency_buckets("en"))


def test_onset_share_is_the_word_by_word_share() -> None:
    table = _onsets_word_by_word("en")
    assert misread.judge._onset_total("en") > 0
    for pair, share in table.items():
        assert misread.judge._onset_share(pair, "en") == share, pair
    for pair in ("db", "tl", "vr", "zq", "q", "abc", "a1", "1a", "'t", "\u0130x", "\U0010ffffa", "a\U0010ffff"):
        assert misread.judge._onset_share(pair, "en") == table.get(pair, 0.0), pair


def test_onset_share_without_a_lexicon() -> None:
    assert misread.judge._onset_share("th", "xx-no-such-language") == 1.0


def _known_somewhere(judge: misread.judge.Judge, word: str) -> bool:
    """The plain form: whether the lexicon, this witness or another has ``word``, or it has a digit."""
    low = word.lower()
    return (low.replace("\u2019", "'") in judge.lexicon or low in judge.vocab.own or low in judge.vocab.others_words
            or misread.judge._digit_in_word(low))


def test_known_among_is_known_somewhere_without_digits() -> None:
    text = "The rnan sat by the Fire and saw Tyndale's hym, vnto him; don\u2019t 4ever zzq"
    vocab = misread.vocabulary.Vocabulary.build(text, ["sayde the man unto hym", "Qwertyz went"], "en")
    judge = misread.judge.Judge(vocab)
    words = ["man", "Man", "MAN", "rnan", "hym", "Hym", "sayde", "SAYDE", "qwertyz", "don\u2019t", "Don\u2019t",
             "don't", "won\u2019t", "zzq", "zzq\u2019s", "4ever", "c0mputer", "wor|d", "", "\u0130stanbul", "fire"]
    known = judge._known_among(words)
    for w in words:
        # (_choose sets a candidate with a digit aside whatever the lookup says)
        if not misread.judge._digit_in_word(w):
            assert (w.lower() in known) == _known_somewhere(judge, w), w


_AMONG = ["man", "Man", "rnan", "hym", "sayde", "qwertyz", "don\u2019t", "won\u2019t", "zzq", "zzq\u2019s", "fire", "vnto"]


@given(st.sets(st.sampled_from(_AMONG)))
def test_known_among_a_few_words_is_each_known_somewhere(words) -> None:
    # (sets with no known word at all take the short road)
    vocab = misread.vocabulary.Vocabulary.build("The rnan sat by the Fire and saw hym, vnto him; don\u2019t zzq",
                                     ["sayde the man unto hym", "Qwertyz went"], "en")
    judge = misread.judge.Judge(vocab)
    assert judge._known_among(words) == {w.lower() for w in words if _known_somewhere(judge, w)}


def test_strong_words_are_the_lexicon_s_words_of_zipf_common_plus_one() -> None:
    table = zipf_table("en")
    assert misread.judge._strong_words("en") == {w for w, z in table.items() if z >= COMMON + 1}


@given(st.text(alphabet="abdeghilnorstuy", min_size=3, max_size=8))
def test_a_reading_s_thin_letter_or_double_reaches_a_strong_word_where_the_small_sets_say(low) -> None:
    # (_letter_doubled_or_dropped's short road: no candidate in _strong_words nor another
    # witness's words is no candidate _score gives COMMON + 1)
    vocab = misread.vocabulary.Vocabulary.build("The rnan sat by the Fire and saw hym, vnto him; thhe end",
                                                ["sayde the man unto hym", "Qwertyz went, bretherin"], "en")
    judge = misread.judge.Judge(vocab)
    near = {low[:i] + low[i + 1:] for i in range(1, len(low)) if low[i] == low[i - 1]} | {
        low[:i] + c + low[i:] for i in range(len(low) + 1) for c in misread.letters._THIN_LETTERS}
    short = misread.judge._strong_words("en").isdisjoint(near) and vocab.others_words.isdisjoint(near)
    assert short == all(judge._score(w) < COMMON + 1 for w in judge._known_among(near))


def test_shortened_words_are_every_everyday_word_with_a_letter_dropped() -> None:
    plain = [(word[:i] + word[i + 1:], word, zipf)
             for word, zipf in takewhile(lambda wz: wz[1] >= misread.context.LOST_LETTER_WORD, zipf_table("en").items())
             if word.isalpha() and len(word) - 1 >= misread.context.LOST_LETTER_SHORTEST for i in range(len(word))]
    assert plain and list(misread.context._shortened_words("en", misread.context.LOST_LETTER_WORD, misread.context.LOST_LETTER_SHORTEST)) == plain



def test_substitutions_refuse_more_than_two() -> None:
    # (the fast form makes one or two; tests/clean/test_misread.py compares it with a recursive formulation)
    with pytest.raises(ValueError):
        misread.vocabulary._substitutions("word", misread.tables.LETTER_CONFUSIONS, 3)


def _context_suspects_from_frequent_words(vocab: misread.vocabulary.Vocabulary, skip: set[str]) -> dict[str, tuple[str, ...]]:
    """The plain form: every word written three times misread every way, the readings the witness writes kept."""
    by_reading: dict[str, list[str]] = {}
    own = vocab.own
    for word, n in takewhile(lambda wn: wn[1] >= misread.tables.CONTEXT_EVIDENCE, own.most_common()):
        if not word.isalpha():
            continue
        zipf = vocab.zipf(word)
        if zipf < misread.tables.COMMON:
            continue
        for wrong in filter(own.__contains__, misread.context._misreadings_of(word)):
            here = own[wrong]
            if (here * misread.tables.CONTEXT_DOMINANCE <= n or (
                    here * misread.tables.CONTEXT_EVIDENCE <= n and zipf - vocab.zipf(wrong) >= misread.tables.DOMINANCE)):
                by_reading.setdefault(wrong, []).append(word)
    out: dict[str, tuple[str, ...]] = {}
    for low, words in by_reading.items():
        if vocab.others[low]:
            continue
        for token in dict.fromkeys((low, low[:1].upper() + low[1:])):
            n = vocab.own_exact[token]
            if not n or token in skip or (n > 1 and token != low):
                continue
            out[token] = tuple(misread.vocabulary._same_case(w, token) for w in words)
    return out


_SUSPECT_WORDS = ["are", "arc", "the", "tne", "thc", "he", "be", "bo", "hut", "but", "and", "aud", "one", "onc", "Onc",
                  "was", "vvas", "wos", "tho", "when", "wben", "then", "tben", "Tben", "their", "tbeir", "caf\u00e9",
                  "don't", "x1", "I", "l", "modern", "rnodern", "day", "dav", "clay", "Clay", "dog", "bog"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SUSPECT_WORDS), st.integers(1, 70)), max_size=14),
       st.lists(st.sampled_from(_SUSPECT_WORDS), max_size=6), st.sets(st.sampled_from(_SUSPECT_WORDS), max_size=3))
def test_context_suspects_are_those_of_every_frequent_word(counts, other_words, skip):
    text = " ".join(w for w, n in counts for _ in range(n))
    vocab = misread.vocabulary.Vocabulary.build(text, [" ".join(other_words)], "en")
    assert misread.context._context_suspects(vocab, skip) == _context_suspects_from_frequent_words(vocab, skip)


def test_context_suspects_of_a_book_page() -> None:
    text = ("who are ill and who arc well; the tne thc then tben. " * 25 + "Tben the dav was over, the day. "
            + "the day " * 40 + "he be bo hut but " * 30 + "one onc Onc ")
    for others in ([], ["the arc of it"], ["tne"]):
        vocab = misread.vocabulary.Vocabulary.build(text, others, "en")
        for skip in (set(), {"arc"}):
            assert misread.context._context_suspects(vocab, skip) == _context_suspects_from_frequent_words(vocab, skip)


@pytest.mark.parametrize("text", ["but " * 30 + "nut " * 30 + "hut", "nut " * 30 + "but " * 30 + "hut",
                                  "nut " * 31 + "but " * 30 + "hut", "but " * 30 + "nut " * 31 + "hut"])
def test_context_suspects_ranked_as_most_common(text) -> None:
    # a reading two frequent words explain: ties in count in the order first written
    vocab = misread.vocabulary.Vocabulary.build(text, [], "en")
    assert len(misread.context._context_suspects(vocab, set())["hut"]) == 2
    assert misread.context._context_suspects(vocab, set()) == _context_suspects_from_frequent_words(vocab, set())


def _repeated_misreading_of_every_confusion(judge: misread.judge.Judge, token: str, table) -> bool:
    """The plain form: every single confusion of the reading weighed."""
    v = judge.vocab
    own = v.own[token.lower()]
    base = v.zipf(token)
    for cand in misread.vocabulary._substitutions(token, table, 1):
        here, zc = v.own[cand.lower()], v.zipf(cand)
        if here >= 20 * own and (zc - base >= misread.tables.DOMINANCE or
                                 (table is misread.tables.DIGIT_CONFUSIONS and zc >= misread.tables.COMMON)):
            return True
        if table is misread.tables.DIGIT_CONFUSIONS and here >= 5 * own and zc - base >= misread.tables.DOMINANCE:
            return True
        if base < 1.0 and zc >= misread.tables.COMMON + 1 and here >= own:
            return True
    return False


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SUSPECT_WORDS + ["c0mputer", "computer", "S0", "so", "Bo", "bc", "qood",
                                                            "good", "hirn", "him", "Him", "xzq", "xzg"]),
                          st.integers(1, 45)), max_size=12))
def test_repeated_misreading_weighs_the_confusions_this_witness_writes(counts):
    text = " ".join(w for w, n in counts for _ in range(n))
    judge = misread.judge.Judge(misread.vocabulary.Vocabulary.build(text, [], "en"))
    tables = (misread.tables.DIGIT_CONFUSIONS, misread.tables.LETTER_CONFUSIONS, misread.tables.REPEATED_CONFUSIONS,
              misread.tables.STROKE_CONFUSIONS, misread.tables.WEAK_CONFUSIONS)
    for token in [w for w, _ in counts] + ["unwritten", "tbe", "Xzq"]:
        for table in tables:
            assert judge._repeated_misreading(token, table) == _repeated_misreading_of_every_confusion(
                judge, token, table), (token, table)


def test_sentence_start_repairs_only_into_everyday_words() -> None:
    # (repair_misreadings asks sentence_start only where "i" + token[1:] is an everyday word)
    from variorum.clean.lexicon import zipf_table
    everyday = misread.vocabulary._everyday_words("en")
    lexicon = list(zipf_table("en"))
    tokens = {w for w in lexicon if w.startswith("l")} | {"l" + w[1:] for w in lexicon if w.startswith("i")}
    tokens |= {"lf", "lt", "ln", "lnto", "l", "lX", "l\u2019m", "l'm", "l9", "lİ", "lß", "lǅ"}
    text = "lt was so. " * 3 + " ".join(sorted(tokens)[:2000])
    judge = misread.judge.Judge(misread.vocabulary.Vocabulary.build(text, ["lf it were ln the house"], "en"))
    repaired = 0
    for token in sorted(tokens):
        verdict = judge.sentence_start(token)
        assert verdict is None or "i" + token[1:] in everyday, token
        repaired += verdict is not None
    assert repaired > 50


def _formed_affix_by_affix(judge: misread.judge.Judge, token: str) -> bool:
    """The plain form of Judge._formed: every ending and prefix tried in turn."""
    low = token.lower()
    zipf = judge.vocab.zipf
    return any(low.endswith(end) and (zipf(stem := low[:-len(end)]) >= misread.tables.COMMON
                                      or zipf(stem + "e") >= misread.tables.COMMON)
               for end in misread.tables._FORMING_ENDINGS if len(low) - len(end) >= 3) or any(
        low.startswith(pre) and zipf(low[len(pre):]) >= misread.tables.COMMON
        for pre in misread.tables._FORMING_PREFIXES if len(low) - len(pre) >= 3)


_FORMING_PIECES = ["sleep", "love", "weigh", "told", "hous", "house", "qz", "e", "a", "t", "ness", "ations", "edst",
                   "th", "s", "est", "over", "under", "un", "re", "in", "fore", "ing", "ly", "ment", "x", "wretche"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FORMING_PIECES), min_size=1, max_size=4), st.booleans())
def test_formed_looks_up_the_readings_affixes_as_every_affix_tried(pieces, capital):
    token = "".join(pieces)
    token = token.capitalize() if capital else token
    judge = misread.judge.Judge(misread.vocabulary.Vocabulary.build("the house", [], "en"))
    assert judge._formed(token) == _formed_affix_by_affix(judge, token)


def _shape_into_rare_every_table_first(judge: misread.judge.Judge, token: str) -> misread.judge.Verdict | None:
    """The plain form of Judge._shape_into_rare: every table's confusions and the affixes
    weighed before asking whether a shape's word leads."""
    v = judge.vocab
    if len(token) < misread.tables.LONG_READING or not token.isalpha() or v.zipf(token) > 0 \
            or v.others_exact[token] or v.own_exact[token] > 1 or judge._formed(token):
        return None
    shapes = misread.vocabulary._substitutions(token, misread.tables._SHAPES, 1)
    reach = shapes.keys() | misread.vocabulary._substitutions(token, misread.tables.UNKNOWN_READING_CONFUSIONS, 1).keys()
    known = judge._known_among(reach)
    if not known:
        return None
    scored = sorted(((judge._score(w), w) for w in known), reverse=True)
    words = [(s, w) for s, w in scored if s >= misread.tables.WEAK_READING]
    if not words or words[0][0] < misread.tables.RARE_REPAIR:
        return None
    best = next((c for c in shapes if c.lower() == words[0][1] and not misread.judge._odd_capitals(c)), None)
    if best is None or misread.judge._odd_capitals(best) or v.zipf(best) < misread.tables.RARE_REPAIR:
        return None
    # (the verdict's wording is the method's own: compared by its repair and weight)
    return misread.judge.Verdict(best, misread.tables.RULE_LETTERS, "", 0.4 if len(words) > 1 else 0.75, len(words) == 1)


_RARE_WORDS = ["wretchedness", "precipices", "belonged", "month", "mouth", "sleepest", "discovered", "Montanvert",
               "wonderful", "remembrance", "countenance", "overweigh", "inhabitants", "schoolfellow"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_RARE_WORDS), st.integers(0, 30), st.sampled_from(["cl", "cc", "li", "rn", "ii", "h", "n", "e"]),
       st.booleans())
def test_shape_into_rare_asks_the_shapes_first_as_every_table_weighed(word, at, glyphs, capital):
    token = _misread(word, at, glyphs, capital)
    vocab = misread.vocabulary.Vocabulary.build("the wretchedness of the month " + token, ["the Montanvert mouth"], "en")
    judge = misread.judge.Judge(vocab)
    plain = _shape_into_rare_every_table_first(judge, token)
    assert _decision(judge._shape_into_rare(token)) == _decision(plain), token


def _misread(word: str, at: int, glyphs: str, capital: bool) -> str:
    """``word`` with its letter at ``at`` (modulo its length) read as ``glyphs``, capitalised or not."""
    at %= len(word)
    token = word[:at] + glyphs + word[at + 1:]
    return token.capitalize() if capital else token


def _decision(verdict: misread.judge.Verdict | None) -> tuple | None:
    return verdict and (verdict.after, verdict.rule, verdict.confidence, verdict.applied)


def _dominated_readings_word_by_word(vocab: misread.vocabulary.Vocabulary, taken: set[str]) -> dict[str, str]:
    """The plain form of _dominated_readings: each of the commonest words misread anew for each witness."""
    misread_as: dict[str, str] = {}
    for word, zipf in takewhile(lambda wz: wz[1] >= misread.tables.HABIT_WORD, zipf_table(vocab.lang).items()):
        if not word.isalpha():
            continue
        for low in misread.vocabulary._substitutions(word, misread.context._MISREAD_AS_DOMINATED, 1):
            if zipf - vocab.zipf(low) < misread.tables.DOMINANCE or not low.isalpha():
                continue
            if low not in misread_as or vocab.own[word] > vocab.own[misread_as[low]]:
                misread_as[low] = word
    readings: dict[str, str] = {}
    for low, word in misread_as.items():
        if vocab.zipf(low) >= misread.tables.HABIT_WORD or vocab.others[low] or not vocab.own[low] \
                or vocab.own[low] * misread.tables.CONTEXT_DOMINANCE > vocab.own[word]:
            continue
        for token in dict.fromkeys((low, low[:1].upper() + low[1:])):
            if vocab.own_exact[token] and token not in taken and not vocab.others_exact[token]:
                readings[token] = misread.vocabulary._same_case(word, token)
    return readings


_DOMINATED_WORDS = ["of", "and", "for", "the", "ot", "aud", "tor", "Ot", "Aud", "hot", "wore", "were", "not", "tbe",
                    "arid", "bave", "have", "or", "oi", "fhe", "wlth", "with", "in", "iu", "thc", "that", "tliat",
                    "nnd", "hnd", "had"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_DOMINATED_WORDS), st.integers(1, 60)), max_size=16),
       st.lists(st.sampled_from(_DOMINATED_WORDS), max_size=4), st.sets(st.sampled_from(_DOMINATED_WORDS), max_size=3))
def test_dominated_readings_from_the_languages_misreadings_as_word_by_word(counts, other_words, taken):
    text = " ".join(" ".join([w] * n) for w, n in counts)
    vocab = misread.vocabulary.Vocabulary.build(text, [" ".join(other_words)], "en")
    got, plain = misread.context._dominated_readings(vocab, taken), _dominated_readings_word_by_word(vocab, taken)
    assert list(got.items()) == list(plain.items())


@pytest.mark.parametrize("others", [[], ["the arc of it"], ["tne wben"]])
def test_context_suspects_of_a_witness_with_more_readings_than_frequent_words(others) -> None:
    # (more readings no other witness writes than words written three times: the readings
    # are found from the frequent words' misreadings, and must be those found one by one)
    readings = ["arc", "tne", "thc", "wben", "tben", "onc", "hut", "aud", "vvas", "dav", "bo", "sayde", "vnto",
                "hym", "Tben", "Onc", "rnodern", "clay", "bog", "wos"]
    text = "who are ill, the day and one. " * 25 + "but then when was modern " * 4 + " ".join(readings)
    vocab = misread.vocabulary.Vocabulary.build(text, others, "en")
    frequent = [w for w, n in vocab.own.items() if n >= misread.tables.CONTEXT_EVIDENCE]
    asked = [w for w in vocab.own if vocab.own[w] < misread.tables.CONTEXT_EVIDENCE and w not in vocab.others_words]
    assert len(asked) > len(frequent)
    for skip in (set(), {"arc"}):
        suspects = misread.context._context_suspects(vocab, skip)
        assert suspects == _context_suspects_from_frequent_words(vocab, skip)
        assert "arc" in suspects or "arc" in skip or others == ["the arc of it"]


def _vowel_into_word_every_confusion_first(judge: misread.judge.Judge, token: str) -> misread.judge.Verdict | None:
    """The plain form of Judge._vowel_into_word: the affixes and every confusion weighed
    before asking whether a vowel's word leads (compared by repair and weight)."""
    v = judge.vocab
    if len(token) < misread.tables.VOWEL_READING or not token.isalpha() or not token[1:].islower() \
            or v.zipf(token) > 0 or v.others_exact[token] or v.own_exact[token] > 1 or judge._formed(token) \
            or judge._head_of_word(token):
        return None
    low = token.lower()
    vowels = {low[:i] + c + low[i + 1:] for i, x in enumerate(low) if x in misread.tables._VOWEL_SLIPS
              for c in misread.tables._VOWEL_SLIPS[x]}
    doubled = {low[:i] + low[i + 1:] for i in range(1, len(low)) if low[i] == low[i - 1]}
    dropped = {low[:i] + c + low[i:] for i in range(len(low) + 1) for c in misread.letters._THIN_LETTERS}
    reach = misread.vocabulary._substitutions(low, misread.tables.UNKNOWN_READING_CONFUSIONS, 1).keys() | doubled | dropped | vowels
    scores = {w: judge._score(w) for w in judge._known_among(reach)}
    best = max((w for w in scores.keys() & vowels), key=lambda w: (scores[w], w), default=None)
    if best is None or not (v.own[best] or scores[best] >= (
            misread.tables.RARE_WORD if len(low) >= misread.tables.LONG_READING else misread.tables.COMMON)):
        return None
    rivals = [w for w, z in scores.items() if w != best and (
        v.own[w] or w in v.others_words or z >= max(misread.tables.WEAK_READING, scores[best] - misread.tables.DOMINANCE))]
    return misread.judge.Verdict(misread.vocabulary._same_case(best, token), misread.tables.RULE_LETTERS, "",
                           0.4 if rivals else 0.75, not rivals)


_VOWEL_WORDS = ["protectors", "builders", "delirium", "carry", "stay", "valuations", "sleepest", "wonderful",
                "remembrance", "countenance", "overweigh", "Montanvert", "melancholy", "protection"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_VOWEL_WORDS), st.integers(0, 30), st.sampled_from(["a", "e", "o", "i", "u", "oo", ""]),
       st.booleans())
def test_vowel_into_word_asks_the_vowels_first_as_every_confusion_weighed(word, at, glyph, capital):
    token = _misread(word, at, glyph, capital)
    vocab = misread.vocabulary.Vocabulary.build("the builders of the melancholy carry " + token, ["the protection stay"], "en")
    judge = misread.judge.Judge(vocab)
    plain = _vowel_into_word_every_confusion_first(judge, token)
    assert _decision(judge._vowel_into_word(token)) == _decision(plain), token


_PAIR_PIECES = ["who", "are", "Are", "ill", "arc", "don't", "don\u2019t", "(who", "\u201cwho", "ill.", "ill\u201d", "ill,",
                "are_", "_are", "\u2014are", "are\u2019s", "who'", "4are", "ill1"]


@given(st.lists(st.sampled_from(_PAIR_PIECES), max_size=12), st.lists(st.sampled_from([" ", "  ", "\n", "\t"]),
                                                                        min_size=12, max_size=12))
def test_a_pair_is_counted_only_where_the_witness_writes_both_its_words(pieces, spaces):
    # (_OthersPairs asks another witness only about the pairs whose words it writes)
    text = "".join(p + s for p, s in zip(pieces, spaces))
    words = ["who", "are", "Are", "ill", "arc", "don't", "don\u2019t"]
    wanted = {(a, b) for a in words for b in words}
    written = misread.vocabulary._exact_counts(text)
    found = count_pairs(text, wanted)
    assert all(a in written and b in written for a, b in found)
    assert count_pairs(text, {(a, b) for a, b in wanted if a in written and b in written}) == found



def _hyphened_looked_behind_first(text: str, left: str, right: str) -> bool:
    """The plain form of spaces._hyphened: no letter before ``left``, asked where the pattern opens."""
    import re
    return re.search(rf"(?<![^\W\d_]){re.escape(left)}-\s*{re.escape(right)}(?![^\W\d_])", text, re.I) is not None


_HYPHENED_PIECES = ["parent", "Parent", "PARENT", "species", "Species", "-", "--", " ", "\n", "a", "\u00e9", "1", "_",
                    "\u0130", "(", "'", "x"]


@given(st.lists(st.sampled_from(_HYPHENED_PIECES), max_size=14).map("".join),
       st.sampled_from(["parent", "Parent", "a", "\u00e9", "x"]), st.sampled_from(["species", "a", "x", "Species"]))
def test_hyphened_asks_for_the_letter_before_after_the_word_as_before_it(text, left, right):
    assert misread.spaces._hyphened(text, left, right) == _hyphened_looked_behind_first(text, left, right)


def test_no_character_lowers_to_another_in_a_string_in_small_letters() -> None:
    # (Judge._known_among takes a set in small letters as its own small-letter forms)
    assert not [c for c in map(chr, range(0x110000)) if c.lower() != c and (c + "a").islower()]


def _faint_dominated_every_table_weighed(judge: misread.judge.Judge, token: str) -> misread.judge.Verdict | None:
    """The plain form of Judge._faint_dominated: every table weighed before asking whether a
    faint stroke's reading stands far enough above this one."""
    t = misread.tables
    v = judge.vocab
    if not token.isalpha() or v.others_exact[token]:
        return None
    z = v.zipf(token)
    if not t.WEAK_READING <= z < t.RARE_WORD:
        return None
    faint = misread.vocabulary._substitutions(token, t.FAINT_CONFUSIONS, 1)
    if not faint or (v.own_exact[token] > 1 and not judge._repeated_misreading(token, t.FAINT_CONFUSIONS)):
        return None
    candidates = {c for c in misread.vocabulary._substitutions(token, t.UNKNOWN_READING_CONFUSIONS, 1)
                  if not misread.judge._odd_capitals(c) and v.zipf(c) - z >= t.DOMINANCE}
    verdict = judge._choose(token, candidates, t.RULE_LETTERS, strong=False, floor=t.COMMON + 1)
    if verdict is None or verdict.after not in faint or v.zipf(verdict.after) - z < t.FAINT_DOMINANCE:
        return None
    return verdict


_FAINT_READINGS = ["wilh", "aboul", "lhe", "yel", "fon", "Wilh", "thc", "tbe", "tlie", "hirn", "hlm", "wbich", "tne",
                   "wae", "hae", "brauch", "haud", "ou", "lhat"]


@given(st.sampled_from(_FAINT_READINGS), st.integers(1, 3), st.sampled_from(["", "the with about that", "wae hae"]))
def test_faint_dominated_asks_the_faint_strokes_first_as_every_table_weighed(token, written, beside):
    vocab = misread.vocabulary.Vocabulary.build(" ".join([token] * written + [beside]), ["the yet", "brauch"], "en")
    judge = misread.judge.Judge(vocab)
    assert _decision(judge._faint_dominated(token)) == _decision(_faint_dominated_every_table_weighed(judge, token))


def _letter_lost_every_word_weighed(judge: misread.judge.Judge, token: str, doubled: set[str]):
    """The plain form of Judge._letter_lost_from_own_word: every word one letter away
    weighed before asking whether the witness's words hold a repair the lexicon knows."""
    t = misread.tables
    v = judge.vocab
    z = v.zipf(token)
    if len(token) < (t.LOST_LETTER_KNOWN if z > 0 else t.LOST_LETTER_READING) or judge._formed(token):
        return None
    low = token.lower()
    inserted = {low[:i] + c + low[i:] for i in range(len(low) + 1) for c in misread.vocabulary._LOWER_LETTERS}
    least = t.CONTEXT_DOMINANCE * v.own[low] if v.own_exact[token] > 1 else 1
    written = {w for w in (inserted & v.own.keys()) | (doubled & v.own.keys()) if v.own[w] >= least}
    if v.own_exact[token] <= 1:
        written |= (inserted & v.others_words) | (doubled & v.others_words)
    known = judge._known_among(inserted | doubled)
    scores = {w: judge._score(w) for w in known}
    own = [w for w in written if w in scores and v.zipf(w) >= t.WEAK_READING and not w.startswith(low)]
    if not own:
        return None
    best = max(own, key=lambda w: (v.own[w], scores[w], w))
    if z > 0 and scores[best] - z < t.DOMINANCE:
        return None
    words = [w for w in known if v.own[w] or w in v.others_words
             or scores[w] >= max(t.WEAK_READING, scores[best] - t.DOMINANCE)]
    return (best, sorted(w for w in words if w != best))


_LOST_WORDS = ["myself", "altered", "endeavoured", "sensations", "friends", "children", "steadfastly",
               "schoolfellow", "Montanvert", "cloak", "chid", "donated"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_LOST_WORDS), st.integers(0, 20), st.sampled_from(["", "ee", "aa", "x"]), st.booleans(),
       st.integers(1, 3))
def test_letter_lost_asks_the_witness_s_words_first_as_every_word_weighed(word, at, glyphs, capital, written):
    token = _misread(word, at, glyphs, capital)
    low = token.lower()
    vocab = misread.vocabulary.Vocabulary.build(" ".join([token] * written + [word.lower()] * 3 + ["schoolfellows"]),
                                                ["the doated chide Montavert"], "en")
    judge = misread.judge.Judge(vocab)
    doubled = {low[:i] + low[i + 1:] for i in range(1, len(low)) if low[i] == low[i - 1]}
    verdict = judge._letter_lost_from_own_word(token, doubled)
    plain = _letter_lost_every_word_weighed(judge, token, doubled)
    assert (verdict.after.lower() if verdict else None) == (plain[0] if plain else None), token
    assert verdict is None or list(verdict.rivals) == plain[1], token


@given(st.lists(st.lists(st.sampled_from(["the", "The", "cat", "CAT", "n'y", "x1", "é", "—", " ", "\n"]), max_size=12)
                .map("".join), max_size=3),
       st.lists(st.sampled_from(["the", "cat", "n'y", "x1", "é", "dog", ""]), max_size=6))
def test_the_words_another_witness_writes_are_those_their_counts_hold(others, asked) -> None:
    # (the split rules ask the set, where they asked the others' summed counts)
    vocab = misread.vocabulary.Vocabulary.build("a cat", others)
    assert all((w in vocab.others_words) == (vocab.others[w] > 0) for w in [*asked, *vocab.others_words])


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["the", "and", "of", "a", "man", "sea", "ship", "land", "wind"]), max_size=300),
       st.integers(1, 40))
def test_the_words_written_often_are_most_common_s_in_its_order(words, least):
    # (the rules that walk the frequent words take the few sorted, not the whole vocabulary)
    vocab = misread.vocabulary.Vocabulary.build(" ".join(words), ())
    assert vocab.written_often(least) == list(takewhile(lambda wn: wn[1] >= least, vocab.own.most_common()))


def test_a_witness_s_print_habits_are_read_once_from_it_as_written():
    # (each round of decisions recounts the words its repairs change; an old print's u for v
    # is the print's habit all the same, not asked again of the recount)
    vocab = misread.vocabulary.Vocabulary.build("they haue seene it and giue it ouer to us", ())
    assert vocab.prints_u_for_v
    recounted = vocab.recounted([("haue", "have"), ("giue", "give"), ("ouer", "over")])
    assert recounted.prints_u_for_v
    assert not misread.vocabulary.Vocabulary.build("they have seene it and give it over to us", ()).prints_u_for_v
