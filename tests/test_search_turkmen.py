"""The Turkmen stemmer and the folding of search.text, proved on word forms as they occur in the
commission's texts and as people type them (without Turkmen letters, or in Cyrillic letters)."""

import pytest

from search.text import Normaliser, fold

# Each word, and forms of it that must share a stem with it: plural, possessive, the six cases, the
# agent -çy, -daky, verb endings; voiced final consonants (uçastogy, kitaby, maksady, ýurdy); folded
# and Cyrillic typing.
FORMS = {
    "saýlaw": (
        "saýlawlar saýlawyň saýlawa saýlawy saýlawda saýlawdan saýlawlaryň saýlawlara saýlawlarda "
        "saýlawlardan saýlawlaryny saýlawçy saýlawçylar saýlawçylaryň saýlawçylara saýlawçynyň "
        "saýlawdaky saylawlar сайлавлар"
    ),
    "uçastok": (
        "uçastoklar uçastogy uçastogyň uçastoga uçastokda uçastokdan uçastoklaryň uçastoklarda "
        "uçastoklarynyň uçastokdaky ucastogy участоклары"
    ),
    "netije": "netijeler netijesi netijäni netijeleri netijelerini netijelerde netijä netijede",
    "topar": ("toparlar topary toparyň topara toparda topardan toparlaryň toparlarda toparlarynyň toparyny"),
    "synçy": ("synçylar synçylary synçylaryň synçylara synçynyň synçylarynyň synçylardan synçylaryny syncylar"),
    "sanaw": "sanawy sanawyň sanawa sanawda sanawdan sanawlar sanawlary sanawlaryň sanawyny sanawlarda",
    "kodeks": "kodeksi kodeksiň kodekse kodeksde kodeksden kodeksine kodeksiniň",
    "Mejlis": "Mejlisi Mejlisiň Mejlise Mejlisde Mejlisden Mejlisiniň Mejlisine",
    "kitap": "kitaby kitabyň kitaba kitapda kitapdan kitaplar kitaplary",
    "mekdep": "mekdebi mekdebiň mekdebe mekdepde mekdepden mekdepler mekdeplerde",
    "maksat": "maksady maksadyň maksada maksatda maksatlar",
    "şäher": "şäheri şäheriň şähere şäherde şäherden şäherler şäherlerde şäherinde şäherindäki saherde",
    "welaýat": ("welaýaty welaýatyň welaýata welaýatda welaýatdan welaýatlar welaýatlaryň welaýatynda welaýatyndan"),
    "raýat": "raýatlar raýatlaryň raýatlara raýaty raýatyň",
    "ses": "sesler sesleri sesleriň sese sesde sesden sesiň",
    "gatnaşyk": "gatnaşygy gatnaşygyň gatnaşyga gatnaşykda gatnaşyklar gatnasygy",
    "maslahat": "maslahaty maslahatyň maslahata maslahatda maslahatlar maslahatlary",
    "düzgün": "düzgünler düzgüni düzgüniň düzgüne düzgünde düzgünlerde düzgünleri",
    "kanun": "kanuny kanunyň kanuna kanunda kanundan kanunlar",
    "guramaçylyk": "guramaçylygy guramaçylyga guramaçylykda",
    "agza": "agzalar agzalary agzalaryň agzasy agzanyň agzalara",
    "okuw": "okuwy okuwyň okuwa okuwda okuwlar",
    "merkez": "merkezi merkeziň merkeze merkezde merkezden merkezler",
    "döwlet": "döwletler döwletleriň döwleti döwletiň döwlete döwletde",
    "hasabat": "hasabaty hasabatyň hasabata hasabatda hasabatlar",
    "resminama": "resminamalar resminamasy resminamalary resminamany",
    "hyzmatdaşlyk": "hyzmatdaşlygy hyzmatdaşlyga hyzmatdaşlykda",
    "habar": "habarlar habary habaryň habara habarda",
    "ýurt": "ýurdy ýurduň ýurda ýurtda ýurtdan",
    "Aşgabat": "Aşgabady Aşgabadyň Aşgabada Aşgabatda Aşgabatdan Asgabatda Ашгабатда",
    "geçirmek": "geçirýär geçirdi geçirjek geçiripdir geçirýärler",
    "bermek": "berýär berdi berjek berjekler berip",
    "okamak": "okaýar okady okajak",
}


def stems(word):
    return set(Normaliser("tk").stems_of(word))


def test_the_test_list_has_at_least_two_hundred_word_forms():
    assert sum(len(forms.split()) for forms in FORMS.values()) >= 200


@pytest.mark.parametrize(("word", "form"), [(word, form) for word, forms in FORMS.items() for form in forms.split()])
def test_every_form_of_a_word_shares_a_stem_with_it(word, form):
    assert stems(form) & stems(word), (form, stems(form), word, stems(word))


def test_different_words_of_the_list_do_not_share_a_stem():
    words = list(FORMS)
    for i, first in enumerate(words):
        for second in words[i + 1 :]:
            assert not stems(first) & stems(second), (first, second)


@pytest.mark.parametrize(
    ("typed", "written"),
    [("saylaw", "saýlaw"), ("ucastok", "uçastok"), ("Asgabat", "Aşgabat"), ("gatnasyk", "gatnaşyk"),
     ("dowlet", "döwlet"), ("duzgun", "düzgün"), ("zurnal", "žurnal"), ("журнал", "žurnal"), ("сайлав", "saýlaw"),
     ("участок", "uçastok"), ("Ашгабат", "Aşgabat"), ("ҮЙТГЕДИЛДИ", "üýtgedildi")],
)  # fmt: skip
def test_turkmen_typed_without_its_letters_or_in_cyrillic_reads_as_written(typed, written):
    assert fold(typed, "tk") == fold(written, "tk")


def test_russian_reads_yo_as_ye_and_english_folds_accents():
    assert fold("Идёт", "ru") == fold("идет", "ru") == "идет"
    assert fold("й", "ru") == "й"  # not a letter with an accent in Russian
    assert fold("Café", "en") == "cafe"
    russian = Normaliser("ru")
    assert russian.stems_of("выборов") == russian.stems_of("выборы")
