"""Seed a large, realistic news archive quickly, for benchmarks: `manage.py seed_articles --count 100000`.

Every story is written in the three site languages (one record per language, sharing a translation
group), in one of five categories, published at a moment of the last ten years. Titles, excerpts and
150-600-word bodies are generated from parallel sentence templates, so the versions of a story say
the same thing. Rows go in with bulk inserts, a chunk at a time in two worker processes on PostgreSQL, each
chunk's search vectors computed in the same transaction.
"""

import multiprocessing
import random
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta

import django
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, connections, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify

from demo.content import read
from news.models import EXCERPT_LENGTH, Article, Category
from richtext.sanitize import summarize
from search.indexing import update_search_vectors
from sitecache.versioning import content_changed

LANGUAGES = ("en", "ru", "tk")
YEARS = 10
CHUNK = 500  # stories per bulk insert: 1,500 records, within PostgreSQL's limit of query parameters

# Category keys: the four of the demo content, and one of the seed's own.
CATEGORY_KEYS = ["elections", "observers", "training", "legislation", "voter-education"]
VOTER_EDUCATION = {
    "order": 5,
    "tk": {"name": "Saýlawçylary habarly etmek", "slug": "saylawcylary-habarly-etmek"},
    "ru": {"name": "Информирование избирателей", "slug": "informirovanie-izbirateley"},
    "en": {"name": "Voter education", "slug": "voter-education"},
}

# Slot values, one tuple (en, ru, tk) each, in the grammatical form the templates need.
PLACES = [  # where: English "in ...", Russian prepositional, Turkmen locative
    ("in Ahal province", "в Ахалском велаяте", "Ahal welaýatynda"),
    ("in Balkan province", "в Балканском велаяте", "Balkan welaýatynda"),
    ("in Dashoguz province", "в Дашогузском велаяте", "Daşoguz welaýatynda"),
    ("in Lebap province", "в Лебапском велаяте", "Lebap welaýatynda"),
    ("in Mary province", "в Марыйском велаяте", "Mary welaýatynda"),
    ("in the city of Ashgabat", "в городе Ашхабаде", "Aşgabat şäherinde"),
    ("in the city of Arkadag", "в городе Аркадаге", "Arkadag şäherinde"),
    ("in the rural districts", "в сельских этрапах", "obasebit etraplarda"),
]
TOPICS = [  # about what: English noun phrase, Russian prepositional (after "о"), Turkmen nominative
    ("the voter lists", "списках избирателей", "saýlawçylaryň sanawlary"),
    ("the network of polling stations", "сети избирательных участков", "saýlaw uçastoklarynyň ulgamy"),
    ("the nomination of candidates", "выдвижении кандидатов", "dalaşgärleri hödürlemek"),
    ("early voting", "досрочном голосовании", "möhletinden öň ses bermek"),
    ("the counting of votes", "подсчёте голосов", "sesleri sanamak"),
    ("the work of observers", "работе наблюдателей", "synçylaryň işi"),
    ("the training of election officials", "обучении членов избирательных комиссий",
     "saýlaw toparlarynyň agzalaryny okatmak"),
    ("voter education", "информировании избирателей", "saýlawçylary habarly etmek"),
    ("the Electoral Code", "Избирательном кодексе", "Saýlaw kodeksi"),
    ("the election calendar", "календаре избирательной кампании", "saýlaw kampaniýasynyň senenamasy"),
    ("accessible voting", "доступности голосования", "ses bermegiň elýeterliligi"),
    ("the campaign rules", "правилах предвыборной агитации", "saýlawöňüsi wagyz düzgünleri"),
    ("referendums", "проведении референдумов", "referendumlary geçirmek"),
    ("the results of the vote", "итогах голосования", "ses bermegiň netijeleri"),
]  # fmt: skip
SPEAKERS = [  # who: nominative, with present-tense verbs so that Russian needs no gender agreement
    ("The Central Commission", "Центральная комиссия", "Merkezi saýlaw topary"),
    ("The chair of the Commission", "Председатель Центризбиркома", "Merkezi saýlaw toparynyň başlygy"),
    ("The provincial election commission", "Велаятская избирательная комиссия", "Welaýat saýlaw topary"),
    ("The secretary of the Commission", "Секретарь комиссии", "Toparyň sekretary"),
    ("The working group", "Рабочая группа", "Iş topary"),
]
PARTNERS = [  # with whom: English plain, Russian instrumental (after "с"), Turkmen nominative (before "bilen")
    ("international observers", "международными наблюдателями", "halkara synçylar"),
    ("the OSCE mission", "миссией ОБСЕ", "ÝHHG-niň missiýasy"),
    ("political parties", "политическими партиями", "syýasy partiýalar"),
    ("public organisations", "общественными организациями", "jemgyýetçilik guramalary"),
    ("the national press", "национальной прессой", "milli metbugat"),
    ("university students", "студентами вузов", "ýokary okuw mekdepleriniň talyplary"),
    ("the CIS observer mission", "миссией наблюдателей СНГ", "GDA-nyň synçylar missiýasy"),
]
MONTHS = [  # English, Russian prepositional ("в январе"), Russian nominative, Turkmen
    ("January", "январе", "январь", "ýanwar"),
    ("February", "феврале", "февраль", "fewral"),
    ("March", "марте", "март", "mart"),
    ("April", "апреле", "апрель", "aprel"),
    ("May", "мае", "май", "maý"),
    ("June", "июне", "июнь", "iýun"),
    ("July", "июле", "июль", "iýul"),
    ("August", "августе", "август", "awgust"),
    ("September", "сентябре", "сентябрь", "sentýabr"),
    ("October", "октябре", "октябрь", "oktýabr"),
    ("November", "ноябре", "ноябрь", "noýabr"),
    ("December", "декабре", "декабрь", "dekabr"),
]

# Sentences in (en, ru, tk). Slots: {place} {topic} {speaker} {partner} {number} {year} {year_tk}
# {month} {month_prep} {month_nom}; numbers are multiples of ten, which Russian agrees with simply.
SENTENCES = [
    (
        "{place}, a working meeting was held on {topic}.",
        "{place} состоялось рабочее совещание о {topic}.",
        "{place} {topic} barada iş maslahaty geçirildi.",
    ),
    (
        "{speaker} reminds voters that the documents on {topic} are published on the official website.",
        "{speaker} напоминает, что документы о {topic} опубликованы на официальном сайте.",
        "{speaker} {topic} baradaky resminamalaryň resmi saýtda çap edilendigini ýatladýar.",
    ),
    (
        "Together with {partner}, seminars attended by {number} people were held {place}.",
        "Совместно с {partner} {place} проведены семинары, в которых приняли участие {number} человек.",
        "{partner} bilen bilelikde {place} {number} adamyň gatnaşmagynda seminarlar geçirildi.",
    ),
    (
        "In {month} {year}, more than {number} citizens received advice on {topic}.",
        "В {month_prep} {year} года более {number} граждан получили консультации о {topic}.",
        "{year_tk} ýylyň {month} aýynda {number} töweregi raýat {topic} barada maslahat aldy.",
    ),
    (
        "The question of {topic} was considered separately.",
        "Отдельно был рассмотрен вопрос о {topic}.",
        "Aýratynam {topic} baradaky meselä garaldy.",
    ),
    (
        "Members of precinct commissions {place} completed a training course on {topic}.",
        "Члены участковых комиссий {place} прошли обучение по вопросу о {topic}.",
        "{place} uçastok saýlaw toparlarynyň agzalary {topic} boýunça okuwy tamamladylar.",
    ),
    (
        "The Commission thanks everyone who took part for their constructive proposals.",
        "Комиссия благодарит всех участников за конструктивные предложения.",
        "Topar ähli gatnaşyjylara netijeli teklipleri üçin minnetdarlyk bildirýär.",
    ),
    (
        "The next meeting is planned for {month} {year}.",
        "Следующее заседание запланировано на {month_nom} {year} года.",
        "Indiki mejlis {year_tk} ýylyň {month} aýyna meýilleşdirildi.",
    ),
    (
        "According to the Commission, {number} polling stations {place} are ready for voting.",
        "По данным комиссии, {place} к голосованию готовы {number} избирательных участков.",
        "Toparyň maglumatlaryna görä, {place} {number} saýlaw uçastogy ses bermäge taýýar.",
    ),
    (
        "Voters can check their details in the voter list at any polling station or on the Commission's website.",
        "Избиратели могут проверить свои данные в списке избирателей на любом участке или на сайте комиссии.",
        "Saýlawçylar öz maglumatlaryny islendik saýlaw uçastogynda ýa-da toparyň saýtynda barlap bilerler.",
    ),
    (
        "{speaker} answers questions from journalists about {topic}.",
        "{speaker} отвечает на вопросы журналистов о {topic}.",
        "{speaker} {topic} barada žurnalistleriň soraglaryna jogap berýär.",
    ),
    (
        "The meeting with {partner} was held in an open and constructive atmosphere.",
        "Встреча с {partner} прошла в открытой и конструктивной атмосфере.",
        "{partner} bilen duşuşyk açyk we netijeli ýagdaýda geçdi.",
    ),
    (
        "Information materials on {topic} have been prepared in the Turkmen, Russian and English languages.",
        "Информационные материалы о {topic} подготовлены на туркменском, русском и английском языках.",
        "{topic} barada maglumat materiallary türkmen, rus we iňlis dillerinde taýýarlandy.",
    ),
    (
        "The election commission will keep the public informed about every stage of the election.",
        "Избирательная комиссия будет и далее информировать общественность о каждом этапе выборов.",
        "Saýlaw topary jemgyýetçiligi saýlawlaryň her tapgyry barada mundan beýläk-de habarly eder.",
    ),
    (
        "Observers noted that the election procedures {place} complied with national law.",
        "Наблюдатели отметили, что избирательные процедуры {place} соответствовали национальному законодательству.",
        "Synçylar {place} saýlaw amallarynyň milli kanunçylyga laýyk gelendigini bellediler.",
    ),
    (
        "A total of {number} applications were reviewed within the time limits set by law.",
        "Всего в установленные законом сроки рассмотрено {number} обращений.",
        "Kanunda bellenen möhletde jemi {number} ýüzlenmä garaldy.",
    ),
    (
        "{speaker} stresses that every citizen has an equal right to take part in the election.",
        "{speaker} подчёркивает, что каждый гражданин имеет равное право участвовать в выборах.",
        "{speaker} her bir raýatyň saýlawlara gatnaşmaga deň hukugynyň bardygyny nygtaýar.",
    ),
    (
        "Ballot boxes, booths and seals were delivered to the polling stations {place} on time.",
        "Ящики для голосования, кабины и печати своевременно доставлены на участки {place}.",
        "{place} ses berilýän gutular, kabinalar we möhürler uçastoklara öz wagtynda eltildi.",
    ),
]  # fmt: skip

HEADINGS = [
    ("Next steps", "Дальнейшие шаги", "Indiki ädimler"),
    ("Background", "Справка", "Maglumat üçin"),
    ("Details", "Подробности", "Jikme-jiklikler"),
]
# Titles per category key, in (en, ru, tk).
TITLES = {
    "elections": [
        ("Preparations for the {year} elections {place}", "Подготовка к выборам {year} года {place}",
         "{place} {year_tk} ýylyň saýlawlaryna taýýarlyk"),
        ("Commission meeting on {topic}", "Заседание комиссии о {topic}", "{topic} barada toparyň mejlisi"),
        ("{number} polling stations open {place}", "{place} открыто {number} избирательных участков",
         "{place} {number} saýlaw uçastogy açyldy"),
    ],
    "observers": [
        ("Meeting with {partner} on {topic}", "Встреча с {partner} о {topic}",
         "{partner} bilen {topic} barada duşuşyk"),
        ("International observers complete their mission {place}",
         "Международные наблюдатели завершили работу {place}", "Halkara synçylar {place} işini tamamladylar"),
    ],
    "training": [
        ("Seminar for election officials on {topic}", "Семинар для членов комиссий о {topic}",
         "Saýlaw toparlarynyň agzalary üçin {topic} barada seminar"),
        ("{number} commission members trained {place}", "{place} обучено {number} членов комиссий",
         "{place} toparlaryň {number} agzasy okadyldy"),
    ],
    "legislation": [
        ("Explanation of the provisions on {topic}", "Разъяснение положений о {topic}",
         "{topic} baradaky düzgünleriň düşündirişi"),
        ("Amendments on {topic} take effect in {month} {year}",
         "Изменения о {topic} вступают в силу в {month_prep} {year} года",
         "{topic} baradaky üýtgetmeler {year_tk} ýylyň {month} aýynda güýje girýär"),
    ],
    "voter-education": [
        ("Voters invited to learn about {topic}", "Избирателей приглашают узнать о {topic}",
         "Saýlawçylar {topic} bilen tanyşmaga çagyrylýar"),
        ("Information day on {topic} {place}", "День информирования о {topic} {place}",
         "{place} {topic} barada maglumat güni"),
    ],
}  # fmt: skip

CYRILLIC = str.maketrans(
    {
        **dict(zip("абвгдеёзийклмнопрстуфыэ", "abvgdeeziyklmnoprstufye", strict=True)),
        **{"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "", "ю": "yu", "я": "ya"},
    }
)


def transliterate(text):
    return text.lower().translate(CYRILLIC)


def year_tk(year):
    """Return the Turkmen ordinal of a year, e.g. 2024-nji, 2026-njy."""
    last = year % 10
    suffix = "njy" if last in (6, 9) or (last == 0 and year % 100 != 20) else "nji"
    return f"{year}-{suffix}"


def capitalise(text):
    return text[:1].upper() + text[1:]


class Story:
    """One story: the slot values and sentence plan shared by its three language versions."""

    def __init__(self, rng, category_key, publish_at):
        self.category_key = category_key
        self.publish_at = publish_at
        self.title = rng.randrange(len(TITLES[category_key]))
        self.slots = self.pick(rng)
        # 150-600 words, counted in English (the other versions say the same); a heading and a list add
        # at most 17 words.
        target_words, words, sentences = rng.randint(150, 560), 0, []
        while words < target_words:
            sentence, slots = rng.randrange(len(SENTENCES)), self.pick(rng)
            length = len(self.fill(SENTENCES[sentence][0], slots, 0, publish_at.year).split())
            if words + length <= 580:
                sentences.append((sentence, slots))
                words += length
        self.blocks = []
        while sentences:
            take = rng.randint(2, 5)
            self.blocks.append(("p", sentences[:take]))
            sentences = sentences[take:]
            if len(self.blocks) == 3 and rng.random() < 0.3:
                self.blocks.append(("h2", rng.randrange(len(HEADINGS))))
            elif len(self.blocks) == 2 and rng.random() < 0.2:
                self.blocks.append(("ul", rng.sample(range(len(PLACES)), 3)))
        self.excerpt = rng.random() < 0.7

    @staticmethod
    def pick(rng):
        return (
            rng.randrange(len(PLACES)),
            rng.randrange(len(TOPICS)),
            rng.randrange(len(SPEAKERS)),
            rng.randrange(len(PARTNERS)),
            rng.randrange(3, 300) * 10,
            rng.randrange(12),
        )

    def fill(self, template, slots, index, year):
        place, topic, speaker, partner, number, month = slots
        return capitalise(
            template.format(
                place=PLACES[place][index],
                topic=TOPICS[topic][index],
                speaker=SPEAKERS[speaker][index],
                partner=PARTNERS[partner][index],
                number=number,
                year=year,
                year_tk=year_tk(year),
                month=MONTHS[month][0] if index == 0 else MONTHS[month][3],
                month_prep=MONTHS[month][1],
                month_nom=MONTHS[month][2],
            )
        )

    def render(self, language):
        """Return (title, excerpt, body HTML) in `language`."""
        index = ("en", "ru", "tk").index(language)
        year = self.publish_at.year
        title = self.fill(TITLES[self.category_key][self.title][index], self.slots, index, year)
        parts = []
        for kind, content in self.blocks:
            if kind == "p":
                text = " ".join(self.fill(SENTENCES[s][index], slots, index, year) for s, slots in content)
                parts.append(f"<p>{text}</p>")
            elif kind == "h2":
                parts.append(f"<h2>{HEADINGS[content][index]}</h2>")
            else:
                items = "".join(f"<li>{capitalise(PLACES[p][index])}</li>" for p in content)
                parts.append(f"<ul>{items}</ul>")
        excerpt = ""
        if self.excerpt:
            first = self.blocks[0][1]
            excerpt = " ".join(self.fill(SENTENCES[s][index], slots, index, year) for s, slots in first[:2])[:300]
        return title, excerpt, "\n".join(parts)


def slug_for(title, language, number):
    base = slugify(transliterate(title) if language == "ru" else title)[:80].rstrip("-")
    return f"{base}-{number}"


def seed_chunk(seed, chunk, groups, last_records, first_number, category_ids, now):
    """Create the stories of one chunk and index them; return the number of records created.

    Each chunk has its own random generator, so the archive does not depend on the number of jobs; the
    first story number is part of its seed, so that seeding again adds new stories.
    """
    rng = random.Random(f"{seed}:{first_number}:{chunk}")
    span = int(timedelta(days=365 * YEARS).total_seconds())
    batch = []
    for offset in range(groups):
        key = rng.choice(CATEGORY_KEYS)
        story = Story(rng, key, now - timedelta(seconds=rng.randrange(60, span)))
        group = uuid.UUID(int=rng.getrandbits(128), version=4)
        featured = rng.random() < 0.01
        number = first_number + chunk * CHUNK + offset
        languages = LANGUAGES[:last_records] if offset == groups - 1 else LANGUAGES
        for language in languages:
            title, excerpt, body = story.render(language)
            batch.append(
                Article(
                    language=language,
                    translation_group=group,
                    title=title[:200],
                    slug=slug_for(title, language, number),
                    category_id=category_ids[key],
                    excerpt=excerpt,
                    summary=excerpt.strip() or summarize(body, EXCERPT_LENGTH),
                    body=body,
                    status=Article.Status.PUBLISHED,
                    publish_at=story.publish_at,
                    featured=featured,
                )
            )
    with transaction.atomic():
        Article.objects.bulk_create(batch)
        if connection.vendor == "postgresql":
            update_search_vectors(Article.objects.filter(pk__in=[a.pk for a in batch]))
    return len(batch)


def run_chunk(args):
    try:
        return seed_chunk(*args)
    finally:
        connections.close_all()


class Command(BaseCommand):
    help = "Create N published articles in all languages over 5 categories and 10 years (bulk inserts)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, required=True, help="Number of article records to create.")
        parser.add_argument("--seed", type=int, default=2026, help="Random seed, for reproducible archives.")
        parser.add_argument(
            "--jobs", type=int, default=0, help="Worker processes (default: 2 on PostgreSQL, 1 on SQLite)."
        )

    def handle(self, *args, count, seed, jobs, **options):
        if count < 1:
            raise CommandError("--count must be at least 1.")
        started = time.monotonic()
        jobs = jobs or (2 if connection.vendor == "postgresql" else 1)
        category_ids = {key: category.pk for key, category in self.categories().items()}
        first_number = (Article.objects.aggregate(top=Max("id"))["top"] or 0) + 1
        now = timezone.now().replace(microsecond=0)
        stories = -(-count // len(LANGUAGES))
        last_records = count - (stories - 1) * len(LANGUAGES)
        work = []
        for chunk, start in enumerate(range(0, stories, CHUNK)):
            groups = min(CHUNK, stories - start)
            last = last_records if start + groups == stories else len(LANGUAGES)
            work.append((seed, chunk, groups, last, first_number, category_ids, now))
        if jobs == 1:
            created = sum(seed_chunk(*args) for args in work)
        else:
            # Workers are new processes that set Django up themselves and open their own connections: a
            # forked worker would share the parent's connection pool, its threads and sockets.
            context = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=django.setup) as pool:
                created = sum(pool.map(run_chunk, work))
        seeded = time.monotonic()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE news_article")
        else:
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        content_changed()
        self.stdout.write(
            f"Seeded {created} articles in {time.monotonic() - started:.1f} s with {jobs} job(s) "
            f"(insert and index {seeded - started:.1f} s, analyze {time.monotonic() - seeded:.1f} s); "
            f"{Article.objects.count()} in all."
        )

    def categories(self):
        """Return the five categories by key, reusing the demo ones where they exist."""
        known = read("categories.toml")
        known["voter-education"] = VOTER_EDUCATION
        result = {}
        for order, key in enumerate(CATEGORY_KEYS, start=1):
            data = known[key]
            fields = {"order": data.get("order", order)}
            for code in LANGUAGES:
                for field in ("name", "slug", "description"):
                    fields[f"{field}_{code}"] = data.get(code, {}).get(field, "")
            result[key], _created = Category.objects.get_or_create(slug_tk=fields.pop("slug_tk"), defaults=fields)
        return result
