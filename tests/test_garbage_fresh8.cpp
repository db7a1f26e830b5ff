// Garbage shapes, round 8: shapes no earlier round tried, written in other languages and wordings
// before any rule for them, so that a rule is measured on text it was not made from: GraphQL
// queries and mutations, YAML and TOML config, protobuf text and schema, Markdown residue (link
// references, table pipes, heading hashes and emphasis glued to words), BBCode, RTF control words,
// cookie strings, JWTs, UUID lists, cron lines, SQL query plans, Java, Kotlin and C# exceptions
// with their causes, assembler, regular expressions, escaped HTML entities, URL-encoded runs,
// emoji shortcodes, CSS selectors and ANSI colour codes. Malay, Swedish, Romanian, Serbian
// (Cyrillic), Korean, Amharic, Persian, Georgian, Spanish, English; before, inside, between and
// after sentences, glued, and as blocks.
// Look-alikes beside each: prose with an e-mail address and a URL, recipes with quantities, song
// lyrics with repeats, poetry with odd punctuation, genealogy lines with dates, sports line-ups,
// tax bands, product codes in a review, note names, a chat transcript quoted in news.
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

const Article kMalay{"ms", "Perpustakaan terapung di tepi sungai", " ",
    {{"Sebuah bot lama di tepi sungai kini dijadikan perpustakaan terapung untuk kanak-kanak kampung.",
      "Bot itu dibaiki oleh nelayan tempatan selama tiga bulan."},
     {"Setiap hujung minggu, bot itu berlabuh di jeti yang berbeza.",
      "Kanak-kanak naik ke atas bot untuk membaca dan meminjam buku."},
     {"Sukarelawan dari bandar membawa kotak buku baharu setiap bulan.",
      "Kebanyakan buku ialah cerita rakyat dan buku sains yang mudah."},
     {"Majlis daerah bercadang membeli bot kedua pada tahun hadapan.",
      "Penduduk berharap lebih banyak kampung di hulu sungai dapat dikunjungi."}}};

const Article kSwedish{"sv", "Byns gamla tvättstuga blev kafé", " ",
    {{"Den gamla tvättstugan i byn stod tom i nästan trettio år.",
      "Förra våren bestämde några grannar att göra om den till ett kafé."},
     {"Golvet var ruttet och taket läckte på flera ställen.",
      "En pensionerad snickare ledde arbetet varje lördag under sommaren."},
     {"Nu serveras kaffe och kanelbullar tre dagar i veckan.",
      "Överskottet går till byns idrottsförening och skolans utflykter."},
     {"Kommunen har lovat att laga vägen fram till kaféet i höst.",
      "Grannarna hoppas kunna hålla öppet även under vintern."}}};

const Article kRomanian{"ro", "Moara de apă din sat macină din nou", " ",
    {{"Moara de apă de pe pârâul satului a stat nefolosită timp de patruzeci de ani.",
      "Anul trecut, trei frați au hotărât să o repare cu mâinile lor."},
     {"Roata de lemn a fost refăcută după desenele bunicului lor.",
      "Pietrele de moară au fost aduse cu căruța de la o carieră din apropiere."},
     {"Acum sătenii vin în fiecare sâmbătă să macine porumb și grâu.",
      "Copiii urmăresc cu uimire cum apa pune în mișcare roata uriașă."},
     {"Primăria vrea să amenajeze o potecă de la moară până la pădure.",
      "Frații speră ca moara să atragă și turiști din orașele vecine."}}};

const Article kSerbian{"sr", "Сеоска школа добила нову библиотеку", " ",
    {{"Стара сеоска школа у подножју планине добила је нову библиотеку.",
      "Полице су направили родитељи ученика од дасака старог амбара."},
     {"Књиге су стигле из градских библиотека и од бивших ученика.",
      "Неки од њих данас живе далеко, али се радо сећају своје школе."},
     {"Учитељица сваког петка чита деци наглас по једну причу.",
      "После читања деца цртају јунаке из књиге и каче цртеже на зид."},
     {"Општина је обећала да ће следеће године заменити прозоре.",
      "Мештани се надају да ће се у село вратити још породица са децом."}}};

const Article kKorean{"ko", "마을 방앗간이 다시 문을 열었다", " ",
    {{"오랫동안 닫혀 있던 마을 방앗간이 다시 문을 열었다.",
      "도시에서 돌아온 젊은 부부가 낡은 기계를 하나씩 고쳤다."},
     {"방앗간에서는 떡과 참기름을 직접 만든다.",
      "아침마다 할머니들이 쌀을 들고 방앗간 앞에 줄을 선다."},
     {"명절이 다가오면 방앗간은 밤늦게까지 불이 켜져 있다.",
      "아이들은 갓 나온 가래떡을 얻어먹으려고 문 앞에서 기다린다."},
     {"군청은 방앗간 옆에 작은 장터를 만들 계획이다.",
      "부부는 마을 사람들과 함께 가을 축제를 열고 싶다고 말했다."}}};

const Article kAmharic{"am", "የመንደሩ ምንጭ እንደገና ውሃ አፈለቀ", " ",
    {{"በመንደሩ ዳርቻ የሚገኘው አሮጌ ምንጭ ለብዙ ዓመታት ደርቆ ቆይቷል።",
      "ወጣቶች ባለፈው በጋ ምንጩን አጽድተው በድንጋይ ከበቡት።"},
     {"አሁን ሴቶች ውሃ ለመቅዳት ረጅም መንገድ መጓዝ አያስፈልጋቸውም።",
      "ልጆችም ከትምህርት ቤት በፊት ውሃ አምጥተው ይመለሳሉ።"},
     {"በምንጩ አጠገብ የዛፍ ችግኞች ተተክለዋል።",
      "ሽማግሌዎች ችግኞቹን በየቀኑ ያጠጣሉ።"},
     {"የወረዳው አስተዳደር ሁለተኛ ምንጭ ለመገንባት አቅዷል።",
      "ነዋሪዎቹ ሥራውን በጉልበታቸው ለመደገፍ ቃል ገብተዋል።"}}};

const Article kPersian{"fa", "کتابخانه‌ای در ایستگاه قطار قدیمی", " ",
    {{"ایستگاه قطار قدیمی شهر پس از سال‌ها تعطیلی به کتابخانه تبدیل شد.",
      "داوطلبان دیوارهای آن را رنگ کردند و قفسه‌های چوبی ساختند."},
     {"بیشتر کتاب‌ها را خانواده‌های محله اهدا کرده‌اند.",
      "سالن انتظار اکنون جای میزهای مطالعه است."},
     {"هر پنجشنبه یک قصه‌گو برای کودکان داستان می‌خواند.",
      "پدربزرگ‌ها و مادربزرگ‌ها هم برای شنیدن قصه می‌آیند."},
     {"شهرداری قصد دارد کنار ایستگاه باغچه‌ای بسازد.",
      "اهالی امیدوارند کتابخانه تا دیروقت باز بماند."}}};

const Article kGeorgian{"ka", "სოფლის ძველი მარანი ისევ გაიხსნა", " ",
    {{"სოფლის ძველი მარანი ოცი წლის განმავლობაში დაკეტილი იყო.",
      "შარშან ადგილობრივმა ოჯახებმა მისი აღდგენა გადაწყვიტეს."},
     {"ქვევრები მიწიდან ამოიღეს და ფრთხილად გაწმინდეს.",
      "ხის კარი სოფლის ხელოსანმა ახლიდან გამოთალა."},
     {"შემოდგომაზე მთელი სოფელი ყურძნის საწურად იკრიბება.",
      "ბავშვები ფეხით წურავენ ყურძენს და ძველ სიმღერებს მღერიან."},
     {"მუნიციპალიტეტი მარნის გვერდით პატარა მუზეუმის გახსნას გეგმავს.",
      "მეღვინეები იმედოვნებენ, რომ სტუმრები სხვა ქალაქებიდანაც ჩამოვლენ."}}};

const Article kSpanish{"es", "El viejo cine del pueblo vuelve a proyectar películas", " ",
    {{"El cine del pueblo, cerrado desde 1998, volvió a abrir sus puertas este otoño.",
      "Un grupo de vecinos compró el edificio con una colecta popular."},
     {"Las butacas de madera se restauraron en el taller del carpintero local.",
      "El antiguo proyector se sustituyó por uno digital donado por una fundación."},
     {"Cada viernes se proyecta una película clásica y cada domingo una infantil.",
      "La entrada cuesta dos euros y las palomitas las preparan los jubilados."},
     {"El ayuntamiento quiere organizar un pequeño festival de cortometrajes.",
      "Los vecinos ya han recibido más de cien obras de jóvenes de la comarca."}}};

const Article kEnglish{"en", "A tool library opens in an old bus depot", " ",
    {{"The bus depot on Harbour Road stood empty for a decade after the last route moved.",
      "In March a group of neighbours turned its office into a library of tools."},
     {"Members borrow drills, ladders and sewing machines for a week at a time.",
      "Everything on the shelves was donated or bought with small grants."},
     {"On Saturday mornings a retired engineer teaches simple repairs.",
      "Children learn to fix bicycle punctures and wobbly chairs."},
     {"The city has offered the group the rest of the depot for a workshop.",
      "The volunteers say they still need people who can sharpen saws."}}};

std::vector<Debris> debris_cases() {
    const Article* ms = &kMalay;
    const Article* sv = &kSwedish;
    const Article* ro = &kRomanian;
    const Article* sr = &kSerbian;
    const Article* ko = &kKorean;
    const Article* am = &kAmharic;
    const Article* fa = &kPersian;
    const Article* ka = &kGeorgian;
    const Article* es = &kSpanish;
    const Article* en = &kEnglish;
    return {
        // queries and config
        {"a GraphQL query, English", en, true, At::after,
         "query GetTools($first: Int!) { tools(first: $first, available: true) { edges { node { id name borrowedUntil } } } }",
         {"query GetTools", "edges {", "borrowedUntil"}},
        {"a GraphQL mutation as a block, text, Spanish", es, false, At::block,
         "mutation {\n  reservarButaca(funcion: 42, fila: \"C\", asiento: 7) {\n    ok\n    errores { campo mensaje }\n  }\n}",
         {"mutation {", "reservarButaca", "errores {"}},
        {"YAML config as a block, text, Swedish", sv, false, At::block,
         "server:\n  port: 8080\n  host: 0.0.0.0\ndatabase:\n  url: postgres://kafe:hemligt@db:5432/kafe\n  pool: 5\nlogging:\n  level: debug",
         {"port: 8080", "postgres://", "level: debug"}},
        {"a compose file's YAML run together, Romanian", ro, true, At::after,
         "image: nginx:1.25 ports: - \"80:80\" volumes: - ./html:/usr/share/nginx/html:ro restart: always",
         {"nginx:1.25", "\"80:80\"", "restart: always"}},
        {"a Cargo manifest in a paragraph, Georgian", ka, true, At::block,
         "[package] name = \"marani\" version = \"0.4.2\" edition = \"2021\" [dependencies] serde = { version = \"1.0\", features = [\"derive\"] }",
         {"[package]", "edition =", "[dependencies]"}},
        {"TOML config as a block, text, Korean", ko, false, At::block,
         "[server]\naddress = \"127.0.0.1\"\nport = 3000\n[database]\nmax_connections = 16\ntimeout_ms = 2500",
         {"[server]", "max_connections", "timeout_ms"}},
        {"protobuf text, Persian", fa, true, At::after,
         "reader { id: 1187 name: \"ketab\" tags: \"station\" tags: \"kids\" opening_hours { day: THURSDAY from: 1600 to: 1900 } }",
         {"reader {", "opening_hours {", "THURSDAY"}},
        {"a protobuf schema in a paragraph, Serbian", sr, true, At::block,
         "syntax = \"proto3\"; message Knjiga { string naslov = 1; repeated string autori = 2; int32 godina = 3; }",
         {"proto3", "message Knjiga", "repeated string"}},
        // Markdown and other markup
        {"Markdown link references glued, Malay", ms, true, At::glued,
         "[1]: https://bot.example/gambar.png \"Bot\" [2]: https://bot.example/peta", {"[1]:", "[2]:", "gambar.png"}},
        {"a Markdown table, Spanish", es, true, At::after,
         "| Día | Película | Hora | |-----|----------|------| | Viernes | Clásica | 21:00 | | Domingo | Infantil | 17:30 |",
         {"|-----|", "| Viernes |", "21:00 |"}},
        {"Markdown heading hashes and emphasis glued, Swedish", sv, true, At::glued,
         "### Relaterat **[Läs mer](/kafe/nyheter)**", {"###", "**[", "](/kafe"}},
        {"BBCode inside a sentence, Romanian", ro, true, At::inside,
         "[b][color=#ff0000]ATENȚIE[/color][/b] [url=https://moara.example/forum]forum[/url]", {"[b]", "[/color]", "[url="}},
        {"BBCode as a block, text, Serbian", sr, false, At::block,
         "[quote=\"Милан\"][i]одлична вест[/i][/quote]\n[img]https://skola.example/slika.jpg[/img]", {"[quote=", "[/i]", "[img]"}},
        {"RTF control words, Spanish", es, true, At::after,
         "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}} \\f0\\fs24 \\pard\\qc\\b Cine\\b0\\par }",
         {"\\rtf1", "\\fonttbl", "\\pard"}},
        {"RTF control words glued, Amharic", am, true, At::glued, "\\par\\pard\\plain\\s0\\ql\\f1\\fs20\\cf1 \\'e1\\'8b\\'88",
         {"\\pard", "\\fs20", "\\'e1"}},
        // tokens and identifiers
        {"a cookie header, English", en, true, At::after,
         "Cookie: _ga=GA1.2.1183746521.1709555460; _gid=GA1.2.990014.1709555460; session_id=8f3b2c1d9e; consent=necessary%2Cstats",
         {"_ga=GA1", "session_id=", "consent="}},
        {"a cookie string glued, Korean", ko, true, At::glued,
         "_ga=GA1.1.1029384756.1709555460; _ga_7QX2B4K9LM=GS1.1.1709555460.1.0.1709555460.0.0.0; NID=511=k3JxQ9",
         {"_ga=GA1", "_ga_7QX", "NID=511"}},
        {"a JWT, Persian", fa, true, At::after,
         "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMTg3IiwibmFtZSI6ImtldGFiIiwiaWF0IjoxNzA5NTU1NDYwfQ."
         "3q2-7TfXo1r8Zk0yLw5bVQhN4pC9sDmE6aUjY2gKxHc",
         {"eyJhbGci", "eyJzdWIi", "3q2-7Tf"}},
        {"a bearer token inside a sentence, Georgian", ka, true, At::inside,
         "Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJtYXJhbmkiLCJleHAiOjE3MTAwMDAwMDB9."
         "kP3xQw9Lz0aB7cD2eF5gH8iJ1kL4mN6oP9qR",
         {"Bearer", "eyJ0eXAi", "kP3xQw"}},
        {"a list of UUIDs, Malay", ms, true, At::after,
         "3f2b8c1e-9d4a-4e7b-b1c2-5a6d7e8f9012, 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d, c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f",
         {"3f2b8c1e", "0a1b2c3d", "c9d8e7f6"}},
        {"UUIDs one a line, text, Romanian", ro, false, At::block,
         "7d1e4c2a-6b3f-4a8e-9c0d-2f5e8a1b4c7d\n9e2f5a8b-1c4d-4e7f-a0b3-6c9d2e5f8a1b\nb4c7d0e3-f6a9-4b2c-8d5e-0f3a6b9c2d5e",
         {"7d1e4c2a", "9e2f5a8b", "b4c7d0e3"}},
        {"cron lines as a block, text, Swedish", sv, false, At::block,
         "*/5 * * * * /usr/local/bin/backup.sh >/dev/null 2>&1\n0 3 * * 1 /opt/kafe/rensa-loggar --dagar 30",
         {"*/5 * * * *", "backup.sh", "rensa-loggar"}},
        {"a cron line inside a sentence, Spanish", es, true, At::inside, "0 2 * * * root /usr/bin/certbot renew --quiet",
         {"* * *", "certbot"}},
        // query plans and exceptions
        {"a query plan as a block, text, English", en, false, At::block,
         "Seq Scan on loans  (cost=0.00..35.50 rows=2550 width=4) (actual time=0.011..0.412 rows=2550 loops=1)\n"
         "  Filter: (returned_at IS NULL)\nPlanning Time: 0.081 ms\nExecution Time: 0.530 ms",
         {"Seq Scan", "cost=0.00", "Execution Time"}},
        {"a query plan's tree run together, Serbian", sr, true, At::after,
         "-> Nested loop inner join (cost=4.70 rows=3) -> Index lookup on k using idx_autor (autor_id=a.id) (cost=1.05 rows=1)",
         {"Nested loop", "cost=4.70", "idx_autor"}},
        {"a Java exception with its cause, Korean", ko, true, At::after,
         "Exception in thread \"main\" java.lang.IllegalStateException: mill not ready at kr.bangat.Mill.start(Mill.java:42) "
         "at kr.bangat.App.main(App.java:12) Caused by: java.io.FileNotFoundException: config.yml (No such file or directory)",
         {"IllegalStateException", "Mill.java:42", "Caused by"}},
        {"a Kotlin exception as a block, text, Malay", ms, false, At::block,
         "kotlinx.coroutines.JobCancellationException: Job was cancelled; job=StandaloneCoroutine{Cancelling}@5f2e1a\n"
         "\tat kotlinx.coroutines.JobSupport.cancel(JobSupport.kt:1579)\nCaused by: java.net.SocketTimeoutException: timeout",
         {"JobCancellationException", "JobSupport.kt", "SocketTimeoutException"}},
        {"a C# exception, Persian", fa, true, At::after,
         "System.NullReferenceException: Object reference not set to an instance of an object. at "
         "Ketabkhane.Services.LoanService.Renew(Int32 id) in C:\\src\\Ketabkhane\\Services\\LoanService.cs:line 57 "
         "--- End of inner exception stack trace ---",
         {"NullReferenceException", "LoanService.cs", "End of inner"}},
        // code
        {"assembler as a block, text, Georgian", ka, false, At::block, "mov eax, 4\nmov ebx, 1\nmov ecx, msg\nmov edx, len\nint 0x80",
         {"mov eax", "mov edx", "int 0x80"}},
        {"ARM assembler glued, Amharic", am, true, At::glued, "ldr r0, [sp, #4]; add r0, r0, #1; str r0, [sp, #4]; bl printf",
         {"ldr r0", "[sp, #4]", "bl printf"}},
        {"a regular expression, Spanish", es, true, At::after,
         "^(?:[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*)@(?:[a-z0-9-]+\\.)+[a-z]{2,}$",
         {"(?:[a-z0-9", "{2,}$"}},
        {"sed expressions glued, text, Romanian", ro, false, At::glued, "s/\\s+$//g;s/^\\s*#.*$//;/^$/d", {"s/\\s+$", "/^$/d"}},
        {"CSS selectors, Georgian", ka, true, At::after,
         "div.marani > ul li:nth-child(2n+1) a[href^=\"http\"]:not(.btn), #sidebar .widget ~ p::first-line",
         {"nth-child", "a[href^=", "::first-line"}},
        // escapes and encodings
        {"escaped HTML entities, Swedish", sv, true, At::after,
         "&amp;lt;div class=&amp;quot;kafe-meny&amp;quot;&amp;gt;&amp;lt;/div&amp;gt;", {"&amp;lt;div", "&amp;quot;"}},
        {"HTML tags as entities glued, text, Serbian", sr, false, At::glued, "&lt;br /&gt;&lt;br /&gt;&amp;nbsp;&amp;nbsp;",
         {"&lt;br", "&amp;nbsp;"}},
        {"a URL-encoded run, Korean", ko, true, At::after,
         "%EB%B0%A9%EC%95%97%EA%B0%84%20%EB%8B%A4%EC%8B%9C%20%EC%97%B4%EB%A0%B8%EB%8B%A4", {"%EB%B0%A9", "%EC%97%B4"}},
        {"a URL-encoded run glued, Persian", fa, true, At::glued, "%D9%83%D8%AA%D8%A7%D8%A8%D8%AE%D8%A7%D9%86%D9%87",
         {"%D9%83", "%D9%86%D9%87"}},
        {"emoji shortcodes, Malay", ms, true, At::after, ":smile: :thumbsup: :heart: :heart: :tada: :fire:",
         {":thumbsup:", ":tada:", ":fire:"}},
        {"emoji shortcodes glued, Spanish", es, true, At::glued, ":clapper::popcorn::star2::star2:", {":clapper:", ":star2:"}},
        {"ANSI colour codes, text, English", en, false, At::after,
         "\x1b[1;32m\u2714\x1b[0m 14 passing \x1b[31m\u2716\x1b[0m 2 failing", {"[1;32m", "passing", "[31m"}},
        {"ANSI colour codes without their escape, Amharic", am, true, At::after, "[0;31mERROR[0m [1mdb[0m: connection refused",
         {"[0;31m", "[1mdb", "connection refused"}},
    };
}

std::vector<Lookalike> lookalike_cases() {
    const Article* ms = &kMalay;
    const Article* sv = &kSwedish;
    const Article* ro = &kRomanian;
    const Article* sr = &kSerbian;
    const Article* ko = &kKorean;
    const Article* am = &kAmharic;
    const Article* fa = &kPersian;
    const Article* ka = &kGeorgian;
    const Article* es = &kSpanish;
    const Article* en = &kEnglish;
    return {
        // addresses
        {"an e-mail address and a URL in prose, English", en, true, At::after,
         "Volunteers can write to tools@harbourdepot.org or read the lending rules at https://harbourdepot.org/rules before their first visit."},
        {"an e-mail address and a URL in prose, text, Spanish", es, false, At::after,
         "Las obras se envían a cortos@cinedelpueblo.es y las bases están en www.cinedelpueblo.es/festival."},
        {"an e-mail address and a URL in prose, Persian", fa, true, At::after,
         "برای عضویت به info@ketabkhane-istgah.ir ایمیل بزنید یا به ketabkhane-istgah.ir/ozviyat بروید."},
        // recipes
        {"a recipe's ingredients as a block, text, Swedish", sv, false, At::block,
         "Kanelbullar, 30 st:\n25 g jäst\n5 dl mjölk\n150 g smör\n1 dl socker\n½ tsk salt\n2 msk kanel\nca 15 dl vetemjöl"},
        {"a recipe in prose, Romanian", ro, true, At::after,
         "Pentru mămăligă ai nevoie de 250 g mălai, 1 l apă, 1 linguriță de sare și 50 g unt."},
        // songs and poems
        {"song lyrics with repeats as a block, text, Serbian", sr, false, At::block,
         "Ој, ливадо, ливадо зелена,\nој, ливадо, ливадо зелена,\nпо теби је роса пала, ла-ла-ла, ла-ла-ла."},
        {"a folk song's refrain, Korean", ko, true, At::after, "아리랑 아리랑 아라리요, 아리랑 고개로 넘어간다."},
        {"a lullaby's refrain, Georgian", ka, true, At::after, "ნანა, ნანინა, ნანა, ნანინა, ვარდო ნანინა, ია ნანინა."},
        {"poetry with odd punctuation as a block, text, English", en, false, At::block,
         "the depot — sleeps;\nand sleeps — /\nrain... rain...\n(who counts the buses?)"},
        {"poetry with odd punctuation, Persian", fa, true, At::after, "باد می‌آید... / باد! / و درختان — خاموش — می‌رقصند؛"},
        // families and teams
        {"genealogy lines as a block, text, Romanian", ro, false, At::block,
         "Ion Popescu (n. 12 mar. 1881, Vlădeni – d. 3 ian. 1950)\n∞ 1905 Maria Ionescu (1886–1962)\n1. Gheorghe (1906–1977)\n2. Elena (1909–1991)"},
        {"a genealogy line, Swedish", sv, true, At::after,
         "Anders Persson, f. 1842 i Ljusdal, d. 1911; g.m. Brita Olsdotter, f. 1846, d. 1920."},
        {"a football line-up, Spanish", es, true, At::after,
         "Alineación: Pérez; Gómez, Ruiz, Torres, Díaz; Martín, López (Sanz, 67'), Castro; Vidal, Moreno y Navarro (Gil, 80')."},
        {"a football line-up, text, Serbian", sr, false, At::after,
         "Састав: Јовановић – Петровић, Николић, Илић, Марковић – Ђорђевић (Стојановић 70'), Павловић – Лазић, Тодоровић."},
        // money and products
        {"tax bands in prose, Malay", ms, true, At::after,
         "Kadar cukai: RM0 – RM5,000: 0%; RM5,001 – RM20,000: 1%; RM20,001 – RM35,000: 3%; RM35,001 – RM50,000: 6%."},
        {"tax bands as a block, text, English", en, false, At::block,
         "Taxable income up to £12,570: 0%\n£12,571 to £50,270: 20%\n£50,271 to £125,140: 40%\nover £125,140: 45%"},
        {"product codes in a review, English", en, true, At::after,
         "I ordered the DW-1820 drill (part no. 5035048-01) and the spare battery BP-18V/4.0Ah, and both arrived in a day."},
        {"product codes in a review, Korean", ko, true, At::after, "제가 산 모델은 SM-G991N과 충전기 EP-TA800인데, 둘 다 잘 작동해요."},
        // music
        {"note names in prose, Spanish", es, true, At::after,
         "La melodía empieza en do mayor: do–re–mi–fa–sol, y vuelve por sol–fa–mi–re–do antes del estribillo."},
        {"note names and a chord in prose, English", en, true, At::between,
         "The theme is C–E–G–C in 4/4, then Bb–A–G–F♯ in the bridge, over a D7/F♯ chord."},
        // chats and numbers
        {"a chat transcript quoted in news as a block, text, English", en, false, At::block,
         "[09:14] Ana: is the depot open today?\n[09:15] Tom: yes, from 10\n[09:15] Ana: great, I'll bring the ladder back"},
        {"a chat quoted in news, Malay", ms, true, At::after,
         "Dalam kumpulan sembang kampung, Pak Ali menulis: “Bot sampai jam 10 pagi esok, bawa buku lama!” dan Mak Som membalas: “Baik, saya bawa 2 kotak.”"},
        {"figures in prose, Amharic", am, true, At::after, "ምንጩ በቀን 12,000 ሊትር ውሃ ይሰጣል፤ ይህም ለ350 ቤተሰቦች ይበቃል።"},
        {"opening hours in prose, Swedish", sv, true, At::after, "Kaféet har öppet tis–tors 10–16, fre 10–18 och lör 11–15."},
    };
}

// On main (349b42b), before any rule for them: debris cut whole 15 of 41 (7 more only in part),
// look-alikes kept 22 of 24 (a song's repeated line goes as a repeated block; a battery's code
// "BP-18V/4.0Ah" in a review goes as machine text). Three articles lose words: a Korean
// paragraph goes whole with a Java exception after it (its Latin letters outnumber the short
// Korean article's syllables, so the page reads as Latin and Hangul as foreign), and the word
// before a glued sentence end goes with a cookie ("선다._ga=…") and a sed script ("apropiere.s/…").
// Counting a syllable or a logogram as two letters for the page's script, and a stop ending a
// short word or one before '_' or a lone letter before an operator: no article loses a word.
// Terminal colour codes (terminal_codes.cpp), a scheduler's lines (cron_lines.cpp), a chained
// cause after the last frame, a .NET frame's file and separator (error_traces.cpp), a forum's
// tags closed after them (enclosed_debris.cpp): 24 of 41 cut whole (5 in part), look-alikes 22.
// A config file's assignments run together (config_assignments.cpp: a Cargo manifest, TOML
// lines, a protobuf schema) and a Markdown table's rows and link references
// (markdown_residue.cpp): 28 of 41. Spaced 'key = value' lines as config lines (markup_source.cpp),
// code laid out in braces a line a block (machine_line_runs.cpp), a tag self-closed after a
// space ("<br />", debris_tokens.cpp), RTF control words (control_words.cpp): 32 of 41 (3 in
// part: two URL-encoded runs the Unicode stage decodes into words of prose, by design, and a
// YAML block whose indented lines the promo filter takes first, leaving "server:"), look-alikes
// 22 (unchanged: the song's repeated line, the battery's code).
constexpr int kDebrisFloor = 32;
constexpr int kLookalikeFloor = 22;

}  // namespace

TEST_CASE("fresh garbage shapes, round 8: the article stays whole, and at least the floor of the debris goes") {
    const DebrisTally t = tally_debris(debris_cases());
    MESSAGE("fresh debris (round 8) cut whole: ", t.cut, ", partly: ", t.partly, ", of ", t.all, t.report);
    CHECK(t.cut >= kDebrisFloor);
}

TEST_CASE("fresh look-alikes of garbage, round 8, stay whole, at least the floor of them") {
    const LookalikeTally t = tally_lookalikes(lookalike_cases());
    MESSAGE("fresh look-alikes (round 8) kept: ", t.kept, " of ", t.all, t.report);
    CHECK(t.kept >= kLookalikeFloor);
}
