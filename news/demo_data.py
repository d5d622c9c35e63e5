"""Demo content for the news section of the Central Commission website.

Fictional but plausible news items in Turkmen (tk), Russian (ru) and
English (en). All names of people are omitted on purpose; figures and
dates are invented for demonstration only.

Election calendar used consistently throughout the items:
  * Presidential election ........................ 14 April 2024
  * Elections to the Mejlis ...................... 23 March 2025
  * Elections to people's councils and Gengeshes . 29 March 2026

``publish_at`` is local time (Asia/Ashgabat) in ISO format without a
timezone, or the literal string "future" for the scheduled item (the
loader places it a few days ahead of the load date).
"""

CATEGORIES = [
    {
        "key": "elections",
        "order": 1,
        "tk": {
            "name": "Saýlawlar",
            "slug": "saylawlar",
            "description": (
                "Prezident, parlament we ýerli saýlawlaryna taýýarlyk görmek "
                "we olary geçirmek, ses berişligiň netijeleri we "
                "saýlawçylaryň gatnaşygy baradaky habarlar."
            ),
        },
        "ru": {
            "name": "Выборы",
            "slug": "vybory",
            "description": (
                "Новости о подготовке и проведении президентских, "
                "парламентских и местных выборов, итогах голосования "
                "и явке избирателей."
            ),
        },
        "en": {
            "name": "Elections",
            "slug": "elections",
            "description": (
                "News about the preparation and conduct of presidential, "
                "parliamentary and local elections, voting results and turnout."
            ),
        },
    },
    {
        "key": "observers",
        "order": 2,
        "tk": {
            "name": "Halkara synçylar",
            "slug": "halkara-syncylar",
            "description": (
                "Halkara synçylar missiýalarynyň beýanatlary, daşary ýurt "
                "saýlaw edaralary we halkara guramalar bilen hyzmatdaşlyk "
                "barada habarlar."
            ),
        },
        "ru": {
            "name": "Международные наблюдатели",
            "slug": "mezhdunarodnye-nablyudateli",
            "description": (
                "Заявления международных миссий наблюдателей и новости "
                "о сотрудничестве с зарубежными избирательными органами "
                "и международными организациями."
            ),
        },
        "en": {
            "name": "International observers",
            "slug": "international-observers",
            "description": (
                "Statements of international observation missions and news of "
                "cooperation with foreign election bodies and international "
                "organisations."
            ),
        },
    },
    {
        "key": "training",
        "order": 3,
        "tk": {
            "name": "Okuwlar we seminarlar",
            "slug": "okuwlar-we-seminarlar",
            "description": (
                "Saýlaw toparlarynyň agzalary üçin okuw maslahatlary, "
                "talyplaryň önümçilik tejribeligi we saýlawçylar üçin bilim "
                "taslamalary."
            ),
        },
        "ru": {
            "name": "Обучение и семинары",
            "slug": "obuchenie-i-seminary",
            "description": (
                "Семинары для членов избирательных комиссий, производственная "
                "практика студентов и просветительские проекты для избирателей."
            ),
        },
        "en": {
            "name": "Training and seminars",
            "slug": "training-and-seminars",
            "description": (
                "Seminars for members of election commissions, practical "
                "training of students and educational projects for voters."
            ),
        },
    },
    {
        "key": "legislation",
        "order": 4,
        "tk": {
            "name": "Saýlaw kanunçylygy",
            "slug": "saylaw-kanuncylygy",
            "description": (
                "Türkmenistanyň Saýlaw kodeksi, oňa girizilýän üýtgetmeler, "
                "Merkezi saýlaw toparynyň kararlary we saýlaw kanunçylygy "
                "boýunça düşündirişler."
            ),
        },
        "ru": {
            "name": "Избирательное законодательство",
            "slug": "izbiratelnoe-zakonodatelstvo",
            "description": (
                "Избирательный кодекс Туркменистана, изменения в него, "
                "постановления Центральной комиссии и разъяснения "
                "избирательного законодательства."
            ),
        },
        "en": {
            "name": "Electoral legislation",
            "slug": "electoral-legislation",
            "description": (
                "The Electoral Code of Turkmenistan, amendments to it, "
                "resolutions of the Central Commission and explanations of "
                "electoral law."
            ),
        },
    },
]

ARTICLES = [
    # ------------------------------------------------------------------
    # 2024
    # ------------------------------------------------------------------
    {
        "key": "2024-04-presidential-election-results",
        "category": "elections",
        "publish_at": "2024-04-15T09:00",
        "featured": True,
        "status": "published",
        "cover": {"colour": "#1f4e79", "motif": "flag"},
        "translations": {
            "tk": {
                "title": "Prezident saýlawlarynyň netijeleri jemlendi",
                "slug": "prezident-saylawlarynyn-netijeleri-jemlendi",
                "body": (
                    "<p>2024-nji ýylyň 14-nji aprelinde ýurdumyzyň ähli "
                    "künjeginde Türkmenistanyň Prezidentiniň saýlawlary asuda, "
                    "guramaçylykly we baýramçylyk ýagdaýynda geçirildi. Saýlaw "
                    "uçastoklary sagat 7:00-dan 19:00-a çenli işledi, daşary "
                    "ýurtlarda bolýan raýatlarymyz bolsa Türkmenistanyň "
                    "diplomatik wekilhanalarynyň ýanynda açylan saýlaw "
                    "uçastoklarynda ses berdiler.</p>"
                    "<p>Türkmenistanda saýlawlary we sala salşyklary geçirmek "
                    "boýunça Merkezi topar 15-nji aprelde geçirilen mejlisinde "
                    "welaýat, şäher we uçastok saýlaw toparlaryndan gelip "
                    "gowşan jemleýji teswirnamalaryň esasynda ses berişligiň "
                    "deslapky netijelerini jemledi. Saýlawçylaryň sanawyna "
                    "girizilen 3 512 406 raýatdan 3 401 318-si ses berişlige "
                    "gatnaşdy, bu bolsa 96,84 göterime deňdir.</p>"
                    "<h2>Sebitler boýunça saýlawçylaryň gatnaşygy</h2>"
                    "<table><thead><tr><th>Sebit</th><th>Gatnaşyk, %</th></tr></thead><tbody>"
                    "<tr><td>Ahal welaýaty</td><td>97,12</td></tr>"
                    "<tr><td>Balkan welaýaty</td><td>96,47</td></tr>"
                    "<tr><td>Daşoguz welaýaty</td><td>97,38</td></tr>"
                    "<tr><td>Lebap welaýaty</td><td>96,91</td></tr>"
                    "<tr><td>Mary welaýaty</td><td>97,26</td></tr>"
                    "<tr><td>Aşgabat şäheri</td><td>95,83</td></tr>"
                    "<tr><td>Arkadag şäheri</td><td>98,15</td></tr>"
                    "</tbody></table>"
                    "<p>Saýlawlara syýasy partiýalar we raýatlaryň başlangyç "
                    "toparlary tarapyndan hödürlenen bäş dalaşgär gatnaşdy. "
                    "Deslapky maglumatlara görä, dalaşgärleriň biri "
                    "saýlawçylaryň sesleriniň 91,7 göterimini alyp, "
                    "Türkmenistanyň Prezidenti wezipesine saýlandy. Galan "
                    "sesler beýleki dört dalaşgäriň arasynda paýlandy.</p>"
                    "<p>Merkezi saýlaw toparynyň başlygy saýlawlaryň "
                    "Türkmenistanyň Saýlaw kodeksine we umumy ykrar edilen "
                    "halkara kadalara doly laýyklykda geçirilendigini belledi. "
                    "Ses berişligiň barşyny milli synçylar we halkara "
                    "guramalaryň missiýalary synlady, olaryň beren bahalary "
                    "<a href=\"/tk/news/\">habarlar bölüminde</a> çap ediler. "
                    "Saýlawlaryň gutarnykly netijeleri kanunda bellenilen "
                    "möhletde resmi taýdan yglan ediler.</p>"
                ),
            },
            "ru": {
                "title": "Подведены итоги выборов Президента",
                "slug": "podvedeny-itogi-vyborov-prezidenta",
                "body": (
                    "<p>14 апреля 2024 года по всей стране в спокойной, "
                    "организованной и праздничной обстановке прошли выборы "
                    "Президента Туркменистана. Избирательные участки работали "
                    "с 7:00 до 19:00, а граждане, находящиеся за рубежом, "
                    "проголосовали на участках, открытых при дипломатических "
                    "представительствах Туркменистана.</p>"
                    "<p>На заседании 15 апреля Центральная комиссия по "
                    "проведению выборов и референдумов в Туркменистане "
                    "подвела предварительные итоги голосования на основании "
                    "итоговых протоколов, поступивших из велаятских, городских "
                    "и участковых избирательных комиссий. Из 3 512 406 "
                    "граждан, включённых в списки избирателей, в голосовании "
                    "приняли участие 3 401 318 человек, что составляет "
                    "96,84 процента.</p>"
                    "<h2>Явка по регионам</h2>"
                    "<table><thead><tr><th>Регион</th><th>Явка, %</th></tr></thead><tbody>"
                    "<tr><td>Ахалский велаят</td><td>97,12</td></tr>"
                    "<tr><td>Балканский велаят</td><td>96,47</td></tr>"
                    "<tr><td>Дашогузский велаят</td><td>97,38</td></tr>"
                    "<tr><td>Лебапский велаят</td><td>96,91</td></tr>"
                    "<tr><td>Марыйский велаят</td><td>97,26</td></tr>"
                    "<tr><td>город Ашхабад</td><td>95,83</td></tr>"
                    "<tr><td>город Аркадаг</td><td>98,15</td></tr>"
                    "</tbody></table>"
                    "<p>В выборах участвовали пять кандидатов, выдвинутых "
                    "политическими партиями и инициативными группами граждан. "
                    "По предварительным данным, один из кандидатов получил "
                    "91,7 процента голосов избирателей и избран Президентом "
                    "Туркменистана. Остальные голоса распределились между "
                    "четырьмя другими кандидатами.</p>"
                    "<p>Председатель Центральной комиссии отметил, что выборы "
                    "прошли в полном соответствии с Избирательным кодексом "
                    "Туркменистана и общепризнанными международными нормами. "
                    "За ходом голосования следили национальные наблюдатели и "
                    "миссии международных организаций, чьи оценки будут "
                    "опубликованы в <a href=\"/ru/news/\">разделе новостей</a>. "
                    "Окончательные итоги выборов будут официально объявлены в "
                    "установленный законом срок.</p>"
                ),
            },
            "en": {
                "title": "Presidential election results announced",
                "slug": "presidential-election-results-announced",
                "body": (
                    "<p>On 14 April 2024 the election of the President of "
                    "Turkmenistan took place across the country in a calm, "
                    "well-organised and festive atmosphere. Polling stations "
                    "were open from 7:00 to 19:00, and citizens staying abroad "
                    "cast their ballots at polling stations set up at the "
                    "diplomatic missions of Turkmenistan.</p>"
                    "<p>At its meeting on 15 April the Central Commission for "
                    "Elections and Referendums in Turkmenistan summed up the "
                    "preliminary results of the vote on the basis of the final "
                    "protocols received from the regional, city and precinct "
                    "election commissions. Of the 3,512,406 citizens included "
                    "in the voter lists, 3,401,318 took part in the voting, "
                    "which amounts to 96.84 per cent.</p>"
                    "<h2>Turnout by region</h2>"
                    "<table><thead><tr><th>Region</th><th>Turnout, %</th></tr></thead><tbody>"
                    "<tr><td>Ahal region</td><td>97.12</td></tr>"
                    "<tr><td>Balkan region</td><td>96.47</td></tr>"
                    "<tr><td>Dashoguz region</td><td>97.38</td></tr>"
                    "<tr><td>Lebap region</td><td>96.91</td></tr>"
                    "<tr><td>Mary region</td><td>97.26</td></tr>"
                    "<tr><td>Ashgabat city</td><td>95.83</td></tr>"
                    "<tr><td>Arkadag city</td><td>98.15</td></tr>"
                    "</tbody></table>"
                    "<p>Five candidates nominated by political parties and "
                    "initiative groups of citizens stood in the election. "
                    "According to the preliminary data, one of the candidates "
                    "received 91.7 per cent of the votes and was elected "
                    "President of Turkmenistan. The remaining votes were "
                    "shared among the other four candidates.</p>"
                    "<p>The Chairman of the Central Commission noted that the "
                    "election was held in full compliance with the Electoral "
                    "Code of Turkmenistan and generally recognised "
                    "international standards. The voting was followed by "
                    "national observers and by missions of international "
                    "organisations, whose assessments will be published in the "
                    "<a href=\"/en/news/\">news section</a>. The final results "
                    "will be officially announced within the period "
                    "established by law.</p>"
                ),
            },
        },
    },
    {
        "key": "2024-04-cis-observers-presidential",
        "category": "observers",
        "publish_at": "2024-04-22T11:00",
        "featured": False,
        "status": "published",
        "cover": {"colour": "#14532d", "motif": "document"},
        "translations": {
            "tk": {
                "title": "GDA-nyň synçylary Prezident saýlawlaryna baha berdi",
                "slug": "gda-nyn-syncylary-prezident-saylawlaryna-baha-berdi",
                "body": (
                    "<p>2024-nji ýylyň 14-nji aprelinde geçirilen "
                    "Türkmenistanyň Prezidentiniň saýlawlaryny synlan Garaşsyz "
                    "Döwletleriň Arkalaşygynyň synçylar missiýasy özüniň "
                    "jemleýji beýanatyny hödürledi. Missiýanyň düzümine GDA-nyň "
                    "agza döwletleriniň, Parlamentara Assambleýasynyň we "
                    "Arkalaşygyň Ýerine ýetiriji komitetiniň altmyşdan gowrak "
                    "wekili girdi.</p>"
                    "<p>Missiýanyň agzalary öz işine ses beriş gününden "
                    "birnäçe hepde öň başladylar. Olar Türkmenistanda "
                    "saýlawlary we sala salşyklary geçirmek boýunça Merkezi "
                    "toparyň ýolbaşçylary, syýasy partiýalaryň, jemgyýetçilik "
                    "birleşikleriniň we köpçülikleýin habar beriş "
                    "serişdeleriniň wekilleri bilen duşuşdylar, bäş welaýatyň "
                    "hem-de Aşgabat we Arkadag şäherleriniň saýlaw "
                    "toparlarynda boldular.</p>"
                    "<p>Saýlaw güni synçylar üç ýüzden gowrak saýlaw "
                    "uçastogyna bardylar. Beýanatda uçastoklaryň zerur "
                    "zatlaryň ählisi bilen üpjün edilendigi, ses berişligiň "
                    "gizlinliginiň berjaý edilendigi, uçastok toparlarynyň "
                    "agzalarynyň saýlawçylara hünär derejesinde we hoşniýetli "
                    "çemeleşendigi bellenilýär. Ýaşy uly raýatlaryň we hereket "
                    "mümkinçiligi çäkli adamlaryň göçme sandyklaryň kömegi "
                    "bilen öýde ses bermek mümkinçiligine aýratyn üns "
                    "berildi.</p>"
                    "<p>Jemleýji beýanatda şeýle diýilýär:</p>"
                    "<blockquote>“Saýlawlar bäsleşik esasynda we açyk "
                    "görnüşde geçdi hem-de milli kanunçylyga we demokratik "
                    "saýlawlaryň umumy ykrar edilen ýörelgelerine laýyk "
                    "geldi.”</blockquote>"
                    "<p>Synçylar birnäçe teklipleri hem öňe sürdüler, "
                    "hususan-da, sanly serişdeleriň üsti bilen saýlawçylary "
                    "habarly etmek işini mundan beýläk-de giňeltmek barada. "
                    "Merkezi topar missiýa obýektiw işi üçin minnetdarlyk "
                    "bildirdi we teklipleriň geljekki saýlaw kampaniýalaryna "
                    "taýýarlyk görlende üns bilen öwreniljekdigini "
                    "aýtdy.</p>"
                ),
            },
            "ru": {
                "title": "Наблюдатели СНГ дали оценку президентским выборам",
                "slug": "nablyudateli-sng-dali-otsenku-prezidentskim-vyboram",
                "body": (
                    "<p>Миссия наблюдателей от Содружества Независимых "
                    "Государств, следившая за выборами Президента "
                    "Туркменистана 14 апреля 2024 года, представила итоговое "
                    "заявление. В состав миссии вошли более шестидесяти "
                    "представителей государств — участников СНГ, "
                    "Межпарламентской Ассамблеи и Исполнительного комитета "
                    "Содружества.</p>"
                    "<p>Члены миссии приступили к работе за несколько недель "
                    "до дня голосования. Они встретились с руководством "
                    "Центральной комиссии по проведению выборов и "
                    "референдумов, представителями политических партий, "
                    "общественных объединений и средств массовой информации, "
                    "побывали в избирательных комиссиях всех пяти велаятов, "
                    "а также городов Ашхабад и Аркадаг.</p>"
                    "<p>В день выборов наблюдатели посетили более трёхсот "
                    "избирательных участков. В заявлении отмечается, что "
                    "участки были оснащены всем необходимым, тайна голосования "
                    "соблюдалась, а члены участковых комиссий действовали "
                    "профессионально и доброжелательно по отношению к "
                    "избирателям. Особое внимание было уделено возможности "
                    "для пожилых граждан и людей с ограниченной подвижностью "
                    "проголосовать на дому с помощью переносных ящиков.</p>"
                    "<p>В итоговом заявлении говорится:</p>"
                    "<blockquote>«Выборы носили альтернативный и открытый "
                    "характер и прошли в соответствии с национальным "
                    "законодательством и общепризнанными принципами "
                    "демократических выборов».</blockquote>"
                    "<p>Наблюдатели также высказали ряд рекомендаций, в "
                    "частности о дальнейшем расширении информирования "
                    "избирателей через цифровые каналы. Центральная комиссия "
                    "поблагодарила миссию за объективную работу и заявила, "
                    "что рекомендации будут внимательно изучены при подготовке "
                    "к будущим избирательным кампаниям.</p>"
                ),
            },
            "en": {
                "title": "CIS observers assess the presidential election",
                "slug": "cis-observers-assess-the-presidential-election",
                "body": (
                    "<p>The observer mission of the Commonwealth of "
                    "Independent States, which followed the election of the "
                    "President of Turkmenistan held on 14 April 2024, has "
                    "presented its final statement. The mission included more "
                    "than sixty representatives of the CIS member states, the "
                    "Inter-Parliamentary Assembly and the CIS Executive "
                    "Committee.</p>"
                    "<p>Members of the mission began their work several weeks "
                    "before election day. They met the leadership of the "
                    "Central Commission for Elections and Referendums and "
                    "representatives of political parties, public "
                    "associations and the media, and visited the election "
                    "commissions of all five regions and of the cities of "
                    "Ashgabat and Arkadag.</p>"
                    "<p>On election day the observers visited more than three "
                    "hundred polling stations. The statement notes that the "
                    "stations were equipped with everything necessary, the "
                    "secrecy of the vote was respected, and members of "
                    "precinct commissions treated voters professionally and "
                    "courteously. Particular attention was paid to the "
                    "opportunity for elderly citizens and people with limited "
                    "mobility to vote at home using mobile ballot boxes.</p>"
                    "<p>The final statement reads:</p>"
                    "<blockquote>“The election was competitive and open, and "
                    "it was held in accordance with national legislation and "
                    "the generally recognised principles of democratic "
                    "elections.”</blockquote>"
                    "<p>The observers also made a number of recommendations, "
                    "in particular on further expanding voter information "
                    "through digital channels. The Central Commission thanked "
                    "the mission for its objective work and stated that the "
                    "recommendations will be studied carefully when preparing "
                    "for future electoral campaigns.</p>"
                ),
            },
        },
    },
    {
        "key": "2024-05-turkic-states-observers",
        "category": "observers",
        "publish_at": "2024-05-03T10:00",
        "featured": False,
        "status": "published",
        "cover": None,
        "translations": {
            "tk": {
                "title": "Türki döwletleriň guramasynyň synçylarynyň beýanaty",
                "slug": "turki-dowletlerin-guramasynyn-syncylarynyn-beyanaty",
                "body": (
                    "<p>2024-nji ýylyň 14-nji aprelinde geçirilen "
                    "Türkmenistanyň Prezidentiniň saýlawlaryny halkara "
                    "missiýanyň düzüminde Türki döwletleriň guramasynyň "
                    "wekilleri hem synladylar. Azerbaýjandan, Gazagystandan, "
                    "Gyrgyzystandan, Özbegistandan, Türkiýeden we Wengriýadan "
                    "otuza golaý bilermeniň girýän missiýasyna Guramanyň Baş "
                    "sekretarynyň orunbasary ýolbaşçylyk etdi.</p>"
                    "<p>Saýlawlaryň öň ýanynda synçylar Türkmenistanda "
                    "saýlawlary we sala salşyklary geçirmek boýunça Merkezi "
                    "toparda duşuşyklary geçirip, akkreditasiýa, saýlaw "
                    "býulletenlerini taýýarlamak we saýlawçylaryň sanawlaryny "
                    "düzmek tertibi bilen tanyşdylar. Ses beriş güni "
                    "missiýanyň toparlary Aşgabatdaky, Ahal we Mary "
                    "welaýatlaryndaky saýlaw uçastoklarynda işlediler.</p>"
                    "<p>Missiýanyň çap edilen beýanatynda aşakdaky ýagdaýlar "
                    "bellenildi:</p>"
                    "<ul>"
                    "<li>saýlawçylaryň, şol sanda ilkinji gezek saýlawlara "
                    "gatnaşan ýaşlaryň ýokary işjeňligi;</li>"
                    "<li>saýlaw uçastoklarynyň döwrebap tehniki "
                    "enjamlaşdyrylyşy we gizlin ses bermek üçin kabinalaryň "
                    "amatly ýerleşdirilişi;</li>"
                    "<li>uçastok toparlarynyň sazlaşykly işi we dalaşgärler "
                    "barada maglumatlaryň elýeterliligi;</li>"
                    "<li>uçastoklaryň golaýynda guralan konsert maksatnamalary "
                    "arkaly döredilen baýramçylyk ruhy.</li>"
                    "</ul>"
                    "<p>Missiýanyň ýolbaşçysy esasy netijeleri milli we "
                    "daşary ýurt köpçülikleýin habar beriş serişdeleriniň "
                    "wekilleri üçin geçirilen brifingde beýan etdi. Ol "
                    "saýlawlaryň açyk we bäsleşikli ýagdaýda geçendigini, "
                    "saýlawçylaryň öz erk-islegini erkin beýan etmäge "
                    "mümkinçiliginiň bolandygyny nygtady.</p>"
                    "<p>Merkezi saýlaw toparynyň başlygy synçylara "
                    "Türkmenistandaky saýlaw işine gönükdirilen ünsi üçin "
                    "minnetdarlyk bildirdi we Türki döwletleriň guramasy bilen "
                    "hyzmatdaşlygyň doganlyk halklaryň köpasyrlyk dostluk "
                    "gatnaşyklaryna, umumy taryhyna we medeniýetine "
                    "esaslanýandygyny belledi.</p>"
                ),
            },
            "ru": {
                "title": "Заявление наблюдателей Организации тюркских государств",
                "slug": "zayavlenie-nablyudateley-organizatsii-tyurkskikh-gosudarstv",
                "body": (
                    "<p>Представители Организации тюркских государств в "
                    "составе международной миссии наблюдали за выборами "
                    "Президента Туркменистана, состоявшимися 14 апреля "
                    "2024 года. Миссию, в которую вошли около тридцати "
                    "экспертов из Азербайджана, Казахстана, Кыргызстана, "
                    "Узбекистана, Турции и Венгрии, возглавил заместитель "
                    "Генерального секретаря Организации.</p>"
                    "<p>Накануне выборов наблюдатели провели встречи в "
                    "Центральной комиссии по проведению выборов и "
                    "референдумов, ознакомились с порядком аккредитации, "
                    "изготовления избирательных бюллетеней и составления "
                    "списков избирателей. В день голосования группы миссии "
                    "работали на избирательных участках Ашхабада, Ахалского и "
                    "Марыйского велаятов.</p>"
                    "<p>В опубликованном заявлении миссии отмечены:</p>"
                    "<ul>"
                    "<li>высокая активность избирателей, в том числе "
                    "молодёжи, впервые принявшей участие в выборах;</li>"
                    "<li>современное техническое оснащение избирательных "
                    "участков и удобное размещение кабин для тайного "
                    "голосования;</li>"
                    "<li>слаженная работа участковых комиссий и доступность "
                    "информации о кандидатах;</li>"
                    "<li>праздничная атмосфера, созданная концертными "
                    "программами возле участков.</li>"
                    "</ul>"
                    "<p>Руководитель миссии изложил основные выводы на "
                    "брифинге для представителей национальных и зарубежных "
                    "средств массовой информации. Он подчеркнул, что выборы "
                    "прошли в открытой и конкурентной обстановке, а "
                    "избиратели имели возможность свободно выразить свою "
                    "волю.</p>"
                    "<p>Председатель Центральной комиссии выразил "
                    "признательность наблюдателям за внимание к избирательному "
                    "процессу в Туркменистане и отметил, что сотрудничество с "
                    "Организацией тюркских государств основано на "
                    "многовековой дружбе, общей истории и культуре братских "
                    "народов.</p>"
                ),
            },
        },
    },
    {
        "key": "2024-10-academy-students-practice",
        "category": "training",
        "publish_at": "2024-10-21T16:00",
        "featured": False,
        "status": "published",
        "cover": {"colour": "#5b2a86", "motif": "people"},
        "translations": {
            "tk": {
                "title": "Akademiýanyň diňleýjileri tejribelik geçýär",
                "slug": "akademiyanyn-dinleyjileri-tejribelik-gecyar",
                "body": (
                    "<p>2024-nji ýylyň 21-nji oktýabrynda Türkmenistanyň "
                    "Prezidentiniň ýanyndaky Döwlet gullugy akademiýasynyň "
                    "ýigrimi dört diňleýjisi Türkmenistanda saýlawlary we sala "
                    "salşyklary geçirmek boýunça Merkezi toparyň edarasynda "
                    "önümçilik tejribeligine başlady. Diňleýjiler “Döwlet we "
                    "ýerli dolandyryş” ugry boýunça magistraturada okaýarlar, "
                    "iki hepdelik tejribelik bolsa olaryň okuw meýilnamasynyň "
                    "aýrylmaz bölegine öwrüldi.</p>"
                    "<p>Tanyşdyryş duşuşygynda Merkezi toparyň jogapkär "
                    "kätibi geljekki döwlet gullukçylaryna milli saýlaw "
                    "ulgamynyň düzümi: Merkezi topar, welaýat we şäher "
                    "toparlary, Mejlisiň deputatlygyna saýlawlar boýunça 125 "
                    "okrug topary we iki ýarym müňden gowrak uçastok topary "
                    "barada gürrüň berdi. Ol Türkmenistanyň Saýlaw "
                    "kodeksiniň her bir derejäniň ygtyýarlyklaryny nähili "
                    "kesgitleýändigini düşündirdi.</p>"
                    "<h2>Tejribeligiň maksatnamasy</h2>"
                    "<ul>"
                    "<li>Saýlaw kodeksini we Merkezi toparyň kararlaryny "
                    "öwrenmek;</li>"
                    "<li>resminamalaryň taslamalaryny taýýarlamak we "
                    "raýatlaryň ýüzlenmelerine garamak;</li>"
                    "<li>saýlaw resminamalarynyň arhiwi bilen tanyşmak;</li>"
                    "<li>uçastok saýlaw toparynyň teswirnamasynyň nusgasyny "
                    "doldurmak boýunça amaly sapak.</li>"
                    "</ul>"
                    "<p>Diňleýjiler Toparyň işgärleriniň 2025-nji ýylyň "
                    "martynda geçiriljek Mejlisiň deputatlygyna saýlawlara "
                    "taýýarlyk görmäge bagyşlanan iş maslahatyna hem "
                    "gatnaşdylar. Olar saýlaw çäreleriniň senenama "
                    "meýilnamasynyň nähili düzülýändigini we wezipeleriň "
                    "bölümleriň arasynda nähili paýlanylýandygyny öz gözleri "
                    "bilen gördüler.</p>"
                    "<p>Ilkinji günüň jemlerini jemläp, gatnaşyjylar bu ýerde "
                    "alnan bilimleriň ýerli ýerine ýetiriji häkimiýet "
                    "edaralaryndaky geljekki işlerinde peýdaly boljakdygyny "
                    "bellediler. Öňki ýyllarda şeýle tejribelik geçen "
                    "Akademiýanyň uçurymlarynyň köpüsi häzirki wagtda okrug we "
                    "uçastok saýlaw toparlarynyň agzalary bolup "
                    "işleýärler.</p>"
                ),
            },
            "ru": {
                "title": "Слушатели Академии проходят практику в Центризбиркоме",
                "slug": "slushateli-akademii-prokhodyat-praktiku-v-tsentrizbirkome",
                "body": (
                    "<p>21 октября 2024 года группа из двадцати четырёх "
                    "слушателей Академии государственной службы при "
                    "Президенте Туркменистана приступила к производственной "
                    "практике в аппарате Центральной комиссии по проведению "
                    "выборов и референдумов. Слушатели обучаются в "
                    "магистратуре по направлению «Государственное и местное "
                    "управление», и двухнедельная практика стала неотъемлемой "
                    "частью их учебной программы.</p>"
                    "<p>На вводной встрече секретарь Центральной комиссии "
                    "рассказал будущим государственным служащим о структуре "
                    "национальной избирательной системы: Центральной "
                    "комиссии, велаятских и городских комиссиях, 125 окружных "
                    "комиссиях по выборам в Меджлис и более чем двух с "
                    "половиной тысячах участковых комиссий. Он пояснил, как "
                    "Избирательный кодекс Туркменистана определяет полномочия "
                    "каждого уровня.</p>"
                    "<h2>Программа практики</h2>"
                    "<ul>"
                    "<li>изучение Избирательного кодекса и постановлений "
                    "Центральной комиссии;</li>"
                    "<li>подготовка проектов документов и рассмотрение "
                    "обращений граждан;</li>"
                    "<li>знакомство с архивом избирательной "
                    "документации;</li>"
                    "<li>практическое занятие по заполнению образца протокола "
                    "участковой избирательной комиссии.</li>"
                    "</ul>"
                    "<p>Слушатели также присутствовали на рабочем совещании "
                    "сотрудников Комиссии, посвящённом подготовке к выборам в "
                    "Меджлис в марте 2025 года. Они своими глазами увидели, как "
                    "составляется календарный план избирательных мероприятий "
                    "и как задачи распределяются между отделами.</p>"
                    "<p>Подводя итоги первого дня, участники отметили, что "
                    "полученные здесь знания пригодятся им в дальнейшей работе "
                    "в местных органах исполнительной власти. Многие "
                    "выпускники Академии, проходившие такую практику в "
                    "прежние годы, сегодня работают членами окружных и "
                    "участковых избирательных комиссий.</p>"
                ),
            },
            "en": {
                "title": "Academy students begin practice at the Commission",
                "slug": "academy-students-begin-practice-at-the-commission",
                "body": (
                    "<p>On 21 October 2024 a group of twenty-four students of "
                    "the Academy of State Service under the President of "
                    "Turkmenistan began their practical training at the office "
                    "of the Central Commission for Elections and Referendums. "
                    "The students are enrolled in the master's programme in "
                    "state and local governance, and the two-week practice has "
                    "become an established part of their curriculum.</p>"
                    "<p>At the opening meeting the Secretary of the Central "
                    "Commission introduced the future civil servants to the "
                    "structure of the national electoral system: the Central "
                    "Commission, the regional and city commissions, 125 "
                    "district commissions for elections to the Mejlis and "
                    "more than two and a half thousand precinct commissions. "
                    "He explained how the Electoral Code of Turkmenistan "
                    "defines the powers of each level.</p>"
                    "<h2>Practice programme</h2>"
                    "<ul>"
                    "<li>studying the Electoral Code and the resolutions of "
                    "the Central Commission;</li>"
                    "<li>preparing draft documents and reviewing citizens' "
                    "appeals;</li>"
                    "<li>getting acquainted with the archive of electoral "
                    "records;</li>"
                    "<li>a practical exercise in completing a model protocol "
                    "of a precinct election commission.</li>"
                    "</ul>"
                    "<p>The students also attended a working meeting of the "
                    "Commission staff devoted to preparations for the "
                    "elections to the Mejlis in March 2025. They saw for "
                    "themselves how the timetable of electoral activities is "
                    "drawn up and how tasks are distributed among "
                    "departments.</p>"
                    "<p>Summing up the first day, the participants noted that "
                    "the knowledge gained here will be useful in their future "
                    "work in local executive bodies. Many graduates of the "
                    "Academy who completed similar practice in previous years "
                    "now serve as members of district and precinct election "
                    "commissions.</p>"
                ),
            },
        },
    },
    {
        "key": "2024-12-electoral-code-amendments",
        "category": "legislation",
        "publish_at": "2024-12-20T12:00",
        "featured": True,
        "status": "published",
        "cover": {"colour": "#7a1f2b", "motif": "document"},
        "translations": {
            "tk": {
                "title": "Saýlaw kodeksine üýtgetmeler girizildi",
                "slug": "saylaw-kodeksine-uytgetmeler-girizildi",
                "body": (
                    "<p>Türkmenistanyň Mejlisi “Türkmenistanyň Saýlaw "
                    "kodeksine üýtgetmeler we goşmaçalar girizmek hakynda” "
                    "Türkmenistanyň Kanunyny kabul etdi. Resminama 2024-nji "
                    "ýylyň 19-njy dekabrynda Türkmenistanyň Prezidenti "
                    "tarapyndan gol çekildi we 2025-nji ýylyň 1-nji "
                    "ýanwaryndan, ýagny Mejlisiň deputatlygyna saýlaw "
                    "kampaniýasy başlanmazyndan has öň güýje girer.</p>"
                    "<p>Üýtgetmeler deputatlardan, Türkmenistanda saýlawlary "
                    "we sala salşyklary geçirmek boýunça Merkezi toparyň "
                    "agzalaryndan, hukukçy alymlardan we jemgyýetçilik "
                    "birleşikleriniň wekillerinden ybarat iş topary tarapyndan "
                    "taýýarlanyldy. Şeýle hem öňki saýlawlaryň jemleri boýunça "
                    "halkara synçylaryň beren teklipleri göz öňünde "
                    "tutuldy.</p>"
                    "<h2>Esasy üýtgetmeler</h2>"
                    "<ol>"
                    "<li>Saýlaw güni öz uçastogyna gelip bilmejek saýlawçylar "
                    "ses berişlikden öňki on günüň dowamynda uçastok "
                    "toparynyň jaýynda möhletinden öň ses bermäge "
                    "haklydyr.</li>"
                    "<li>Synçylary we köpçülikleýin habar beriş "
                    "serişdeleriniň wekillerini akkreditlemek baradaky arzalar "
                    "indi elektron görnüşde hem berlip bilner.</li>"
                    "<li>Saýlaw uçastoklarynyň maýyplygy bolan adamlar we "
                    "ýaşy uly saýlawçylar üçin elýeterliligine bildirilýän iň "
                    "pes talaplar gönüden-göni Kodekse girizildi.</li>"
                    "<li>Ses berişligiň netijeleri baradaky teswirnamanyň "
                    "nusgasy gol çekilenden soň derrew her bir saýlaw "
                    "uçastogynda hemmeleriň tanyşmagy üçin asylmalydyr.</li>"
                    "<li>Hasaba alnan ähli dalaşgärler baradaky terjimehal "
                    "maglumatlary Merkezi toparyň resmi saýtynda "
                    "ýerleşdirilmelidir.</li>"
                    "</ol>"
                    "<p>Merkezi saýlaw toparynyň başlygy täze kadalaryň "
                    "saýlaw işini raýatlar üçin has-da açyk we amatly etmäge "
                    "gönükdirilendigini nygtady. 2025-nji ýylyň ýanwar we "
                    "fewral aýlarynda Topar ähli sebitlerde okrug we uçastok "
                    "saýlaw toparlarynyň agzalary üçin düşündiriş okuw "
                    "maslahatlaryny geçirer.</p>"
                    "<p>Üýtgetmeler girizilen Kodeksiň doly teksti "
                    "<a href=\"https://example.org/electoral-code\">Toparyň "
                    "saýtynda</a> ýerleşdirildi.</p>"
                ),
            },
            "ru": {
                "title": "Приняты изменения в Избирательный кодекс",
                "slug": "prinyaty-izmeneniya-v-izbiratelnyy-kodeks",
                "body": (
                    "<p>Меджлис Туркменистана принял Закон «О внесении "
                    "изменений и дополнений в Избирательный кодекс "
                    "Туркменистана». Документ подписан Президентом "
                    "19 декабря 2024 года и вступит в силу с 1 января "
                    "2025 года, то есть задолго до начала кампании по выборам "
                    "в Меджлис.</p>"
                    "<p>Изменения подготовлены рабочей группой, в которую "
                    "вошли депутаты, члены Центральной комиссии по проведению "
                    "выборов и референдумов, учёные-правоведы и представители "
                    "общественных объединений. Учтены также предложения "
                    "международных наблюдателей, высказанные по итогам "
                    "предыдущих выборов.</p>"
                    "<h2>Основные изменения</h2>"
                    "<ol>"
                    "<li>Избиратели, которые не смогут прийти на свой участок "
                    "в день выборов, вправе проголосовать досрочно в "
                    "помещении участковой комиссии в течение десяти дней до "
                    "дня голосования.</li>"
                    "<li>Заявки на аккредитацию наблюдателей и представителей "
                    "средств массовой информации теперь можно подавать и в "
                    "электронном виде.</li>"
                    "<li>Минимальные требования к доступности избирательных "
                    "участков для людей с инвалидностью и пожилых избирателей "
                    "закреплены непосредственно в Кодексе.</li>"
                    "<li>Копия протокола об итогах голосования сразу после "
                    "подписания вывешивается на каждом избирательном участке "
                    "для всеобщего ознакомления.</li>"
                    "<li>Биографические сведения обо всех зарегистрированных "
                    "кандидатах подлежат размещению на официальном сайте "
                    "Центральной комиссии.</li>"
                    "</ol>"
                    "<p>Председатель Центральной комиссии подчеркнул, что "
                    "новые нормы призваны сделать избирательный процесс ещё "
                    "более открытым и удобным для граждан. В январе и феврале "
                    "2025 года Комиссия проведёт разъяснительные семинары для "
                    "членов окружных и участковых избирательных комиссий во "
                    "всех регионах.</p>"
                    "<p>Полный текст Кодекса с внесёнными изменениями размещён "
                    "на <a href=\"https://example.org/electoral-code\">сайте "
                    "Комиссии</a>.</p>"
                ),
            },
            "en": {
                "title": "Amendments to the Electoral Code adopted",
                "slug": "amendments-to-the-electoral-code-adopted",
                "body": (
                    "<p>The Mejlis of Turkmenistan has adopted the Law “On "
                    "Amendments and Additions to the Electoral Code of "
                    "Turkmenistan”. The document was signed by the President "
                    "on 19 December 2024 and will enter into force on "
                    "1 January 2025, well before the start of the campaign for "
                    "the elections to the Mejlis.</p>"
                    "<p>The amendments were prepared by a working group that "
                    "included deputies, members of the Central Commission for "
                    "Elections and Referendums, legal scholars and "
                    "representatives of public associations. Proposals made "
                    "by international observers after previous elections were "
                    "also taken into account.</p>"
                    "<h2>Main changes</h2>"
                    "<ol>"
                    "<li>Voters who will be unable to come to their polling "
                    "station on election day may vote early at the premises "
                    "of the precinct commission during the ten days preceding "
                    "the vote.</li>"
                    "<li>Applications for the accreditation of observers and "
                    "media representatives may now also be submitted "
                    "electronically.</li>"
                    "<li>Minimum requirements for the accessibility of polling "
                    "stations for people with disabilities and elderly voters "
                    "are set out directly in the Code.</li>"
                    "<li>Immediately after it is signed, a copy of the "
                    "protocol on the voting results is displayed at each "
                    "polling station for public inspection.</li>"
                    "<li>Biographical information on all registered "
                    "candidates is to be published on the official website "
                    "of the Central Commission.</li>"
                    "</ol>"
                    "<p>The Chairman of the Central Commission stressed that "
                    "the new provisions are intended to make the electoral "
                    "process even more open and convenient for citizens. In "
                    "January and February 2025 the Commission will hold "
                    "explanatory seminars for members of district and "
                    "precinct election commissions in all regions.</p>"
                    "<p>The full text of the Code as amended is available on "
                    "the <a href=\"https://example.org/electoral-code\">"
                    "Commission's website</a>.</p>"
                ),
            },
        },
    },
    # ------------------------------------------------------------------
    # 2025
    # ------------------------------------------------------------------
    {
        "key": "2025-01-new-rules-for-voters",
        "category": "legislation",
        "publish_at": "2025-01-15T10:00",
        "featured": False,
        "status": "published",
        "cover": None,
        "translations": {
            "tk": {
                "title": "Täze düzgünler saýlawçylar üçin näme üýtgedýär",
                "slug": "taze-duzgunler-saylawcylar-ucin-name-uytgedyar",
                "body": (
                    "<p>2025-nji ýylyň 1-nji ýanwaryndan başlap "
                    "Türkmenistanyň täzelenen Saýlaw kodeksi hereket edýär. "
                    "2025-nji ýylyň 23-nji martynda geçiriljek Mejlisiň "
                    "deputatlygyna saýlawlar täze düzgünler boýunça "
                    "geçiriljek ilkinji saýlawlar bolar. Türkmenistanda "
                    "saýlawlary we sala salşyklary geçirmek boýunça Merkezi "
                    "toparyň hukukçylary saýlawçylaryň iň köp berýän "
                    "soraglaryna jogap berýärler.</p>"
                    "<h3>Saýlaw güni öýde bolmasam, ses berip bilerinmi?</h3>"
                    "<p>Hawa. Saýlaw güni saparda, iş saparynda ýa-da "
                    "öýünden uzakda işde boljak saýlawçy öz uçastok saýlaw "
                    "toparynyň jaýynda möhletinden öň ses berip biler. "
                    "Möhletinden öň ses bermek saýlaw gününden on gün öň "
                    "başlanýar. Munuň üçin pasportyňyzy görkezmeli we "
                    "sebäbini gysgaça aýtmaly.</p>"
                    "<h3>Saglyk ýagdaýym sebäpli uçastoga baryp bilmesem näme "
                    "etmeli?</h3>"
                    "<p>Siz saýlaw güni sagat 14:00-dan gijä galman, şol "
                    "sanda garyndaşlaryňyzyň ýa-da goňşularyňyzyň üsti bilen, "
                    "uçastok toparyna ýazmaça ýa-da dilden arza berip "
                    "bilersiňiz. Toparyň iki agzasy göçme sandygy siziň "
                    "öýüňize getirer.</p>"
                    "<h3>Saýlawçylaryň sanawyna girizilendigimi nädip barlap "
                    "bilerin?</h3>"
                    "<p>Saýlawçylaryň sanawlary saýlaw gününden ýigrimi gün "
                    "öň uçastok toparlarynda tanyşmak üçin hödürlenýär. Eger "
                    "ýalňyşlyk tapsaňyz, topar siziň arzaňyza garamaga we ony "
                    "bir gije-gündiziň dowamynda, saýlaw güni bolsa derrew "
                    "düzetmäge borçludyr.</p>"
                    "<h3>Dalaşgärler barada maglumaty nireden tapyp "
                    "bolar?</h3>"
                    "<p>Hasaba alnan ähli dalaşgärleriň terjimehallary saýlaw "
                    "uçastoklarynyň maglumat tagtalarynda we "
                    "<a href=\"https://example.org/candidates\">Merkezi "
                    "toparyň saýtynda</a> ýerleşdiriler. Beýleki jogaplary "
                    "biziň <a href=\"/tk/news/\">habarlar bölümimizde</a> "
                    "tapyp bilersiňiz.</p>"
                ),
            },
            "ru": {
                "title": "Что меняется для избирателей по новым правилам",
                "slug": "chto-menyaetsya-dlya-izbirateley-po-novym-pravilam",
                "body": (
                    "<p>С 1 января 2025 года действует обновлённый "
                    "Избирательный кодекс Туркменистана. Выборы в Меджлис "
                    "23 марта 2025 года станут первыми, которые пройдут по "
                    "новым правилам. Юристы Центральной комиссии по проведению "
                    "выборов и референдумов отвечают на вопросы, которые "
                    "избиратели задают чаще всего.</p>"
                    "<h3>Можно ли проголосовать, если в день выборов меня не "
                    "будет дома?</h3>"
                    "<p>Да. Избиратель, который в день выборов будет в "
                    "поездке, в командировке или на работе вдали от дома, "
                    "может проголосовать досрочно в помещении своей "
                    "участковой избирательной комиссии. Досрочное голосование "
                    "начинается за десять дней до дня выборов. Необходимо "
                    "предъявить паспорт и кратко указать причину.</p>"
                    "<h3>Что делать, если я не могу прийти на участок по "
                    "состоянию здоровья?</h3>"
                    "<p>Вы можете подать в участковую комиссию письменное или "
                    "устное заявление, в том числе через родственников или "
                    "соседей, не позднее 14:00 в день выборов. Два члена "
                    "комиссии принесут переносной ящик для голосования к вам "
                    "домой.</p>"
                    "<h3>Как проверить, включён ли я в список "
                    "избирателей?</h3>"
                    "<p>Списки избирателей представляются для ознакомления в "
                    "участковых комиссиях за двадцать дней до дня выборов. "
                    "Если вы обнаружили ошибку, комиссия обязана рассмотреть "
                    "ваше заявление и исправить её в течение суток, а в день "
                    "выборов — немедленно.</p>"
                    "<h3>Где найти информацию о кандидатах?</h3>"
                    "<p>Биографии всех зарегистрированных кандидатов будут "
                    "размещены на информационных стендах избирательных "
                    "участков и на <a href=\"https://example.org/candidates\">"
                    "сайте Центральной комиссии</a>. Ответы на другие вопросы "
                    "можно найти в нашем <a href=\"/ru/news/\">разделе "
                    "новостей</a>.</p>"
                ),
            },
            "en": {
                "title": "What the new electoral rules mean for voters",
                "slug": "what-the-new-electoral-rules-mean-for-voters",
                "excerpt": (
                    "Early voting, voting at home, checking the voter list and "
                    "finding information on candidates: answers to common "
                    "questions about the amended Electoral Code."
                ),
                "body": (
                    "<p>Since 1 January 2025 the amended Electoral Code of "
                    "Turkmenistan has been in force. The elections to the "
                    "Mejlis on 23 March 2025 will be the first to be held "
                    "under the new rules. Lawyers of the Central Commission "
                    "for Elections and Referendums answer the questions that "
                    "voters ask most often.</p>"
                    "<h3>Can I vote if I am away from home on election "
                    "day?</h3>"
                    "<p>Yes. A voter who will be travelling, on a business "
                    "trip or working far from home on election day may vote "
                    "early at the premises of their precinct election "
                    "commission. Early voting starts ten days before election "
                    "day. You will need to show your passport and briefly "
                    "state the reason.</p>"
                    "<h3>What if I cannot come to the polling station because "
                    "of my health?</h3>"
                    "<p>You can submit a written or oral request to the "
                    "precinct commission, including through relatives or "
                    "neighbours, no later than 14:00 on election day. Two "
                    "members of the commission will bring a mobile ballot box "
                    "to your home.</p>"
                    "<h3>How can I check that I am on the voter list?</h3>"
                    "<p>Voter lists are made available for inspection at "
                    "precinct commissions twenty days before election day. If "
                    "you find an error, the commission must consider your "
                    "application and correct it within twenty-four hours, or "
                    "immediately on election day itself.</p>"
                    "<h3>Where can I find information about the "
                    "candidates?</h3>"
                    "<p>Biographies of all registered candidates will be "
                    "posted on the information boards at polling stations and "
                    "on the <a href=\"https://example.org/candidates\">website "
                    "of the Central Commission</a>. Answers to other questions "
                    "can be found in our <a href=\"/en/news/\">news "
                    "section</a>.</p>"
                ),
            },
        },
    },
    {
        "key": "2025-02-polling-stations-register",
        "category": "elections",
        "publish_at": "2025-02-10T09:30",
        "featured": False,
        "status": "published",
        "cover": None,
        "translations": {
            "tk": {
                "title": "Saýlaw uçastoklarynyň sanawy çap edildi",
                "slug": "saylaw-ucastoklarynyn-sanawy-cap-edildi",
                "body": (
                    "<p>Türkmenistanda saýlawlary we sala salşyklary geçirmek "
                    "boýunça Merkezi topar 2025-nji ýylyň 23-nji martynda "
                    "geçiriljek Türkmenistanyň Mejlisiniň deputatlygyna "
                    "saýlawlar üçin döredilen saýlaw uçastoklarynyň sanawyny "
                    "çap etdi. Sanaw okrug saýlaw toparlarynyň we ýerli "
                    "ýerine ýetiriji häkimiýet edaralarynyň teklipleri "
                    "esasynda, Saýlaw kodeksinde bellenilen möhletlerde "
                    "düzüldi.</p>"
                    "<p>Ýurt boýunça jemi 2613 saýlaw uçastogy döredildi. "
                    "Olaryň 41-si Türkmenistanyň daşary ýurtlardaky "
                    "diplomatik wekilhanalarynyň we konsullyk edaralarynyň "
                    "ýanynda ýerleşýär, 64-si bolsa hassahanalarda, "
                    "şypahanalarda we raýatlaryň wagtlaýyn bolýan beýleki "
                    "ýerlerinde işleýär. Her bir uçastok üç müňden köp "
                    "bolmadyk saýlawça hyzmat edýär.</p>"
                    "<p>Sanawda her bir uçastogyň belgisi, degişli saýlaw "
                    "okrugy, salgysy we telefon belgisi, şeýle hem oňa degişli "
                    "köçeler we jaýlar görkezilýär. Şu ýyl 37 uçastok esasan "
                    "Aşgabatda we Arkadag şäherinde täze gurlan mekdeplere, "
                    "medeniýet merkezlerine we ýaşaýyş toplumlaryna "
                    "göçürildi. Şol ýerlerde ýaşaýan saýlawçylara täze "
                    "salgylary öňünden anyklamak maslahat berilýär.</p>"
                    "<p>Sanaw bilen okrug we uçastok saýlaw toparlarynda "
                    "tanyşmak mümkin, ol welaýat gazetlerinde çap edildi we "
                    "<a href=\"https://example.org/polling-stations\">Toparyň "
                    "saýtynda</a> ýerleşdirildi. Saýtda öz uçastogyňy öý "
                    "salgyň boýunça tapyp bolýar.</p>"
                    "<p>13-nji fewraldan başlap uçastok saýlaw toparlary her "
                    "gün sagat 9:00-dan 18:00-a çenli işlär. Olaryň agzalary "
                    "saýlawçylaryň soraglaryna jogap berer, saýlawçylaryň "
                    "sanawlaryny anyklamak baradaky arzalary kabul eder "
                    "hem-de möhletinden öň we öýde ses bermegiň tertibini "
                    "düşündirer.</p>"
                ),
            },
            "ru": {
                "title": "Опубликован реестр избирательных участков",
                "slug": "opublikovan-reestr-izbiratelnykh-uchastkov",
                "body": (
                    "<p>Центральная комиссия по проведению выборов и "
                    "референдумов опубликовала реестр избирательных участков, "
                    "образованных для выборов в Меджлис Туркменистана, "
                    "которые состоятся 23 марта 2025 года. Реестр составлен "
                    "на основе предложений окружных избирательных комиссий и "
                    "местных органов исполнительной власти в сроки, "
                    "установленные Избирательным кодексом.</p>"
                    "<p>Всего по стране образовано 2613 избирательных "
                    "участков. Из них 41 участок расположен при "
                    "дипломатических представительствах и консульских "
                    "учреждениях Туркменистана за рубежом, а 64 работают в "
                    "больницах, санаториях и других местах временного "
                    "пребывания граждан. Каждый участок обслуживает не более "
                    "трёх тысяч избирателей.</p>"
                    "<p>Для каждого участка в реестре указаны номер, "
                    "избирательный округ, адрес и телефон, а также "
                    "относящиеся к нему улицы и дома. В этом году 37 участков "
                    "переехали в новые помещения — главным образом в недавно "
                    "построенные школы, культурные центры и жилые комплексы "
                    "Ашхабада и города Аркадаг. Избирателям, проживающим в "
                    "этих районах, рекомендуется заранее уточнить новые "
                    "адреса.</p>"
                    "<p>С реестром можно ознакомиться в окружных и участковых "
                    "избирательных комиссиях, он опубликован в велаятских "
                    "газетах и размещён на "
                    "<a href=\"https://example.org/polling-stations\">сайте "
                    "Комиссии</a>, где свой участок можно найти по домашнему "
                    "адресу.</p>"
                    "<p>С 13 февраля участковые избирательные комиссии будут "
                    "работать ежедневно с 9:00 до 18:00. Их члены ответят на "
                    "вопросы избирателей, примут заявления об уточнении "
                    "списков избирателей и разъяснят порядок досрочного "
                    "голосования и голосования на дому.</p>"
                ),
            },
            "en": {
                "title": "Register of polling stations published",
                "slug": "register-of-polling-stations-published",
                "body": (
                    "<p>The Central Commission for Elections and Referendums "
                    "has published the register of polling stations formed "
                    "for the elections to the Mejlis of Turkmenistan, which "
                    "will be held on 23 March 2025. The register was compiled "
                    "on the basis of proposals from district election "
                    "commissions and local executive authorities within the "
                    "deadlines set by the Electoral Code.</p>"
                    "<p>A total of 2,613 polling stations have been formed "
                    "across the country. Of these, 41 are located at "
                    "diplomatic missions and consular offices of Turkmenistan "
                    "abroad, and 64 operate in hospitals, sanatoriums and "
                    "other places where citizens stay temporarily. Each "
                    "polling station serves no more than three thousand "
                    "voters.</p>"
                    "<p>For each polling station the register gives its "
                    "number, constituency, address and telephone number, as "
                    "well as the streets and buildings it covers. This year "
                    "37 polling stations have moved to new premises, mainly to "
                    "recently built schools, cultural centres and residential "
                    "complexes in Ashgabat and Arkadag city. Voters living in "
                    "these areas are advised to check the new addresses in "
                    "advance.</p>"
                    "<p>The register can be consulted at district and "
                    "precinct election commissions, has been printed in "
                    "regional newspapers and is posted on the "
                    "<a href=\"https://example.org/polling-stations\">"
                    "Commission's website</a>, where a polling station can be "
                    "found by home address.</p>"
                    "<p>From 13 February precinct election commissions will "
                    "be open every day from 9:00 to 18:00. Their members will "
                    "answer voters' questions, accept applications for "
                    "corrections to the voter lists and explain the procedure "
                    "for early voting and voting at home.</p>"
                ),
            },
        },
    },
    {
        "key": "2025-02-precinct-commission-seminar",
        "category": "training",
        "publish_at": "2025-02-25T17:00",
        "featured": False,
        "status": "published",
        "cover": {"colour": "#0f4c5c", "motif": "calendar"},
        "translations": {
            "tk": {
                "title": "Uçastok toparlarynyň agzalary üçin okuw maslahaty",
                "slug": "ucastok-toparlarynyn-agzalary-ucin-okuw-maslahaty",
                "body": (
                    "<p>Türkmenistanda saýlawlary we sala salşyklary geçirmek "
                    "boýunça Merkezi topar Mejlisiň deputatlygyna saýlawlara "
                    "taýýarlyk görmegiň çäklerinde uçastok saýlaw "
                    "toparlarynyň başlyklary, başlyklarynyň orunbasarlary we "
                    "jogapkär kätipleri üçin birnäçe okuw maslahatyny "
                    "geçirýär. 2025-nji ýylyň 24–25-nji fewralynda okuw "
                    "maslahaty Mary şäherinde geçirilip, oňa welaýatyň ähli "
                    "etraplaryndan bäş ýüzden gowrak adam gatnaşdy.</p>"
                    "<p>Sapaklary Merkezi toparyň agzalary we saýlawlary "
                    "guramakda tejribesi bolan hukukçylar alyp bardylar. "
                    "Saýlaw býulletenlerini kabul etmek we saklamak, "
                    "möhletinden öň we öýde ses bermegiň tertibi, synçylar "
                    "hem-de köpçülikleýin habar beriş serişdeleri bilen "
                    "özara gatnaşyk, şeýle hem sesleri sanamak we ses "
                    "berişligiň netijeleri baradaky teswirnamany doldurmak "
                    "meselelerine garaldy.</p>"
                    "<p>Okuw maslahatynyň iň janly bölegi saýlaw uçastogynyň "
                    "nusgasynda geçirilen amaly sapak boldy. Gatnaşyjylar "
                    "toparyň agzalarynyň, saýlawçylaryň we synçylaryň "
                    "keşbine girip, ses beriş gününiň ähli tapgyrlaryny — "
                    "uçastogyň sagat 7:00-da açylmagyndan başlap, "
                    "sandyklaryň möhürlenmegine we sesleriň sanalmagyna çenli "
                    "geçdiler.</p>"
                    "<h2>Sebitler boýunça okuw maslahatlarynyň tertibi</h2>"
                    "<table><thead><tr><th>Sebit</th><th>Senesi</th>"
                    "<th>Gatnaşyjylar</th></tr></thead><tbody>"
                    "<tr><td>Ahal welaýaty</td><td>10–11-nji fewral</td><td>384</td></tr>"
                    "<tr><td>Balkan welaýaty</td><td>13–14-nji fewral</td><td>296</td></tr>"
                    "<tr><td>Daşoguz welaýaty</td><td>17–18-nji fewral</td><td>452</td></tr>"
                    "<tr><td>Lebap welaýaty</td><td>19–20-nji fewral</td><td>468</td></tr>"
                    "<tr><td>Mary welaýaty</td><td>24–25-nji fewral</td><td>506</td></tr>"
                    "<tr><td>Aşgabat we Arkadag şäherleri</td><td>27–28-nji fewral</td><td>372</td></tr>"
                    "</tbody></table>"
                    "<p>Okuw maslahatynyň ahyrynda gatnaşyjylar gysga "
                    "synagdan geçdiler we Saýlaw kodeksine girizilen soňky "
                    "üýtgetmeleri öz içine alýan “Uçastok saýlaw toparynyň "
                    "agzasy üçin gollanmanyň” täzelenen neşirini aldylar.</p>"
                ),
            },
            "ru": {
                "title": "Семинар для членов участковых комиссий",
                "slug": "seminar-dlya-chlenov-uchastkovykh-komissiy",
                "body": (
                    "<p>Центральная комиссия по проведению выборов и "
                    "референдумов в рамках подготовки к выборам в Меджлис "
                    "проводит серию обучающих семинаров для председателей, "
                    "заместителей председателей и секретарей участковых "
                    "избирательных комиссий. 24–25 февраля 2025 года семинар "
                    "прошёл в городе Мары и собрал более пятисот участников из "
                    "всех этрапов велаята.</p>"
                    "<p>Занятия вели члены Центральной комиссии и юристы, "
                    "имеющие опыт организации выборов. Были рассмотрены "
                    "получение и хранение избирательных бюллетеней, порядок "
                    "досрочного голосования и голосования на дому, "
                    "взаимодействие с наблюдателями и средствами массовой "
                    "информации, а также подсчёт голосов и заполнение "
                    "протокола об итогах голосования.</p>"
                    "<p>Самой оживлённой частью семинара стало практическое "
                    "занятие на модели избирательного участка. Участники "
                    "исполняли роли членов комиссии, избирателей и "
                    "наблюдателей и прошли все этапы дня голосования — от "
                    "открытия участка в 7:00 до опечатывания ящиков и "
                    "подсчёта голосов.</p>"
                    "<h2>График семинаров по регионам</h2>"
                    "<table><thead><tr><th>Регион</th><th>Даты</th>"
                    "<th>Участники</th></tr></thead><tbody>"
                    "<tr><td>Ахалский велаят</td><td>10–11 февраля</td><td>384</td></tr>"
                    "<tr><td>Балканский велаят</td><td>13–14 февраля</td><td>296</td></tr>"
                    "<tr><td>Дашогузский велаят</td><td>17–18 февраля</td><td>452</td></tr>"
                    "<tr><td>Лебапский велаят</td><td>19–20 февраля</td><td>468</td></tr>"
                    "<tr><td>Марыйский велаят</td><td>24–25 февраля</td><td>506</td></tr>"
                    "<tr><td>Ашхабад и город Аркадаг</td><td>27–28 февраля</td><td>372</td></tr>"
                    "</tbody></table>"
                    "<p>По завершении семинара участники прошли небольшой тест "
                    "и получили обновлённое «Пособие для членов участковых "
                    "избирательных комиссий», в котором отражены последние "
                    "изменения Избирательного кодекса.</p>"
                ),
            },
            "en": {
                "title": "Seminar for members of precinct commissions",
                "slug": "seminar-for-members-of-precinct-commissions",
                "body": (
                    "<p>As part of the preparations for the elections to the "
                    "Mejlis, the Central Commission for Elections and "
                    "Referendums is holding a series of training seminars for "
                    "chairpersons, deputy chairpersons and secretaries of "
                    "precinct election commissions. On 24–25 February 2025 "
                    "the seminar took place in the city of Mary and brought "
                    "together more than five hundred participants from all "
                    "districts of the region.</p>"
                    "<p>The sessions were led by members of the Central "
                    "Commission and lawyers experienced in organising "
                    "elections. They covered the receipt and safekeeping of "
                    "ballot papers, the procedure for early voting and voting "
                    "at home, cooperation with observers and the media, and "
                    "the counting of votes and completion of the protocol on "
                    "the voting results.</p>"
                    "<p>The liveliest part of the seminar was a practical "
                    "session at a model polling station. Participants played "
                    "the roles of commission members, voters and observers and "
                    "went through every stage of election day, from opening "
                    "the station at 7:00 to sealing the ballot boxes and "
                    "counting the votes.</p>"
                    "<h2>Seminar schedule by region</h2>"
                    "<table><thead><tr><th>Region</th><th>Dates</th>"
                    "<th>Participants</th></tr></thead><tbody>"
                    "<tr><td>Ahal region</td><td>10–11 February</td><td>384</td></tr>"
                    "<tr><td>Balkan region</td><td>13–14 February</td><td>296</td></tr>"
                    "<tr><td>Dashoguz region</td><td>17–18 February</td><td>452</td></tr>"
                    "<tr><td>Lebap region</td><td>19–20 February</td><td>468</td></tr>"
                    "<tr><td>Mary region</td><td>24–25 February</td><td>506</td></tr>"
                    "<tr><td>Ashgabat and Arkadag city</td><td>27–28 February</td><td>372</td></tr>"
                    "</tbody></table>"
                    "<p>At the end of the seminar the participants took a "
                    "short test and received the updated Handbook for Members "
                    "of Precinct Election Commissions, which reflects the "
                    "latest amendments to the Electoral Code.</p>"
                ),
            },
        },
    },
    {
        "key": "2025-03-turnout-press-conference",
        "category": "elections",
        "publish_at": "2025-03-24T13:00",
        "featured": True,
        "status": "published",
        "cover": {"colour": "#8a3b12", "motif": "people"},
        "translations": {
            "tk": {
                "title": "Mejlis saýlawlarynda saýlawçylaryň gatnaşygy barada metbugat maslahaty",
                "slug": "mejlis-saylawlarynda-saylawcylaryn-gatnasygy-barada-metbugat-maslahaty",
                "body": (
                    "<p>2025-nji ýylyň 24-nji martynda Türkmenistanda "
                    "saýlawlary we sala salşyklary geçirmek boýunça Merkezi "
                    "toparyň başlygy milli we daşary ýurt köpçülikleýin habar "
                    "beriş serişdeleriniň wekilleri üçin öňki gün geçirilen "
                    "Türkmenistanyň Mejlisiniň deputatlygyna saýlawlaryň "
                    "deslapky netijelerine bagyşlanan metbugat maslahatyny "
                    "geçirdi.</p>"
                    "<p>Başlyk ses berişligiň 125 bir mandatly saýlaw "
                    "okrugynyň hemmesinde geçendigini habar berdi. Deputatlyk "
                    "orunlary üçin syýasy partiýalar we raýatlaryň başlangyç "
                    "toparlary tarapyndan hödürlenen 258 dalaşgär bäsleşdi. "
                    "Sanawlara girizilen 3 538 720 saýlawçydan 3 307 642-si "
                    "ýa-da 93,47 göterimi ses berişlige gatnaşdy. "
                    "Saýlawçylaryň dört göterime golaýy möhletinden öň ses "
                    "bermek mümkinçiliginden peýdalandy, 38 müňden gowrak "
                    "raýat bolsa öýünde ses berdi.</p>"
                    "<h2>Ses beriş güni saýlawçylaryň gatnaşygy</h2>"
                    "<table><thead><tr><th>Wagty</th><th>Gatnaşyk, %</th></tr></thead><tbody>"
                    "<tr><td>10:00</td><td>28,6</td></tr>"
                    "<tr><td>13:00</td><td>61,3</td></tr>"
                    "<tr><td>16:00</td><td>84,9</td></tr>"
                    "<tr><td>19:00</td><td>93,47</td></tr>"
                    "</tbody></table>"
                    "<p>Saýlawlar ähli okruglarda bolup geçen diýlip ykrar "
                    "edildi we deslapky maglumatlara görä, 125 okrugyň "
                    "hemmesinde deputatlar saýlandy.</p>"
                    "<p>Žurnalistleriň soraglaryna jogap berip, başlyk ses "
                    "berişligi Garaşsyz Döwletleriň Arkalaşygyndan, Türki "
                    "döwletleriň guramasyndan we Şanhaý hyzmatdaşlyk "
                    "guramasyndan ýetmişden gowrak halkara synçynyň, şeýle "
                    "hem syýasy partiýalardan we jemgyýetçilik "
                    "birleşiklerinden bäş müňden gowrak milli synçynyň "
                    "synlandygyny belledi. Ses berişligiň netijelerine täsir "
                    "edip biljek şikaýatlar gelip gowuşmady.</p>"
                    "<p>Saýlawlaryň gutarnykly netijeleri Merkezi topar ähli "
                    "okrug saýlaw toparlarynyň teswirnamalaryna garandan soň "
                    "çap ediler.</p>"
                ),
            },
            "ru": {
                "title": "Пресс-конференция о явке на выборах в Меджлис",
                "slug": "press-konferentsiya-o-yavke-na-vyborakh-v-medzhlis",
                "body": (
                    "<p>24 марта 2025 года председатель Центральной комиссии "
                    "по проведению выборов и референдумов провёл "
                    "пресс-конференцию для представителей национальных и "
                    "зарубежных средств массовой информации, посвящённую "
                    "предварительным итогам состоявшихся накануне выборов в "
                    "Меджлис Туркменистана.</p>"
                    "<p>Председатель сообщил, что голосование прошло во всех "
                    "125 одномандатных избирательных округах. За депутатские "
                    "мандаты боролись 258 кандидатов, выдвинутых "
                    "политическими партиями и инициативными группами граждан. "
                    "Из 3 538 720 избирателей, включённых в списки, в "
                    "голосовании приняли участие 3 307 642 человека, или "
                    "93,47 процента. Около четырёх процентов избирателей "
                    "воспользовались возможностью проголосовать досрочно, а "
                    "более 38 тысяч граждан проголосовали на дому.</p>"
                    "<h2>Явка в течение дня голосования</h2>"
                    "<table><thead><tr><th>Время</th><th>Явка, %</th></tr></thead><tbody>"
                    "<tr><td>10:00</td><td>28,6</td></tr>"
                    "<tr><td>13:00</td><td>61,3</td></tr>"
                    "<tr><td>16:00</td><td>84,9</td></tr>"
                    "<tr><td>19:00</td><td>93,47</td></tr>"
                    "</tbody></table>"
                    "<p>Выборы признаны состоявшимися во всех округах, и, по "
                    "предварительным данным, депутаты избраны во всех 125 "
                    "округах.</p>"
                    "<p>Отвечая на вопросы журналистов, председатель отметил, "
                    "что за голосованием следили более семидесяти "
                    "международных наблюдателей от Содружества Независимых "
                    "Государств, Организации тюркских государств и Шанхайской "
                    "организации сотрудничества, а также свыше пяти тысяч "
                    "национальных наблюдателей от политических партий и "
                    "общественных объединений. Жалоб, которые могли бы "
                    "повлиять на итоги голосования, не поступало.</p>"
                    "<p>Окончательные итоги выборов будут опубликованы после "
                    "того, как Центральная комиссия рассмотрит протоколы всех "
                    "окружных избирательных комиссий.</p>"
                ),
            },
            "en": {
                "title": "Press conference on turnout in the Mejlis elections",
                "slug": "press-conference-on-turnout-in-the-mejlis-elections",
                "body": (
                    "<p>On 24 March 2025 the Chairman of the Central "
                    "Commission for Elections and Referendums held a press "
                    "conference for representatives of national and foreign "
                    "media on the preliminary results of the elections to the "
                    "Mejlis of Turkmenistan held the previous day.</p>"
                    "<p>The Chairman reported that voting had taken place in "
                    "all 125 single-member constituencies. A total of 258 "
                    "candidates nominated by political parties and initiative "
                    "groups of citizens competed for seats in parliament. Of "
                    "the 3,538,720 voters on the lists, 3,307,642 took part in "
                    "the voting, or 93.47 per cent. About four per cent of "
                    "voters made use of early voting, and more than 38,000 "
                    "citizens voted at home.</p>"
                    "<h2>Turnout during election day</h2>"
                    "<table><thead><tr><th>Time</th><th>Turnout, %</th></tr></thead><tbody>"
                    "<tr><td>10:00</td><td>28.6</td></tr>"
                    "<tr><td>13:00</td><td>61.3</td></tr>"
                    "<tr><td>16:00</td><td>84.9</td></tr>"
                    "<tr><td>19:00</td><td>93.47</td></tr>"
                    "</tbody></table>"
                    "<p>The elections were declared valid in all "
                    "constituencies and, according to preliminary data, "
                    "deputies have been elected in all 125 of them.</p>"
                    "<p>Answering journalists' questions, the Chairman noted "
                    "that the voting was followed by more than seventy "
                    "international observers from the Commonwealth of "
                    "Independent States, the Organization of Turkic States and "
                    "the Shanghai Cooperation Organisation, as well as by over "
                    "five thousand national observers from political parties "
                    "and public associations. No complaints that could affect "
                    "the outcome of the vote were received.</p>"
                    "<p>The final results of the elections will be published "
                    "once the Central Commission has considered the protocols "
                    "of all district election commissions.</p>"
                ),
            },
        },
    },
    {
        "key": "2025-03-international-organisations-mejlis",
        "category": "observers",
        "publish_at": "2025-03-28T10:00",
        "featured": False,
        "status": "published",
        "cover": None,
        "translations": {
            "tk": {
                "title": "Halkara guramalar Mejlis saýlawlary barada",
                "slug": "halkara-guramalar-mejlis-saylawlary-barada",
                "body": (
                    "<p>2025-nji ýylyň 23-nji martynda geçirilen "
                    "Türkmenistanyň Mejlisiniň deputatlygyna saýlawlar "
                    "halkara jemgyýetçiligiň ünsüni özüne çekdi. "
                    "Türkmenistanda saýlawlary we sala salşyklary geçirmek "
                    "boýunça Merkezi topar birnäçe halkara guramalardan we "
                    "daşary ýurt döwletlerinden synçylary akkreditledi, ses "
                    "berişlikden soňky günlerde olar özleriniň deslapky "
                    "netijelerini hödürlediler.</p>"
                    "<ul>"
                    "<li><strong>GDA-nyň synçylar missiýasy</strong> "
                    "saýlawlaryň asuda ýagdaýda, Saýlaw kodeksine we erkin "
                    "hem adalatly saýlawlaryň ýörelgelerine laýyklykda "
                    "geçendigini aýtdy hem-de saýlaw toparlarynyň ussatlygyny "
                    "belledi.</li>"
                    "<li><strong>Şanhaý hyzmatdaşlyk guramasynyň "
                    "synçylary</strong> saýlawçylaryň erk-islegini beýan "
                    "etmegine täsir edip biljek bozulmalary ýüze "
                    "çykarmadylar we möhletinden öň ses bermegiň gowy "
                    "guralandygyny aýratyn bellediler.</li>"
                    "<li><strong>Türki döwletleriň guramasynyň "
                    "missiýasy</strong> dalaşgärleriň saýlawçylar bilen iki "
                    "müňden gowrak duşuşyk geçiren saýlaw kampaniýasynyň "
                    "bäsleşikli häsiýetine ýokary baha berdi.</li>"
                    "<li><strong>ÝHHG-niň Demokratik institutlar we adam "
                    "hukuklary boýunça býurosynyň bilermenler "
                    "topary</strong> teklipleri öz içine aljak jemleýji "
                    "hasabatynyň iki aýyň dowamynda çap ediljekdigini Topara "
                    "habar berdi.</li>"
                    "</ul>"
                    "<p>Missiýalaryň ýolbaşçylary bilen duşuşykda Merkezi "
                    "saýlaw toparynyň başlygy synçylara eden işleri üçin "
                    "minnetdarlyk bildirdi we halkara synçylyga açyklygyň "
                    "Türkmenistanyň saýlaw ulgamynyň üýtgewsiz ýörelgesine "
                    "öwrülendigini belledi.</p>"
                    "<p>Topar alnan ähli teklipleri seljerer we zerur bolan "
                    "ýagdaýynda saýlaw kanunçylygyny kämilleşdirmekde hem-de "
                    "2026-njy ýylyň martynda ýerli wekilçilikli edaralara "
                    "geçiriljek saýlawlara taýýarlyk görmekde olary göz "
                    "öňünde tutar.</p>"
                ),
            },
            "ru": {
                "title": "Международные организации о выборах в Меджлис",
                "slug": "mezhdunarodnye-organizatsii-o-vyborakh-v-medzhlis",
                "body": (
                    "<p>Выборы в Меджлис Туркменистана, состоявшиеся 23 марта "
                    "2025 года, привлекли внимание международного "
                    "сообщества. Центральная комиссия по проведению выборов и "
                    "референдумов аккредитовала наблюдателей от ряда "
                    "международных организаций и зарубежных государств, и в "
                    "дни после голосования они представили свои "
                    "предварительные выводы.</p>"
                    "<ul>"
                    "<li><strong>Миссия наблюдателей от СНГ</strong> заявила, "
                    "что выборы прошли в спокойной обстановке, в соответствии "
                    "с Избирательным кодексом и принципами свободных и "
                    "справедливых выборов, и отметила профессионализм "
                    "избирательных комиссий.</li>"
                    "<li><strong>Наблюдатели Шанхайской организации "
                    "сотрудничества</strong> не выявили нарушений, способных "
                    "повлиять на волеизъявление избирателей, и особо отметили "
                    "хорошую организацию досрочного голосования.</li>"
                    "<li><strong>Миссия Организации тюркских "
                    "государств</strong> высоко оценила конкурентный "
                    "характер кампании, в ходе которой кандидаты провели "
                    "более двух тысяч встреч с избирателями.</li>"
                    "<li><strong>Экспертная группа Бюро по демократическим "
                    "институтам и правам человека ОБСЕ</strong> сообщила "
                    "Комиссии, что её итоговый доклад с рекомендациями будет "
                    "опубликован в течение двух месяцев.</li>"
                    "</ul>"
                    "<p>На встрече с руководителями миссий председатель "
                    "Центральной комиссии поблагодарил наблюдателей за работу "
                    "и отметил, что открытость для международного "
                    "наблюдения стала неизменным принципом избирательной "
                    "системы Туркменистана.</p>"
                    "<p>Комиссия проанализирует все полученные рекомендации и "
                    "при необходимости учтёт их при совершенствовании "
                    "избирательного законодательства и подготовке к выборам в "
                    "местные представительные органы в марте 2026 года.</p>"
                ),
            },
            "en": {
                "title": "International organisations on the Mejlis elections",
                "slug": "international-organisations-on-the-mejlis-elections",
                "body": (
                    "<p>The elections to the Mejlis of Turkmenistan held on "
                    "23 March 2025 attracted the attention of the "
                    "international community. The Central Commission for "
                    "Elections and Referendums accredited observers from a "
                    "number of international organisations and foreign "
                    "states, and in the days following the vote they "
                    "presented their preliminary conclusions.</p>"
                    "<ul>"
                    "<li><strong>The CIS observer mission</strong> stated that "
                    "the elections were held in a calm atmosphere, in "
                    "accordance with the Electoral Code and the principles of "
                    "free and fair elections, and noted the professionalism "
                    "of the election commissions.</li>"
                    "<li><strong>Observers from the Shanghai Cooperation "
                    "Organisation</strong> found no violations that could "
                    "affect the expression of voters' will and singled out "
                    "the good organisation of early voting.</li>"
                    "<li><strong>The mission of the Organization of Turkic "
                    "States</strong> praised the competitive nature of the "
                    "campaign, during which candidates held more than two "
                    "thousand meetings with voters.</li>"
                    "<li><strong>The expert team of the OSCE Office for "
                    "Democratic Institutions and Human Rights</strong> "
                    "informed the Commission that its final report with "
                    "recommendations will be published within two "
                    "months.</li>"
                    "</ul>"
                    "<p>At a meeting with the heads of the missions, the "
                    "Chairman of the Central Commission thanked the observers "
                    "for their work and noted that openness to international "
                    "observation has become a firm principle of the electoral "
                    "system of Turkmenistan.</p>"
                    "<p>The Commission will analyse all the recommendations "
                    "received and, where appropriate, take them into account "
                    "in improving electoral legislation and in preparing for "
                    "the elections to local representative bodies in March "
                    "2026.</p>"
                ),
            },
        },
    },
    {
        "key": "2025-06-observer-accreditation-regulation",
        "category": "legislation",
        "publish_at": "2025-06-30T11:00",
        "featured": False,
        "status": "published",
        "cover": None,
        "translations": {
            "tk": {
                "title": "Synçylary akkreditlemek hakynda täze Düzgünnama tassyklanyldy",
                "slug": "syncylary-akkreditlemek-hakynda-taze-duzgunnama-tassyklanyldy",
                "body": (
                    "<p>Türkmenistanda saýlawlary we sala salşyklary geçirmek "
                    "boýunça Merkezi topar 2025-nji ýylyň 27-nji iýunynda "
                    "geçirilen mejlisinde milli we halkara synçylary, şeýle "
                    "hem köpçülikleýin habar beriş serişdeleriniň wekillerini "
                    "akkreditlemegiň tertibi hakynda täze Düzgünnamany "
                    "tassyklamak barada karar kabul etdi. Resminama 2018-nji "
                    "ýyldan bäri hereket edip gelen düzgünnamanyň ornuny "
                    "tutýar we bu tertibi Saýlaw kodeksine girizilen soňky "
                    "üýtgetmelere laýyk getirýär.</p>"
                    "<p>Düzgünnamanyň esasy täzelikleri:</p>"
                    "<ul>"
                    "<li>akkreditasiýa üçin arzalary zerur resminamalaryň "
                    "elektron nusgalaryny goşup, Merkezi toparyň resmi saýty "
                    "arkaly bermek mümkin;</li>"
                    "<li>arza garamagyň möhleti bäş iş gününden üç iş gününe "
                    "çenli gysgaldyldy;</li>"
                    "<li>uçastok toparlarynyň agzalaryna onuň hakykydygyny "
                    "çalt barlamaga mümkinçilik berýän QR-kodly synçynyň "
                    "bitewi şahadatnamasy girizilýär;</li>"
                    "<li>synçylaryň hukuklary we borçlary türkmen, rus we "
                    "iňlis dillerindäki ýatlatmada beýan edildi;</li>"
                    "<li>möhletinden öň we öýde ses berlende synçylaryň "
                    "gatnaşmagynyň tertibi anyklaşdyryldy.</li>"
                    "</ul>"
                    "<p>Merkezi toparyň jogapkär kätibi täze düzgünleriň "
                    "synçylaryň hem, saýlaw toparlarynyň hem işini "
                    "ýeňilleşdirjekdigini we akkreditasiýa tertibini has "
                    "aç-açan etjekdigini düşündirdi. Ýylyň ikinji ýarymynda "
                    "Topar saýlaw uçastoklaryna öz synçylaryny iberýän syýasy "
                    "partiýalar we jemgyýetçilik birleşikleri üçin düşündiriş "
                    "duşuşyklaryny geçirer.</p>"
                    "<p>Düzgünnama 2025-nji ýylyň 1-nji awgustyndan güýje "
                    "girýär we ilkinji gezek 2026-njy ýylda ýerli "
                    "wekilçilikli edaralara geçiriljek saýlawlarda ulanylar. "
                    "Resminamanyň teksti "
                    "<a href=\"https://example.org/observers/accreditation\">"
                    "Merkezi toparyň saýtynda</a> çap edildi.</p>"
                ),
            },
            "ru": {
                "title": "Утверждено новое положение об аккредитации наблюдателей",
                "slug": "utverzhdeno-novoe-polozhenie-ob-akkreditatsii-nablyudateley",
                "body": (
                    "<p>На заседании 27 июня 2025 года Центральная комиссия "
                    "по проведению выборов и референдумов в Туркменистане "
                    "приняла постановление об утверждении нового Положения о "
                    "порядке аккредитации национальных и международных "
                    "наблюдателей, а также представителей средств массовой "
                    "информации. Документ заменяет положение, действовавшее с "
                    "2018 года, и приводит порядок аккредитации в соответствие "
                    "с последними изменениями Избирательного кодекса.</p>"
                    "<p>Основные новшества Положения:</p>"
                    "<ul>"
                    "<li>заявку на аккредитацию можно подать через "
                    "официальный сайт Центральной комиссии, приложив "
                    "электронные копии необходимых документов;</li>"
                    "<li>срок рассмотрения заявки сокращён с пяти до трёх "
                    "рабочих дней;</li>"
                    "<li>вводится единое удостоверение наблюдателя с "
                    "QR-кодом, позволяющим членам участковых комиссий быстро "
                    "проверить его подлинность;</li>"
                    "<li>права и обязанности наблюдателей изложены в памятке "
                    "на туркменском, русском и английском языках;</li>"
                    "<li>уточнён порядок присутствия наблюдателей при "
                    "досрочном голосовании и голосовании на дому.</li>"
                    "</ul>"
                    "<p>Секретарь Центральной комиссии пояснил, что новые "
                    "правила облегчат работу как наблюдателей, так и "
                    "избирательных комиссий, а сама процедура аккредитации "
                    "станет более прозрачной. Во втором полугодии Комиссия "
                    "проведёт разъяснительные встречи для политических партий "
                    "и общественных объединений, которые направляют своих "
                    "наблюдателей на избирательные участки.</p>"
                    "<p>Положение вступает в силу с 1 августа 2025 года и "
                    "впервые будет применено на выборах в местные "
                    "представительные органы в 2026 году. Текст документа "
                    "опубликован на "
                    "<a href=\"https://example.org/observers/accreditation\">"
                    "сайте Центральной комиссии</a>.</p>"
                ),
            },
        },
    },
    {
        "key": "2025-09-memorandum-kyrgyz-commission",
        "category": "observers",
        "publish_at": "2025-09-16T09:00",
        "featured": False,
        "status": "published",
        "cover": {"colour": "#263a5e", "motif": "flag"},
        "translations": {
            "tk": {
                "title": "Gyrgyz kärdeşler bilen hyzmatdaşlyk hakynda Memorandum gol çekildi",
                "slug": "gyrgyz-kardesler-bilen-hyzmatdaslyk-hakynda-memorandum-gol-cekildi",
                "body": (
                    "<p>2025-nji ýylyň 15-nji sentýabrynda Aşgabatda "
                    "Türkmenistanda saýlawlary we sala salşyklary geçirmek "
                    "boýunça Merkezi topar bilen Gyrgyz Respublikasynyň "
                    "Saýlawlar we referendumlar geçirmek boýunça merkezi "
                    "komissiýasynyň arasynda saýlaw ulgamynda özara "
                    "düşünişmek we hyzmatdaşlyk hakynda Memorandum gol "
                    "çekildi. Resminama gyrgyz wekiliýetiniň ýurdumyza "
                    "sapary mahalynda iki edaranyň başlyklary tarapyndan gol "
                    "çekildi.</p>"
                    "<p>Memorandumda şular göz öňünde tutulýar:</p>"
                    "<ul>"
                    "<li>saýlaw kanunçylygy we ony ulanmagyň tejribesi barada "
                    "yzygiderli maglumat alyşmak;</li>"
                    "<li>saýlawlara we sala salşyklara synçylary özara "
                    "çagyrmak;</li>"
                    "<li>saýlaw toparlarynyň işgärleri üçin bilelikdäki "
                    "seminarlary, konferensiýalary we tejribe okuwlaryny "
                    "geçirmek;</li>"
                    "<li>maglumat tehnologiýalaryny ulanmakda we "
                    "saýlawçylary habarly etmekde tejribe alyşmak.</li>"
                    "</ul>"
                    "<p>Gepleşikleriň barşynda taraplar Türkmenistan bilen "
                    "Gyrgyzystanyň arasyndaky gatnaşyklaryň köpasyrlyk "
                    "dostluk we hoşniýetli goňşuçylyk däplerine "
                    "esaslanýandygyny, saýlaw edaralarynyň hyzmatdaşlygynyň "
                    "bolsa bu gatnaşyklaryň tebigy bölegidigini bellediler. "
                    "Myhmanlara 2026-njy ýylda ýerli wekilçilikli edaralara "
                    "geçiriljek saýlawlara taýýarlyk we Saýlaw kodeksine "
                    "girizilen soňky üýtgetmeler barada gürrüň berildi.</p>"
                    "<p>Gyrgyz wekiliýeti Türkmenistanyň Prezidentiniň "
                    "ýanyndaky Döwlet gullugy akademiýasynda hem bolup, "
                    "saýlaw hukugyny öwrenýän mugallymlar we diňleýjiler "
                    "bilen duşuşdy, ak mermerli paýtagtymyzyň görnükli "
                    "ýerleri bilen tanyşdy.</p>"
                    "<p>Taraplar 2026–2027-nji ýyllar üçin bilelikdäki "
                    "çäreleriň meýilnamasyny işläp düzmek we indiki duşuşygy "
                    "Bişkekde geçirmek barada ylalaşdylar.</p>"
                ),
            },
            "ru": {
                "title": "Подписан меморандум о сотрудничестве с кыргызскими коллегами",
                "slug": "podpisan-memorandum-o-sotrudnichestve-s-kyrgyzskimi-kollegami",
                "excerpt": (
                    "Избирательные органы Туркменистана и Кыргызстана "
                    "договорились обмениваться опытом, приглашать "
                    "наблюдателей на выборы и проводить совместные семинары."
                ),
                "body": (
                    "<p>15 сентября 2025 года в Ашхабаде Центральная "
                    "комиссия по проведению выборов и референдумов в "
                    "Туркменистане и Центральная комиссия по выборам и "
                    "проведению референдумов Кыргызской Республики подписали "
                    "меморандум о взаимопонимании и сотрудничестве в "
                    "избирательной сфере. Документ скрепили подписями "
                    "председатели двух комиссий в ходе визита кыргызской "
                    "делегации в нашу страну.</p>"
                    "<p>Меморандум предусматривает:</p>"
                    "<ul>"
                    "<li>регулярный обмен информацией об избирательном "
                    "законодательстве и практике его применения;</li>"
                    "<li>взаимное приглашение наблюдателей на выборы и "
                    "референдумы;</li>"
                    "<li>проведение совместных семинаров, конференций и "
                    "стажировок для сотрудников избирательных комиссий;</li>"
                    "<li>обмен опытом в использовании информационных "
                    "технологий и информировании избирателей.</li>"
                    "</ul>"
                    "<p>В ходе переговоров стороны отметили, что отношения "
                    "между Туркменистаном и Кыргызстаном основаны на "
                    "многовековых традициях дружбы и добрососедства, а "
                    "сотрудничество избирательных органов является "
                    "естественной частью этих связей. Гостям рассказали о "
                    "подготовке к выборам в местные представительные органы "
                    "в 2026 году и о последних изменениях Избирательного "
                    "кодекса.</p>"
                    "<p>Кыргызская делегация также посетила Академию "
                    "государственной службы при Президенте Туркменистана, где "
                    "встретилась с преподавателями и слушателями, изучающими "
                    "избирательное право, и ознакомилась с "
                    "достопримечательностями беломраморной столицы.</p>"
                    "<p>Стороны договорились разработать план совместных "
                    "мероприятий на 2026–2027 годы и провести следующую "
                    "встречу в Бишкеке.</p>"
                ),
            },
            "en": {
                "title": "Cooperation memorandum signed with Kyrgyz colleagues",
                "slug": "cooperation-memorandum-signed-with-kyrgyz-colleagues",
                "body": (
                    "<p>On 15 September 2025 a memorandum of understanding "
                    "and cooperation in the field of elections was signed in "
                    "Ashgabat between the Central Commission for Elections "
                    "and Referendums in Turkmenistan and the Central "
                    "Commission for Elections and Referenda of the Kyrgyz "
                    "Republic. The document was signed by the chairpersons of "
                    "the two commissions during the visit of the Kyrgyz "
                    "delegation to our country.</p>"
                    "<p>The memorandum provides for:</p>"
                    "<ul>"
                    "<li>regular exchange of information on electoral "
                    "legislation and its application;</li>"
                    "<li>mutual invitation of observers to elections and "
                    "referendums;</li>"
                    "<li>joint seminars, conferences and internships for the "
                    "staff of election commissions;</li>"
                    "<li>sharing experience in the use of information "
                    "technologies and in informing voters.</li>"
                    "</ul>"
                    "<p>During the talks the parties noted that relations "
                    "between Turkmenistan and Kyrgyzstan rest on centuries-old "
                    "traditions of friendship and good-neighbourliness, and "
                    "that cooperation between election bodies is a natural "
                    "part of these ties. The guests were briefed on "
                    "preparations for the elections to local representative "
                    "bodies in 2026 and on the recent amendments to the "
                    "Electoral Code.</p>"
                    "<p>The Kyrgyz delegation also visited the Academy of "
                    "State Service under the President of Turkmenistan, where "
                    "they met teachers and students of electoral law, and "
                    "saw the sights of the white-marble capital.</p>"
                    "<p>The parties agreed to draw up a plan of joint "
                    "activities for 2026–2027 and to hold their next meeting "
                    "in Bishkek.</p>"
                ),
            },
        },
    },
    {
        "key": "2025-11-first-time-voters",
        "category": "training",
        "publish_at": "2025-11-12T10:00",
        "featured": False,
        "status": "published",
        "cover": None,
        "translations": {
            "tk": {
                "title": "Ilkinji gezek ses berjekler üçin sapaklar",
                "slug": "ilkinji-gezek-ses-berjekler-ucin-sapaklar",
                "body": (
                    "<p>Türkmenistanda saýlawlary we sala salşyklary geçirmek "
                    "boýunça Merkezi topar Magtymguly adyndaky Türkmenistanyň "
                    "Ýaşlar guramasy we Bilim ministrligi bilen bilelikde "
                    "“Meniň ilkinji sesim” atly bilim taslamasyny başlady. "
                    "Taslama 2026-njy ýylyň 29-njy martynda ýerli "
                    "wekilçilikli edaralara geçiriljek saýlawlarda ilkinji "
                    "gezek ses berjek ýaşlara niýetlenendir.</p>"
                    "<p>Toparyň çaklamalaryna görä, öňki we geljekki "
                    "saýlawlaryň aralygynda 120 müňe golaý raýat on sekiz "
                    "ýaşyny doldurar. 2025-nji ýylyň noýabryndan 2026-njy "
                    "ýylyň fewralyna çenli saýlaw toparlarynyň agzalary we "
                    "meýletinçiler ähli sebitlerde orta mekdepleriň ýokary "
                    "synp okuwçylary, kollejleriň we ýokary okuw mekdepleriniň "
                    "talyplary bilen duşuşyklary geçirerler.</p>"
                    "<p>Ilkinji sapak Aşgabadyň ýokary okuw mekdepleriniň "
                    "birinde geçirildi. Talyplar saýlawçylaryň sanawlarynyň "
                    "nähili düzülýändigini, ses bermek üçin haýsy "
                    "resminamalaryň gerekdigini we býulleteni nädip dogry "
                    "doldurmalydygyny öwrendiler. Sapak talyplar geňeşiniň "
                    "başlygyny saýlamak boýunça okuw saýlawlary bilen "
                    "tamamlandy: gatnaşyjylar uçastok toparyny döretdiler, "
                    "kabinalarda ses berdiler, býulletenleri sanadylar we "
                    "netijeler baradaky teswirnama gol çekdiler.</p>"
                    "<p>“Saýlawlar barada okuw kitabynda okamak bir zat, "
                    "sesleri özüň sanamak bolsa başga zat” diýip, "
                    "gatnaşyjylaryň biri, hukuk fakultetiniň ikinji ýyl "
                    "talyby aýtdy. “Indi men saýlaw güni näme etmelidigimi "
                    "anyk bilýärin.”</p>"
                    "<p>Gysga wideo sapaklar we saýlaw hukugynyň esaslary "
                    "boýunça wiktorina "
                    "<a href=\"https://example.org/first-vote\">taslamanyň "
                    "sahypasynda</a> ýerleşdirildi.</p>"
                ),
            },
            "ru": {
                "title": "Уроки для впервые голосующих",
                "slug": "uroki-dlya-vpervye-golosuyushchikh",
                "body": (
                    "<p>Центральная комиссия по проведению выборов и "
                    "референдумов совместно с Молодёжной организацией "
                    "Туркменистана имени Махтумкули и Министерством "
                    "образования запустила просветительский проект «Мой "
                    "первый голос». Он адресован молодым людям, которые "
                    "впервые будут голосовать на выборах в местные "
                    "представительные органы 29 марта 2026 года.</p>"
                    "<p>По оценкам Комиссии, в период между прошлыми и "
                    "предстоящими выборами восемнадцатилетия достигнут около "
                    "120 тысяч граждан. С ноября 2025 года по февраль "
                    "2026 года члены избирательных комиссий и волонтёры "
                    "проведут встречи со старшеклассниками "
                    "общеобразовательных школ, студентами колледжей и высших "
                    "учебных заведений во всех регионах.</p>"
                    "<p>Первый урок прошёл в одном из вузов Ашхабада. "
                    "Студенты узнали, как составляются списки избирателей, "
                    "какие документы нужны для голосования и как правильно "
                    "заполнить бюллетень. Урок завершился учебными выборами "
                    "председателя студенческого совета: участники "
                    "сформировали участковую комиссию, проголосовали в "
                    "кабинах, подсчитали бюллетени и подписали протокол об "
                    "итогах.</p>"
                    "<p>«Одно дело — читать о выборах в учебнике, и совсем "
                    "другое — самому считать голоса, — поделилась одна из "
                    "участниц, студентка второго курса юридического "
                    "факультета. — Теперь я точно знаю, что делать в день "
                    "выборов».</p>"
                    "<p>Короткие видеоуроки и викторина по основам "
                    "избирательного права размещены на "
                    "<a href=\"https://example.org/first-vote\">странице "
                    "проекта</a>.</p>"
                ),
            },
            "en": {
                "title": "Lessons for first-time voters",
                "slug": "lessons-for-first-time-voters",
                "body": (
                    "<p>The Central Commission for Elections and Referendums, "
                    "together with the Magtymguly Youth Organisation of "
                    "Turkmenistan and the Ministry of Education, has launched "
                    "an educational project called “My First Vote”. It is "
                    "aimed at young people who will vote for the first time "
                    "in the elections to local representative bodies on "
                    "29 March 2026.</p>"
                    "<p>According to the Commission's estimates, about 120,000 "
                    "citizens will have turned eighteen between the previous "
                    "elections and the coming ones. From November 2025 to "
                    "February 2026 members of election commissions and "
                    "volunteers will hold meetings with senior pupils of "
                    "secondary schools and with students of colleges and "
                    "higher education institutions in every region.</p>"
                    "<p>The first lesson took place at a university in "
                    "Ashgabat. Students learned how voter lists are compiled, "
                    "which documents are needed to vote and how to fill in a "
                    "ballot paper correctly. The lesson ended with a mock "
                    "election of the chair of the student council: the "
                    "participants formed a precinct commission, voted in "
                    "booths, counted the ballots and signed a protocol of the "
                    "results.</p>"
                    "<p>“Reading about elections in a textbook is one thing; "
                    "counting the votes yourself is quite another,” said one "
                    "of the participants, a second-year law student. “Now I "
                    "know exactly what to do on election day.”</p>"
                    "<p>Short video lessons and a quiz on the basics of "
                    "electoral law are available on the "
                    "<a href=\"https://example.org/first-vote\">project "
                    "page</a>.</p>"
                ),
            },
        },
    },
    # ------------------------------------------------------------------
    # 2026
    # ------------------------------------------------------------------
    {
        "key": "2026-01-voter-list-verification",
        "category": "elections",
        "publish_at": "2026-01-20T10:00",
        "featured": False,
        "status": "published",
        "cover": None,
        "translations": {
            "tk": {
                "title": "Saýlawçylaryň sanawlary anyklanylýar",
                "slug": "saylawcylaryn-sanawlary-anyklanylyar",
                "body": (
                    "<p>2026-njy ýylyň 29-njy martynda geçiriljek welaýat, "
                    "etrap, şäher halk maslahatlarynyň we Geňeşleriň "
                    "agzalygyna saýlawlara taýýarlyk möhüm tapgyra girdi. "
                    "Ýerli ýerine ýetiriji häkimiýet edaralary we saýlaw "
                    "toparlary saýlawçylaryň sanawlaryny anyklamaga "
                    "girişdiler.</p>"
                    "<p>Sanawlar raýat ýagdaýynyň namalaryny hasaba alyş "
                    "edaralarynyň we migrasiýa gullugynyň berýän maglumatlary "
                    "esasynda düzülýär. Şu ýyl ilkinji gezek maglumat "
                    "alyşmak elektron görnüşde amala aşyrylýar, bu bolsa "
                    "maglumatlary işläp taýýarlamagyň wagtyny we tehniki "
                    "ýalňyşlyklaryň sanyny azaldýar. Şol bir wagtyň özünde "
                    "uçastok toparlarynyň agzalary ýaşaýyş ýerini ýakynda "
                    "üýtgeden saýlawçylar baradaky maglumatlary anyklamak "
                    "üçin ýaşaýyş jaýlaryny aýlanyp çykýarlar.</p>"
                    "<p>2026-njy ýylyň 15-nji ýanwaryna çenli ýagdaý boýunça "
                    "saýlawçylaryň deslapky sany 3 571 046 adama barabar "
                    "boldy. Parlament saýlawlaryndan bäri sanawlara 24 müňden "
                    "gowrak üýtgetme girizildi, olaryň köpüsi on sekiz "
                    "ýaşyny dolduran ýaşlara we täze jaýlara göçüp baran "
                    "raýatlara degişlidir.</p>"
                    "<h3>Öz maglumatlaryňyzy nädip barlamaly</h3>"
                    "<ul>"
                    "<li>9-njy martdan başlap saýlawçylaryň sanawlary her bir "
                    "uçastok toparynda tanyşmak üçin hödürlener;</li>"
                    "<li><a href=\"https://example.org/voter-check\">Toparyň "
                    "saýtynda</a> öý salgyňyzy görkezip, öz saýlaw "
                    "uçastogyňyzy tapyp bilersiňiz;</li>"
                    "<li>ýalňyşlygy düzetmek baradaky arzany ýazmaça ýa-da "
                    "uçastok toparyna özüňiz baryp berip bilersiňiz.</li>"
                    "</ul>"
                    "<p>Merkezi topar raýatlary, esasan-da, göçen, "
                    "familiýasyny üýtgeden ýa-da saýlaw güni öz ýaşaýan "
                    "ýerinde bolmajak bolsalar, öz maglumatlaryny öňünden "
                    "barlamaga çagyrýar.</p>"
                ),
            },
            "ru": {
                "title": "Идёт уточнение списков избирателей",
                "slug": "idet-utochnenie-spiskov-izbirateley",
                "body": (
                    "<p>Подготовка к выборам членов велаятских, этрапских и "
                    "городских халк маслахаты и Генгешей, которые состоятся "
                    "29 марта 2026 года, вступила в важный этап. Местные "
                    "органы исполнительной власти и избирательные комиссии "
                    "приступили к уточнению списков избирателей.</p>"
                    "<p>Списки составляются на основе сведений органов записи "
                    "актов гражданского состояния и миграционной службы. В "
                    "этом году обмен данными впервые ведётся в электронном "
                    "виде, что сокращает время обработки и количество "
                    "технических ошибок. Одновременно члены участковых "
                    "комиссий обходят жилые дома, чтобы уточнить сведения об "
                    "избирателях, недавно сменивших место жительства.</p>"
                    "<p>По состоянию на 15 января 2026 года предварительное "
                    "число избирателей составило 3 571 046 человек. После "
                    "парламентских выборов в списки внесено более 24 тысяч "
                    "изменений, большая часть которых касается молодых людей, "
                    "достигших восемнадцати лет, и граждан, переехавших в "
                    "новое жильё.</p>"
                    "<h3>Как проверить свои данные</h3>"
                    "<ul>"
                    "<li>с 9 марта списки избирателей будут представлены для "
                    "ознакомления в каждой участковой комиссии;</li>"
                    "<li>на <a href=\"https://example.org/voter-check\">сайте "
                    "Комиссии</a> можно найти свой избирательный участок, "
                    "указав домашний адрес;</li>"
                    "<li>заявление об исправлении ошибки можно подать в "
                    "участковую комиссию письменно или лично.</li>"
                    "</ul>"
                    "<p>Центральная комиссия призывает граждан заранее "
                    "проверить свои данные, особенно если они переехали, "
                    "сменили фамилию или будут отсутствовать по месту "
                    "жительства в день выборов.</p>"
                ),
            },
            "en": {
                "title": "Voter lists under verification",
                "slug": "voter-lists-under-verification",
                "body": (
                    "<p>Preparations for the elections of members of the "
                    "regional, district and city people's councils and of the "
                    "Gengeshes, to be held on 29 March 2026, have entered an "
                    "important stage. Local executive authorities and "
                    "election commissions have begun verifying the voter "
                    "lists.</p>"
                    "<p>The lists are compiled from data provided by the civil "
                    "registry offices and the migration service. This year, "
                    "for the first time, the data are exchanged "
                    "electronically, which reduces processing time and the "
                    "number of technical errors. At the same time, members of "
                    "precinct commissions are visiting residential buildings "
                    "to check the details of voters who have recently changed "
                    "their place of residence.</p>"
                    "<p>As of 15 January 2026 the preliminary number of "
                    "voters stood at 3,571,046. Since the parliamentary "
                    "elections more than 24,000 changes have been made to the "
                    "lists, most of them concerning young people who have "
                    "turned eighteen and citizens who have moved to new "
                    "homes.</p>"
                    "<h3>How to check your details</h3>"
                    "<ul>"
                    "<li>from 9 March the voter lists will be available for "
                    "inspection at every precinct commission;</li>"
                    "<li>on the <a href=\"https://example.org/voter-check\">"
                    "Commission's website</a> you can find your polling "
                    "station by entering your home address;</li>"
                    "<li>an application to correct an error can be submitted "
                    "to the precinct commission in writing or in "
                    "person.</li>"
                    "</ul>"
                    "<p>The Central Commission urges citizens to check their "
                    "details in advance, especially if they have moved house, "
                    "changed their surname or will be away from home on "
                    "election day.</p>"
                ),
            },
        },
    },
    {
        "key": "2026-02-accessible-polling-stations",
        "category": "training",
        "publish_at": "2026-02-18T11:00",
        "featured": False,
        "status": "published",
        "cover": {"colour": "#0b5d4b", "motif": "people"},
        "translations": {
            "tk": {
                "title": "Her bir saýlawça elýeterli saýlaw uçastoklary",
                "slug": "her-bir-saylawca-elyeterli-saylaw-ucastoklary",
                "body": (
                    "<p>2026-njy ýylyň 17-nji fewralynda Türkmenistanda "
                    "saýlawlary we sala salşyklary geçirmek boýunça Merkezi "
                    "topar Türkmenistanyň Körler we kerler jemgyýeti bilen "
                    "bilelikde Aşgabat şäheriniň uçastok saýlaw toparlarynyň "
                    "başlyklary üçin okuw maslahatyny geçirdi. Okuw maslahaty "
                    "saýlaw uçastoklarynyň maýyplygy bolan adamlar we ýaşy "
                    "uly saýlawçylar üçin elýeterliligine bagyşlandy.</p>"
                    "<p>Gatnaşyjylara Saýlaw kodeksiniň talaplary "
                    "ýatladyldy. Saýlaw uçastoklary birinji gatda "
                    "ýerleşmeli, pandusly we ýeterlik giň gapyly bolmaly; ses "
                    "bermek üçin kabinalaryň iň bolmanda biri pesledilen "
                    "stol we gowy yşyklandyryş bilen enjamlaşdyrylýar. Her "
                    "bir uçastokda ulaldyjy aýnalar we Braýl elipbiýinde "
                    "ýazylan býulleten trafaretleri bolmaly. Býulleteni "
                    "özbaşdak doldurup bilmeýän saýlawçy bolsa toparyň "
                    "agzalaryndan we synçylardan başga, öz saýlan adamynyň "
                    "kömeginden peýdalanmaga haklydyr.</p>"
                    "<p>Ýanwar aýynda toparlar 29-njy martda geçiriljek ýerli "
                    "saýlawlarda ulanyljak 2640 saýlaw uçastogynyň hemmesini "
                    "barlap çykdylar. Olaryň 2487-si talaplara doly laýyk "
                    "gelýär. Galan uçastoklarda pandus oturdylýar ýa-da ses "
                    "beriş otaglary birinji gata göçürilýär; bu işler "
                    "15-nji marta çenli tamamlanmaly.</p>"
                    "<p>Okuw maslahatynyň amaly böleginde Jemgyýetiň "
                    "wekilleri görüş ukyby gowşak saýlawçyny nähili "
                    "garşylamalydygyny, ony kabina çenli nähili "
                    "ugratmalydygyny we trafareti ulanmagy nädip "
                    "düşündirmelidigini görkezdiler. Gatnaşyjylar yşarat "
                    "diliniň birnäçe esasy yşaratyny hem öwrendiler.</p>"
                    "<p>Şuňa meňzeş okuw maslahatlary fewral aýynyň ahyryna "
                    "çenli ähli sebitlerde geçiriler.</p>"
                ),
            },
            "ru": {
                "title": "Избирательные участки, доступные каждому",
                "slug": "izbiratelnye-uchastki-dostupnye-kazhdomu",
                "body": (
                    "<p>17 февраля 2026 года Центральная комиссия по "
                    "проведению выборов и референдумов совместно с Обществом "
                    "слепых и глухих Туркменистана провела семинар для "
                    "председателей участковых избирательных комиссий "
                    "Ашхабада. Семинар был посвящён доступности избирательных "
                    "участков для людей с инвалидностью и пожилых "
                    "избирателей.</p>"
                    "<p>Участникам напомнили о требованиях Избирательного "
                    "кодекса. Избирательные участки должны располагаться на "
                    "первом этаже, иметь пандусы и достаточно широкие дверные "
                    "проёмы; как минимум одна кабина для голосования "
                    "оборудуется пониженным столом и хорошим освещением. На "
                    "каждом участке должны быть лупы и трафареты бюллетеней "
                    "со шрифтом Брайля. Избиратель, который не может "
                    "самостоятельно заполнить бюллетень, вправе "
                    "воспользоваться помощью другого лица по своему выбору, "
                    "за исключением членов комиссии и наблюдателей.</p>"
                    "<p>В январе комиссии проверили все 2640 избирательных "
                    "участков, которые будут использоваться на местных "
                    "выборах 29 марта. Из них 2487 полностью соответствуют "
                    "требованиям. На остальных участках устанавливаются "
                    "пандусы или помещения для голосования переносятся на "
                    "первый этаж; эти работы должны быть завершены до "
                    "15 марта.</p>"
                    "<p>В практической части семинара представители Общества "
                    "показали, как встретить избирателя с нарушением зрения, "
                    "проводить его до кабины и объяснить, как пользоваться "
                    "трафаретом. Участники также освоили несколько основных "
                    "жестов языка жестов.</p>"
                    "<p>Подобные семинары пройдут во всех регионах до конца "
                    "февраля.</p>"
                ),
            },
            "en": {
                "title": "Polling stations accessible to every voter",
                "slug": "polling-stations-accessible-to-every-voter",
                "body": (
                    "<p>On 17 February 2026 the Central Commission for "
                    "Elections and Referendums, together with the Society of "
                    "the Blind and Deaf of Turkmenistan, held a seminar for "
                    "chairpersons of precinct election commissions in "
                    "Ashgabat. The seminar focused on making polling stations "
                    "accessible to people with disabilities and elderly "
                    "voters.</p>"
                    "<p>Participants were reminded of the requirements of the "
                    "Electoral Code. Polling stations should be located on the "
                    "ground floor and have ramps and sufficiently wide "
                    "doorways; at least one voting booth is fitted with a "
                    "lowered table and good lighting. Every station must have "
                    "magnifying glasses and ballot stencils with Braille "
                    "lettering. A voter who cannot fill in the ballot alone "
                    "has the right to be assisted by a person of his or her "
                    "choice, other than a commission member or an "
                    "observer.</p>"
                    "<p>In January the commissions inspected all 2,640 "
                    "polling stations that will be used in the local "
                    "elections on 29 March. Of these, 2,487 fully meet the "
                    "requirements. At the remaining stations ramps are being "
                    "installed or the voting premises are being moved to the "
                    "ground floor; this work is to be completed by "
                    "15 March.</p>"
                    "<p>In the practical part of the seminar, representatives "
                    "of the Society showed how to greet a visually impaired "
                    "voter, accompany them to the booth and explain how to use "
                    "the stencil. Participants also learned several basic "
                    "signs of sign language.</p>"
                    "<p>Similar seminars will be held in all regions before "
                    "the end of February.</p>"
                ),
            },
        },
    },
    {
        "key": "2026-03-local-election-results",
        "category": "elections",
        "publish_at": "2026-03-31T18:00",
        "featured": False,
        "status": "published",
        "cover": {"colour": "#9a1b1b", "motif": "ballot"},
        "translations": {
            "tk": {
                "title": "Ýerli saýlawlaryň netijeleri jemlendi",
                "slug": "yerli-saylawlaryn-netijeleri-jemlendi",
                "body": (
                    "<p>2026-njy ýylyň 29-njy martynda tutuş Türkmenistanda "
                    "welaýat, etrap, şäher halk maslahatlarynyň we "
                    "Geňeşleriň agzalygyna saýlawlar geçirildi. "
                    "Türkmenistanda saýlawlary we sala salşyklary geçirmek "
                    "boýunça Merkezi topar 31-nji martda geçirilen "
                    "mejlisinde welaýat we şäher saýlaw toparlarynyň "
                    "hasabatlaryna garady we ses berişligiň netijelerini "
                    "jemledi.</p>"
                    "<p>Sanawlara girizilen 3 574 318 saýlawçydan "
                    "3 274 812-si ýa-da 91,62 göterimi saýlawlara gatnaşdy. "
                    "Ses beriş 2640 saýlaw uçastogynda geçirildi. Saýlawlar "
                    "ähli okruglarda bäsleşik esasynda geçdi: ortaça her bir "
                    "orna ikiden gowrak dalaşgär dalaş etdi.</p>"
                    "<p>Saýlawlaryň esasy görkezijileri:</p>"
                    "<ul>"
                    "<li>halk maslahatlarynyň 1182 agzasy we Geňeşleriň 5416 "
                    "agzasy saýlandy;</li>"
                    "<li>täze saýlanan agzalaryň 31 göterimini aýal-gyzlar "
                    "düzýär;</li>"
                    "<li>saýlananlaryň bäşden birine golaýy otuz bäş ýaşa "
                    "ýetmedik ýaşlardyr;</li>"
                    "<li>ses berişligi 2900-den gowrak milli synçy "
                    "synlady.</li>"
                    "</ul>"
                    "<p>Merkezi saýlaw toparynyň başlygy saýlawlaryň Saýlaw "
                    "kodeksiniň 2024-nji ýylda girizilen üýtgetmeler bilen "
                    "redaksiýasyna, şol sanda möhletinden öň ses bermegiň we "
                    "saýlaw uçastoklarynyň elýeterliliginiň täze düzgünlerine "
                    "berk laýyklykda geçendigini belledi. Haýsydyr bir "
                    "okrugda ses berişligiň netijelerine täsir edip biljek "
                    "şikaýatlar gelip gowuşmady.</p>"
                    "<p>Täze saýlanan halk maslahatlary we Geňeşler bir aýyň "
                    "dowamynda ilkinji mejlislerini geçirerler. Saýlanan "
                    "agzalaryň sanawlary welaýat gazetlerinde we "
                    "<a href=\"https://example.org/results/2026\">Toparyň "
                    "saýtynda</a> çap edildi.</p>"
                ),
            },
            "ru": {
                "title": "Подведены итоги местных выборов",
                "slug": "podvedeny-itogi-mestnykh-vyborov",
                "body": (
                    "<p>29 марта 2026 года по всему Туркменистану прошли "
                    "выборы членов велаятских, этрапских и городских халк "
                    "маслахаты и Генгешей. На заседании 31 марта Центральная "
                    "комиссия по проведению выборов и референдумов "
                    "рассмотрела доклады велаятских и городских избирательных "
                    "комиссий и подвела итоги голосования.</p>"
                    "<p>Из 3 574 318 избирателей, включённых в списки, в "
                    "выборах приняли участие 3 274 812 человек, или "
                    "91,62 процента. Голосование проходило на 2640 "
                    "избирательных участках. Выборы были альтернативными во "
                    "всех округах: в среднем на каждое место претендовали "
                    "более двух кандидатов.</p>"
                    "<p>Основные показатели выборов:</p>"
                    "<ul>"
                    "<li>избраны 1182 члена халк маслахаты и 5416 членов "
                    "Генгешей;</li>"
                    "<li>женщины составляют 31 процент вновь избранных "
                    "членов;</li>"
                    "<li>почти каждый пятый избранный моложе тридцати пяти "
                    "лет;</li>"
                    "<li>за голосованием наблюдали более 2900 национальных "
                    "наблюдателей.</li>"
                    "</ul>"
                    "<p>Председатель Центральной комиссии отметил, что выборы "
                    "прошли в строгом соответствии с Избирательным кодексом с "
                    "изменениями 2024 года, включая новые правила досрочного "
                    "голосования и доступности избирательных участков. Жалоб, "
                    "которые могли бы повлиять на итоги голосования в "
                    "каком-либо округе, не поступало.</p>"
                    "<p>Вновь избранные халк маслахаты и Генгеши проведут "
                    "первые заседания в течение месяца. Списки избранных "
                    "членов опубликованы в велаятских газетах и на "
                    "<a href=\"https://example.org/results/2026\">сайте "
                    "Комиссии</a>.</p>"
                ),
            },
            "en": {
                "title": "Local election results summed up",
                "slug": "local-election-results-summed-up",
                "body": (
                    "<p>On 29 March 2026 elections of members of the "
                    "regional, district and city people's councils and of the "
                    "Gengeshes were held throughout Turkmenistan. At its "
                    "meeting on 31 March the Central Commission for Elections "
                    "and Referendums considered the reports of the regional "
                    "and city election commissions and summed up the results "
                    "of the vote.</p>"
                    "<p>Of the 3,574,318 voters on the lists, 3,274,812 took "
                    "part in the elections, or 91.62 per cent. Voting took "
                    "place at 2,640 polling stations. Every constituency saw "
                    "a contested race: on average, more than two candidates "
                    "stood for each seat.</p>"
                    "<p>Key figures of the elections:</p>"
                    "<ul>"
                    "<li>1,182 members of people's councils and 5,416 members "
                    "of Gengeshes were elected;</li>"
                    "<li>women account for 31 per cent of the newly elected "
                    "members;</li>"
                    "<li>almost one in five of those elected is under the age "
                    "of thirty-five;</li>"
                    "<li>more than 2,900 national observers monitored the "
                    "voting.</li>"
                    "</ul>"
                    "<p>The Chairman of the Central Commission noted that the "
                    "elections were held in strict accordance with the "
                    "Electoral Code as amended in 2024, including the new "
                    "rules on early voting and the accessibility of polling "
                    "stations. No complaints were received that could have "
                    "affected the outcome of the vote in any "
                    "constituency.</p>"
                    "<p>The newly elected people's councils and Gengeshes will "
                    "hold their first sessions within a month. Lists of the "
                    "elected members have been published in regional "
                    "newspapers and on the "
                    "<a href=\"https://example.org/results/2026\">Commission's "
                    "website</a>.</p>"
                ),
            },
        },
    },
    {
        "key": "2026-04-cis-observers-local-elections",
        "category": "observers",
        "publish_at": "2026-04-03T11:30",
        "featured": False,
        "status": "published",
        "cover": None,
        "translations": {
            "tk": {
                "title": "GDA-nyň synçylary ýokary guramaçylygy bellediler",
                "slug": "gda-nyn-syncylary-yokary-guramacylygy-bellediler",
                "body": (
                    "<p>Garaşsyz Döwletleriň Arkalaşygynyň synçylar topary "
                    "ilkinji gezek Türkmenistanda ýerli wekilçilikli "
                    "edaralara geçirilen saýlawlary synlady. Türkmenistanda "
                    "saýlawlary we sala salşyklary geçirmek boýunça Merkezi "
                    "toparyň çakylygy boýunça işlän topara GDA-nyň Ýerine "
                    "ýetiriji komitetiniň we Arkalaşyga agza döwletleriň "
                    "saýlaw edaralarynyň on sekiz wekili girdi.</p>"
                    "<p>2026-njy ýylyň 25–30-njy marty aralygynda synçylar "
                    "Merkezi toparda we welaýat saýlaw toparlarynda "
                    "duşuşyklary geçirdiler, saýlaw güni bolsa Aşgabatdaky, "
                    "Arkadag şäherindäki, Ahal we Balkan welaýatlaryndaky "
                    "saýlaw uçastoklaryna bardylar. Olar täze elektron tertip "
                    "boýunça akkreditlendi. Toparyň agzalarynyň aýtmagyna "
                    "görä, bu tertip ýönekeý we çalt boldy.</p>"
                    "<p>Synçylar beýanatynda özleriniň baran ähli "
                    "uçastoklarynda ses beriş tertipleriniň berjaý "
                    "edilendigini, býulletenleriň ygtybarly saklanandygyny, "
                    "sesleriň bolsa milli synçylaryň gatnaşmagynda açyk "
                    "sanalandygyny bellediler. Olar maýyplygy bolan "
                    "saýlawçylar üçin oturdylan enjamlary, şol sanda "
                    "panduslary, Braýl elipbiýindäki trafaretleri we "
                    "pesledilen kabinalary makullap garşyladylar.</p>"
                    "<blockquote>“Ýerli saýlawlar tutuş saýlaw ulgamyna "
                    "bolan ynamyň daýanýan binýadydyr. Türkmenistanda olara "
                    "umumymilli kampaniýalara görülýän ýaly yhlas bilen "
                    "taýýarlyk görlüpdir” diýip, toparyň ýolbaşçysy "
                    "brifingde aýtdy.</blockquote>"
                    "<p>Merkezi topar GDA-ly kärdeşlerine obýektiw baha "
                    "berendikleri üçin minnetdarlyk bildirdi. Ýerli "
                    "saýlawlary guramagyň tejribesi güýz aýlarynda "
                    "geçirilmegi meýilleşdirilýän saýlaw edaralarynyň "
                    "halkara maslahatynda hödürlener.</p>"
                ),
            },
            "ru": {
                "title": "Наблюдатели СНГ отметили высокий уровень организации",
                "slug": "nablyudateli-sng-otmetili-vysokiy-uroven-organizatsii",
                "body": (
                    "<p>Группа наблюдателей от Содружества Независимых "
                    "Государств впервые следила за выборами в местные "
                    "представительные органы Туркменистана. В состав группы, "
                    "работавшей по приглашению Центральной комиссии по "
                    "проведению выборов и референдумов, вошли восемнадцать "
                    "представителей Исполнительного комитета СНГ и "
                    "избирательных органов государств — участников "
                    "Содружества.</p>"
                    "<p>С 25 по 30 марта 2026 года наблюдатели провели "
                    "встречи в Центральной комиссии и велаятских "
                    "избирательных комиссиях, а в день выборов посетили "
                    "избирательные участки в Ашхабаде, городе Аркадаг, "
                    "Ахалском и Балканском велаятах. Их аккредитация прошла по "
                    "новой электронной процедуре, которая, по словам членов "
                    "группы, оказалась простой и быстрой.</p>"
                    "<p>В своём заявлении наблюдатели отметили, что на всех "
                    "посещённых участках соблюдались процедуры голосования, "
                    "бюллетени надёжно хранились, а подсчёт голосов "
                    "проводился открыто в присутствии национальных "
                    "наблюдателей. Они приветствовали оборудование, "
                    "установленное для избирателей с инвалидностью, в том "
                    "числе пандусы, трафареты со шрифтом Брайля и пониженные "
                    "кабины.</p>"
                    "<blockquote>«Местные выборы — это фундамент, на котором "
                    "держится доверие ко всей избирательной системе, и в "
                    "Туркменистане к ним подготовились с той же "
                    "тщательностью, что и к общенациональным кампаниям», — "
                    "сказал руководитель группы на брифинге.</blockquote>"
                    "<p>Центральная комиссия поблагодарила коллег из СНГ за "
                    "объективную оценку. Опыт организации местных выборов "
                    "будет представлен на международной конференции "
                    "избирательных органов, запланированной на осень.</p>"
                ),
            },
            "en": {
                "title": "CIS observers note high level of organisation",
                "slug": "cis-observers-note-high-level-of-organisation",
                "body": (
                    "<p>For the first time, a group of observers from the "
                    "Commonwealth of Independent States followed elections to "
                    "local representative bodies in Turkmenistan. The group, "
                    "which worked at the invitation of the Central Commission "
                    "for Elections and Referendums, included eighteen "
                    "representatives of the CIS Executive Committee and of "
                    "election bodies of the member states.</p>"
                    "<p>From 25 to 30 March 2026 the observers held meetings "
                    "at the Central Commission and at regional election "
                    "commissions, and on election day they visited polling "
                    "stations in Ashgabat, Arkadag city and the Ahal and "
                    "Balkan regions. They were accredited through the new "
                    "electronic procedure, which, according to the group "
                    "members, proved simple and fast.</p>"
                    "<p>In their statement the observers noted that voting "
                    "procedures were followed at all the polling stations "
                    "they visited, ballot papers were kept securely and the "
                    "votes were counted openly in the presence of national "
                    "observers. They welcomed the equipment installed for "
                    "voters with disabilities, including ramps, Braille "
                    "ballot stencils and lowered booths.</p>"
                    "<blockquote>“Local elections are the foundation on which "
                    "trust in the entire electoral system rests, and in "
                    "Turkmenistan they were prepared with the same care as "
                    "nationwide campaigns,” the head of the group said at a "
                    "briefing.</blockquote>"
                    "<p>The Central Commission thanked its CIS colleagues for "
                    "their objective assessment. The experience of organising "
                    "the local elections will be presented at an "
                    "international conference of election bodies planned "
                    "for the autumn.</p>"
                ),
            },
        },
    },
    {
        "key": "2026-09-electronic-voter-register-draft",
        "category": "legislation",
        "publish_at": "2026-09-10T11:00",
        "featured": False,
        "status": "draft",
        "cover": None,
        "translations": {
            "tk": {
                "title": "Saýlawçylaryň bitewi elektron sanawy: kanun taslamasy",
                "slug": "saylawcylaryn-bitewi-elektron-sanawy-kanun-taslamasy",
                "body": (
                    "<p>Mejlisiň deputatlaryndan we Türkmenistanda "
                    "saýlawlary we sala salşyklary geçirmek boýunça Merkezi "
                    "toparyň agzalaryndan ybarat iş topary Türkmenistanyň "
                    "Saýlaw kodeksine üýtgetmeler girizmek hakynda kanunyň "
                    "taslamasyny taýýarlady. Taslamada saýlawçylaryň bitewi "
                    "döwlet elektron sanawyny döretmek göz öňünde "
                    "tutulýar.</p>"
                    "<p>Häzirki wagtda saýlawçylaryň sanawlary her saýlawdan "
                    "öň ýerli häkimiýet edaralarynyň maglumatlary esasynda "
                    "täzeden düzülýär. Taslama laýyklykda, bitewi sanawy "
                    "Merkezi topar hemişelik alyp barar we ol raýat "
                    "ýagdaýynyň namalaryny hasaba alyş edaralarynyň hem-de "
                    "migrasiýa gullugynyň maglumatlary boýunça awtomatik "
                    "usulda täzelener. Saýlawlaryň öň ýanynda uçastok "
                    "toparlary öz uçastoklary üçin taýýar göçürmeleri "
                    "alarlar.</p>"
                    "<h3>Munuň saýlawçylara berjek peýdasy</h3>"
                    "<ul>"
                    "<li>islendik wagt Toparyň saýty arkaly öz "
                    "maglumatlaryňy barlamak mümkinçiligi;</li>"
                    "<li>sanawlarda ýalňyşlyklaryň we gaýtalanýan "
                    "ýazgylaryň azalmagy;</li>"
                    "<li>hakykatda bolýan ýeri boýunça ses bermegiň has "
                    "ýönekeý tertibi.</li>"
                    "</ul>"
                    "<p>Taslamada saýlawçylaryň şahsy maglumatlarynyň "
                    "“Şahsy durmuş baradaky maglumatlar we olary goramak "
                    "hakynda” Türkmenistanyň Kanunyna laýyklykda "
                    "işlenilýändigi we diňe saýlaw toparlarynyň ygtyýarly "
                    "agzalary üçin elýeterlidigi kesgitlenýär.</p>"
                    "<p>Taslamany jemgyýetçilik tarapyndan ara alyp "
                    "maslahatlaşmak 2026-njy ýylyň 31-nji oktýabryna çenli "
                    "dowam eder. Teklipleri Toparyň saýtyndaky "
                    "<a href=\"https://example.org/e-register/feedback\">"
                    "teklipler bölümi</a> arkaly ýa-da poçta arkaly iberip "
                    "bolar.</p>"
                ),
            },
            "ru": {
                "title": "Единый электронный список избирателей: законопроект",
                "slug": "edinyy-elektronnyy-spisok-izbirateley-zakonoproekt",
                "body": (
                    "<p>Рабочая группа, в которую вошли депутаты Меджлиса и "
                    "члены Центральной комиссии по проведению выборов и "
                    "референдумов, подготовила проект закона о внесении "
                    "изменений в Избирательный кодекс Туркменистана. "
                    "Законопроект предусматривает создание единого "
                    "государственного электронного списка избирателей.</p>"
                    "<p>Сегодня списки избирателей составляются заново перед "
                    "каждыми выборами на основе сведений местных органов "
                    "власти. Согласно проекту, единый список будет постоянно "
                    "вести Центральная комиссия, а обновляться он будет "
                    "автоматически по данным органов записи актов "
                    "гражданского состояния и миграционной службы. Перед "
                    "выборами участковые комиссии будут получать готовые "
                    "выписки для своих участков.</p>"
                    "<h3>Что это даст избирателям</h3>"
                    "<ul>"
                    "<li>возможность в любое время проверить свои данные "
                    "через сайт Комиссии;</li>"
                    "<li>меньше ошибок и повторных записей в списках;</li>"
                    "<li>более простой порядок голосования по месту "
                    "фактического пребывания.</li>"
                    "</ul>"
                    "<p>Проект устанавливает, что персональные данные "
                    "избирателей обрабатываются в соответствии с Законом "
                    "Туркменистана «Об информации о личной жизни и её "
                    "защите» и доступны только уполномоченным членам "
                    "избирательных комиссий.</p>"
                    "<p>Общественное обсуждение проекта продлится до "
                    "31 октября 2026 года. Предложения можно направить через "
                    "<a href=\"https://example.org/e-register/feedback\">раздел "
                    "предложений</a> на сайте Комиссии или по почте.</p>"
                ),
            },
        },
    },
    {
        "key": "2026-10-voter-information-centre",
        "category": "elections",
        "publish_at": "2026-10-05T15:00",
        "featured": True,
        "status": "published",
        "cover": {"colour": "#3b2f7a", "motif": "building"},
        "translations": {
            "tk": {
                "title": "Aşgabatda Saýlawçylar üçin maglumat merkezi açyldy",
                "slug": "asgabatda-saylawcylar-ucin-maglumat-merkezi-acyldy",
                "body": (
                    "<p>2026-njy ýylyň 5-nji oktýabrynda Aşgabatda "
                    "Türkmenistanda saýlawlary we sala salşyklary geçirmek "
                    "boýunça Merkezi toparyň Saýlawçylar üçin maglumat "
                    "merkezi açyldy. Merkez Toparyň edarasynyň ýanyndaky "
                    "abatlanan binada ýerleşýär we Türkmenistandaky "
                    "saýlawlar barada has köp zat bilmek isleýänleriň "
                    "ählisine niýetlenendir.</p>"
                    "<p>Açylyş dabarasynda çykyş eden Merkezi saýlaw "
                    "toparynyň başlygy habarly saýlawçynyň berk saýlaw "
                    "ulgamynyň esasydygyny belledi. Merkez raýatlara, "
                    "esasan-da, ýaşlara saýlawlaryň nähili guralýandygyna we "
                    "olaryň her biriniň ýurduň durmuşyna nähili gatnaşyp "
                    "biljekdigine düşünmäge kömek eder.</p>"
                    "<h2>Merkeze gelenleri näme garaşýar</h2>"
                    "<ul>"
                    "<li>dürli ýyllaryň býulletenleri, plakatlary we "
                    "suratlary bilen garaşsyz Türkmenistanda geçirilen "
                    "saýlawlaryň we sala salşyklaryň taryhyna bagyşlanan "
                    "sergi;</li>"
                    "<li>islendik adamyň kabinada ses berip, býulleteniň "
                    "nusgasyny dury sandyga salyp bilýän saýlaw uçastogynyň "
                    "nusgasy;</li>"
                    "<li>saýlawçylaryň sanawyndaky öz maglumatlaryňy "
                    "barlamak we öz uçastogyňy tapmak üçin duýgur ekranly "
                    "terminallar;</li>"
                    "<li>saýlaw kanunçylygy we usulyýet neşirleri boýunça "
                    "kitaphana;</li>"
                    "<li>saýlaw toparlarynyň agzalary üçin okuw "
                    "maslahatlary we talyplar bilen sapaklar geçiriljek kyrk "
                    "orunlyk okuw otagy.</li>"
                    "</ul>"
                    "<p>Bina hereket mümkinçiligi çäkli adamlar üçin doly "
                    "elýeterlidir, görüş ukyby gowşak gelýänler üçin bolsa "
                    "audiogidler we Braýl elipbiýinde çap edilen maglumatlar "
                    "taýýarlanyldy.</p>"
                    "<p>Merkez duşenbeden şenbä çenli sagat 9:00-dan 18:00-a "
                    "çenli işleýär, giriş mugt. Mekdepler we ýokary okuw "
                    "mekdepleri üçin topar bolup gelmegi Toparyň telefony "
                    "ýa-da <a href=\"https://example.org/visit\">onlaýn "
                    "arza</a> arkaly ylalaşyp bolýar.</p>"
                ),
            },
            "ru": {
                "title": "В Ашхабаде открылся Информационный центр для избирателей",
                "slug": "v-ashkhabade-otkrylsya-informatsionnyy-tsentr-dlya-izbirateley",
                "body": (
                    "<p>5 октября 2026 года в Ашхабаде открылся "
                    "Информационный центр для избирателей Центральной "
                    "комиссии по проведению выборов и референдумов. Центр "
                    "расположен в обновлённом здании рядом с офисом Комиссии "
                    "и предназначен для всех, кто хочет больше узнать о "
                    "выборах в Туркменистане.</p>"
                    "<p>Выступая на церемонии открытия, председатель "
                    "Центральной комиссии отметил, что информированный "
                    "избиратель — основа прочной избирательной системы. "
                    "Центр поможет гражданам, особенно молодёжи, понять, как "
                    "организуются выборы и как каждый из них может "
                    "участвовать в жизни страны.</p>"
                    "<h2>Что ждёт посетителей</h2>"
                    "<ul>"
                    "<li>экспозиция, посвящённая истории выборов и "
                    "референдумов в независимом Туркменистане, с "
                    "бюллетенями, плакатами и фотографиями разных лет;</li>"
                    "<li>модель избирательного участка, где любой желающий "
                    "может проголосовать в кабине и опустить образец "
                    "бюллетеня в прозрачный ящик;</li>"
                    "<li>сенсорные терминалы для проверки своих данных в "
                    "списке избирателей и поиска своего участка;</li>"
                    "<li>библиотека избирательного законодательства и "
                    "методических изданий;</li>"
                    "<li>учебный класс на сорок мест для семинаров членов "
                    "избирательных комиссий и занятий со студентами.</li>"
                    "</ul>"
                    "<p>Здание полностью доступно для людей с ограниченной "
                    "подвижностью, а для посетителей с нарушением зрения "
                    "подготовлены аудиогиды и материалы, напечатанные "
                    "шрифтом Брайля.</p>"
                    "<p>Центр открыт с понедельника по субботу с 9:00 до "
                    "18:00, вход свободный. Групповые посещения для школ и "
                    "вузов можно согласовать по телефону Комиссии или через "
                    "<a href=\"https://example.org/visit\">онлайн-заявку</a>.</p>"
                ),
            },
            "en": {
                "title": "Voter Information Centre opens in Ashgabat",
                "slug": "voter-information-centre-opens-in-ashgabat",
                "body": (
                    "<p>On 5 October 2026 the Voter Information Centre of the "
                    "Central Commission for Elections and Referendums opened "
                    "in Ashgabat. The centre is housed in a renovated "
                    "building next to the Commission's office and is intended "
                    "for everyone who wishes to learn more about elections in "
                    "Turkmenistan.</p>"
                    "<p>Speaking at the opening ceremony, the Chairman of the "
                    "Central Commission noted that informed voters are the "
                    "basis of a strong electoral system. The centre will help "
                    "citizens, especially young people, understand how "
                    "elections are organised and how each of them can take "
                    "part in the life of the country.</p>"
                    "<h2>What visitors will find</h2>"
                    "<ul>"
                    "<li>an exhibition on the history of elections and "
                    "referendums in independent Turkmenistan, with ballot "
                    "papers, posters and photographs from different "
                    "years;</li>"
                    "<li>a model polling station where anyone can vote in a "
                    "booth and drop a sample ballot into a transparent ballot "
                    "box;</li>"
                    "<li>touch-screen terminals for checking one's entry in "
                    "the voter list and finding one's polling station;</li>"
                    "<li>a library of electoral legislation and methodological "
                    "publications;</li>"
                    "<li>a forty-seat classroom for seminars of election "
                    "commission members and classes with students.</li>"
                    "</ul>"
                    "<p>The building is fully accessible to people with "
                    "limited mobility, and audio guides and materials printed "
                    "in Braille are available for visually impaired "
                    "visitors.</p>"
                    "<p>The centre is open from Monday to Saturday, 9:00 to "
                    "18:00, and admission is free. Group visits for schools "
                    "and universities can be arranged by telephoning the "
                    "Commission or through the "
                    "<a href=\"https://example.org/visit\">online "
                    "request form</a>.</p>"
                ),
            },
        },
    },
    # Scheduled item: the loader sets publish_at a few days ahead.
    {
        "key": "2026-12-winter-school-election-staff",
        "category": "training",
        "publish_at": "future",
        "featured": False,
        "status": "published",
        "cover": None,
        "translations": {
            "tk": {
                "title": "Saýlaw guramaçylary üçin gyşky mekdep",
                "slug": "saylaw-guramacylary-ucin-gysky-mekdep",
                "body": (
                    "<p>2026-njy ýylyň 8–12-nji dekabry aralygynda "
                    "Türkmenistanda saýlawlary we sala salşyklary geçirmek "
                    "boýunça Merkezi toparyň Saýlawçylar üçin maglumat "
                    "merkezinde welaýat, etrap we şäher saýlaw toparlarynyň "
                    "ýaş işgärleri üçin gyşky mekdep geçiriler. Oňa "
                    "söhbetdeşligiň netijeleri boýunça saýlanyp alnan kyrk "
                    "adam gatnaşar.</p>"
                    "<p>Mekdebiň maksady saýlaw guramaçylarynyň täze "
                    "nesline saýlaw kanunçylygy baradaky bilimlerini "
                    "çuňlaşdyrmaga we işiň döwrebap usullaryny özleşdirmäge "
                    "ýardam bermekdir. Sapaklary Merkezi toparyň agzalary, "
                    "Türkmenistanyň Prezidentiniň ýanyndaky Döwlet gullugy "
                    "akademiýasynyň mugallymlary we Toparyň hyzmatdaşlyk "
                    "hakynda memorandumlary baglaşan saýlaw edaralarynyň "
                    "çagyrylan bilermenleri alyp barar.</p>"
                    "<h2>Maksatnama</h2>"
                    "<table><thead><tr><th>Senesi</th><th>Temasy</th></tr></thead><tbody>"
                    "<tr><td>8-nji dekabr</td><td>Mekdebiň açylyşy. Soňky "
                    "ýyllarda Saýlaw kodeksine girizilen üýtgetmeler</td></tr>"
                    "<tr><td>9-njy dekabr</td><td>Saýlawçylaryň sanawlary we "
                    "bitewi elektron sanawyň taslamasy</td></tr>"
                    "<tr><td>10-njy dekabr</td><td>Synçylar we köpçülikleýin "
                    "habar beriş serişdeleri bilen işlemek</td></tr>"
                    "<tr><td>11-nji dekabr</td><td>Halkara saýlaw ölçegleri "
                    "we hyzmatdaşlaryň tejribesi</td></tr>"
                    "<tr><td>12-nji dekabr</td><td>Jemleýji synag we "
                    "sertifikatlary gowşurmak</td></tr>"
                    "</tbody></table>"
                    "<p>Her günüň maksatnamasy leksiýalary, kiçi toparlarda "
                    "işlemegi we 2024–2026-njy ýyllaryň saýlawlarynyň "
                    "tejribesinden alnan amaly ýagdaýlary seljermegi öz içine "
                    "alar. Diňleýjiler öz sebitlerinde saýlawçylary habarly "
                    "etmegi gowulandyrmak boýunça taslamalaryny taýýarlap, "
                    "olary gorarlar.</p>"
                    "<p>Okuwy üstünlikli tamamlan gatnaşyjylara Merkezi "
                    "toparyň sertifikatlary gowşurylar. Iň gowy taslamalaryň "
                    "indiki saýlaw kampaniýalaryna taýýarlyk görlende "
                    "durmuşa geçirilmegi maslahat beriler.</p>"
                ),
            },
            "ru": {
                "title": "Зимняя школа для организаторов выборов",
                "slug": "zimnyaya-shkola-dlya-organizatorov-vyborov",
                "body": (
                    "<p>С 8 по 12 декабря 2026 года в Информационном центре "
                    "для избирателей Центральной комиссии по проведению "
                    "выборов и референдумов пройдёт зимняя школа для молодых "
                    "сотрудников велаятских, этрапских и городских "
                    "избирательных комиссий. В ней примут участие сорок "
                    "человек, отобранных по итогам собеседования.</p>"
                    "<p>Цель школы — помочь новому поколению организаторов "
                    "выборов углубить знания избирательного законодательства "
                    "и освоить современные методы работы. Занятия проведут "
                    "члены Центральной комиссии, преподаватели Академии "
                    "государственной службы при Президенте Туркменистана и "
                    "приглашённые эксперты избирательных органов, с которыми "
                    "у Комиссии подписаны меморандумы о сотрудничестве.</p>"
                    "<h2>Программа</h2>"
                    "<table><thead><tr><th>Дата</th><th>Тема</th></tr></thead><tbody>"
                    "<tr><td>8 декабря</td><td>Открытие школы. Изменения "
                    "Избирательного кодекса последних лет</td></tr>"
                    "<tr><td>9 декабря</td><td>Списки избирателей и проект "
                    "единого электронного списка</td></tr>"
                    "<tr><td>10 декабря</td><td>Работа с наблюдателями и "
                    "средствами массовой информации</td></tr>"
                    "<tr><td>11 декабря</td><td>Международные избирательные "
                    "стандарты и опыт партнёров</td></tr>"
                    "<tr><td>12 декабря</td><td>Итоговое тестирование и "
                    "вручение сертификатов</td></tr>"
                    "</tbody></table>"
                    "<p>Программа каждого дня включает лекции, работу в "
                    "малых группах и разбор практических ситуаций из опыта "
                    "выборов 2024–2026 годов. Слушатели подготовят и защитят "
                    "собственные проекты по улучшению информирования "
                    "избирателей в своих регионах.</p>"
                    "<p>Участники, успешно завершившие обучение, получат "
                    "сертификаты Центральной комиссии. Лучшие проекты будут "
                    "рекомендованы к внедрению при подготовке к следующим "
                    "избирательным кампаниям.</p>"
                ),
            },
        },
    },
]
