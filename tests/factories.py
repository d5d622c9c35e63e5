"""Small factories for tests: make_x(**overrides) with sensible, valid defaults."""

import io
import itertools
from datetime import timedelta

from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from news.models import Article, Category
from pages.models import Page

_counter = itertools.count(1)


def make_category(**overrides):
    n = next(_counter)
    fields = {
        "name_tk": f"Bölüm {n}",
        "slug_tk": f"bolum-{n}",
        "name_ru": f"Раздел {n}",
        "slug_ru": f"razdel-{n}",
        "name_en": f"Section {n}",
        "slug_en": f"section-{n}",
        "order": n,
    }
    fields.update(overrides)
    return Category.objects.create(**fields)


def make_image(upload=None, **overrides):
    """A library image; `upload` defaults to a small PNG."""
    from medialibrary.models import Image as LibraryImage

    return LibraryImage.objects.create(file=upload or image_upload(), **overrides)


def with_library_cover(fields):
    """Let a test give a cover as an upload and its description: they become a library image."""
    upload, alt = fields.pop("cover_image", None), fields.pop("cover_alt", "")
    if upload is not None and not hasattr(upload, "_meta"):
        upload = make_image(upload, **{f"description_{fields.get('language', 'en')}": alt})
    if upload is not None:
        fields["cover_image"] = upload
    return fields


def make_article(**overrides):
    n = next(_counter)
    fields = {
        "language": "en",
        "title": f"Article number {n}",
        "slug": f"article-{n}",
        "body": f"<p>Body of article {n} about the elections.</p>",
        "status": Article.Status.PUBLISHED,
        "publish_at": timezone.now() - timedelta(hours=n),
    }
    fields.update(overrides)
    if "category" not in fields:
        fields["category"] = make_category()
    return Article.objects.create(**with_library_cover(fields))


def make_translation(article, language, **overrides):
    fields = {
        "translation_group": article.translation_group,
        "category": article.category,
        "publish_at": article.publish_at,
        "status": article.status,
        "language": language,
        "title": f"{article.title} ({language})",
        "slug": f"{article.slug}-{language}",
        "body": article.body,
    }
    fields.update(overrides)
    return Article.objects.create(**with_library_cover(fields))


def make_page(**overrides):
    n = next(_counter)
    fields = {
        "language": "en",
        "title": f"Page {n}",
        "slug": f"page-{n}",
        "body": f"<p>Text of page {n}.</p>",
        "status": Page.Status.PUBLISHED,
    }
    fields.update(overrides)
    return Page.objects.create(**fields)


def make_user(username=None, groups=(), **overrides):
    username = username or f"user{next(_counter)}"
    user = User.objects.create_user(username=username, password="correct horse battery staple", **overrides)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def make_staff(groups=("Press staff",), **overrides):
    return make_user(groups=groups, is_staff=True, **overrides)


def image_bytes(fmt="PNG", size=(64, 48), colour=(20, 90, 60), **save_options):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format=fmt, **save_options)
    return buffer.getvalue()


def image_upload(name="photo.png", fmt="PNG", **options):
    content_type = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif", "WEBP": "image/webp"}[fmt]
    return SimpleUploadedFile(name, image_bytes(fmt, **options), content_type=content_type)


def inline_management(*prefixes):
    """The management-form fields of empty admin inlines, as a browser posts them."""
    data = {}
    for prefix in prefixes:
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-MIN_NUM_FORMS": "0",
                     f"{prefix}-MAX_NUM_FORMS": "1000"})  # fmt: skip
    return data


ARTICLE_INLINES = inline_management("photos", "attachments")
PAGE_INLINES = inline_management("photos", "attachments")


def add_turnout_figures(report, figures):
    """Give a turnout report its figures, {region code: (registered, ballots cast)}, and release them
    as a publisher's save does (elections.release) when the report is published."""
    from elections.models import Region, TurnoutFigure
    from elections.release import release

    by_code = Region.objects.in_bulk(field_name="code")
    for code, (registered, ballots) in figures.items():
        TurnoutFigure.objects.create(report=report, region=by_code[code], registered=registered, ballots_cast=ballots)
    release(report)
    return report


def add_result_figures(report, candidates, votes, ballots=None):
    """Give a result report its votes, {region code: [votes per candidate]}, and each region's ballots,
    {region code: (registered, ballots cast, invalid)} (by default: twice as many ballots as votes,
    twice as many voters as ballots, none invalid); release them when the report is published."""
    from elections.models import Region, ResultFigure, ResultProtocol
    from elections.release import release

    by_code = Region.objects.in_bulk(field_name="code")
    ballots = ballots or {}
    for code, numbers in votes.items():
        registered, cast, invalid = ballots.get(code, (4 * sum(numbers), 2 * sum(numbers), 0))
        ResultProtocol.objects.create(
            report=report, region=by_code[code], registered=registered, ballots_cast=cast, invalid=invalid
        )
        for candidate, number in zip(candidates, numbers, strict=True):
            ResultFigure.objects.create(report=report, region=by_code[code], candidate=candidate, votes=number)
    release(report)
    return report


def document_pdf(text="A decision", name="decision.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.4\n% " + text.encode() + b"\n%%EOF\n", content_type="application/pdf")


def make_registry_document(languages=("tk",), **overrides):
    """A document of the registry (elections.Document) with one file in each of `languages`."""
    from elections.models import Document, DocumentVersion

    n = next(_counter)
    fields = {
        "number": f"{n}/1",
        "kind": Document.Kind.DECISION,
        "title_tk": f"Karar {n}",
        "title_ru": f"Решение {n}",
        "title_en": f"Decision {n}",
        "adopted_on": timezone.localdate() - timedelta(days=n),
    }
    fields.update(overrides)
    document = Document.objects.create(**fields)
    for language in languages:
        DocumentVersion(document=document, language=language, file=document_pdf(f"{language} file")).save()
    return document
