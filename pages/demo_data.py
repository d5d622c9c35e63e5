"""Demo content for the static pages of the election commission website.

All texts are original, fictional and intended for demonstration only.
Names of people, street addresses, phone numbers and figures are invented.

Structure of each entry:
    key          - stable unique ASCII identifier
    parent       - key of the parent page (defined earlier in the list) or None
    menu_order   - ordering among siblings
    in_menu      - whether the page appears in the main header menu
                   (only top-level pages are shown there)
    translations - mapping of language code (tk, ru, en) to
                   {"title", "slug", "body"}; body is HTML
"""

PAGES = [
    # ------------------------------------------------------------------
    # 1. About the Commission
    # ------------------------------------------------------------------
    {
        "key": "about",
        "parent": None,
        "menu_order": 1,
        "in_menu": True,
        "translations": {
            "tk": {
                "title": "Merkezi saýlaw topary barada",
                "slug": "merkezi-saylaw-topary",
                "body": """<h2>Biz barada</h2>
<p>Türkmenistanyň Saýlawlary we referendumlary geçirmek boýunça merkezi topary ýurdumyzyň ähli çäginde saýlawlary we referendumlary guramak hem-de geçirmek üçin jogapkär bolan hemişelik işleýän döwlet edarasydyr. Merkezi topar raýatlaryň saýlamak we saýlanmak hukugyny erkin amala aşyrmagyny üpjün edýär we saýlaw işiniň her bir tapgyrynyň kanuna laýyk geçirilmegine gözegçilik edýär.</p>
<h2>Taryhy</h2>
<p>Merkezi topar Türkmenistan 1991-nji ýylda garaşsyzlygyny alandan soň köp wagt geçmänkä döredildi: ýaş döwlete umumymilli ses berişlikleri taýýarlamak üçin öz edarasy gerek boldy. Otuz ýyldan gowrak wagtyň dowamynda topar Prezident we Mejlis saýlawlaryny, ýerli wekilçilikli edaralaryň saýlawlaryny hem-de umumyhalk referendumlaryny geçirdi. 2013-nji ýylda kabul edilen Saýlaw kodeksi saýlaw düzgünleriniň ählisini bir resminamada jemledi we toparyň garaşsyz edara hökmündäki ornuny berkitdi.</p>
<h2>Hukuk ýagdaýy</h2>
<p>Merkezi topar Türkmenistanyň Konstitusiýasyna we Saýlaw kodeksine esaslanyp hereket edýär. Öz ygtyýarlyklaryny amala aşyranda ol döwlet edaralaryndan, jemgyýetçilik birleşiklerinden we wezipeli adamlardan garaşsyzdyr. Toparyň öz ygtyýarlyklarynyň çäginde kabul eden kararlary aşaky saýlaw toparlary, ministrlikler, ýerli häkimiýet edaralary we guramalar üçin hökmanydyr.</p>
<h2>Ygtyýarlyklary</h2>
<ul>
<li>welaýat, etrap, şäher, okrug we uçastok saýlaw toparlarynyň işine ýolbaşçylyk etmek;</li>
<li>Türkmenistanyň Prezidentligine dalaşgärleri bellige almak we umumymilli ses berişlikleriň netijelerini resmi taýdan yglan etmek;</li>
<li>saýlawlar üçin bölünip berlen döwlet serişdelerini paýlamak we olaryň peýdalanylyşyna gözegçilik etmek;</li>
<li>saýlaw kanunçylygynyň birmeňzeş ulanylmagy boýunça düşündirişleri bermek;</li>
<li>halkara synçylaryny we köpçülikleýin habar beriş serişdeleriniň wekillerini akkreditasiýa etmek;</li>
<li>saýlaw toparlarynyň agzalaryny okatmak we saýlawçylara maglumat bermek.</li>
</ul>
<h2>Düzümi</h2>
<p>Merkezi topar bäş ýyl möhlet bilen düzülýär we başlykdan, başlygyň orunbasaryndan, sekretardan hem-de toparyň agzalaryndan ybaratdyr. Topar öz işini kollegial esasda alyp barýar, kararlar mejlislerde sesleriň köplügi bilen kabul edilýär. Gündelik işi hukuk, guramaçylyk, maglumat we maliýe bölümlerinden ybarat bolan apparat üpjün edýär. Bäş welaýatda we Aşgabat şäherinde hereket edýän saýlaw toparlary Merkezi topary saýlaw uçastoklary bilen baglanyşdyrýar.</p>""",
            },
            "ru": {
                "title": "О Центральной комиссии",
                "slug": "o-komissii",
                "body": """<h2>О нас</h2>
<p>Центральная комиссия по проведению выборов и референдумов в Туркменистане — постоянно действующий государственный орган, который организует и проводит выборы и референдумы на всей территории страны. Комиссия обеспечивает свободную реализацию права граждан избирать и быть избранными и следит за тем, чтобы каждый этап избирательного процесса проходил в строгом соответствии с законом.</p>
<h2>История</h2>
<p>Комиссия была образована вскоре после обретения Туркменистаном независимости в 1991 году, когда молодому государству потребовался собственный орган для подготовки общенациональных голосований. За три с лишним десятилетия она провела выборы Президента и депутатов Меджлиса, выборы в местные представительные органы и всенародные референдумы. Принятый в 2013 году Избирательный кодекс объединил все правила проведения выборов в едином акте и укрепил положение комиссии как независимого органа.</p>
<h2>Правовой статус</h2>
<p>Комиссия действует на основании Конституции Туркменистана и Избирательного кодекса. При осуществлении своих полномочий она независима от государственных органов, общественных объединений и должностных лиц. Решения комиссии, принятые в пределах её компетенции, обязательны для нижестоящих избирательных комиссий, министерств, местных органов власти и организаций.</p>
<h2>Полномочия</h2>
<ul>
<li>руководство деятельностью велаятских, этрапских, городских, окружных и участковых комиссий;</li>
<li>регистрация кандидатов в Президенты Туркменистана и официальное объявление итогов общенациональных голосований;</li>
<li>распределение выделенных на выборы государственных средств и контроль за их расходованием;</li>
<li>разъяснение порядка единообразного применения избирательного законодательства;</li>
<li>аккредитация международных наблюдателей и представителей средств массовой информации;</li>
<li>обучение членов избирательных комиссий и информирование избирателей.</li>
</ul>
<h2>Структура</h2>
<p>Комиссия формируется сроком на пять лет в составе председателя, заместителя председателя, секретаря и членов комиссии и работает на коллегиальной основе. Решения принимаются на заседаниях большинством голосов. Текущую работу обеспечивает аппарат, в который входят правовой, организационный, информационный и финансовый отделы. Избирательные комиссии пяти велаятов и города Ашхабада связывают Центральную комиссию с избирательными участками.</p>""",
            },
            "en": {
                "title": "About the Commission",
                "slug": "about",
                "body": """<h2>Who we are</h2>
<p>The Central Commission for Elections and Referendums of Turkmenistan is the permanent state body responsible for organising and conducting elections and referendums throughout the country. It makes sure that citizens can freely exercise their right to elect and to be elected, and that every stage of the electoral process is carried out in strict accordance with the law.</p>
<h2>History</h2>
<p>The Commission was set up shortly after Turkmenistan gained independence in 1991, when the young state needed an institution of its own to prepare nationwide votes. Over more than three decades it has organised presidential and parliamentary elections, elections to local representative bodies and national referendums. The Electoral Code adopted in 2013 brought all electoral rules together in a single act and strengthened the position of the Commission as an independent body.</p>
<h2>Legal status</h2>
<p>The Commission acts on the basis of the Constitution of Turkmenistan and the Electoral Code. In exercising its powers it is independent of state bodies, public associations and officials. Decisions taken by the Commission within its competence are binding on lower election commissions, ministries, local authorities and organisations.</p>
<h2>Mandate</h2>
<ul>
<li>directing the work of regional, district, city, constituency and precinct commissions;</li>
<li>registering candidates for President of Turkmenistan and officially announcing the results of nationwide votes;</li>
<li>allocating the state funds assigned to elections and monitoring how they are spent;</li>
<li>issuing guidance on the uniform application of electoral legislation;</li>
<li>accrediting international observers and representatives of the media;</li>
<li>training members of election commissions and informing voters.</li>
</ul>
<h2>Structure</h2>
<p>The Commission is formed for a five-year term and consists of a Chairman, a Deputy Chairman, a Secretary and members, who work on a collegial basis. Decisions are taken at sessions by a majority vote. Day-to-day work is supported by a secretariat with legal, organisational, information and finance departments. The commissions of the five regions and the city of Ashgabat link the Central Commission with the polling stations.</p>""",
            },
        },
    },
    # ------------------------------------------------------------------
    # 2. Members of the Commission (child of about)
    # ------------------------------------------------------------------
    {
        "key": "members",
        "parent": "about",
        "menu_order": 1,
        "in_menu": False,
        "translations": {
            "tk": {
                "title": "Merkezi toparyň agzalary",
                "slug": "toparyn-agzalary",
                "body": """<p>Häzirki wagtda Merkezi topar on agzadan ybaratdyr. Olar bäş ýyl möhlet bilen bellenildi we hemişelik esasda işleýärler. Toparyň her bir agzasy maliýe we hukuk meselelerinden başlap, saýlawçylara maglumat bermäge çenli işiň belli bir ugruna jogap berýär.</p>
<table>
<thead>
<tr><th>Ady we familiýasy</th><th>Wezipesi</th><th>Gysgaça maglumat</th></tr>
</thead>
<tbody>
<tr><td>Batyr Orazmämmedow</td><td>Toparyň başlygy</td><td>Döwlet dolandyryş ulgamynda ýigrimi ýyldan gowrak işlän hukukçy; ozal welaýat häkimliginiň hukuk bölümine ýolbaşçylyk etdi.</td></tr>
<tr><td>Aýna Myradowa</td><td>Başlygyň orunbasary</td><td>Konstitusion hukuk boýunça hünärmen; köp ýyllap talyplara saýlaw hukugyndan sapak berdi.</td></tr>
<tr><td>Döwlet Annaýew</td><td>Toparyň sekretary</td><td>Ykdysatçy; toparyň mejlisleriniň taýýarlanylmagyna, iş kagyzlaryna we arhiwine jogapkär.</td></tr>
<tr><td>Gülşat Amanowa</td><td>Toparyň agzasy</td><td>Saýlawlaryň maliýeleşdirilmegine we toparlaryň serişdeleri peýdalanyşy baradaky hasabatlaryna gözegçilik edýär.</td></tr>
<tr><td>Merdan Nurmuhammedow</td><td>Toparyň agzasy</td><td>Öňki etrap kazyýetiniň kazysy; arzalara we şikaýatlara seredilmegini utgaşdyrýar.</td></tr>
<tr><td>Ogulbike Saparowa</td><td>Toparyň agzasy</td><td>Žurnalist; saýlawçylara maglumat bermek we metbugat bilen gatnaşyklar boýunça jogapkär.</td></tr>
<tr><td>Rustam Gylyjow</td><td>Toparyň agzasy</td><td>Inžener; saýlawçylaryň hasaba alnyşyna we toparyň maglumat ulgamlaryna gözegçilik edýär.</td></tr>
<tr><td>Maral Öwezowa</td><td>Toparyň agzasy</td><td>Zenanlar birleşiginiň wekili; saýlaw uçastoklarynyň elýeterliligi bilen meşgullanýar.</td></tr>
<tr><td>Kakajan Durdyýew</td><td>Toparyň agzasy</td><td>Kärdeşler arkalaşyklary tarapyndan hödürlenen; uçastok saýlaw toparlarynyň agzalary üçin okuwlary guraýar.</td></tr>
<tr><td>Jeren Allaberdiýewa</td><td>Toparyň agzasy</td><td>Ýaşlar guramasy tarapyndan hödürlenen; ilkinji gezek ses berýän ýaşlar üçin maksatnamalara ýolbaşçylyk edýär.</td></tr>
</tbody>
</table>
<p>Raýatlar umumy kabulhana arkaly toparyň islendik agzasyna ýazmaça ýüz tutup bilerler. Şahsy kabul günleri barada maglumat «Habarlaşmak üçin» sahypasynda ýerleşdirilendir.</p>""",
            },
            "ru": {
                "title": "Члены комиссии",
                "slug": "chleny-komissii",
                "body": """<p>В настоящее время в состав Центральной комиссии входят десять человек. Они назначены сроком на пять лет и работают на постоянной основе. Каждый член комиссии отвечает за определённое направление деятельности — от финансовых и правовых вопросов до информирования избирателей.</p>
<table>
<thead>
<tr><th>Имя и фамилия</th><th>Должность</th><th>Кратко о себе</th></tr>
</thead>
<tbody>
<tr><td>Батыр Оразмаммедов</td><td>Председатель комиссии</td><td>Юрист с более чем двадцатилетним опытом работы в системе государственного управления; ранее возглавлял правовой отдел велаятского хякимлика.</td></tr>
<tr><td>Айна Мырадова</td><td>Заместитель председателя</td><td>Специалист в области конституционного права; много лет преподавала студентам избирательное право.</td></tr>
<tr><td>Довлет Аннаев</td><td>Секретарь комиссии</td><td>Экономист; отвечает за подготовку заседаний, делопроизводство и архив комиссии.</td></tr>
<tr><td>Гульшат Аманова</td><td>Член комиссии</td><td>Контролирует финансирование выборов и отчёты комиссий об использовании средств.</td></tr>
<tr><td>Мердан Нурмухаммедов</td><td>Член комиссии</td><td>Бывший судья этрапского суда; координирует рассмотрение заявлений и жалоб.</td></tr>
<tr><td>Огулбике Сапарова</td><td>Член комиссии</td><td>Журналист; отвечает за информирование избирателей и взаимодействие с прессой.</td></tr>
<tr><td>Рустам Гылыджов</td><td>Член комиссии</td><td>Инженер; курирует учёт избирателей и информационные системы комиссии.</td></tr>
<tr><td>Марал Овезова</td><td>Член комиссии</td><td>Представитель Союза женщин; занимается доступностью избирательных участков.</td></tr>
<tr><td>Какаджан Дурдыев</td><td>Член комиссии</td><td>Выдвинут профсоюзами; организует обучение членов участковых комиссий.</td></tr>
<tr><td>Джерен Аллабердиева</td><td>Член комиссии</td><td>Выдвинута молодёжной организацией; руководит программами для тех, кто голосует впервые.</td></tr>
</tbody>
</table>
<p>Граждане могут направить письменное обращение любому члену комиссии через общую приёмную. Сведения о днях личного приёма размещены на странице «Контакты».</p>""",
            },
            "en": {
                "title": "Members of the Commission",
                "slug": "members",
                "body": """<p>The Central Commission currently has ten members. They were appointed for a five-year term and work on a permanent basis. Each member is responsible for a particular area of the Commission's activity, ranging from finance and legal matters to informing voters.</p>
<table>
<thead>
<tr><th>Name</th><th>Position</th><th>Short biography</th></tr>
</thead>
<tbody>
<tr><td>Batyr Orazmämmedow</td><td>Chairman</td><td>Lawyer with more than twenty years of experience in public administration; previously headed the legal department of a regional administration.</td></tr>
<tr><td>Aýna Myradowa</td><td>Deputy Chairman</td><td>Specialist in constitutional law; taught electoral law to university students for many years.</td></tr>
<tr><td>Döwlet Annaýew</td><td>Secretary</td><td>Economist; responsible for preparing sessions and for the Commission's records and archive.</td></tr>
<tr><td>Gülşat Amanowa</td><td>Member</td><td>Oversees election financing and the reports of commissions on the use of funds.</td></tr>
<tr><td>Merdan Nurmuhammedow</td><td>Member</td><td>Former district court judge; coordinates the handling of applications and complaints.</td></tr>
<tr><td>Ogulbike Saparowa</td><td>Member</td><td>Journalist; in charge of voter information and relations with the press.</td></tr>
<tr><td>Rustam Gylyjow</td><td>Member</td><td>Engineer; supervises voter registration and the Commission's information systems.</td></tr>
<tr><td>Maral Öwezowa</td><td>Member</td><td>Representative of the Women's Union; works on the accessibility of polling stations.</td></tr>
<tr><td>Kakajan Durdyýew</td><td>Member</td><td>Nominated by the trade unions; organises training for members of precinct commissions.</td></tr>
<tr><td>Jeren Allaberdiýewa</td><td>Member</td><td>Nominated by the youth organisation; leads programmes for first-time voters.</td></tr>
</tbody>
</table>
<p>Citizens may send a written enquiry to any member of the Commission through the general reception office. The days of personal reception are listed on the Contacts page.</p>""",
            },
        },
    },
    # ------------------------------------------------------------------
    # 3. Regional commissions (child of about)
    # ------------------------------------------------------------------
    {
        "key": "regional-commissions",
        "parent": "about",
        "menu_order": 2,
        "in_menu": False,
        "translations": {
            "tk": {
                "title": "Welaýat saýlaw toparlary",
                "slug": "welayat-saylaw-toparlary",
                "body": """<p>Türkmenistanda saýlawlar köp basgançakly saýlaw toparlarynyň ulgamy arkaly guralýar. Merkezi toparyň ýolbaşçylygynda alty sebit saýlaw topary işleýär: bäş welaýatyň her birinde bir topar we welaýat hukukly Aşgabat şäheriniň topary. Olar Merkezi topar bilen deň möhlete düzülýär we onuň usulyýet ýolbaşçylygynda hereket edýär.</p>
<h2>Welaýat saýlaw toparlarynyň borçlary</h2>
<ul>
<li>öz çäklerindäki etrap we şäher saýlaw toparlarynyň işini utgaşdyrmak;</li>
<li>saýlaw uçastoklarynyň taýýarlygyny we saýlawçylaryň sanawlarynyň dogrulygyny barlamak;</li>
<li>welaýat halk maslahatyna dalaşgärleri bellige almak;</li>
<li>ses berişligiň netijelerini jemlemek we teswirnamalary Merkezi topara ibermek;</li>
<li>aşaky saýlaw toparlarynyň işi barada raýatlaryň ýüz tutmalaryna seretmek.</li>
</ul>
<h2>Salgylar</h2>
<table>
<thead>
<tr><th>Sebit</th><th>Ýerleşýän ýeri</th><th>Salgysy</th></tr>
</thead>
<tbody>
<tr><td>Ahal welaýaty</td><td>Änew</td><td>Änew şäheri, Bitaraplyk köçesi, 14, ikinji gat</td></tr>
<tr><td>Balkan welaýaty</td><td>Balkanabat</td><td>Balkanabat şäheri, Nebitçiler şaýoly, 31</td></tr>
<tr><td>Daşoguz welaýaty</td><td>Daşoguz</td><td>Daşoguz şäheri, Pagtaçylar köçesi, 8</td></tr>
<tr><td>Lebap welaýaty</td><td>Türkmenabat</td><td>Türkmenabat şäheri, Amyderýa köçesi, 45</td></tr>
<tr><td>Mary welaýaty</td><td>Mary</td><td>Mary şäheri, Margiana şaýoly, 19</td></tr>
<tr><td>Aşgabat şäheri</td><td>Aşgabat</td><td>Aşgabat şäheri, Gül zemin köçesi, 27</td></tr>
</tbody>
</table>
<p>Welaýat saýlaw toparlary iş günlerinde sagat 09:00-dan 18:00-a çenli raýatlary kabul edýär. Her bir toparyň telefon belgileri saýlaw döwründe resmi maglumat tagtalarynda we şu saýtda çap edilýär. Etrap we şäher saýlaw toparlarynyň salgylaryny welaýat toparlaryndan öwrenip bilersiňiz.</p>""",
            },
            "ru": {
                "title": "Региональные комиссии",
                "slug": "regionalnye-komissii",
                "body": """<p>Выборы в Туркменистане организуются через многоуровневую систему избирательных комиссий. Под руководством Центральной комиссии работают шесть региональных комиссий: по одной в каждом из пяти велаятов и комиссия города Ашхабада, имеющего права велаята. Они формируются на тот же срок, что и Центральная комиссия, и действуют под её методическим руководством.</p>
<h2>Задачи региональных комиссий</h2>
<ul>
<li>координация работы этрапских и городских комиссий на своей территории;</li>
<li>проверка готовности избирательных участков и точности списков избирателей;</li>
<li>регистрация кандидатов в члены велаятского халк маслахаты;</li>
<li>обобщение итогов голосования и передача протоколов в Центральную комиссию;</li>
<li>рассмотрение обращений граждан, касающихся работы нижестоящих комиссий.</li>
</ul>
<h2>Адреса</h2>
<table>
<thead>
<tr><th>Регион</th><th>Местонахождение</th><th>Адрес</th></tr>
</thead>
<tbody>
<tr><td>Ахалский велаят</td><td>Анау</td><td>г. Анау, ул. Битараплык, 14, второй этаж</td></tr>
<tr><td>Балканский велаят</td><td>Балканабат</td><td>г. Балканабат, проспект Небитчилер, 31</td></tr>
<tr><td>Дашогузский велаят</td><td>Дашогуз</td><td>г. Дашогуз, ул. Пагтачылар, 8</td></tr>
<tr><td>Лебапский велаят</td><td>Туркменабат</td><td>г. Туркменабат, ул. Амыдерья, 45</td></tr>
<tr><td>Марыйский велаят</td><td>Мары</td><td>г. Мары, проспект Маргиана, 19</td></tr>
<tr><td>Город Ашхабад</td><td>Ашхабад</td><td>г. Ашхабад, ул. Гюль земин, 27</td></tr>
</tbody>
</table>
<p>Региональные комиссии принимают посетителей в рабочие дни с 09:00 до 18:00. Номера телефонов каждой комиссии в период выборов публикуются на официальных информационных стендах и на этом сайте. Адреса этрапских и городских комиссий можно узнать в соответствующей велаятской комиссии.</p>""",
            },
            "en": {
                "title": "Regional Commissions",
                "slug": "regional-commissions",
                "body": """<p>Elections in Turkmenistan are organised through a multi-level system of election commissions. Six regional commissions work under the direction of the Central Commission: one in each of the five regions (welaýats) and one for the city of Ashgabat, which has the rights of a region. They are formed for the same term as the Central Commission and follow its methodological guidance.</p>
<h2>Responsibilities of regional commissions</h2>
<ul>
<li>coordinating the district and city commissions in their territory;</li>
<li>checking the readiness of polling stations and the accuracy of voter lists;</li>
<li>registering candidates for the regional people's council (halk maslahaty);</li>
<li>compiling voting results and forwarding the protocols to the Central Commission;</li>
<li>considering citizens' appeals concerning the work of lower commissions.</li>
</ul>
<h2>Addresses</h2>
<table>
<thead>
<tr><th>Region</th><th>Seat</th><th>Address</th></tr>
</thead>
<tbody>
<tr><td>Ahal region</td><td>Anew</td><td>14 Bitaraplyk Street, second floor, Anew</td></tr>
<tr><td>Balkan region</td><td>Balkanabat</td><td>31 Nebitchiler Avenue, Balkanabat</td></tr>
<tr><td>Dashoguz region</td><td>Dashoguz</td><td>8 Pagtachylar Street, Dashoguz</td></tr>
<tr><td>Lebap region</td><td>Turkmenabat</td><td>45 Amyderya Street, Turkmenabat</td></tr>
<tr><td>Mary region</td><td>Mary</td><td>19 Margiana Avenue, Mary</td></tr>
<tr><td>City of Ashgabat</td><td>Ashgabat</td><td>27 Gul Zemin Street, Ashgabat</td></tr>
</tbody>
</table>
<p>Regional commissions receive visitors on working days from 09:00 to 18:00. During the election period the telephone numbers of each commission are published on official notice boards and on this website. The addresses of district and city commissions can be obtained from the relevant regional commission.</p>""",
            },
        },
    },
    # ------------------------------------------------------------------
    # 4. Electoral legislation
    # ------------------------------------------------------------------
    {
        "key": "legislation",
        "parent": None,
        "menu_order": 2,
        "in_menu": True,
        "translations": {
            "tk": {
                "title": "Saýlaw kanunçylygy",
                "slug": "saylaw-kanuncylygy",
                "body": """<p>Türkmenistanyň saýlaw ulgamy birnäçe derejeli kadalaşdyryjy hukuk namalaryna esaslanýar. Olaryň umumy maksady gizlin ses bermek arkaly ählumumy, deň we göni saýlaw hukugyny kepillendirmekden hem-de her bir ses berişligiň tertibini aç-açan we öňünden belli etmekden ybaratdyr.</p>
<h2>Türkmenistanyň Konstitusiýasy</h2>
<p>Konstitusiýa halky döwlet häkimiýetiniň ýeke-täk çeşmesi diýip yglan edýär we on sekiz ýaşy dolan raýatlaryň saýlawlara gatnaşmak hukugyny berkidýär. Onda Prezidentiň we Mejlisiň ygtyýarlyk möhletleri hem-de referendum geçirmegiň esasy ýörelgeleri kesgitlenendir.</p>
<h2>Türkmenistanyň Saýlaw kodeksi</h2>
<p>2013-nji ýylda kabul edilen we şondan bäri birnäçe gezek üýtgetmeler girizilen Saýlaw kodeksi saýlawlary we referendumlary düzgünleşdirýän esasy namadyr. Onuň baplary şu meseleleri öz içine alýar:</p>
<ol>
<li>umumy düzgünler we saýlaw hukugynyň ýörelgeleri;</li>
<li>saýlaw toparlarynyň ulgamy we ygtyýarlyklary;</li>
<li>saýlaw okruglary, uçastoklary we saýlawçylaryň sanawlary;</li>
<li>dalaşgärleri hödürlemek we bellige almak;</li>
<li>saýlawdan öňki wagyz we köpçülikleýin habar beriş serişdeleriniň orny;</li>
<li>saýlawlary maliýeleşdirmek;</li>
<li>ses bermek, sesleri sanamak we netijeleri kesgitlemek;</li>
<li>Prezident, Mejlis, Halk Maslahaty we Gengeş saýlawlarynyň aýratynlyklary;</li>
<li>referendumy taýýarlamak we geçirmek;</li>
<li>synçylar, şikaýat etmek we düzgün bozulmalar üçin jogapkärçilik.</li>
</ol>
<h2>Baglanyşykly kanunlar</h2>
<ul>
<li>«Syýasy partiýalar hakynda» Türkmenistanyň Kanuny;</li>
<li>«Halk Maslahaty hakynda» Türkmenistanyň Kanuny;</li>
<li>«Gengeşler hakynda» Türkmenistanyň Kanuny;</li>
<li>«Köpçülikleýin habar beriş serişdeleri hakynda» Türkmenistanyň Kanuny;</li>
<li>«Raýatlaryň ýüz tutmalary hakynda» Türkmenistanyň Kanuny.</li>
</ul>
<h2>Resminamalar</h2>
<ul>
<li><a href="https://example.org/docs/tk/konstitusiya.pdf">Türkmenistanyň Konstitusiýasy (jemlenen tekst)</a></li>
<li><a href="https://example.org/docs/tk/saylaw-kodeksi.pdf">Türkmenistanyň Saýlaw kodeksi</a></li>
<li><a href="https://example.org/docs/tk/is-duzgunnamasy.pdf">Merkezi toparyň iş düzgünnamasy</a></li>
<li><a href="https://example.org/docs/tk/syncylar-ucin.pdf">Synçylar üçin gollanma</a></li>
<li><a href="https://example.org/docs/tk/ucastok-toparlary.pdf">Uçastok saýlaw toparlary üçin gollanma</a></li>
</ul>""",
            },
            "ru": {
                "title": "Избирательное законодательство",
                "slug": "zakonodatelstvo",
                "body": """<p>Избирательная система Туркменистана опирается на иерархию нормативных правовых актов. Их общая цель — гарантировать всеобщее, равное и прямое избирательное право при тайном голосовании и сделать порядок каждого голосования прозрачным и предсказуемым.</p>
<h2>Конституция Туркменистана</h2>
<p>Конституция провозглашает народ единственным источником государственной власти и закрепляет право граждан, достигших восемнадцати лет, участвовать в выборах. В ней определены сроки полномочий Президента и Меджлиса, а также основные принципы проведения референдумов.</p>
<h2>Избирательный кодекс Туркменистана</h2>
<p>Избирательный кодекс, принятый в 2013 году и с тех пор неоднократно дополнявшийся, — основной акт, регулирующий выборы и референдумы. Его главы посвящены следующим вопросам:</p>
<ol>
<li>общие положения и принципы избирательного права;</li>
<li>система и полномочия избирательных комиссий;</li>
<li>избирательные округа, участки и списки избирателей;</li>
<li>выдвижение и регистрация кандидатов;</li>
<li>предвыборная агитация и роль средств массовой информации;</li>
<li>финансирование выборов;</li>
<li>голосование, подсчёт голосов и установление итогов;</li>
<li>особенности выборов Президента, депутатов Меджлиса, членов Халк Маслахаты и Генгешей;</li>
<li>подготовка и проведение референдума;</li>
<li>наблюдатели, обжалование и ответственность за нарушения.</li>
</ol>
<h2>Связанные законы</h2>
<ul>
<li>Закон Туркменистана «О политических партиях»;</li>
<li>Закон Туркменистана «О Халк Маслахаты»;</li>
<li>Закон Туркменистана «О Генгешах»;</li>
<li>Закон Туркменистана «О средствах массовой информации»;</li>
<li>Закон Туркменистана «Об обращениях граждан».</li>
</ul>
<h2>Документы</h2>
<ul>
<li><a href="https://example.org/docs/ru/konstitutsiya.pdf">Конституция Туркменистана (сводный текст)</a></li>
<li><a href="https://example.org/docs/ru/izbiratelnyj-kodeks.pdf">Избирательный кодекс Туркменистана</a></li>
<li><a href="https://example.org/docs/ru/reglament.pdf">Регламент Центральной комиссии</a></li>
<li><a href="https://example.org/docs/ru/nablyudatelyam.pdf">Памятка для наблюдателей</a></li>
<li><a href="https://example.org/docs/ru/uchastkovym-komissiyam.pdf">Пособие для участковых избирательных комиссий</a></li>
</ul>""",
            },
            "en": {
                "title": "Electoral Legislation",
                "slug": "legislation",
                "body": """<p>The electoral system of Turkmenistan rests on a hierarchy of legal acts. Their common aim is to guarantee universal, equal and direct suffrage by secret ballot and to make the procedure of every vote transparent and predictable.</p>
<h2>Constitution of Turkmenistan</h2>
<p>The Constitution proclaims the people to be the sole source of state power and guarantees the right of citizens aged eighteen and over to take part in elections. It sets the terms of office of the President and the Mejlis and lays down the basic principles for holding referendums.</p>
<h2>Electoral Code of Turkmenistan</h2>
<p>The Electoral Code, adopted in 2013 and amended several times since, is the principal act governing elections and referendums. Its chapters deal with the following subjects:</p>
<ol>
<li>general provisions and principles of suffrage;</li>
<li>the system and powers of election commissions;</li>
<li>constituencies, polling precincts and voter lists;</li>
<li>nomination and registration of candidates;</li>
<li>election campaigning and the role of the media;</li>
<li>financing of elections;</li>
<li>voting, counting of votes and determination of results;</li>
<li>specific rules for presidential, Mejlis, Halk Maslahaty and Gengeş elections;</li>
<li>preparation and conduct of referendums;</li>
<li>observers, appeals and liability for violations.</li>
</ol>
<h2>Related laws</h2>
<ul>
<li>Law of Turkmenistan on Political Parties;</li>
<li>Law of Turkmenistan on the Halk Maslahaty;</li>
<li>Law of Turkmenistan on Gengeş (local councils);</li>
<li>Law of Turkmenistan on the Mass Media;</li>
<li>Law of Turkmenistan on Citizens' Appeals.</li>
</ul>
<h2>Documents</h2>
<ul>
<li><a href="https://example.org/docs/en/constitution.pdf">Constitution of Turkmenistan (consolidated text)</a></li>
<li><a href="https://example.org/docs/en/electoral-code.pdf">Electoral Code of Turkmenistan</a></li>
<li><a href="https://example.org/docs/en/rules-of-procedure.pdf">Rules of procedure of the Central Commission</a></li>
<li><a href="https://example.org/docs/en/observer-guide.pdf">Guide for observers</a></li>
<li><a href="https://example.org/docs/en/precinct-handbook.pdf">Handbook for precinct election commissions</a></li>
</ul>""",
            },
        },
    },
    # ------------------------------------------------------------------
    # 5. Elections and referendums
    # ------------------------------------------------------------------
    {
        "key": "elections",
        "parent": None,
        "menu_order": 3,
        "in_menu": True,
        "translations": {
            "tk": {
                "title": "Saýlawlar we referendumlar",
                "slug": "saylawlar-we-referendumlar",
                "body": """<h2>Saýlawlaryň görnüşleri</h2>
<ul>
<li><strong>Prezident saýlawlary</strong> — Türkmenistanyň Prezidenti raýatlar tarapyndan ýedi ýyl möhlet bilen göni ses bermek arkaly saýlanýar.</li>
<li><strong>Mejlisiň deputatlarynyň saýlawlary</strong> — parlamentiň 125 deputaty bir mandatly saýlaw okruglary boýunça bäş ýyl möhlet bilen saýlanýar.</li>
<li><strong>Halk Maslahatynyň agzalarynyň saýlawlary</strong> — iň ýokary wekilçilikli edaranyň agzalary welaýat we şäher halk maslahatlarynyň agzalarynyň bilelikdäki mejlislerinde gizlin ses bermek arkaly saýlanýar.</li>
<li><strong>Gengeşleriň agzalarynyň saýlawlary</strong> — şäherçelerde we obalarda ýerli öz-özüňi dolandyryş edaralary bolan Gengeşleriň agzalaryny ýaşaýjylar göni saýlaýarlar.</li>
</ul>
<p>Döwlet we jemgyýetçilik durmuşynyň iň möhüm meseleleri boýunça referendum bellenip bilner. Referendumyň netijeleri gutarnyklydyr we hökmany ýerine ýetirilmelidir.</p>
<h2>Ses bermek nähili geçirilýär</h2>
<ol>
<li>Saýlaw güni saýlaw uçastoklary ýerli wagt bilen sagat 07:00-dan 19:00-a çenli işleýär.</li>
<li>Saýlawçy şahsyýetini tassyklaýan resminamany görkezýär we býulleteni alandygy üçin saýlawçylaryň sanawyna gol çekýär.</li>
<li>Býulleten gizlin ses bermek üçin niýetlenen kabinada doldurylýar; hiç kim saýlawçynyň erkine täsir edip ýa-da oňa syn edip bilmez.</li>
<li>Saýlawçy býulleteni dury saýlaw sandygyna salýar.</li>
<li>Ses bermek tamamlanandan soň uçastok saýlaw topary synçylaryň gatnaşmagynda sesleri sanaýar we teswirnama düzýär.</li>
</ol>
<p>Saýlaw güni ýaşaýan ýerinde bolmajak saýlawçylar öz uçastogynda möhletinden öň ses berip bilerler, saglyk ýagdaýy sebäpli öýünden çykyp bilmeýänler bolsa göçme saýlaw sandygyny çagyryp bilerler.</p>
<h2>Soňky we geljekki saýlawlar</h2>
<table>
<thead>
<tr><th>Senesi</th><th>Saýlaw</th><th>Ýagdaýy</th><th>Gatnaşyk</th></tr>
</thead>
<tbody>
<tr><td>2024-nji ýylyň 17-nji marty</td><td>Türkmenistanyň Prezidentiniň saýlawy</td><td>Geçirildi</td><td>96,4 %</td></tr>
<tr><td>2025-nji ýylyň 23-nji marty</td><td>Mejlisiň deputatlarynyň saýlawy</td><td>Geçirildi</td><td>93,8 %</td></tr>
<tr><td>2026-njy ýylyň 29-njy marty</td><td>Gengeşleriň agzalarynyň saýlawy</td><td>Bellenildi</td><td>—</td></tr>
</tbody>
</table>
<p>Geçen saýlawlaryň giňişleýin netijeleri bilen <a href="https://example.org/tk/netijeler">netijeleriň arhiwinde</a> tanyşyp bilersiňiz.</p>""",
            },
            "ru": {
                "title": "Выборы и референдумы",
                "slug": "vybory-i-referendumy",
                "body": """<h2>Виды выборов</h2>
<ul>
<li><strong>Выборы Президента</strong> — Президент Туркменистана избирается гражданами путём прямого голосования сроком на семь лет.</li>
<li><strong>Выборы депутатов Меджлиса</strong> — 125 депутатов парламента избираются по одномандатным округам сроком на пять лет.</li>
<li><strong>Выборы членов Халк Маслахаты</strong> — члены высшего представительного органа избираются тайным голосованием на совместных заседаниях членов велаятских и городских халк маслахаты.</li>
<li><strong>Выборы членов Генгешей</strong> — членов Генгешей, органов местного самоуправления в посёлках и сёлах, жители избирают напрямую.</li>
</ul>
<p>По важнейшим вопросам государственной и общественной жизни может быть назначен референдум. Его результаты окончательны и обязательны для исполнения.</p>
<h2>Как проходит голосование</h2>
<ol>
<li>В день выборов избирательные участки открыты с 07:00 до 19:00 по местному времени.</li>
<li>Избиратель предъявляет документ, удостоверяющий личность, и расписывается в списке избирателей за получение бюллетеня.</li>
<li>Бюллетень заполняется в кабине для тайного голосования; никто не вправе наблюдать за волеизъявлением избирателя или влиять на него.</li>
<li>Избиратель опускает бюллетень в прозрачный ящик для голосования.</li>
<li>После окончания голосования участковая комиссия в присутствии наблюдателей подсчитывает голоса и составляет протокол.</li>
</ol>
<p>Избиратели, которые в день выборов будут в отъезде, могут проголосовать досрочно на своём участке, а те, кто по состоянию здоровья не может выйти из дома, вправе пригласить членов комиссии с переносным ящиком.</p>
<h2>Последние и предстоящие выборы</h2>
<table>
<thead>
<tr><th>Дата</th><th>Выборы</th><th>Статус</th><th>Явка</th></tr>
</thead>
<tbody>
<tr><td>17 марта 2024 года</td><td>Выборы Президента Туркменистана</td><td>Проведены</td><td>96,4 %</td></tr>
<tr><td>23 марта 2025 года</td><td>Выборы депутатов Меджлиса</td><td>Проведены</td><td>93,8 %</td></tr>
<tr><td>29 марта 2026 года</td><td>Выборы членов Генгешей</td><td>Назначены</td><td>—</td></tr>
</tbody>
</table>
<p>С подробными итогами прошедших выборов можно ознакомиться в <a href="https://example.org/ru/itogi">архиве результатов</a>.</p>""",
            },
            "en": {
                "title": "Elections and Referendums",
                "slug": "elections-and-referendums",
                "body": """<h2>Kinds of elections</h2>
<ul>
<li><strong>Presidential elections</strong> — the President of Turkmenistan is elected by citizens in a direct vote for a seven-year term.</li>
<li><strong>Elections to the Mejlis</strong> — the 125 deputies of the parliament are elected in single-member constituencies for a five-year term.</li>
<li><strong>Elections to the Halk Maslahaty</strong> — members of the supreme representative body are elected by secret ballot at joint meetings of the members of regional and city people's councils.</li>
<li><strong>Elections to local Gengeş</strong> — members of the Gengeş, the bodies of local self-government in towns and villages, are elected directly by residents.</li>
</ul>
<p>A referendum may be called on the most important questions of state and public life. Its results are final and must be implemented.</p>
<h2>How voting works</h2>
<ol>
<li>On election day, polling stations are open from 07:00 to 19:00 local time.</li>
<li>The voter shows an identity document and signs the voter list to receive a ballot paper.</li>
<li>The ballot is marked in a private voting booth; no one may watch the voter or try to influence the choice.</li>
<li>The voter drops the ballot into a transparent ballot box.</li>
<li>When voting ends, the precinct commission counts the votes in the presence of observers and draws up a protocol.</li>
</ol>
<p>Voters who will be away on election day can vote early at their own polling station, and those who cannot leave home for health reasons may ask for a mobile ballot box to be brought to them.</p>
<h2>Recent and upcoming elections</h2>
<table>
<thead>
<tr><th>Date</th><th>Election</th><th>Status</th><th>Turnout</th></tr>
</thead>
<tbody>
<tr><td>17 March 2024</td><td>Election of the President of Turkmenistan</td><td>Held</td><td>96.4%</td></tr>
<tr><td>23 March 2025</td><td>Election of deputies of the Mejlis</td><td>Held</td><td>93.8%</td></tr>
<tr><td>29 March 2026</td><td>Elections of members of local Gengeş</td><td>Scheduled</td><td>—</td></tr>
</tbody>
</table>
<p>Detailed results of past elections are available in the <a href="https://example.org/en/results">results archive</a>.</p>""",
            },
        },
    },
    # ------------------------------------------------------------------
    # 6. For voters (child of elections)
    # ------------------------------------------------------------------
    {
        "key": "voters",
        "parent": "elections",
        "menu_order": 1,
        "in_menu": False,
        "translations": {
            "tk": {
                "title": "Saýlawçylar üçin",
                "slug": "saylawcylar-ucin",
                "body": """<h2>Sanawda barlygyňyzy barlaň</h2>
<p>Saýlaw gününe çenli on sekiz ýaşy dolan Türkmenistanyň her bir raýaty ýaşaýan ýerindäki saýlaw uçastogynyň saýlawçylarynyň sanawyna girizilýär. Sanawlar ses berişlige ýigrimi gün galanda saýlaw uçastoklarynda hemmeleriň tanyşmagy üçin hödürlenýär. Maglumatlaryňyzy <a href="https://example.org/tk/sanawy-barla">saýlawçylaryň sanawyny barlamak hyzmaty</a> arkaly ýa-da <a href="tel:+99312941521">+993 12 94-15-21</a> ynam telefony arkaly hem barlap bilersiňiz. Eger adyňyz sanawda ýok bolsa ýa-da ýalňyş ýazylan bolsa, uçastok saýlaw toparyna ýüz tutuň: arza bir gijeki-gündiziň dowamynda, ses berilýän güni bolsa derrew seredilýär.</p>
<h2>Ýaşaýan ýeriňizden daşarda ses bermek</h2>
<p>Eger saýlaw güni öýüňizden daşarda bolmaly bolsaňyz, size iki mümkinçilik bar:</p>
<ul>
<li>öz uçastogyňyzda möhletinden öň ses bermek — bu döwür saýlaw gününe on gün galanda başlanýar;</li>
<li>uçastok saýlaw toparyndan başga ýerde ses bermek hukugyny berýän şahadatnama almak we ýurduň islendik saýlaw uçastogynda ses bermek.</li>
</ul>
<p>Daşary ýurtlarda bolýan raýatlar Türkmenistanyň ilçihanalarynyň we konsullyklarynyň ýanynda açylan saýlaw uçastoklarynda ses berip bilerler.</p>
<h2>Elýeterlilik</h2>
<p>Saýlaw uçastoklary mümkin boldugyça binalaryň birinji gatynda ýerleşdirilýär we pandus bilen enjamlaşdyrylýar. Maýyplygy bolan saýlawçylar býulleteni doldurmaga kömek etmek üçin öz saýlan adamyny çagyryp bilerler, ýöne ol adam saýlaw toparynyň agzasy ýa-da synçy bolmaly däldir. Syrkawlygy ýa-da ýaşy sebäpli uçastoga gelip bilmeýän saýlawçylar ses bermegiň tamamlanmagyna azyndan alty sagat galanda göçme saýlaw sandygy arkaly öýde ses bermek barada haýyş bilen ýüz tutup bilerler.</p>
<h2>Şahsyýeti tassyklaýan resminamalar</h2>
<p>Saýlaw býulletenini almak üçin aşakdaky resminamalaryň birini görkeziň:</p>
<ul>
<li>Türkmenistanyň raýatynyň pasporty;</li>
<li>daşary ýurda gitmek üçin pasport — ýurtdan daşarda ses berlende;</li>
<li>harby bilet — möhletleýin harby gullukdakylar üçin;</li>
<li>pasport çalşylýan döwründe berlen wagtlaýyn şahsyýetnama.</li>
</ul>""",
            },
            "ru": {
                "title": "Избирателям",
                "slug": "izbiratelyam",
                "body": """<h2>Проверьте себя в списке избирателей</h2>
<p>Каждый гражданин Туркменистана, которому ко дню выборов исполнилось восемнадцать лет, включается в список избирателей участка по месту жительства. Списки представляются для всеобщего ознакомления на избирательных участках за двадцать дней до голосования. Проверить свои данные можно также через <a href="https://example.org/ru/proverka-spiska">онлайн-сервис проверки списков</a> или по телефону горячей линии <a href="tel:+99312941521">+993 12 94-15-21</a>. Если вашего имени нет в списке или оно записано с ошибкой, обратитесь в участковую комиссию: заявление рассматривается в течение суток, а в день голосования — немедленно.</p>
<h2>Голосование вне места жительства</h2>
<p>Если в день выборов вы будете находиться вдали от дома, у вас есть две возможности:</p>
<ul>
<li>проголосовать досрочно на своём участке — досрочное голосование начинается за десять дней до дня выборов;</li>
<li>получить в участковой комиссии открепительное удостоверение и проголосовать на любом избирательном участке страны.</li>
</ul>
<p>Граждане, находящиеся за рубежом, могут проголосовать на избирательных участках, открытых при посольствах и консульствах Туркменистана.</p>
<h2>Доступность</h2>
<p>Избирательные участки по возможности размещаются на первых этажах зданий и оборудуются пандусами. Избиратель с инвалидностью вправе пригласить для заполнения бюллетеня человека по своему выбору, если тот не является членом комиссии или наблюдателем. Избиратели, которые не могут прийти на участок из-за болезни или преклонного возраста, могут подать заявку на голосование на дому с переносным ящиком не позднее чем за шесть часов до окончания голосования.</p>
<h2>Документы, удостоверяющие личность</h2>
<p>Для получения бюллетеня предъявите один из следующих документов:</p>
<ul>
<li>паспорт гражданина Туркменистана;</li>
<li>паспорт для выезда за границу — при голосовании за пределами страны;</li>
<li>военный билет — для военнослужащих срочной службы;</li>
<li>временное удостоверение личности, выданное на период замены паспорта.</li>
</ul>""",
            },
            "en": {
                "title": "For Voters",
                "slug": "for-voters",
                "body": """<h2>Check that you are on the voter list</h2>
<p>Every citizen of Turkmenistan who is eighteen or older on election day is included in the voter list of the polling precinct where he or she lives. The lists are made available for public inspection at polling stations twenty days before the vote. You can also check your details through the <a href="https://example.org/en/voter-check">online voter list service</a> or by calling the hotline at <a href="tel:+99312941521">+993 12 94-15-21</a>. If your name is missing or misspelled, contact your precinct commission: the request is dealt with within twenty-four hours, or immediately on election day.</p>
<h2>Voting away from home</h2>
<p>If you will be away from your place of residence on election day, you have two options:</p>
<ul>
<li>vote early at your own polling station — early voting starts ten days before election day;</li>
<li>obtain an absentee voting certificate from your precinct commission and vote at any polling station in the country.</li>
</ul>
<p>Citizens who are abroad can vote at polling stations set up at the embassies and consulates of Turkmenistan.</p>
<h2>Accessibility</h2>
<p>Wherever possible, polling stations are located on the ground floor and equipped with ramps. A voter with a disability may bring a person of his or her choice to help fill in the ballot, provided that this person is neither a commission member nor an observer. Voters who cannot come to the polling station because of illness or old age may request to vote at home with a mobile ballot box no later than six hours before voting closes.</p>
<h2>Identity documents</h2>
<p>To receive a ballot paper, please show one of the following documents:</p>
<ul>
<li>the passport of a citizen of Turkmenistan;</li>
<li>the passport for travel abroad, when voting outside the country;</li>
<li>the military service card, for conscripts;</li>
<li>a temporary identity certificate issued while a passport is being replaced.</li>
</ul>""",
            },
        },
    },
    # ------------------------------------------------------------------
    # 7. Contacts
    # ------------------------------------------------------------------
    {
        "key": "contacts",
        "parent": None,
        "menu_order": 4,
        "in_menu": True,
        "translations": {
            "tk": {
                "title": "Habarlaşmak üçin",
                "slug": "habarlasmak-ucin",
                "body": """<h2>Salgymyz we telefonlarymyz</h2>
<ul>
<li><strong>Salgy:</strong> 744000, Türkmenistan, Aşgabat şäheri, Bagtyýarlyk etraby, Täze zaman köçesi, 47</li>
<li><strong>Kabulhana:</strong> <a href="tel:+99312941520">+993 12 94-15-20</a></li>
<li><strong>Saýlawçylar üçin ynam telefony:</strong> <a href="tel:+99312941521">+993 12 94-15-21</a></li>
<li><strong>Faks:</strong> +993 12 94-15-29</li>
<li><strong>Elektron poçta:</strong> <a href="mailto:info@saylaw.example">info@saylaw.example</a></li>
</ul>
<h2>Iş wagty</h2>
<p>Duşenbeden anna güne çenli, sagat 09:00-dan 18:00-a çenli, günortanky arakesme 13:00-dan 14:00-a çenli. Şenbe we ýekşenbe dynç günleridir. Saýlaw döwründe Merkezi topar giňeldilen tertipde işleýär, bu barada goşmaça habar berilýär.</p>
<h2>Raýatlary kabul etmek</h2>
<table>
<thead>
<tr><th>Wezipeli adam</th><th>Kabul güni</th><th>Wagty</th></tr>
</thead>
<tbody>
<tr><td>Toparyň başlygy</td><td>Sişenbe</td><td>10:00–12:00</td></tr>
<tr><td>Başlygyň orunbasary</td><td>Penşenbe</td><td>10:00–12:00</td></tr>
<tr><td>Toparyň sekretary</td><td>Çarşenbe</td><td>15:00–17:00</td></tr>
</tbody>
</table>
<p>Kabula kabulhananyň telefony arkaly öňünden ýazylmak zerurdyr. Özüňiz bilen şahsyýetiňizi tassyklaýan resminamany alyp geliň. Ýazmaça ýüz tutmalary poçta ýa-da elektron poçta arkaly hem iberip bilersiňiz; olara kanunda bellenen möhletlerde jogap berilýär.</p>
<h2>Metbugat gullugy</h2>
<p>Žurnalistleriň soraglary boýunça: <a href="tel:+99312941527">+993 12 94-15-27</a>, <a href="mailto:press@saylaw.example">press@saylaw.example</a>. Akkreditasiýa barada maglumat «Metbugat merkezi» bölüminde ýerleşdirilendir.</p>
<h2>Bize nädip gelmeli</h2>
<p>Şäher awtobuslarynyň 18-nji we 36-njy ugurlary baş girelgäniň garşysynda ýerleşýän «Täze zaman» duralgasynda saklanýar. Awtoulagly gelýänler binanyň ýanyndaky mugt awtoulag duralgasyndan peýdalanyp bilerler. Bina maýyplar arabasynda hereket edýän adamlar üçin elýeterlidir: basgançaksyz giriş binanyň gündogar tarapynda ýerleşýär, maglumat bölüminiň işgärleri bolsa gelýänleri kabulhana çenli ugratmaga taýýardyr.</p>""",
            },
            "ru": {
                "title": "Контакты",
                "slug": "kontakty",
                "body": """<h2>Адрес и телефоны</h2>
<ul>
<li><strong>Адрес:</strong> 744000, Туркменистан, г. Ашхабад, этрап Багтыярлык, ул. Тязе заман, 47</li>
<li><strong>Приёмная:</strong> <a href="tel:+99312941520">+993 12 94-15-20</a></li>
<li><strong>Горячая линия для избирателей:</strong> <a href="tel:+99312941521">+993 12 94-15-21</a></li>
<li><strong>Факс:</strong> +993 12 94-15-29</li>
<li><strong>Электронная почта:</strong> <a href="mailto:info@saylaw.example">info@saylaw.example</a></li>
</ul>
<h2>Режим работы</h2>
<p>Понедельник — пятница, с 09:00 до 18:00, обеденный перерыв с 13:00 до 14:00. Суббота и воскресенье — выходные дни. В период выборов комиссия работает по расширенному графику, о котором сообщается дополнительно.</p>
<h2>Приём граждан</h2>
<table>
<thead>
<tr><th>Должностное лицо</th><th>День приёма</th><th>Время</th></tr>
</thead>
<tbody>
<tr><td>Председатель комиссии</td><td>Вторник</td><td>10:00–12:00</td></tr>
<tr><td>Заместитель председателя</td><td>Четверг</td><td>10:00–12:00</td></tr>
<tr><td>Секретарь комиссии</td><td>Среда</td><td>15:00–17:00</td></tr>
</tbody>
</table>
<p>Запись на приём производится заранее по телефону приёмной. При себе необходимо иметь документ, удостоверяющий личность. Письменные обращения можно также направить по почте или по электронной почте; ответ на них даётся в сроки, установленные законом.</p>
<h2>Пресс-служба</h2>
<p>Запросы журналистов: <a href="tel:+99312941527">+993 12 94-15-27</a>, <a href="mailto:press@saylaw.example">press@saylaw.example</a>. Сведения об аккредитации размещены в разделе «Пресс-центр».</p>
<h2>Как нас найти</h2>
<p>Городские автобусы маршрутов № 18 и 36 останавливаются на остановке «Тязе заман» напротив главного входа. Для посетителей на автомобилях рядом со зданием есть бесплатная стоянка. Здание доступно для людей, передвигающихся на инвалидных колясках: вход без ступеней расположен с восточной стороны, а сотрудники справочной службы помогут пройти в приёмную.</p>""",
            },
            "en": {
                "title": "Contacts",
                "slug": "contacts",
                "body": """<h2>Address and telephone</h2>
<ul>
<li><strong>Address:</strong> 47 Taze Zaman Street, Bagtyyarlyk district, Ashgabat 744000, Turkmenistan</li>
<li><strong>Reception:</strong> <a href="tel:+99312941520">+993 12 94-15-20</a></li>
<li><strong>Voter hotline:</strong> <a href="tel:+99312941521">+993 12 94-15-21</a></li>
<li><strong>Fax:</strong> +993 12 94-15-29</li>
<li><strong>E-mail:</strong> <a href="mailto:info@saylaw.example">info@saylaw.example</a></li>
</ul>
<h2>Opening hours</h2>
<p>Monday to Friday, 09:00–18:00, with a lunch break from 13:00 to 14:00. Saturday and Sunday are days off. During election periods the Commission works extended hours, which are announced separately.</p>
<h2>Reception of citizens</h2>
<table>
<thead>
<tr><th>Official</th><th>Reception day</th><th>Time</th></tr>
</thead>
<tbody>
<tr><td>Chairman of the Commission</td><td>Tuesday</td><td>10:00–12:00</td></tr>
<tr><td>Deputy Chairman</td><td>Thursday</td><td>10:00–12:00</td></tr>
<tr><td>Secretary of the Commission</td><td>Wednesday</td><td>15:00–17:00</td></tr>
</tbody>
</table>
<p>Please book an appointment in advance by calling the reception desk, and bring an identity document with you. Written appeals may also be sent by post or e-mail; they are answered within the time limits set by law.</p>
<h2>Press office</h2>
<p>Media enquiries: <a href="tel:+99312941527">+993 12 94-15-27</a>, <a href="mailto:press@saylaw.example">press@saylaw.example</a>. Information on accreditation is available in the Press centre section.</p>
<h2>How to reach us</h2>
<p>City bus routes 18 and 36 stop at the Taze Zaman stop, directly opposite the main entrance. Visitors arriving by car can use the free car park next to the building. The building is accessible to wheelchair users: the step-free entrance is on the east side, and staff at the information desk will gladly accompany visitors to the reception room.</p>""",
            },
        },
    },
    # ------------------------------------------------------------------
    # 8. Press centre (child of contacts) - intentionally tk and ru only
    # ------------------------------------------------------------------
    {
        "key": "press",
        "parent": "contacts",
        "menu_order": 1,
        "in_menu": False,
        "translations": {
            "tk": {
                "title": "Metbugat merkezi",
                "slug": "metbugat-merkezi",
                "body": """<p>Merkezi toparyň metbugat merkezi köpçülikleýin habar beriş serişdeleriniň wekillerine saýlawlaryň we referendumlaryň taýýarlanylyşyny hem-de geçirilişini beýan etmekde ýardam berýär. Bu ýerde brifingler we metbugat maslahatlary geçirilýär, ses berilýän günlerde bolsa žurnalistler saýlawlaryň barşy barada öz wagtynda maglumat alýarlar. Brifingleriň tertibi her çärä bir gün galanda şu saýtda çap edilýär.</p>
<h2>Žurnalistleri akkreditasiýa etmek</h2>
<p>Saýlaw uçastoklarynda we saýlaw toparlarynyň jaýlarynda işlemek üçin žurnalistler akkreditasiýadan geçýärler. Arzany redaksiýa ses berilýän güne azyndan bäş gün galanda berýär.</p>
<h3>Zerur resminamalar</h3>
<ol>
<li>redaksiýanyň resmi blankynda ýazylan, žurnalistiň familiýasy, ady we wezipesi görkezilen hat;</li>
<li>redaksiýa şahadatnamasynyň we şahsyýeti tassyklaýan resminamanyň nusgasy;</li>
<li>3×4 sm ölçegli bir sany reňkli surat;</li>
<li>daşary ýurt žurnalistleri üçin — Türkmenistanyň Daşary işler ministrligi tarapyndan berlen akkreditasiýanyň nusgasy.</li>
</ol>
<p>Akkreditasiýa kartoçkasy üç iş gününiň dowamynda berilýär we ses berişligiň netijeleri resmi taýdan yglan edilýänçä hereket edýär.</p>
<h2>Iş düzgünleri</h2>
<ul>
<li>akkreditasiýa edilen žurnalist saýlaw toparlarynyň mejlislerine gatnaşmaga, surata we wideo düşürmäge haklydyr;</li>
<li>doldurylan býulletenleri surata düşürmek we toparyň agzalarynyň işine goşulyşmak gadagandyr;</li>
<li>saýlawçylardan interwýu gizlin ses bermek üçin kabinalardan daşarda alynýar.</li>
</ul>
<p>Metbugat gullugy: <a href="tel:+99312941527">+993 12 94-15-27</a>, <a href="mailto:press@saylaw.example">press@saylaw.example</a>. Arzalar <a href="https://example.org/tk/metbugat/akkreditasiya">onlaýn görnüş</a> arkaly hem kabul edilýär.</p>""",
            },
            "ru": {
                "title": "Пресс-центр",
                "slug": "press-tsentr",
                "body": """<p>Пресс-центр Центральной комиссии помогает представителям средств массовой информации освещать подготовку и проведение выборов и референдумов. Здесь проходят брифинги и пресс-конференции, а в дни голосования журналисты получают оперативную информацию о ходе выборов. Расписание брифингов публикуется на сайте накануне каждого мероприятия.</p>
<h2>Аккредитация журналистов</h2>
<p>Для работы на избирательных участках и в помещениях избирательных комиссий журналисты проходят аккредитацию. Заявку подаёт редакция не позднее чем за пять дней до дня голосования.</p>
<h3>Необходимые документы</h3>
<ol>
<li>письмо редакции на официальном бланке с указанием фамилии, имени и должности журналиста;</li>
<li>копия редакционного удостоверения и документа, удостоверяющего личность;</li>
<li>одна цветная фотография размером 3×4 см;</li>
<li>для иностранных журналистов — копия аккредитации, выданной Министерством иностранных дел Туркменистана.</li>
</ol>
<p>Аккредитационная карточка выдаётся в течение трёх рабочих дней и действует до официального объявления итогов голосования.</p>
<h2>Правила работы</h2>
<ul>
<li>аккредитованный журналист вправе присутствовать на заседаниях избирательных комиссий, вести фото- и видеосъёмку;</li>
<li>запрещается фотографировать заполненные бюллетени и вмешиваться в работу членов комиссии;</li>
<li>интервью у избирателей берутся за пределами кабин для тайного голосования.</li>
</ul>
<p>Пресс-служба: <a href="tel:+99312941527">+993 12 94-15-27</a>, <a href="mailto:press@saylaw.example">press@saylaw.example</a>. Заявки также принимаются через <a href="https://example.org/ru/press/akkreditatsiya">онлайн-форму</a>.</p>""",
            },
        },
    },
]
