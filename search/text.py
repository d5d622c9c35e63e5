"""How search reads words: folded as people type them, and reduced to their stems.

The same normalisation is applied to what is indexed and to what is searched, on PostgreSQL and on
SQLite alike, and to the words of a snippet, so that the words found are highlighted as written.

- Turkmen: Cyrillic typing is transliterated to the Latin alphabet (сайлав → saýlaw), the letters
  ý ä ň ş ç ö ü ž are folded to y a n s c o u z, and the common suffixes are removed (see
  search/turkmen.py): saýlawlaryň, saýlawçylar and saylaw all become "saylaw".
- Russian: ё is read as е, and words are stemmed by Snowball's Russian stemmer.
- English: accents are folded (café → cafe), and words are stemmed by Snowball's English stemmer.
"""

import re
import unicodedata

import snowballstemmer

from . import turkmen

WORD = re.compile(r"\w+")

# The Turkmen Cyrillic alphabet (in use until the 1990s, and on many keyboards still) in Latin letters.
TURKMEN_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "ýo", "ж": "ž", "җ": "j", "з": "z",
        "и": "i", "й": "ý", "к": "k", "л": "l", "м": "m", "н": "n", "ң": "ň", "о": "o", "ө": "ö", "п": "p",
        "р": "r", "с": "s", "т": "t", "у": "u", "ү": "ü", "ф": "f", "х": "h", "ц": "s", "ч": "ç", "ш": "ş",
        "щ": "şç", "ъ": "", "ы": "y", "ь": "", "э": "e", "ә": "ä", "ю": "ýu", "я": "ýa",
    }
)  # fmt: skip
TURKMEN_FOLD = str.maketrans({"ý": "y", "ä": "a", "ň": "n", "ş": "s", "ç": "c", "ö": "o", "ü": "u", "ž": "z"})
SNOWBALL = {"ru": "russian", "en": "english"}


def fold(word, language):
    """Return `word` as it is compared: lower case, with the letters people type in its place."""
    word = word.lower()
    if language == "tk":
        return word.translate(TURKMEN_CYRILLIC).translate(TURKMEN_FOLD)
    if language == "ru":
        return word.replace("ё", "е")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class Normaliser:
    """Folds and stems the words of one language, remembering the words it has seen (a text repeats
    its words; one normaliser serves one document, one query or one batch of documents)."""

    def __init__(self, language):
        self.language = language
        self.seen = {}
        name = SNOWBALL.get(language)
        self.snowball = snowballstemmer.stemmer(name) if name else None

    def stems_of(self, word):
        """Return the stems of one word as written in a text: one, or for some Turkmen words a few."""
        found = self.seen.get(word)
        if found is None:
            folded = fold(word, self.language)
            if self.language == "tk":
                found = tuple(turkmen.stems(folded))
            elif self.snowball is not None:
                found = (self.snowball.stemWord(folded),)
            else:
                found = (folded,)
            self.seen[word] = found
        return found

    def words(self, text):
        """Return [(word as written, its stems)] for the words of `text`, in order."""
        return [(word, self.stems_of(word)) for word in WORD.findall(text)]

    def index_text(self, text):
        """Return `text` as the search index keeps it: the stems of its words, separated by spaces."""
        return " ".join(stem for word in WORD.findall(text) for stem in self.stems_of(word))
