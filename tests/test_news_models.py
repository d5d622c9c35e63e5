import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from news.models import Article, Category

from .factories import image_upload, make_article, make_category

pytestmark = pytest.mark.django_db

LONG_BODY = "<p>" + " ".join(["Precinct commissions prepared the polling stations carefully."] * 12) + "</p>"


def test_blank_excerpt_is_derived_from_body_as_plain_text_cut_at_a_word():
    article = make_article(body="<h2>Heading</h2>" + LONG_BODY, excerpt="")
    assert article.summary.startswith("Heading Precinct commissions")
    assert article.summary.endswith("...")
    assert len(article.summary) <= 200
    assert "<" not in article.summary
    words = article.summary[:-3].split()
    assert all(word in "Heading Precinct commissions prepared the polling stations carefully." for word in words)


def test_written_excerpt_is_kept_as_it_is():
    article = make_article(body=LONG_BODY, excerpt="Short summary by the editor.")
    assert article.summary == "Short summary by the editor."


def test_short_body_gives_whole_text_without_ellipsis():
    article = make_article(body="<p>The meeting took place.</p>")
    assert article.summary == "The meeting took place."


def test_cover_image_requires_alt_text_in_the_articles_language():
    from medialibrary.models import Image

    image = Image.objects.create(file=image_upload(), description_tk="Saýlaw gutusy")
    article = Article(
        language="en", title="With photo", slug="with-photo", category=make_category(), body="<p>x</p>",
        cover_image=image,
    )  # fmt: skip
    with translation.override("en"), pytest.raises(ValidationError) as error:  # the message in the staff's language
        article.full_clean()
    assert "no description in English" in error.value.message_dict["cover_image"][0]
    article.language = "tk"
    article.full_clean()


def test_slug_is_unique_within_a_language_but_may_repeat_across_languages():
    first = make_article(slug="observers", language="en")
    make_article(slug="observers", language="ru")
    duplicate = Article(language="en", title="x", slug="observers", category=first.category, body="<p>x</p>")
    with translation.override("en"), pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "already uses this slug" in str(error.value)


def test_body_is_sanitized_when_saved():
    article = make_article(body='<p onclick="steal()">Hi<script>alert(1)</script></p>')
    article.refresh_from_db()
    assert article.body == "<p>Hi</p>"


def test_category_name_follows_the_active_language():
    category = make_category(name_tk="Saýlawlar", name_ru="Выборы", name_en="Elections")
    with translation.override("ru"):
        assert str(category) == "Выборы"
    with translation.override("tk"):
        assert category.name == "Saýlawlar"


def test_category_without_a_name_is_refused():
    category = Category(order=1)
    with pytest.raises(ValidationError):
        category.full_clean()


def test_cover_image_is_stored_with_a_generated_name():
    article = make_article(cover_image=image_upload("my holiday.png"), cover_alt="A ballot box")
    assert "holiday" not in article.cover_image.file.name
    assert article.cover_image.file.name.startswith("library/")
    assert article.cover_image.width == 64 and article.cover_image.height == 48


def test_article_at_address_is_the_one_with_that_slug_in_that_language_with_all_its_fields():
    english = make_article(slug="results", title="Results", excerpt="Turnout was high.", status=Article.Status.DRAFT)
    russian = make_article(slug="results", language="ru", title="Итоги", category=english.category)

    found = Article.objects.at_address("en", "results")
    loaded = Article.objects.get(pk=english.pk)
    fields = [f.attname for f in Article._meta.concrete_fields if f.name != "search_vector"]
    assert [getattr(found, name) for name in fields] == [getattr(loaded, name) for name in fields]
    assert found.status == Article.Status.DRAFT  # whether it may be shown is the view's decision
    assert (found.category, found.photo_count, found.attachment_count) == (english.category, 0, 0)
    assert Article.objects.at_address("ru", "results").pk == russian.pk
    assert Article.objects.at_address("tk", "results") is None
    assert Article.objects.at_address("en", "no-such-article") is None
