// Garbage shapes, round 6: shapes no earlier round tried, written in other languages and wordings
// before any rule for them, so that a rule is measured on text it was not made from: SQL error
// messages of three servers, browser console errors, bearer and web tokens, Python, Java and .NET
// tracebacks, YAML without fences, pagers in words, minified script glued to a sentence, CSV rows,
// percent-encoded query strings, runs of UUIDs and hashes, mail header dumps, patch lines, cron
// and unit-file lines, LaTeX source, emoji shortcodes, GraphQL, protobuf text, doubly escaped
// entities and i18n keys. Polish, Hungarian, Romanian, Indonesian, Bengali, Finnish, Greek,
// English.
// Look-alikes beside each: one traceback line quoted in prose, a tutorial's code, SQL, YAML and
// Markdown in <pre>, chemistry formulas, a citation list with DOIs, a crossword grid, sports
// results, a cron schedule explained in prose, a Markdown tutorial's syntax in prose, a UUID, a
// version and a commit quoted as the article's own matter, an address and an e-mail in prose.
// The shares of debris cut and of look-alikes kept are held at their floors.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "garbage_fresh_util.hpp"
#include "text_util.hpp"

using namespace winnow;
using namespace winnow::test::garbage_fresh;

namespace {

const Article kPolish{"pl", "Kolej wąskotorowa wraca do miasteczka", " ",
    {{"Po trzydziestu latach przerwy wąskotorowa kolejka znów jeździ z rynku do starej cukrowni.",
      "Tory odnowili wolontariusze, którzy przez trzy lata pracowali w każdy weekend."},
     {"Najstarszy parowóz pochodzi z lat pięćdziesiątych i stał dotąd na bocznicy pod plandeką.",
      "Mechanik z sąsiedniej wsi dorabiał brakujące części na tokarce we własnym garażu."},
     {"W wakacje pociąg kursuje trzy razy dziennie, a bilety sprzedaje emerytowana zawiadowczyni.",
      "Dzieci mogą przez chwilę posiedzieć w kabinie maszynisty i pociągnąć za gwizdek."},
     {"Gmina chce przedłużyć trasę do jeziora, jeśli uda się zdobyć pieniądze z funduszy regionu.",
      "Wolontariusze już teraz szukają starych podkładów w okolicznych tartakach."}}};

const Article kHungarian{"hu", "Gémeskutak a pusztán", " ",
    {{"A puszta szélén még ma is áll hét gémeskút, amelyekből egykor a gulyát itatták.",
      "A legöregebb kutat egy helyi ácsmester újította fel tölgyfából a tavalyi nyáron."},
     {"A kutak mellett tanösvény vezet, táblái elmondják, hogyan éltek itt a pásztorok.",
      "Az iskolások tavasszal maguk próbálhatják ki, milyen nehéz vizet húzni a vödörrel."},
     {"A falu idős lakói szívesen mesélnek a látogatóknak a régi vásárokról.",
      "Egyikük még emlékszik arra, amikor a nagyapja ökrökkel hordta a szénát a tanyára."},
     {"Az önkormányzat szeretné, ha a kutak felkerülnének a megyei értéktárba.",
      "Addig is önkéntesek nyírják a füvet és festik újra a kerítést minden ősszel."}}};

const Article kRomanian{"ro", "Moara de apă de pe valea Cernei", " ",
    {{"Pe valea Cernei funcționează încă o moară de apă construită acum mai bine de un secol.",
      "Morarul, un bărbat de șaptezeci de ani, macină porumb pentru toți vecinii din sat."},
     {"Roata de lemn a fost refăcută anul trecut de doi tâmplari din comuna vecină.",
      "Ei au folosit stejar uscat timp de cinci ani, după o metodă învățată de la bunici."},
     {"Turiștii vin vara să vadă cum curge făina albă din piatra de moară.",
      "Morarul le dă fiecăruia câte o pungă mică de mălai proaspăt la plecare."},
     {"Primăria speră să obțină bani europeni pentru a restaura și casa morarului.",
      "Sătenii vor să organizeze acolo în fiecare toamnă un mic târg de produse locale."}}};

const Article kIndonesian{"id", "Kebun kopi di lereng gunung", " ",
    {{"Di lereng gunung yang sejuk, puluhan keluarga menanam kopi di bawah naungan pohon lamtoro.",
      "Kebun-kebun itu sudah diwariskan turun-temurun sejak zaman kakek mereka."},
     {"Setiap musim panen, buah kopi merah dipetik satu per satu dengan tangan.",
      "Para ibu kemudian menjemur biji kopi di atas para-para bambu di halaman rumah."},
     {"Sebuah koperasi kecil membantu petani menjual kopi langsung ke kedai-kedai di kota.",
      "Harga yang mereka terima kini hampir dua kali lipat dibanding lima tahun lalu."},
     {"Anak-anak muda desa mulai belajar menyangrai kopi dan membuka kedai sendiri.",
      "Mereka berharap kopi dari gunung ini suatu hari dikenal sampai ke luar negeri."}}};

const Article kBengali{"bn", "নদীর ধারে ভাসমান পাঠশালা", " ",
    {{"বর্ষার সময় গ্রামের স্কুল ডুবে গেলে একটি নৌকায় ক্লাস বসে।",
      "নৌকাটি সকালে ঘাটে ঘাটে থেমে শিশুদের তুলে নেয়।"},
     {"নৌকার ভেতরে বেঞ্চ, ব্ল্যাকবোর্ড আর ছোট একটি বইয়ের তাক রয়েছে।",
      "সৌর প্যানেল থেকে আলো আসে বলে সন্ধ্যাতেও পড়া চলে।"},
     {"শিক্ষক নিজেও এই গ্রামেরই ছেলে এবং ছোটবেলায় নৌকায় পড়েছেন।",
      "তিনি বলেন, পানি যত বাড়ুক, পড়াশোনা থামানো চলবে না।"},
     {"জেলা প্রশাসন আরও তিনটি এমন নৌকা তৈরির পরিকল্পনা করছে।",
      "গ্রামের মানুষ আশা করে, তাদের সন্তানরা একদিন কলেজে পড়বে।"}}};

const Article kFinnish{"fi", "Saaren vanha sauna sai uuden katon", " ",
    {{"Saaristokylän yhteinen savusauna on lämmitetty joka lauantai jo yli sadan vuoden ajan.",
      "Viime kesänä sen vuotava katto uusittiin talkoilla kolmessa viikonlopussa."},
     {"Puut katon tueksi kaadettiin kylän omasta metsästä ja veistettiin käsin.",
      "Vanhin talkoolainen oli täyttänyt juuri yhdeksänkymmentä vuotta."},
     {"Saunaa lämmitetään kuusi tuntia, ennen kuin kiuas on tarpeeksi kuuma.",
      "Löylyn jälkeen uidaan laiturilta, oli vesi kuinka kylmää tahansa."},
     {"Kylä hakee saunalle suojelua rakennusperintönä.",
      "Nuoret ovat jo lupautuneet jatkamaan lauantain lämmitysvuoroja."}}};

const Article kGreek{"el", "Ο φάρος του ακρωτηρίου ανάβει ξανά", " ",
    {{"Ο πέτρινος φάρος στην άκρη του ακρωτηρίου έμεινε σβηστός για σχεδόν τριάντα χρόνια.",
      "Φέτος μια ομάδα εθελοντών επισκεύασε τον μηχανισμό του φακού."},
     {"Ο τελευταίος φαροφύλακας ζει ακόμα στο χωριό και βοήθησε με τις συμβουλές του.",
      "Θυμόταν κάθε βίδα του μηχανισμού, αν και είχε να τον δει από νέος."},
     {"Τα παιδιά του σχολείου ζωγράφισαν τον φάρο και οι ζωγραφιές κρέμονται στο λιμάνι.",
      "Οι ψαράδες λένε ότι το φως του φαίνεται ξανά από τα ανοιχτά."},
     {"Ο δήμος σκοπεύει να ανοίξει τον φάρο για επισκέπτες τα καλοκαίρια.",
      "Οι εθελοντές θα ξεναγούν όσους θέλουν να ανέβουν τη στενή σκάλα."}}};

const Article kEnglish{"en", "A repair café in the old fire station", " ",
    {{"Every second Saturday the old fire station turns into a repair café for the whole street.",
      "Neighbours bring broken toasters, torn jackets and bicycles with flat tyres."},
     {"The volunteers include a retired electrician, two students and a woman who once mended sails.",
      "They do not charge for repairs, but visitors usually leave a few coins in a jar."},
     {"Last year the café saved more than four hundred objects from the rubbish tip.",
      "The most unusual was a wind-up gramophone that now plays again at every meeting."},
     {"The council has offered the group a larger room in the library next spring.",
      "The volunteers hope to teach young people how to repair things themselves."}}};

// Programming and writing tutorials: their code, markup and commands are content.
const Article kEnglishDev{"en", "Keeping a small library's catalogue in a script", " ",
    {{"A catalogue that lives in a spreadsheet is easy to start and hard to keep tidy.",
      "In this tutorial we move it into a short script that anyone on the team can run."},
     {"First we read the rows and compute a few figures about the collection.",
      "Then we store the settings in a small file so that nobody has to edit the code."},
     {"Finally we write a page that volunteers can read without opening the script.",
      "Every step fits in a few lines, and each can be tried on its own."}}};

const Article kFinnishDev{"fi", "Varmuuskopiot kuntoon pienessä toimistossa", " ",
    {{"Varmuuskopio, jota ei ole koskaan palautettu, on pelkkä toive.",
      "Tässä oppaassa käydään läpi yksinkertainen tapa, joka toimii pienessäkin toimistossa."},
     {"Ensin päätetään, mitkä kansiot kopioidaan ja mihin.",
      "Kopiot kannattaa säilyttää toisella levyllä, mieluiten toisessa rakennuksessa."},
     {"Kerran kuukaudessa kopio palautetaan koneelle, jolla sitä voi turvallisesti kokeilla.",
      "Vasta silloin tiedetään, että siitä on apua, kun jotain menee rikki."}}};

std::vector<Debris> debris_cases() {
    const Article* pl = &kPolish;
    const Article* hu = &kHungarian;
    const Article* ro = &kRomanian;
    const Article* id = &kIndonesian;
    const Article* bn = &kBengali;
    const Article* fi = &kFinnish;
    const Article* el = &kGreek;
    const Article* en = &kEnglish;
    return {
        // SQL error messages
        {"a PostgreSQL key error, Hungarian", hu, true, At::after,
         "ERROR:  duplicate key value violates unique constraint \"kutak_pkey\" DETAIL:  Key (id)=(4471) already exists.",
         {"duplicate key", "kutak_pkey"}},
        {"an SQL Server error, text, Romanian", ro, false, At::after,
         "Msg 208, Level 16, State 1, Line 3 Invalid object name 'dbo.Articole'.", {"Msg 208", "dbo.Articole"}},
        {"an Oracle error as a block, Greek", el, true, At::block,
         "ORA-00942: table or view does not exist ORA-06512: at \"PORTAL.PKG_NEWS\", line 118", {"ORA-00942", "PKG_NEWS"}},
        // browser console errors
        {"a failed resource in the console, Finnish", fi, true, At::after,
         "Failed to load resource: the server responded with a status of 404 (Not Found) vendor.min.js:1", {"Failed to load", "vendor.min"}},
        {"a reference error in the console, text, Indonesian", id, false, At::after,
         "Uncaught ReferenceError: $ is not defined at HTMLDocument.<anonymous> (kebun.js:17:5)", {"ReferenceError", "kebun.js"}},
        // tokens
        {"a bearer token, Polish", pl, true, At::after,
         "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0NDcxIiwicm9sZSI6ImVkaXRvciJ9.Xk3pQ9vLr2mN8sT4uW6yZ1aB3cD5eF7gH9iJ0kL2mN4",
         {"Bearer", "eyJhbGci"}},
        {"a web token glued, text, Bengali", bn, false, At::glued,
         "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJleHAiOjE3MDAwMDAwMDB9.q8Zr5Yb2Wc4Vd6Te8Sf0Rg2Qh4Pi6Oj8Nk0Ml2Ln4Km6", {"eyJ0eXAi", "q8Zr5Yb2"}},
        {"an access token in a query, Hungarian", hu, true, At::glued,
         "?access_token=ghp_9fK2LmQ8xR4vT7wZ1bN6cH3jP5sD0yE8uA2&expires_in=3600", {"access_token", "ghp_9fK2"}},
        // tracebacks
        {"a Python traceback as a block, text, Bengali", bn, false, At::block,
         "Traceback (most recent call last):\n  File \"/srv/app/views.py\", line 42, in detail\n    obj = Post.objects.get(pk=pk)\nKeyError: 'slug'",
         {"Traceback", "views.py"}},
        {"a Python traceback in one paragraph, Polish", pl, true, At::block,
         "Traceback (most recent call last): File \"/usr/lib/python3.11/site-packages/flask/app.py\", line 1455, in wsgi_app "
         "ValueError: invalid literal for int() with base 10: 'abc'",
         {"Traceback", "wsgi_app"}},
        {"a Java exception, Romanian", ro, true, At::after,
         "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"s\" is null at "
         "com.moara.web.ArticolController.show(ArticolController.java:87)",
         {"NullPointerException", "ArticolController"}},
        {"Java stack frames as a block, text, Finnish", fi, false, At::block,
         "Exception in thread \"main\" java.lang.IllegalStateException: closed\n\tat "
         "org.apache.http.impl.io.SessionInputBuffer.read(SessionInputBuffer.java:181)\n\tat fi.sauna.sync.Main.main(Main.java:33)",
         {"IllegalStateException", "SessionInputBuffer"}},
        {"a .NET exception, English", en, true, At::after,
         "System.InvalidOperationException: Sequence contains no elements at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)",
         {"InvalidOperationException", "Enumerable.First"}},
        // YAML without fences
        {"YAML without fences as a block, text, Finnish", fi, false, At::block,
         "otsikko: Saunan katto\nkirjoittaja: Mikko Laine\navainsanat:\n  - sauna\n  - talkoot\nluonnos: false", {"kirjoittaja:", "luonnos:"}},
        {"YAML without fences in a paragraph, Greek", el, true, At::block,
         "titlos: Faros akrotiriou slug: faros-akrotiriou tags: [faros, ethelontes] draft: true", {"slug:", "draft:"}},
        // pagers in words
        {"a pager in words, Polish", pl, true, At::block, "Strona 2 z 14", {"Strona 2"}},
        {"a pager in words with arrows, text, Hungarian", hu, false, At::block, "« Előző oldal | 3. oldal / 12 | Következő oldal »",
         {"Előző", "Következő"}},
        {"a pager in words glued, Indonesian", id, true, At::after, "Halaman 2 dari 9", {"Halaman 2"}},
        // script and data
        {"minified script glued to a sentence, Romanian", ro, true, At::glued,
         "!function(e,t){\"use strict\";var n=e.document;t(n)}(window,function(d){d.body.classList.add(\"js\")});", {"!function", "classList"}},
        {"CSV rows as a block, text, Romanian", ro, false, At::block, "id;nume;judet;valoare\n1;Moara;Caras;12.5\n2;Roata;Gorj;7.25",
         {"id;nume", "Caras;12.5"}},
        {"CSV rows in a paragraph, Greek", el, true, At::after, "2023-01-04,14.2,0.83,1021 2023-01-05,13.9,0.79,1019 2023-01-06,12.7,0.81,1017",
         {"2023-01-04,14.2", "0.81,1017"}},
        {"a percent-encoded query string, Hungarian", hu, true, At::after,
         "q=g%C3%A9mesk%C3%BAt&hl=hu&source=hp&ei=Xk3pQ9vL&oq=g%C3%A9m&sclient=gws-wiz", {"%C3%A9", "sclient"}},
        {"a run of UUIDs and hashes, Bengali", bn, true, At::after,
         "3f2a9c1e-77b0-4d2e-9a51-0c6e8b4d2f17 a9f1c3e5b7d90246 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
         {"3f2a9c1e", "e3b0c442"}},
        {"a mail header dump, text, Indonesian", id, false, At::block,
         "Received: from mx2.kopi-lereng.id (mx2.kopi-lereng.id [192.0.2.14])\nMessage-ID: <20240311.4471@kopi-lereng.id>\n"
         "Content-Type: text/plain; charset=\"utf-8\"\nX-Mailer: Thunderbird 115.8",
         {"Message-ID", "X-Mailer"}},
        // patches, schedules, unit files
        {"patch lines as a block, text, Greek", el, false, At::block,
         "diff --git a/src/lamp.c b/src/lamp.c\nindex 3f2a9c1..77b04d2 100644\n--- a/src/lamp.c\n+++ b/src/lamp.c\n@@ -12,7 +12,8 @@ static int rotate(void)",
         {"diff --git", "@@ -12"}},
        {"a hunk glued after a sentence, Polish", pl, true, At::after, "@@ -41,6 +41,9 @@ static int render(void) - return 0; + return fixup(p);",
         {"@@ -41", "fixup(p)"}},
        {"a crontab line, Hungarian", hu, true, At::after, "*/15 * * * * /usr/local/bin/mentes.sh >> /var/log/mentes.log 2>&1",
         {"*/15", "mentes.sh"}},
        {"a unit file as a block, text, Finnish", fi, false, At::block,
         "[Unit]\nDescription=Arkiston synkronointi\n[Service]\nExecStart=/usr/bin/rsync -a /srv/arkisto /mnt/varmuus\nRestart=on-failure",
         {"ExecStart", "Restart="}},
        // LaTeX, shortcodes, query languages
        {"LaTeX source, Indonesian", id, true, At::after,
         "\\begin{figure}[h]\\centering\\includegraphics[width=0.8\\textwidth]{fig/peta.pdf}\\caption{Peta}\\label{fig:peta}\\end{figure}",
         {"\\begin{figure}", "includegraphics"}},
        {"LaTeX commands, text, Polish", pl, false, At::after, "\\section{Wstęp}\\label{sec:wstep} \\cite{kowalski2019,nowak2021}",
         {"\\section", "\\cite"}},
        {"emoji shortcodes, Romanian", ro, true, At::after, ":thumbsup: :fire: :heart_eyes: :clap: :100:", {":thumbsup:", ":clap:"}},
        {"emoji shortcodes glued, text, Bengali", bn, false, At::glued, ":sparkles::tada::rocket:", {":sparkles:", ":rocket:"}},
        {"a GraphQL query, English", en, true, At::after, "query GetPost($id: ID!) { post(id: $id) { title author { name } } }",
         {"GetPost", "author {"}},
        {"a GraphQL error reply as a block, Hungarian", hu, true, At::block,
         "{\"errors\":[{\"message\":\"Cannot query field \\\"szerzo\\\" on type \\\"Post\\\".\",\"locations\":[{\"line\":3,\"column\":5}]}]}",
         {"errors", "locations"}},
        {"protobuf text, text, Greek", el, false, At::after, "post { id: 4471 slug: \"faros\" published { seconds: 1700000000 nanos: 0 } }",
         {"seconds:", "nanos:"}},
        // escaped entities and i18n keys
        {"doubly escaped entities glued, Hungarian", hu, true, At::glued, "&amp;nbsp;&amp;nbsp;&amp;raquo;&amp;#8203;", {"&amp;", "nbsp"}},
        {"literal entities, text, Indonesian", id, false, At::after, "&nbsp;&nbsp;&raquo;&#8203;&hellip;", {"&nbsp;", "&raquo;"}},
        {"i18n keys, Finnish", fi, true, At::after, "comments.form.submit_label footer.newsletter.cta_text", {"submit_label", "cta_text"}},
        {"an i18n key glued, text, English", en, false, At::glued, "nav.menu.toggle_aria_label", {"toggle_aria"}},
    };
}

std::vector<Lookalike> lookalike_cases() {
    const Article* pl = &kPolish;
    const Article* hu = &kHungarian;
    const Article* ro = &kRomanian;
    const Article* id = &kIndonesian;
    const Article* bn = &kBengali;
    const Article* fi = &kFinnish;
    const Article* el = &kGreek;
    const Article* en = &kEnglish;
    const Article* dev = &kEnglishDev;
    const Article* fidev = &kFinnishDev;
    return {
        {"one traceback line quoted in prose, English", dev, true, At::after,
         "When the list was empty the script stopped with \"ZeroDivisionError: division by zero\", which is why we check the length first."},
        {"one traceback line quoted in prose, text, Finnish", fidev, false, At::after,
         "Virheilmoitus \"KeyError: 'nimi'\" kertoi, että taulukosta puuttui yksi sarake."},
        {"a tutorial's function in <pre>, English", dev, true, At::block,
         "<pre><code>def average(values):\n    if not values:\n        return 0\n    return sum(values) / len(values)\n</code></pre>",
         "def average(values): if not values: return 0 return sum(values) / len(values)"},
        {"a tutorial's SQL in <pre>, English", dev, true, At::block,
         "<pre><code>SELECT shelf, COUNT(*) AS books\nFROM catalogue\nGROUP BY shelf;\n</code></pre>",
         "SELECT shelf, COUNT(*) AS books FROM catalogue GROUP BY shelf;"},
        {"a tutorial's settings file in <pre>, English", dev, true, At::block,
         "<pre>library: Elm Street\nopening_hours: 9-17\nvolunteers:\n  - Anna\n  - Joe\n</pre>",
         "library: Elm Street opening_hours: 9-17 volunteers: - Anna - Joe"},
        {"Markdown syntax explained in prose, English", dev, true, At::after,
         "To make a word bold, wrap it in two asterisks, as in **bold**, and write a link as [the text](https://example.org)."},
        {"a Markdown example in <pre>, English", dev, true, At::block,
         "<pre>## Opening hours\n\n- Monday: *closed*\n- [x] Saturday\n\n[Map](https://example.org/map)\n</pre>",
         "## Opening hours - Monday: *closed* - [x] Saturday [Map](https://example.org/map)"},
        {"a cron schedule explained in prose, Finnish", fidev, true, At::after,
         "Kopio ajetaan joka yö kello kolme, joten cron-rivi alkaa merkinnällä 0 3 * * * ja sen perään tulee komento."},
        {"chemistry formulas, text, Polish", pl, false, At::block, "Do czyszczenia kotła używano H2SO4, NaOH, Na2CO3 i CuSO4·5H2O."},
        {"a citation list with DOIs, text, Hungarian", hu, false, At::block,
         "[1] Kovács A. (2020): Az alföldi kutak. Földrajzi Közlemények 144(2): 101–118. doi:10.15201/fk.2020.2.1\n"
         "[2] Szabó É. (2018): Pásztorélet a pusztán. Ethnographia 129(3): 455–470. doi:10.30493/eth.2018.3.7"},
        {"a citation with a DOI in prose, Greek", el, true, At::after,
         "Η ιστορία του φάρου περιγράφεται στο άρθρο των Παπαδόπουλου και Νικολάου (2019), doi:10.1016/j.marpol.2019.103612."},
        {"a crossword grid, text, Romanian", ro, false, At::block, "M O A R A\nO # P # P\nR O A T A\nA # R # A"},
        {"sports results, Romanian", ro, true, At::after, "Rezultatele etapei: CFR Cluj – FCSB 2-1, Rapid – Dinamo 0-0, Farul – U Cluj 3-2."},
        {"sports results, text, Greek", el, false, At::after, "Αποτελέσματα: Ολυμπιακός – ΠΑΟΚ 2-1, ΑΕΚ – Άρης 1-1, Παναθηναϊκός – ΟΦΗ 3-0."},
        {"a recipe's quantities, Indonesian", id, true, At::after,
         "Untuk secangkir kopi susu dibutuhkan 15 g bubuk kopi, 150 ml air panas, 30 ml susu kental dan 1/2 sdt gula aren."},
        {"train times in Bengali digits, Bengali", bn, true, At::after, "ঘাট থেকে প্রথম নৌকা ছাড়ে সকাল ৬:১০, ৭:৪০ ও ৯:১৫-এ।"},
        {"an address and an e-mail in prose, Hungarian", hu, true, At::after,
         "Jelentkezni a kutak@pelda.hu címen vagy a Fő utca 12. szám alatt lehet hétköznap délelőtt."},
        {"a ticket UUID quoted in prose, Polish", pl, true, At::after,
         "Każde zgłoszenie usterki dostaje numer, na przykład 7c9e6679-7425-40de-944b-e07fc1f90ae7, który trzeba podać w mailu."},
        {"versions quoted in prose, Romanian", ro, true, At::after,
         "Aplicația pentru bilete a trecut în martie de la versiunea 2.4.1 la 3.0.0-beta.2 fără probleme."},
        {"a commit quoted in prose, English", en, true, At::after,
         "The booking form was fixed in commit 4e1f9a2, titled \"Handle empty repair slots\", by one of the students."},
        {"an emoji shortcode explained in prose, English", en, true, At::after,
         "In the group chat, typing :wrench: shows a small spanner, and the volunteers use it to mark finished repairs."},
        {"a LaTeX command explained in prose, Greek", el, true, At::after,
         "Στο LaTeX ένα κλάσμα γράφεται ως \\frac{a}{b} και εμφανίζεται με οριζόντια γραμμή."},
    };
}

// On main (85acd92), before any rule for them: debris cut whole 11 of 39 (4 more only in part: a
// Python traceback in one paragraph, minified script glued to a sentence, doubly escaped and
// literal entities), look-alikes kept 19 of 22 (a Markdown link in prose loses its syntax, a
// ticket UUID quoted in prose and a LaTeX command explained in prose are cut). No article loses
// a sentence. Several cases are cut in part with their words left behind: the identifiers of a
// PostgreSQL error, a JWT's last two parts, a Java exception's frame.
// With an exception's line around its frames, qualified-call frames and servers' labelled
// messages (error_traces.cpp): 18; config lines without fences (markup_source.cpp): 21; emoji
// shortcodes as tags (hashtag_runs.cpp): 23; data rows and letterless run edges
// (garbage_runs.cpp): 25; nested records and a called function's unary operator
// (enclosed_debris.cpp): 28; web tokens with a header's label (debris_tokens.cpp,
// run_labels.cpp): 29; a pager in words (page_numbers.cpp): 30; data rows one a line
// (markup_source.cpp): 31; a message key glued behind a stop (debris_tokens.cpp): 32; a record
// flattened into one line (machine_records.cpp): 33 of 39, look-alikes still 19 of 22; a
// message after labelled numbers in a rhythm (error_traces.cpp), a diff's hunk with its lines
// (patch_hunks.cpp): 35 of 39, look-alikes still 19 of 22.
// Left: a console's failed-resource line, patch lines as a text page's block (a line a block:
// the hunk's line goes, the file headers' lines stay); in part: escaped entities (decoded, a
// lone '»' stays).
constexpr int kDebrisFloor = 35;
constexpr int kLookalikeFloor = 19;

}  // namespace

TEST_CASE("fresh garbage shapes, round 6: the article stays whole, and at least the floor of the debris goes") {
    const DebrisTally t = tally_debris(debris_cases());
    MESSAGE("fresh debris (round 6) cut whole: ", t.cut, ", partly: ", t.partly, ", of ", t.all, t.report);
    CHECK(t.cut >= kDebrisFloor);
}

TEST_CASE("fresh look-alikes of garbage, round 6, stay whole, at least the floor of them") {
    const LookalikeTally t = tally_lookalikes(lookalike_cases());
    MESSAGE("fresh look-alikes (round 6) kept: ", t.kept, " of ", t.all, t.report);
    CHECK(t.kept >= kLookalikeFloor);
}
