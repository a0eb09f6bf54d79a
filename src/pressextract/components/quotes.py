"""Quotes: direct quotations and who said them.

How to read this file: ``_quotations`` pairs opening and closing marks
(« … », and straight double quotes, to which “ ” are normalized), across
paragraphs; a closing » with no opening (a release that begins
mid-quotation, as scraped pages do) opens at the start of its paragraph.
Short quoted phrases without a verb, and quoted programme names, are not
quotations. ``_speaker`` then tries, in order:

1. after the closing mark, in the same sentence: a named person
   (« … », déclare X), a pronoun (« … », a-t-elle ajouté) or a role
   (« … », explique le président) — a pronoun is the last speaker, a role
   the person of the document who holds it;
2. a signature line right after the quotation ("X, présidente de …");
3. before the opening mark, in the same sentence: a person ("Pour X,
   « … »", "X déclare : « … »"), a pronoun ("Selon lui") or a role;
4. a quotation that follows another in the same paragraph with no one
   else named between them ("… », a-t-elle déclaré, avant d'ajouter :
   « … ») has the same speaker.

Results: ``doc.spans["quotes"]`` with ``span._.quote`` =
``{"speaker": [start_char, end_char] | None}``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import register_extensions
from ..resources import load_json
from ._tokens import Sentences, is_break, is_participle, sentences_of, text_of

_MIN_TOKENS = 3


def _closes_name(doc: Doc, i: int) -> bool:
    """Whether the » at ``i`` closes a name set in quotation marks after a
    naming noun ("présidente du groupe « Agir pour le Grand Dax »")."""
    opening = next((j for j in range(i - 1, max(-1, i - 15), -1) if doc[j].text == "«"), None)
    # (a name is capitalized: not "un programme « qui met enfin les économies d'eau au cœur … »")
    return opening is not None and opening > 0 and doc[opening - 1].lower_ in _NAMING_NOUNS and doc[opening + 1].text[:1].isupper()
_NAMING_NOUNS = {"groupe", "liste", "collectif", "projet", "opération", "dispositif", "programme", "chaire", "exposition", "spectacle",
                 "festival", "label", "thème", "intitulé", "baptisé", "baptisée", "commission", "équipe", "campagne",
                 "colloque", "conférence", "forum", "séminaire", "journée", "rencontre", "rencontres", "webinaire",
                 "prix", "trophée", "trophées", "concours", "série", "album", "film", "livre", "ouvrage"}  # "le groupe « … »", "le prix « … »": a name follows
_LONG_ENOUGH = 8  # tokens: a quoted passage this long is a quotation even without a verb
_LOOKAHEAD = 25
_NEAR = 4  # tokens: a person this close after the closing mark is its speaker ("», X, présidente")
_LOOKBEHIND = 30
_CONTINUATION = 15  # tokens between two quotations of the same speaker
_SENTENCE_END = {".", "!", "?", ";"}


class QuoteFinder:
    """Find quotations and attribute them."""

    def __init__(self, nlp: Language, name: str, models_dir: str | None = None) -> None:
        register_extensions()
        self.name = name
        lex = load_json("lexicon/quotes.json", models_dir)
        self.pronouns = set(lex["pronouns"])
        self.introducers = set(lex["introducers"]) | {","}  # "Selon lui", "…, elle"
        self.referring = set(lex["referring_nouns"])  # "a réagi la lauréate"
        self.reporting = {v.split()[-1] for v in lex["reporting_verbs"]}
        names = load_json("lexicon/first_names.json", models_dir)
        self.feminine_names, self.masculine_names = set(names["feminine"]), set(names["masculine"])
        titles = load_json("lexicon/titles.json", models_dir)
        self.title_heads = set(titles["heads"])
        self.territorial = set(titles["territorial_heads"])  # "a résumé le ministre": an official the text may not name
        self.modifiers = set(titles["title_modifiers"]) | set(titles["temporal_markers"])  # "la nouvelle présidente"

    def __call__(self, doc: Doc) -> Doc:
        people = list(doc.spans.get("people", []))
        programmes = list(doc.spans.get("programmes", []))
        sentences = sentences_of(doc)
        holders = self._role_holders(doc, people, sentences)
        quotes: list[Span] = []
        previous: tuple[int, Span | None] | None = None  # (closing mark, speaker) of the last quotation
        for start, end, close in self._quotations(doc):
            inner = doc[start:end]
            words = [t for t in inner if not t.is_punct and not t.is_space]
            if len(words) < _MIN_TOKENS or any(g.start <= start + 1 and g.end >= end - 1 for g in programmes):
                continue  # « Gardez le Sud »: a programme's name, not speech
            if start > 1 and _closes_name(doc, close):
                continue  # "le groupe « Agir pour le Grand Dax »", "son projet « Un théâtre à ciel ouvert »": a name
            if re.fullmatch(r"\((?:1\d{3}|20\d{2})\)", doc[close + 1 : close + 4].text.replace(" ", "")):
                continue  # « Jeune fille au jardin » (1884): a work's title and its year, not speech
            # a short verbless phrase is a name or a term, unless a reporting verb of its
            # sentence introduces it ("dit avoir choisi Grenoble « pour la qualité de … »")
            verbless = len(words) < _LONG_ENOUGH and not any(t.pos_ in {"VERB", "AUX"} for t in inner)
            if verbless and not self._reports(doc, sentences.start[start], start):
                continue
            last = self._role_subject(doc, start, previous, people, holders, sentences) or self._last_speaker(doc, start, previous, people, sentences)
            speaker = self._incise(doc, start, end, people) or self._speaker(doc, start, close, people, holders, sentences, last)
            if speaker is None and previous is not None and start - previous[0] <= _LOOKAHEAD + _CONTINUATION:
                between = doc[previous[0] + 1 : start]
                others = [p for p in people if p.start >= between.start and p.end <= between.end and (previous[1] is None or p.text != previous[1].text)]
                # a new paragraph that is only a quotation goes on with the last speaker
                # ("… », souligne X.  ¶ « Nous pouvons … »); other paragraphs do not
                new_paragraph = any("\n\n" in t.text for t in between)
                if not others and (len(between) <= _CONTINUATION if not new_paragraph else _opens_paragraph(doc, start)):
                    speaker = previous[1]
            if speaker is None and self._answers_question(doc, start):
                speaker = self._interviewee(doc, people)  # "Trois questions à X": the answers are X's
            if speaker is None and verbless and start > 1 and doc[start - 2].is_lower and doc[start - 2].pos_ in {"NOUN", "ADJ"}:
                continue  # "La chambre relève une situation financière « saine mais sous tension »": a body's words qualifying a noun
            span = Span(doc, start, end, label="QUOTE")
            span._.quote = {"speaker": [speaker.start_char, speaker.end_char] if speaker is not None else None}
            quotes.append(span)
            previous = (close, speaker)
        quotes += self._labelled_answers(doc, people, quotes)
        doc.spans["quotes"] = sorted(quotes, key=lambda q: q.start)
        return doc

    def _labelled_answers(self, doc: Doc, people: list[Span], found: list[Span]) -> list[Span]:
        """An interview's answers set after the speaker's name or initials on
        a line after a question ("Quelles sont vos priorités ?¶Laure X : Nous
        voulons …", "L. K. : Le réseau …"): the paragraph is that person's."""
        out = []
        taken = {t for q in found for t in range(q.start, q.end)}
        labels: set[str] = set()  # the labels of the answers read so far
        for colon in (t.i for t in doc if t.text == ":"):
            line = colon - 1
            while line >= 0 and colon - line <= 8 and not is_break(doc[line]):
                line -= 1
            first = _skip_space(doc, line + 1, colon)
            if first >= colon or colon - first > 6 or colon + 1 in taken:
                continue
            label = doc[first:colon]
            # (after a prompt that is no question, "Les commerçants craignent la durée des travaux.¶J. F.-L. : …",
            # when the same label opened an answer before)
            if not self._answers_question(doc, first) and not (label.text in labels and _line_break_before(doc, first) is not None):
                continue
            person = next((p for p in people if p.start == first and p.end == colon), None)
            if person is None and re.fullmatch(r"(?:[A-ZÀ-Ý]\.-?)+", label.text.replace(" ", "")):
                # "L. K." (or "C. V.-L." for a double name) -> the interviewee whose initials these are
                initials = "".join(c for c in label.text if c.isalpha())
                person = next((p for p in people if "".join(w[0] for w in p.text.replace("-", " ").split()) == initials), None)
            if person is None:
                continue
            start = _skip_space(doc, colon + 1, len(doc))
            end = start
            while end < len(doc) and not is_break(doc[end]):
                end += 1
            if end - start < _MIN_TOKENS:
                continue
            span = Span(doc, start, end, label="QUOTE")
            span._.quote = {"speaker": [person.start_char, person.end_char]}
            out.append(span)
            labels.add(label.text)
        return out

    # -- finding quotations ------------------------------------------------
    @staticmethod
    def _quotations(doc: Doc) -> list[tuple[int, int, int]]:
        """(inner start, inner end, closing-mark index) of each quotation."""
        found = []
        open_at: int | None = None
        straight_open: int | None = None
        for tok in doc:
            if tok.text in {"«", "»"} and straight_open is not None:
                continue  # « … » nested in “ … ”: a quotation inside the quotation
            if tok.text == "«":
                if open_at is None:
                    open_at = tok.i
                # a « at a paragraph start inside a quotation continues it
            elif tok.text == "»":
                if open_at is not None:
                    found.append((open_at + 1, tok.i, tok.i))
                    open_at = None
                else:
                    para = tok.i
                    while para > 0 and not is_break(doc[para - 1]):
                        para -= 1
                    found.append((para, tok.i, tok.i))
            elif tok.text == '"' and open_at is None:
                if straight_open is None:
                    straight_open = tok.i
                else:
                    found.append((straight_open + 1, tok.i, tok.i))
                    straight_open = None
            elif is_break(tok) and straight_open is not None and "\n\n" in tok.text:
                straight_open = None  # an unbalanced straight quote does not cross a blank line
        return [(_skip_space(doc, s, e), e, c) for s, e, c in found if e > s]

    # -- attribution -----------------------------------------------------------
    @staticmethod
    def _answers_question(doc: Doc, start: int) -> bool:
        """Whether the quotation opens a paragraph right after a line ending in "?"."""
        j = _line_break_before(doc, start)
        if j is None or j < 0:
            return False
        j -= 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        return j >= 0 and doc[j].text == "?"

    @staticmethod
    def _interviewee(doc: Doc, people: list[Span]) -> Span | None:
        """The person an interview is with: the one named most (first named on a tie)."""
        if not people:
            return None
        counts: dict[str, int] = {}
        for p in people:
            counts[p[-1].lower_] = counts.get(p[-1].lower_, 0) + 1
        top = max(counts.values())
        return next(p for p in people if counts[p[-1].lower_] == top)

    def _role_holders(self, doc: Doc, people: list[Span], sentences: Sentences) -> dict[str, Span]:
        """Title head ("ministre", "président") -> the one person holding it."""
        by_char = {(p.start_char, p.end_char): p for p in people}
        holders: dict[str, dict[str, Span]] = {}  # head -> surname -> a mention of that person
        bare: dict[str, dict[str, Span]] = {}  # head -> holders of the bare head as their whole title
        fresh: dict[str, dict[str, Span]] = {}  # head -> holders whose function the text says they just took

        def note(table: dict[str, dict[str, Span]], title: str, person: Span) -> None:
            table.setdefault(title, {}).setdefault(person[-1].lower_, person)

        for role in doc.spans.get("roles", []):
            data = role._.role or {}
            if data.get("status") == "former":
                continue  # "a déclaré le nouveau président": not the predecessor
            person = by_char.get(tuple(data.get("person") or ()))
            implied = data.get("title_text")  # "présidée par X": the title is not in the span's words
            words = implied.lower().split() if implied else [t.lower_ for t in role]
            head = next((w for w in words if w in self.title_heads), words[0] if implied else None)
            if person is None or not head:
                continue
            note(holders, head, person)
            lo, hi = sentences.bounds(role.start)
            # (near the title or the name: not "Il succède à X, …, dont l'intérim était assuré par le directeur adjoint, Y")
            near = (*doc[max(lo, role.start - 6) : min(hi, role.end + 3)], *doc[max(lo, person.start - 6) : min(hi, person.end + 3)])
            # ("… a désigné son bureau : - Présidente : X": a list that an appointment introduces)
            introduced = data.get("listed") and any(t.lower_ in _APPOINTED for t in doc[max(0, role.start - 40) : role.start])
            if introduced or any(t.lower_ in _APPOINTED for t in near):
                note(fresh, head, person)
            # the title's first two words too ("directeur général"), and the bare head for
            # the one whose title is the bare head ("le nouveau directeur")
            words = (implied or text_of(doc)[slice(*data["title"])]).lower().split()
            if len(words) > 1:
                for n in range(2, min(len(words), 6) + 1):
                    note(holders, " ".join(words[:n]), person)
            else:
                note(bare, head, person)
        unique = {title: next(iter(who.values())) for title, who in holders.items() if len(who) == 1}
        # "a déclaré la ministre" when a minister and a ministre déléguée are named: the one of the article's gender
        for title, who in holders.items():
            if len(who) > 1 and " " not in title:
                for gender, names in (("f", self.feminine_names), ("m", self.masculine_names)):
                    of_gender = [p for p in who.values() if p[0].text in names]
                    if len(of_gender) == 1:
                        unique[f"{title}|{gender}"] = of_gender[0]
        for head, who in bare.items():
            if head not in unique and len(who) == 1:
                unique[head] = next(iter(who.values()))
        for head, who in fresh.items():
            if len(who) == 1:
                unique[f"nouveau {head}"] = next(iter(who.values()))  # "le nouveau président": the one just elected
            elif who:
                # two just appointed ("X, installé directeur …, remplace Y, nommé directeur zonal"): the one the
                # release names first, its subject
                firsts = {surname: min(p.start for p in people if p[-1].lower_ == surname) for surname in who}
                unique[f"nouveau {head}"] = who[min(firsts, key=firsts.__getitem__)]
        # "explique la nouvelle dirigeante": the one person just put at the head of a body
        leaders = {surname: p for head, who in fresh.items() if head in _LEADING for surname, p in who.items()}
        if len(leaders) == 1:
            unique["nouveau dirigeant"] = unique["nouveau dirigeante"] = next(iter(leaders.values()))
        return unique

    @staticmethod
    def _last_speaker(doc: Doc, start: int, previous: tuple[int, Span | None] | None, people: list[Span], sentences: Sentences | None = None) -> Span | None:
        """Who a pronoun stands for: a person named since the last quotation
        ("Marc X rejoint le conseil. « … », estime-t-il"), the subject of that
        sentence when it names several ("Léa X a gagné avec sa coéquipière Inès
        Y. « … », a-t-elle confié"), else the last speaker, else the last person named."""
        before = [p for p in people if p.end <= start]
        if before and (previous is None or before[-1].start > previous[0]):
            if sentences is not None:
                lo = sentences.start[before[-1].start]
                same = [p for p in before if p.start >= lo and (previous is None or p.start > previous[0])]
                if same and doc[same[0].end : same[0].end + 1].text != "," and same[0].start - lo <= 3:
                    return same[0]  # the sentence opens with it: its subject
            return before[-1]
        if previous is not None and previous[1] is not None:
            return previous[1]
        return before[-1] if before else None

    def _role_subject(self, doc: Doc, start: int, previous: tuple[int, Span | None] | None, people: list[Span], holders: dict[str, Span],
                      sentences: Sentences) -> Span | None:
        """The holder of the function that opens the sentence before a quotation
        ("Le ministre a rappelé que … . « … », a-t-il déclaré"), when no later
        sentence names a person before the quotation (the people the subject's
        own sentence names are its objects: "Le nouveau directeur a été accueilli
        par X")."""
        opener = start - 1
        while opener > 0 and (doc[opener].is_space or doc[opener].text in {"«", "“", '"'}):
            opener -= 1  # (back over the opening mark)
        if opener <= 0:
            return None
        lo = sentences.start[opener]  # (the quotation's own sentence, or the one before when it opens a sentence)
        if previous is not None and lo <= previous[0] or any(sentences.end[lo] <= p.start < start for p in people):
            return None
        j = lo
        while j < start and doc[j].is_space:
            j += 1
        if j < start and doc[j].lower_ not in {"le", "la", "l'"}:
            # "Dans son discours, la présidente a souligné …": past a fronted complement
            comma = next((k for k in range(j + 1, min(start, j + 7)) if doc[k].text == ","), None)
            if comma is not None and not any(t.pos_ in {"VERB", "AUX"} for t in doc[j:comma]):
                j = comma + 1
        if j >= start or doc[j].lower_ not in {"le", "la", "l'"}:
            return None
        j += 1
        if j + 1 < start and doc[j].lower_ in {"nouveau", "nouvel", "nouvelle"} and f"nouveau {doc[j + 1].lower_}" in holders:
            return holders[f"nouveau {doc[j + 1].lower_}"]  # "Le nouveau directeur a été accueilli par …"
        first = j
        while j < start and doc[j].lower_ in self.modifiers:
            j += 1
        for at in dict.fromkeys((first, j)):  # ("Le premier président de la juridiction a fixé …": with its modifier first)
            for n in range(6, 0, -1):
                words = " ".join(t.lower_ for t in doc[at : at + n])
                if at + n < start and words in holders and (n > 1 or doc[at + 1].pos_ in {"AUX", "VERB"} or doc[at + 1].lower_ in {"de", "du", "des", "d'"}):
                    return holders[words]  # ("Le ministre a rappelé", "Le président de la Région a salué")
        return None

    def _incise(self, doc: Doc, start: int, end: int, people: list[Span]) -> Span | None:
        """« Je pars tranquille, ajoute Jean-Yves X. Elles connaissent … »: the
        speaker named in an incise inside the quotation (a comma, a reporting
        verb, the name, then a comma or a full stop)."""
        for person in people:
            if not (start + 2 <= person.start and person.end < end):
                continue
            verb = person.start - 1  # (a civility or a title before the name is no reporting verb: not this incise)
            if doc[verb].lower_ in self.reporting and doc[verb - 1].text == "," and doc[person.end].text in {",", ".", ";"}:
                return person
        return None

    def _reports(self, doc: Doc, lo: int, hi: int) -> bool:
        """Whether a reporting verb ("déclare", "a souligné") stands between tokens lo and hi."""
        return any(t.lower_ in self.reporting for t in doc[lo:hi])

    def _pointer(self, doc: Doc, lo: int, hi: int, holders: dict[str, Span], last: Span | None, people: list[Span] | None = None) -> Span | None:
        """A pronoun or a role word ("le président") between tokens lo and hi."""
        for j in range(lo, hi):
            tok = doc[j]
            if tok.lower_ in self.pronouns and (tok.text.startswith("-") or doc[j - 1].lower_ in self.introducers):
                # ("…, a-t-il déclaré" after a woman was named last: the last man named)
                feminine = {"-il": False, "il": False, "lui": False, "-elle": True, "elle": True}.get(tok.lower_)
                return last if feminine is None or last is None else self._agreeing(last, people, lo, feminine, last)
            if tok.lower_ in {"dernier", "dernière"} and j > 0 and doc[j - 1].lower_ in {"ce", "cette"} and last is not None:
                return self._agreeing(last, people, lo, tok.lower_ == "dernière", last)  # "…, indique ce dernier": the one just named
            if tok.lower_ in {"il", "elle"} and j + 1 < len(doc) and (doc[j + 1].lower_ in self.reporting or doc[j + 1].lower_ == "a" and doc[j + 2 : j + 3].text.lower() in self.reporting
                                                                  or doc[j + 1 : j + 4].text.lower() in {"a rendu hommage", "a tenu à"}):
                return last  # "Il précise que « … »", "Il a rendu hommage à sa prédécesseure, « … »"
            if j > 0 and doc[j - 1].lower_ in {"nouveau", "nouvel", "nouvelle"} and f"nouveau {tok.lower_}" in holders and not (j + 1 < len(doc) and f"{tok.lower_} {doc[j + 1].lower_}" in holders):
                return holders[f"nouveau {tok.lower_}"]
            if j > 0 and doc[j - 1].lower_ in {"le", "la", "l'"} | self.modifiers:
                # "le président du directoire", "le directeur général": the longest title one person holds
                for n in range(6, 1, -1):
                    words = " ".join(t.lower_ for t in doc[j : j + n])
                    if j + n <= len(doc) and words in holders:
                        return holders[words]
            if tok.lower_ in holders and j > 0 and doc[j - 1].lower_ in {"le", "la", "l'", "du", "de", "son", "sa"} | self.modifiers:
                return holders[tok.lower_]  # ("…, a déclaré son président")
            # ("Le secrétaire général de la confédération" when only a "secrétaire régional adjoint" is a man: another title)
            qualified = j + 1 < len(doc) and doc[j + 1].is_lower and doc[j + 1].pos_ == "ADJ" and f"{tok.lower_} {doc[j + 1].lower_}" not in holders
            gendered = f"{tok.lower_}|{'f' if doc[j - 1].lower_ == 'la' else 'm'}" if j > 0 and doc[j - 1].lower_ in {"le", "la"} and not qualified else ""
            if gendered in holders:
                return holders[gendered]
            if tok.lower_ in self.referring and j > 0 and doc[j - 1].lower_ in {"le", "la", "l'"} and last is not None and (j + 1 >= len(doc) or doc[j + 1].is_punct):
                # "…, a réagi la lauréate.": the person last named, unless the first name says another gender
                # ("…, précise la chercheuse" after a doctoral student named Hugo: the last woman named before)
                return self._agreeing(last, people, lo, doc[j - 1].lower_ == "la", None)
            if tok.lower_ in self.title_heads and tok.lower_ not in self.territorial and j > 0 and doc[j - 1].lower_ in {"le", "la"} and last is not None and not any(h.startswith(tok.lower_) for h in holders):
                # "…, explique la présidente": no one holds the title in the text's roles; the
                # person last named, if the article agrees with the first name's gender
                feminine = doc[j - 1].lower_ == "la"
                if last[0].text in (self.feminine_names if feminine else self.masculine_names):
                    return last
        return None

    def _agreeing(self, last: Span, people: list[Span] | None, lo: int, feminine: bool, default: Span | None) -> Span | None:
        """``last``, unless its first name says the other gender than ``feminine``;
        then the last person named before token ``lo`` whose first name says
        this one (``default`` if none)."""
        if last[0].text not in (self.masculine_names if feminine else self.feminine_names):
            return last
        return next((p for p in reversed(people or []) if p.end <= lo and p[0].text in (self.feminine_names if feminine else self.masculine_names)), default)

    def _speaker(self, doc: Doc, start: int, close: int, people: list[Span], holders: dict[str, Span],
                 sentences: Sentences, last: Span | None) -> Span | None:
        # 1. after the closing mark, in the same sentence
        end = close + 1
        while end < len(doc) and end - close <= _LOOKAHEAD and not is_break(doc[end]) and doc[end].text not in _SENTENCE_END | {"«"}:
            end += 1
        after = [p for p in people if close < p.start and p.end <= end]
        if after and after[0].start - close > _NEAR and not self._reports(doc, close + 1, after[0].start):
            after = []  # a person far after the quotation, with no reporting verb between, did not say it
        pointer = self._pointer(doc, close + 1, end, holders, last, people)
        # (or a participle's clause: "…, a déclaré le nouvel entraîneur, présenté mardi par le président du club, X")
        if after and pointer is not None and any((doc[j].lower_ == "qui" or is_participle(doc[j])) and doc[j - 1].text == "," for j in range(close + 2, after[0].start)) \
                and self._pointer(doc, close + 1, after[0].start, holders, last, people) is pointer:
            return pointer  # "», a indiqué le nouveau directeur, qui sera installé en présence de X": who is pointed at, not the one named in the clause
        if after:
            # ("…, a-t-il ajouté, Jean X": a pronoun glued to the verb; not "le président-directeur général, X")
            first_pointer = next((j for j in range(close + 1, after[0].start) if doc[j].text.startswith("-") and doc[j].lower_ in self.pronouns), None)
            return pointer if first_pointer is not None and pointer is not None else after[0]
        if pointer is not None:
            return pointer
        # 2. the next line opens with a person: a signature line
        nxt = close + 1
        while nxt < len(doc) and not is_break(doc[nxt]):
            if not doc[nxt].is_punct and not doc[nxt].is_space:
                break
            nxt += 1
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        for p in people:
            if p.start == nxt or (p.start == nxt + 1 and doc[nxt].text in {"-", "–", "—"}):
                return p
        # 3. before the opening mark, in the same sentence
        opener = start - 1
        while opener > 0 and doc[opener].is_space:
            opener -= 1
        sent_start = max(sentences.start[opener] if opener >= 0 else 0, opener - _LOOKBEHIND)
        before = [p for p in people if sent_start <= p.start and p.end <= opener]
        if before:
            between = doc[before[-1].end : opener]
            if not any(is_break(t) or t.text in _SENTENCE_END or t.text == "»" and not _closes_name(doc, t.i) for t in between):
                # "La maire, Isabelle X, a remercié Sophie Y pour « … »": the subject who reports
                if len(before) > 1 and self._reports(doc, before[0].end, before[-1].start):
                    return before[0]
                return before[-1]
        return self._pointer(doc, sent_start, max(sent_start, opener), holders, last, people)


_LEADING = {"directeur", "directrice", "président", "présidente", "pdg", "gérant", "gérante", "président-directeur", "présidente-directrice"}
_APPOINTED = {"élu", "élue", "réélu", "réélue", "nommé", "nommée", "désigné", "désignée", "élection", "nomination", "succède", "succédera",
              "reconduit", "reconduite", "fonctions", "porté", "portée", "devient", "deviendra"}


def _line_break_before(doc: Doc, start: int) -> int | None:
    """Index of the line break right before the quotation whose text starts at
    ``start`` (opening marks and spaces skipped), -1 at the text's start, or
    None when other words come first."""
    j = start - 1
    while j >= 0 and (doc[j].text in {"«", '"', "“"} or doc[j].is_space and not is_break(doc[j])):
        j -= 1
    return j if j < 0 or is_break(doc[j]) else None


def _opens_paragraph(doc: Doc, start: int) -> bool:
    """Whether the quotation whose text starts at ``start`` opens its paragraph."""
    return _line_break_before(doc, start) is not None


def _skip_space(doc: Doc, start: int, end: int) -> int:
    while start < end and doc[start].is_space:
        start += 1
    return start


@Language.factory("pressextract_quotes", assigns=["doc.spans"], default_config={"models_dir": None})
def make_quotes(nlp: Language, name: str, models_dir: str | None) -> QuoteFinder:
    """Factory: ``nlp.add_pipe("pressextract_quotes")`` (after people and roles)."""
    return QuoteFinder(nlp, name, models_dir)
