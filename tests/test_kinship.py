"""Tests for dateline.nlp.kinship through the full pipeline: kin descriptions bound to
the relative. Every text here is written for these tests; the people are fictional."""
from __future__ import annotations

from test_entities import analyze, entity, mention_texts, owner


def test_a_kin_word_after_a_possessive_is_the_relative_of_the_same_family(analyzer):
    text = ("Seo Dong-gyu walked out of the prison in Daejeon on Monday and hugged his "
            "older sister.\n\nSeo Hye-jin, who campaigned for his release for nine years, "
            "said she had never doubted that her brother was innocent.")
    doc = analyze(analyzer, text)
    assert owner(doc, "his older sister") is entity(doc, "Seo Hye-jin")
    assert owner(doc, "her brother") is entity(doc, "Seo Dong-gyu")


def test_a_kin_word_follows_the_family_the_article_describes(analyzer):
    # Two men share the name; the generations the article gives tell father from brother.
    text = ("Park Jong-gil, 70, said he would hand the shipyard to his son, Park Tae-won.\n\n"
            "Park Tae-won's sister, Park Eun-ji, 38, will run the design office. Ms Park said "
            "she backed her brother and hoped her father would enjoy his retirement.")
    doc = analyze(analyzer, text)
    assert owner(doc, "her brother") is entity(doc, "Park Tae-won")
    assert owner(doc, "her father") is entity(doc, "Park Jong-gil")


def test_a_kin_word_never_means_its_own_owner_and_elder_picks_by_age(analyzer):
    text = ("Gareth Pryce, 45, and Owen Pryce, 41, have not spoken since their father died.\n\n"
            "Outside the court Owen Pryce said he hoped his brother would call him. Their "
            "mother, Ruth Pryce, 74, left the court with her elder son.")
    doc = analyze(analyzer, text)
    assert owner(doc, "his brother") is entity(doc, "Gareth Pryce")
    assert owner(doc, "her elder son") is entity(doc, "Gareth Pryce")


def test_my_in_a_quotation_is_the_speaker_s(analyzer):
    text = ("Ines Varga, 52, and her husband, Tamas Varga, 55, both teach at the academy.\n\n"
            "“My husband is the better teacher,” Ms Varga said.")
    doc = analyze(analyzer, text)
    assert owner(doc, "My husband") is entity(doc, "Tamas Varga")
    assert all(e.name != "My husband" for e in doc.entities)


def test_no_relative_is_guessed_when_the_family_is_not_named(analyzer):
    text = ("Nadia Brennan, the mayor, said her brother had been ill. Ms Brennan met "
            "Colm Keogh on Tuesday.")
    doc = analyze(analyzer, text)
    brother = owner(doc, "her brother")
    assert brother is not entity(doc, "Colm Keogh")
    assert (brother.name, brother.described) == ("brother of Nadia Brennan", True)


def test_a_relative_never_named_is_one_person_known_by_the_relation(analyzer):
    text = ("Police found the van in a yard belonging to Dmitri Sokol's neighbour. Mr Sokol, "
            "29, said his uncle had lent it to him.\n\nHis uncle, 58, told reporters he had "
            "not driven it for a year.")
    doc = analyze(analyzer, text)
    uncle = owner(doc, "his uncle")
    assert uncle is owner(doc, "His uncle") is owner(doc, "he")
    assert (uncle.name, uncle.gender, uncle.described) == ("uncle of Dmitri Sokol", "m", True)


def test_a_relative_named_later_takes_what_the_unnamed_one_gathered(analyzer):
    text = ("Lorna Pike said her husband had packed the car before dawn. He drove for ten "
            "hours.\n\nHer husband, Warren Pike, 61, said the trip was his idea.")
    doc = analyze(analyzer, text)
    warren = entity(doc, "Warren Pike")
    assert owner(doc, "her husband") is warren and owner(doc, "He") is warren
    assert not any(e.described for e in doc.entities)


def test_a_cousin_reads_back_as_a_cousin(analyzer):
    text = ("Oskar Lind was detained at the border on Friday. Mr. Lind's cousin, Freja Lind, "
            "said she had warned him.\n\nMs. Lind said her cousin had been planning the trip "
            "for months.")
    doc = analyze(analyzer, text)
    assert owner(doc, "her cousin") is entity(doc, "Oskar Lind")


def test_a_relation_read_back_names_the_spouse(analyzer):
    text = ("Ines Varga, 52, and her husband, Tamas Varga, 55, teach at the academy with "
            "their daughter, Dora Varga.\n\nMr Varga said he had been surprised to learn that "
            "his wife had been nominated too.")
    doc = analyze(analyzer, text)
    assert owner(doc, "his wife") is entity(doc, "Ines Varga")


def test_a_japanese_couple_s_kin_words(analyzer):
    text = ("Sano Keiko, a marine biologist, and her husband, Sano Hiroshi, 66, built the "
            "camera together.\n\nMr Sano joined his wife's project in 2015.")
    doc = analyze(analyzer, text)
    assert owner(doc, "his wife") is entity(doc, "Sano Keiko")


def test_a_twin_named_by_given_name_only_is_the_sister_meant_later(analyzer):
    text = ("Hannah Whitlock scored 27 points and her twin sister, Grace, pulled down 14 "
            "rebounds. Their mother, Laura Whitlock, coaches the team.\n\n"
            "“My sister does all the stuff nobody sees,” Hannah said.")
    doc = analyze(analyzer, text)
    assert owner(doc, "My sister") is entity(doc, "Grace")



def test_a_short_form_goes_to_the_namesake_who_has_the_relative_it_speaks_of(analyzer):
    text = ("Faisal Haddad, 71, said he would hand the shipping line to his eldest daughter, "
            "Mariam Haddad, 43.\n\nHer brother, Omar Haddad, 38, will join the board. Mr "
            "Haddad said he would not attend board meetings unless his daughter asked him to.")
    doc = analyze(analyzer, text)
    assert owner(doc, "Mr Haddad") is entity(doc, "Faisal Haddad")
    assert owner(doc, "his daughter") is entity(doc, "Mariam Haddad")


def test_a_spouse_read_back_through_a_description_whatever_the_family_names(analyzer):
    text = ("The jury rejected his claim that he had not seen the victim, Dr. Helen Marsh, in "
            "the glare.\n\nThe victim's husband, David Kerr, thanked the nurses who had cared "
            "for his wife.")
    doc = analyze(analyzer, text)
    assert owner(doc, "his wife") is entity(doc, "Helen Marsh")


def test_mrs_and_a_husband_s_family_name_is_the_woman_he_married(analyzer):
    text = ("Zbigniew Kowalczyk, an engineer, died on Sunday. His son, Piotr Kowalczyk, "
            "announced his death.\n\nKowalczyk married Halina Zawadzka, a schoolteacher, in "
            "1958.\n\nMrs Kowalczyk said her husband had spent his last weeks reading.")
    doc = analyze(analyzer, text)
    assert owner(doc, "Mrs Kowalczyk") is entity(doc, "Halina Zawadzka")


def test_a_relative_named_only_further_on(analyzer):
    text = ("Laura Whitlock, 52, has coached the team for 11 seasons. She said she argued over "
            "the move with her husband for most of a summer.\n\nThe team won on Saturday.\n\n"
            "Ms Whitlock said her husband, Mark, would drive up for the next game.")
    doc = analyze(analyzer, text)
    assert owner(doc, "her husband") is entity(doc, "Mark")


def test_a_sibling_read_back(analyzer):
    text = ("Hannah Lowe scored 27 points and her twin sister, Grace, pulled down 14 rebounds.\n\n"
            "Grace, two inches shorter than her sister, guarded the leading scorer.")
    doc = analyze(analyzer, text)
    assert owner(doc, "her sister") is entity(doc, "Hannah Lowe")


def test_a_spouse_from_married(analyzer):
    text = ("Zbigniew Nowicki, an engineer, died on Monday. He was 91.\n\n"
            "Nowicki married Halina Zawadzka, a schoolteacher, in 1958. She survives him.\n\n"
            "Mrs Nowicki said her husband had spent his last weeks reading.")
    doc = analyze(analyzer, text)
    assert owner(doc, "her husband") is entity(doc, "Zbigniew Nowicki")
    assert owner(doc, "Mrs Nowicki") is entity(doc, "Halina Zawadzka")


def test_a_named_person_s_unnamed_relative_is_a_person_and_reads_back(analyzer):
    text = ("Marisol Vega won the mayoralty on Sunday.\n\nVega's mother, a retired "
            "nurse, said her daughter had wanted the job since school.")
    doc = analyze(analyzer, text)
    mother = owner(doc, "mother")
    assert (mother.name, mother.described) == ("mother of Marisol Vega", True)
    assert owner(doc, "a retired nurse") is mother
    assert owner(doc, "her daughter") is entity(doc, "Marisol Vega")


def test_a_relative_by_marriage_is_named_by_apposition_and_meant_again(analyzer):
    text = ("Liu Wen, the chairman of a textile firm in Ningbo, retired on Monday. His "
            "son-in-law, Zhou Lei, will run it. Liu said his son-in-law had earned the job.")
    doc = analyze(analyzer, text)
    zhou = entity(doc, "Zhou Lei")
    assert owner(doc, "His son-in-law") is zhou and owner(doc, "his son-in-law") is zhou
    assert owner(doc, "His") is entity(doc, "Liu Wen")


def test_an_unnamed_relative_by_marriage_is_one_person_not_a_namesake(analyzer):
    # A sister-in-law need not share the family name, so the other Aldana is not taken for her.
    text = ("Rosa Aldana, 44, said her sister-in-law had crossed the border in March with "
            "Lucia Aldana, a niece.\n\nMs Aldana, who runs a bakery, said her sister-in-law "
            "had not called since.")
    doc = analyze(analyzer, text)
    relative = owner(doc, "her sister-in-law")
    assert relative is owner(doc, "her sister-in-law", 1)
    assert relative is not entity(doc, "Lucia Aldana")
    assert (relative.name, relative.gender, relative.described) == ("sister-in-law of Rosa Aldana", "f", True)


def test_the_boy_is_the_one_unnamed_son_and_an_age_may_stand_before_a_kin_word(analyzer):
    text = ("A man who took his 7-year-old son to Portugal without the mother's consent was "
            "fined on Monday.\n\nDerek Mullan, 41, pleaded guilty in March. The boy, now 9, "
            "lives with his mother in Cork. The child was not in court.")
    doc = analyze(analyzer, text)
    son = owner(doc, "his 7-year-old son")
    assert son is not None and son.described
    assert owner(doc, "The boy") is son and owner(doc, "The child") is son


def test_the_girl_is_no_son(analyzer):
    text = ("Derek Mullan, 41, said his only son had moved to Cork. The girl who found the "
            "wallet was thanked by the court. The girl was not named.")
    doc = analyze(analyzer, text)
    assert owner(doc, "The girl", 1) is not owner(doc, "his only son")
    assert owner(doc, "his only son").described


def test_a_relative_named_where_the_parser_missed_the_apposition(analyzer):
    # The model hangs "Seo Jung-ok" on the verb, not on "her aunt".
    doc = analyze(analyzer, "Oh Mi-rae runs the bakery with her aunt, Seo Jung-ok, in Incheon.")
    assert "her aunt" in mention_texts(entity(doc, "Seo Jung-ok"))


def test_a_name_at_birth_is_the_same_woman(analyzer):
    text = ("Dr Halina Wróblewska, a cardiologist, died on Oct. 29 at her home in Kraków. She was "
            "81.\n\nHalina Nowicka was born in Lwów in 1933. She studied medicine in Kraków.")
    doc = analyze(analyzer, text)
    assert owner(doc, "Halina Nowicka") is entity(doc, "Halina Wróblewska")


def test_a_namesake_born_elsewhere_is_not_merged_when_two_share_the_given_name(analyzer):
    text = ("Anna Kowal and Anna Zielińska founded the clinic in 1990.\n\nAnna Nowak was born in "
            "Gdańsk in 1970 and joined them in 1995.")
    doc = analyze(analyzer, text)
    nowak = owner(doc, "Anna Nowak")
    assert nowak is not None and nowak.name == "Anna Nowak"


def test_a_described_persons_relative_is_read_like_a_named_ones(analyzer):
    text = ("Kang Tae-sik said Monday that he would hand control of Hanseong Marine to his son. "
            "The elder Mr. Kang, 81, will keep the title of honorary chairman.\n\nRegulators are "
            "investigating whether the company steered orders to a logistics affiliate owned by "
            "the chairman’s daughter-in-law, Yoon Seo-yeon.")
    doc = analyze(analyzer, text)
    assert owner(doc, "daughter-in-law") is entity(doc, "Yoon Seo-yeon")


def test_the_couples_relative_is_the_relative_of_both(analyzer):
    text = ("Stanisław Nowak has run the bakery for 62 years. He is 90.\n\nZofia Nowak, who ran "
            "the counter, died in 2016. Since then the counter has been run by the couple's "
            "granddaughter, Magdalena Wójcik, 34.\n\nHer grandfather still refuses to use a mixer, "
            "she said.")
    doc = analyze(analyzer, text)
    assert owner(doc, "Her grandfather") is entity(doc, "Stanisław Nowak")


def test_a_sibling_s_father_is_one_s_own(analyzer):
    text = ("Hirut Bekele tested the seed on land where her father, Tadesse Worku, grows "
            "barley.\n\nHer brother, Samuel Bekele, runs the farm now. He said his father still "
            "keeps a strip of the old variety.")
    doc = analyze(analyzer, text)
    assert owner(doc, "his father") is entity(doc, "Tadesse Worku")


def test_a_namesake_declared_no_relation_is_never_a_guessed_relative(analyzer):
    text = ("Then Lin Shu-fen set to work on the ceiling with brushes. After a year, the gilder "
            "has uncovered a dragon.\n\n\"Every day I found a scale,\" Ms Lin, 52, said on Monday."
            "\n\nThe shrine's board is led by Lin Chao-ming, 76, who is no relation. Mr Lin said "
            "elders had told stories of a dragon.\n\nLin learned the craft from her father, a "
            "sign painter who died when she was 17.")
    doc = analyze(analyzer, text)
    assert owner(doc, "her father") is not entity(doc, "Lin Chao-ming")


def test_their_father_named_later_is_the_father_of_both_siblings(analyzer):
    text = ("Maria Doukaki, the chief executive, opposed the sale. \"My father built this,\" she "
            "said.\n\nHer older brother, Petros Doukakis, backs it. Their father, Yannis "
            "Doukakis, founded the firm in 1961.")
    doc = analyze(analyzer, text)
    assert owner(doc, "My father") is entity(doc, "Yannis Doukakis")


def test_a_widow_is_a_spouse(analyzer):
    text = ("Pavel Novak ran the bakery until his death in 2019. His widow, Hana Novakova, "
            "still opens it every morning. She said her husband never took a holiday.")
    doc = analyze(analyzer, text)
    assert owner(doc, "her husband") is entity(doc, "Pavel Novak")
    text = ("Pavel Novak ran the bakery until his death in 2019. Under his will, the shop went "
            "to his widow, who still opens it every morning.")
    doc = analyze(analyzer, text)
    assert owner(doc, "his widow") is not None


def test_his_own_father_is_the_owner_s_father_not_a_misreading(analyzer):
    text = ("Karim Haddad, 51, keeps the accounts of the sign workshop. His father, Samir "
            "Haddad, is 80 and still paints every day.\n\nSamir Haddad learned the craft from "
            "his own father, who painted shop signs in the 1950s.")
    doc = analyze(analyzer, text)
    assert owner(doc, "his own father") not in (None, entity(doc, "Samir Haddad"), entity(doc, "Karim Haddad"))
