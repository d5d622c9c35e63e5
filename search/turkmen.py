"""A small stemmer of Turkmen, for search: the common endings of nouns and verbs are removed.

It works on folded words (search.text.fold: ý→y, ä→a, ň→n, ş→s, ç→c, ö→o, ü→u, ž→z), so that words
typed without Turkmen letters give the same stems as the text. Endings are removed from the end of
the word, the longest first, as long as at least MIN_STEM letters remain; both vowel-harmony
variants of each ending are listed (-lar/-ler, -da/-de, ...). After each, the last consonant is made
voiceless, because Turkmen voices it before a vowel (uçastok, uçastogy; kitap, kitaby; maksat,
maksady; agaç, agajy), and the next ending is looked for.

Where the first letter of an ending may be the word's last (maksady is maksat-y, geçirdi is
geçir-di; Mejlisi is Mejlis-i, netijesi is netije-si), both stems are kept, and a word matches
another when they share a stem; endings in s or n are taken whole only after a vowel (kodeks-i).
A stem is not always a dictionary word (netije and netijeler both give "netic"): what counts is that
the forms of one word share a stem. tests/test_search_turkmen.py holds the forms it is proved on.
"""

MIN_STEM = 3
MAX_STRIPS = 5

ENDINGS = [
    # Plural, with the possessive and case endings that follow it.
    "larynyn", "lerinin", "laryndan", "lerinden", "larynda", "lerinde", "laryna", "lerine", "laryny", "lerini",
    "lardan", "lerden", "larda", "lerde", "lara", "lere", "lary", "leri", "lar", "ler",
    # Possessive: my, your, our, his/her/its.
    "ymyz", "imiz", "umyz", "ynyz", "iniz", "unyz", "sy", "si", "ym", "im", "um",
    # Case: genitive, dative, accusative, locative, ablative; -daky "which is in".
    "nyn", "nin", "nun", "yn", "in", "un",
    "na", "ne", "a", "e",
    "ny", "ni", "nu", "y", "i", "u",
    "ndaky", "ndaki", "daky", "deki", "taky", "teki",
    "ndan", "nden", "dan", "den", "tan", "ten",
    "nda", "nde", "da", "de", "ta", "te",
    # Equative -ça/-çe; the agent -çy/-çi (saýlawçy "voter" from saýlaw "election"); -lyk/-lik; -syz/-siz.
    "ca", "ce", "cy", "ci", "lyk", "lik", "luk", "syz", "siz",
    # Verbs: infinitive, present, participles, past, future, converb.
    "makda", "mekde", "mak", "mek", "yarlar", "yar", "yan", "dyr", "dir", "dy", "di", "jak", "jek", "yp", "ip",
]  # fmt: skip
ENDINGS.sort(key=len, reverse=True)
VOICELESS = {"g": "k", "b": "p", "d": "t", "j": "c"}
ENDING_SET = set(ENDINGS)
VOWELS = set("aeiouy")
AFTER_VOWEL = ("s", "n")
MAX_STEMS = 4


def stems(word):
    """Return the stems of a folded Turkmen word (lower case): one, or a few where an ending is ambiguous."""
    if not word.isalpha():
        return [word]
    found = []
    branches = [(voiceless(word), 0)]
    while branches and len(found) < MAX_STEMS:
        word, strips = branches.pop()
        ending = next((e for e in ENDINGS if strippable(word, e)), None) if strips < MAX_STRIPS else None
        if ending is None:
            if word not in found:
                found.append(word)
            continue
        if ending[1:] in ENDING_SET:  # the first letter may be the word's: maksad-y (maksat) or geçir-di
            branches.append((voiceless(word[: -len(ending) + 1]), strips + 1))
            if ending.startswith(AFTER_VOWEL) and word[-len(ending) - 1] not in VOWELS:
                continue  # an ending in s or n follows a vowel: after a consonant it is the word's (kodeks-i)
        branches.append((voiceless(word[: -len(ending)]), strips + 1))
    return found


def strippable(word, ending):
    return word.endswith(ending) and len(word) - len(ending) >= MIN_STEM


def voiceless(word):
    return word[:-1] + VOICELESS[word[-1]] if word[-1] in VOICELESS else word
