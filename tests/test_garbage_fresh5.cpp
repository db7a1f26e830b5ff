// Garbage shapes, round 5: the shapes round 4 (test_garbage_fresh4.cpp) left behind and new ones,
// written again in other languages and wordings before any rule for them, so that a rule is
// measured on text it was not made from: leaked analytics script, JSON-LD, HTML attribute soup,
// SQL and PHP error messages with paths, template placeholders of several engines, unrendered
// shortcodes, base64 data URIs, CSS rules, hex dumps, sensor and trading tickers, hashtag runs,
// counter runs, YAML front matter and markdown link definitions in text input, config lines,
// labels before an identifier, format specs, camera file names, pagers with words around their
// numbers, a browser console error. Vietnamese, Czech, Ukrainian, Persian, Japanese, Swahili,
// Tagalog.
// Look-alikes beside each: one shell command quoted in prose and in <code>, a proof with
// symbols, football tables, a chess game, bus timetables, lists of chemical formulas, a
// bibliography with ISBNs, phone lists, lyrics with repeated short lines, share prices, a
// temperature and one hashtag in prose, and sentences that open with place names parted by '›'
// (a route, not a breadcrumb).
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

const Article kVietnamese{"vi", "Chợ nổi lúc bình minh trên sông Hậu", " ",
    {{"Từ bốn giờ sáng, hàng trăm chiếc ghe chở trái cây đã neo kín một khúc sông rộng.",
      "Người bán treo mẫu hàng lên một cây sào cao để khách nhìn từ xa cũng biết."},
     {"Bà Tư đã bán bưởi ở đây hơn ba mươi năm và quen mặt gần hết bạn hàng.",
      "Bà kể rằng ngày trước chợ đông gấp đôi, ghe nằm sát nhau tới tận bờ bên kia."},
     {"Nhiều thương lái bây giờ mua hàng qua điện thoại nên chợ thưa dần.",
      "Dù vậy, du khách vẫn thuê xuồng nhỏ để ra xem cảnh buôn bán trên mặt nước."},
     {"Thành phố đang lập kế hoạch giữ lại chợ như một di sản của miền sông nước.",
      "Bà Tư nói bà sẽ còn chèo ghe ra chợ chừng nào tay còn cầm được mái chèo."}}};

const Article kCzech{"cs", "Knihovna v budově staré pošty", " ",
    {{"Obec koupila opuštěnou budovu pošty za symbolickou korunu a přestavěla ji na knihovnu.",
      "Na opravách se podíleli místní řemeslníci i studenti z nedaleké průmyslovky."},
     {"V přízemí je dětské oddělení, v patře čítárna s výhledem na náměstí.",
      "Staré přepážky zůstaly zachovány a slouží jako pult pro výpůjčky."},
     {"Knihovnice pořádá každý čtvrtek čtení pro seniory a v sobotu dílny pro rodiny.",
      "Počet čtenářů se za první rok zvýšil téměř na trojnásobek."},
     {"Příští rok chce obec na dvoře postavit altán pro letní čtení pod širým nebem.",
      "Peníze na něj vybírají místní spolky na jarmarku."}}};

const Article kUkrainian{"uk", "Майстерня бандур у старому млині", " ",
    {{"У старому водяному млині на околиці містечка вже десять років працює майстерня бандур.",
      "Її заснував колишній вчитель музики, який навчився ремеслу в діда."},
     {"Кожен інструмент виготовляють вручну з клена та ялини протягом кількох місяців.",
      "Найдовше доводиться чекати, поки дерево висохне в коморі під дахом."},
     {"Учні приходять до майстерні після школи й допомагають натягувати струни.",
      "Деякі з них уже грають у місцевому ансамблі на святах."},
     {"Громада планує відкрити в млині невеликий музей народних інструментів.",
      "Майстер мріє, щоб бандура знову звучала в кожній школі краю."}}};

const Article kPersian{"fa", "کتابخانه‌ای در ایستگاه قطار قدیمی", " ",
    {{"ساختمان ایستگاه قطار قدیمی شهر پس از سال‌ها بی‌استفاده ماندن به کتابخانه تبدیل شده است.",
      "قفسه‌های کتاب در سالن انتظار مسافران چیده شده‌اند."},
     {"بیشتر کتاب‌ها را مردم شهر اهدا کرده‌اند و هر هفته کتاب‌های تازه‌ای می‌رسد.",
      "کودکان روی نیمکت‌های چوبی قدیمی می‌نشینند و قصه می‌خوانند."},
     {"کتابدار این مکان پیش‌تر سوزن‌بان همین ایستگاه بوده است.",
      "او می‌گوید صدای سوت قطار هنوز در ذهنش زنده است."},
     {"شهرداری قصد دارد یکی از واگن‌های قدیمی را به سالن مطالعه تبدیل کند.",
      "داوطلبان برای رنگ‌آمیزی واگن اعلام آمادگی کرده‌اند."}}};

const Article kJapanese{"ja", "商店街に残る小さな銭湯", "",
    {{"駅から少し離れた商店街に、昭和のはじめから続く小さな銭湯がある。",
      "三代目の店主は毎朝五時に起きて、薪でお湯をわかしている。"},
     {"常連客の多くは近所に住むお年寄りで、湯船で世間話をするのが日課だ。",
      "最近は若い人や外国からの旅行者も訪れるようになった。"},
     {"壁には地元の画家が描いた富士山の絵が大きく飾られている。",
      "店主によれば、この絵を見るために遠くから来る客もいるという。"},
     {"燃料費の値上がりで経営は楽ではないが、店主は続けるつもりだ。",
      "商店街の人たちも手作りのチラシで銭湯を応援している。"}}};

const Article kSwahili{"sw", "Mizinga ya nyuki katika kijiji cha milimani", " ",
    {{"Wakulima wa kijiji kimoja cha milimani wameanza kufuga nyuki ili kuongeza kipato chao.",
      "Kila familia ilipewa mizinga miwili ya kisasa na mafunzo ya wiki moja."},
     {"Asali ya kwanza ilivunwa mwezi uliopita na kuuzwa katika soko la wilaya.",
      "Wanunuzi walisema asali hiyo ina ladha ya maua ya mibuyu."},
     {"Nyuki pia wamesaidia kuongeza mavuno ya kahawa na maharage mashambani.",
      "Vijana wengi sasa wanataka kujifunza ufugaji huo badala ya kuhamia mjini."},
     {"Halmashauri ya kijiji inapanga kujenga kiwanda kidogo cha kufungasha asali.",
      "Wakulima wanatumaini kwamba asali yao itafika hata kwenye masoko ya nje."}}};

const Article kTagalog{"tl", "Bangkang aklatan sa mga isla", " ",
    {{"Tuwing Sabado, isang bangkang puno ng libro ang umiikot sa maliliit na isla ng lalawigan.",
      "Pinamumunuan ito ng isang retiradong guro na lumaki rin sa isa sa mga islang iyon."},
     {"Ang mga libro ay donasyon ng mga paaralan at ng mga pamilya sa kabayanan.",
      "Naghihintay ang mga bata sa pantalan bago pa man sumikat ang araw."},
     {"Kapag malakas ang alon, ipinagpapaliban ang biyahe hanggang kumalma ang dagat.",
      "Iniiwan naman ng guro ang ilang kahon ng libro sa kapilya ng barangay."},
     {"Plano ng munisipyo na bumili ng pangalawang bangka sa susunod na taon.",
      "Sabi ng guro, ang pinakamasayang sandali ay kapag may batang humihiram muli."}}};

const Article kPortuguese{"pt", "Livros que viajam de comboio", " ",
    {{"Todas as sextas-feiras uma carruagem do comboio regional leva caixas de livros entre as bibliotecas do país.",
      "A ideia nasceu de um revisor que gostava de ler nas pausas entre estações."},
     {"Os leitores podem pedir um livro numa cidade e recebê-lo noutra poucos dias depois.",
      "Os bibliotecários trocam as caixas na plataforma enquanto o comboio espera."},
     {"No primeiro ano circularam mais de quatro mil livros pela linha.",
      "A empresa ferroviária quer agora alargar o serviço às linhas do interior."}}};

// A programming article in Czech: its commands and code are content.
const Article kCzechDev{"cs", "Jak zálohovat databázi knihovny", " ",
    {{"Záloha, kterou nikdo nezkusil obnovit, není záloha, ale naděje.",
      "V tomto článku si ukážeme jednoduchý postup, který zvládne i malá obecní knihovna."},
     {"Nejprve je třeba vědět, kde databáze leží a kdo k ní má přístup.",
      "Zálohy pak ukládáme na jiný disk, nejlépe v jiné budově."},
     {"Jednou za měsíc zkusíme zálohu obnovit na zkušebním počítači.",
      "Teprve tak víme, že v případě potíží opravdu pomůže."}}};

std::vector<Debris> debris_cases() {
    const Article* vi = &kVietnamese;
    const Article* cs = &kCzech;
    const Article* uk = &kUkrainian;
    const Article* fa = &kPersian;
    const Article* ja = &kJapanese;
    const Article* sw = &kSwahili;
    const Article* tl = &kTagalog;
    return {
        // leaked script and data
        {"a leaked analytics script, Vietnamese", vi, true, At::after,
         "var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-4471203-2']); _gaq.push(['_trackPageview']);", {"_gaq", "_setAccount"}},
        {"a data layer script, text, Czech", cs, false, At::after,
         "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());",
         {"dataLayer", "gtag("}},
        {"a JSON-LD fragment as a block, Ukrainian", uk, true, At::block,
         "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Майстерня бандур\",\"datePublished\":\"2024-05-14\"}",
         {"@context", "@type"}},
        {"HTML attribute soup glued, Persian", fa, true, At::glued,
         "class=\"post-thumb lazy\" data-id=\"8812\" data-src=\"/uploads/2023/09/ketab.jpg\" loading=\"lazy\"", {"data-id", "loading="}},
        // error messages with paths
        {"an SQL state error, Japanese", ja, true, At::after,
         "SQLSTATE[42S02]: Base table or view not found: 1146 Table 'sento_db.wp_posts' doesn't exist", {"SQLSTATE", "wp_posts"}},
        {"an SQL syntax error, text, Swahili", sw, false, At::after,
         "You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'WHERE id=' at line 1",
         {"SQL syntax", "near 'WHERE"}},
        {"a PHP notice before a sentence, Tagalog", tl, true, At::before,
         "Notice: Undefined index: kategorya in /var/www/html/wp-content/themes/isla/single.php on line 88 ", {"Undefined index", "single.php"}},
        {"a PHP warning as a block, text, Czech", cs, false, At::block,
         "Warning: mysqli_connect(): (HY000/2002): Connection refused in /home/knihovna/public_html/inc/db.php on line 12",
         {"mysqli_connect", "db.php"}},
        {"a browser console error, Tagalog", tl, true, At::after,
         "Uncaught TypeError: Cannot read properties of undefined (reading 'map') at main.3f9a1c.js:2:14123", {"Uncaught TypeError", "main.3f9a1c"}},
        // template placeholders and shortcodes
        {"double-brace placeholders between sentences, Japanese", ja, true, At::between, "{{ post.title }}｜{{ post.category }}",
         {"{{ post", "category }}"}},
        {"dollar-brace placeholders, text, Swahili", sw, false, At::after, "Imeandikwa na ${user.firstName} ${user.lastName}",
         {"${user", "lastName}"}},
        {"Python named format specs, Ukrainian", uk, true, At::after, "%(count)d переглядів · %(author)s", {"%(count)d", "%(author)s"}},
        {"an unrendered caption shortcode, Vietnamese", vi, true, At::before,
         "[caption id=\"attachment_5521\" align=\"aligncenter\" width=\"640\"] ", {"[caption", "attachment_5521"}},
        {"an unrendered gallery shortcode as a block, text, Tagalog", tl, false, At::block,
         "[gallery ids=\"112,113,114\" columns=\"3\" size=\"medium\"]", {"[gallery", "columns="}},
        {"printf specs, Persian", fa, true, At::after, "%s نظر · %d بازدید", {"%s", "%d"}},
        // blobs, rules and dumps
        {"a base64 data URI, text, Persian", fa, false, At::after,
         "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", {"base64", "R0lGOD"}},
        {"minified CSS rules as a block, Czech", cs, true, At::block,
         ".entry-content p{margin:0 0 1.2em;line-height:1.6}.wp-caption{max-width:100%}", {"entry-content", "line-height"}},
        {"CSS rules as a block, text, Japanese", ja, false, At::block,
         "body { font-family: \"Noto Sans JP\", sans-serif; } .header { display: none; }", {"font-family", "display: none"}},
        {"a hex dump line, text, Ukrainian", uk, false, At::block,
         "00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|", {"7f 45 4c 46", ".ELF"}},
        {"hex bytes glued, Swahili", sw, true, At::glued, "0x4A 0x6F 0x68 0x6E 0x00 0xFF 0x1B 0x2C", {"0x4A", "0x2C"}},
        // tickers and hashtag runs
        {"a sensor ticker, Vietnamese", vi, true, At::after, "T=27.4°C RH=81% PM2.5=38µg/m³ CO2=612ppm", {"RH=81", "CO2=612"}},
        {"a stock ticker, Tagalog", tl, true, At::after, "BDO ▲ 142.50 +1.2% · ALI ▼ 31.05 −0.6% · JFC ▲ 255.00 +0.3%", {"142.50", "JFC"}},
        {"a stock ticker, text, Czech", cs, false, At::after, "ČEZ 985,50 ▲ +1,2 % | KB 812,00 ▼ −0,4 % | EUR/CZK 25,31", {"985,50", "EUR/CZK"}},
        {"a glued hashtag run, Persian", fa, true, At::glued, "#کتاب#کتابخوانی#ایستگاه#قطار#فرهنگ", {"#کتاب", "#فرهنگ"}},
        {"a hashtag run, text, Tagalog", tl, false, At::after, "#aklatan #bangka #isla #pagbasa #bayanihan #Pilipinas",
         {"#aklatan", "#Pilipinas"}},
        // counters
        {"a counter run, Vietnamese", vi, true, At::after, "1,2N lượt thích · 86 bình luận · 14 lượt chia sẻ", {"1,2N", "86 bình luận"}},
        {"a counter run, text, Ukrainian", uk, false, At::after, "2,4 тис. переглядів 37 коментарів 12 поширень", {"2,4 тис", "37 коментарів"}},
        // front matter, link definitions, config lines in text input
        {"a YAML front matter, text, Swahili", sw, false, At::block,
         "---\nkichwa: \"Mizinga ya nyuki\"\nmwandishi: Amani Mwakyusa\nlebo: [nyuki, asali]\ntarehe: 2024-02-11\n---", {"mwandishi:", "lebo:"}},
        {"markdown link definitions, text, Vietnamese", vi, false, At::block,
         "[^1]: https://vidu.vn/tai-lieu/cho-noi.pdf\n[anh-bia]: /static/img/cho_noi_01.jpg", {"[anh-bia]:", "cho_noi_01"}},
        {"config lines, text, Japanese", ja, false, At::after, "listen_port=8080 max_conn = 256 log_level=warn", {"listen_port", "log_level"}},
        // labelled identifiers
        {"a labelled order id, Czech", cs, true, At::after, "ID objednávky: 9b2f6c1e-4d7a-4e8b-a1c3-5f6e7d8c9b0a", {"ID objednávky", "9b2f6c1e"}},
        {"a labelled commit hash, text, Japanese", ja, false, At::after, "コミット: 4e1f9a2c7b3d8e05f6a1", {"コミット", "4e1f9a2c"}},
        // camera file names
        {"a camera file name glued, Ukrainian", uk, true, At::glued, "DSCF4417.JPG", {"DSCF4417"}},
        {"camera file names, text, Vietnamese", vi, false, At::after, "P1020388.JPG P1020391.JPG", {"P1020388", "P1020391"}},
        // pagers with words
        {"a pager with words, Czech", cs, true, At::block, "Předchozí 1 2 3 … 9 Další", {"Předchozí", "Další"}},
        {"a pager with words, text, Japanese", ja, false, At::block, "前へ 1 2 3 4 5 次へ", {"前へ", "次へ"}},
    };
}

std::vector<Lookalike> lookalike_cases() {
    const Article* vi = &kVietnamese;
    const Article* cs = &kCzech;
    const Article* uk = &kUkrainian;
    const Article* fa = &kPersian;
    const Article* ja = &kJapanese;
    const Article* sw = &kSwahili;
    const Article* tl = &kTagalog;
    const Article* pt = &kPortuguese;
    const Article* dev = &kCzechDev;
    return {
        {"one shell command quoted in prose, Czech", dev, true, At::after,
         "Zálohu pak spustíte příkazem pg_dump -Fc knihovna > zaloha.dump a soubor přenesete na jiný disk."},
        {"one shell command in <code>, Czech", dev, true, At::block,
         "<p>Obnovu provedete příkazem <code>pg_restore -d knihovna zaloha.dump</code> na zkušebním počítači.</p>",
         "Obnovu provedete příkazem pg_restore -d knihovna zaloha.dump na zkušebním počítači."},
        {"a proof with symbols, Ukrainian", uk, true, At::after,
         "Якщо a² + b² = c², то для a = 3 і b = 4 маємо c = 5, бо 9 + 16 = 25."},
        {"an equation and its roots, Japanese", ja, true, At::after, "方程式 x² − 5x + 6 = 0 の解は x = 2 と x = 3 である。"},
        {"a football table, Swahili", sw, true, At::block,
         "<table><tr><th>Timu</th><th>M</th><th>S</th><th>F</th><th>Pointi</th></tr><tr><td>Milimani FC</td><td>12</td><td>9</td><td>1</td><td>29</td></tr>"
         "<tr><td>Bondeni United</td><td>12</td><td>7</td><td>3</td><td>24</td></tr></table>",
         "Timu M S F Pointi Milimani FC 12 9 1 29 Bondeni United 12 7 3 24"},
        {"a football table as lines, text, Tagalog", tl, false, At::block,
         "1. Isla FC 12 9 2 1 29\n2. Bangka United 12 7 3 2 24\n3. Daungan SC 12 5 4 3 19"},
        {"a chess game in prose, Czech", cs, true, At::after,
         "Turnaj v čítárně vyhrál pan Dvořák partií 1. e4 e5 2. Jf3 Jc6 3. Sb5 a6 4. Sa4 Jf6 5. O-O Se7 a soupeř se vzdal ve 41. tahu."},
        {"a bus timetable, Japanese", ja, true, At::block,
         "<table><tr><th>停留所</th><th>発車</th></tr><tr><td>駅前</td><td>7:05</td></tr><tr><td>商店街</td><td>7:12</td></tr>"
         "<tr><td>市役所</td><td>7:20</td></tr></table>",
         "停留所 発車 駅前 7:05 商店街 7:12 市役所 7:20"},
        {"bus times in prose, Vietnamese", vi, true, At::after,
         "Xe buýt từ bến tàu chạy lúc 5:30, 6:15, 7:00, 7:45 và 8:30 mỗi sáng."},
        {"chemical formulas in prose, Persian", fa, true, At::after, "در این آزمایش از NaCl، KNO3، CaCO3 و H2O2 استفاده شد."},
        {"a fertiliser list, text, Swahili", sw, false, At::block, "Mbolea zinazotumika: NH4NO3, (NH4)2SO4, KCl na Ca(H2PO4)2."},
        {"a bibliography with ISBNs, Czech", cs, true, At::block,
         "<ul><li>Novák, J.: Dějiny venkovských knihoven. Praha 2011. ISBN 978-80-7422-118-6</li>"
         "<li>Dvořáková, M.: Pošta a obec. Brno 2019. ISBN 978-80-210-9031-4</li></ul>",
         "- Novák, J.: Dějiny venkovských knihoven. Praha 2011. ISBN 978-80-7422-118-6 - Dvořáková, M.: Pošta a obec. Brno 2019. ISBN 978-80-210-9031-4"},
        {"a phone list, text, Tagalog", tl, false, At::block,
         "Munisipyo: 0917 555 0142\nSentrong pangkalusugan: (032) 555 7781\nIstasyon ng pulis: 0998 555 0117"},
        {"a phone list, Ukrainian", uk, true, At::block,
         "<ul><li>Майстерня: +380 44 555 12 34</li><li>Музей: +380 44 555 98 76</li></ul>",
         "- Майстерня: +380 44 555 12 34 - Музей: +380 44 555 98 76"},
        {"a lyric with repeated short lines, text, Swahili", sw, false, At::block,
         "Nyuki wanaimba\nnyuki wanaimba\nasali tamu\nasali tamu\nnyuki wanaimba"},
        {"a lyric with repeated short lines, Japanese", ja, true, At::block,
         "<p>ゆらゆら 湯けむり<br>ゆらゆら 湯けむり<br>今日もおつかれさま</p>", "ゆらゆら 湯けむり ゆらゆら 湯けむり 今日もおつかれさま"},
        {"share prices in prose, Czech", cs, true, At::after, "Akcie ČEZ během dne vzrostly o 1,2 % na 985,50 Kč."},
        {"a temperature and humidity in prose, Swahili", sw, true, At::after, "Siku ya mavuno joto lilikuwa 27,4 °C na unyevu 81%."},
        {"one hashtag in prose, Vietnamese", vi, true, At::after, "Người dân chia sẻ ảnh chợ nổi với thẻ #chonoi trên mạng xã hội."},
        {"a route of towns opening a paragraph, Portuguese", pt, true, At::block,
         "Lisboa › Porto › Braga › Faro: é este o percurso que as caixas de livros fazem em cada mês."},
        {"a route of towns opening a sentence, Czech", cs, true, At::between,
         "Praha › Kolín › Pardubice › Olomouc: tudy putují knihy, které si čtenáři objednají."},
        {"a route of towns opening a paragraph, text, Portuguese", pt, false, At::block,
         "Coimbra › Aveiro › Viseu › Guarda: estas são as paragens da nova linha do interior."},
        {"one file name in prose, Persian", fa, true, At::after, "عکس قدیمی ایستگاه با نام IMG_0457.JPG در آرشیو شهرداری نگهداری می‌شود."},
    };
}

// On main (e4a4857), before any rule for them: debris cut whole 17 of 36 (3 more only in part:
// dollar-brace placeholders with their label words, a glued Persian hashtag run, markdown link
// definitions), look-alikes kept 19 of 23 (a bibliography list is lost by extraction, a lyric's
// repeated lines in text input by the repeated-block filter, and two routes of towns opening a
// paragraph lose three names as a breadcrumb trail). One article loses a word: the Persian
// hashtag run glued behind a sentence's stop takes the sentence's last word.
// With a word's joiners and combining marks kept before debris glued behind its stop, and a
// route's last name closed by a colon (glued_words.cpp, breadcrumb_heads.cpp): 18 of 36, 21 of 23
// look-alikes kept, no article loses a word; with hashtag runs and numbered file names as
// segments of their own (hashtag_runs.cpp, file_name_runs.cpp): 21; a hex dump led by its
// printable column (garbage_runs.cpp): 22; share bars with labels of several words or a unit
// apart (counter_runs.cpp): 24; a pager's label words with marked numbers (page_numbers.cpp): 25;
// format specs (format_specs.cpp): 27; markup source in text input (markup_source.cpp): 29;
// quote tickers (ticker_runs.cpp): 31 of 36 (1 more in part: dollar-brace placeholders leave
// their two label words). Left: an SQL state error and an SQL syntax error, a browser console
// error, CSS rules in text input after a Japanese sentence. Look-alikes still cut: the
// bibliography list (lost by extraction) and the lyric's repeated lines in text input (by the
// repeated-block filter), neither a garbage rule's.
// Round 6's exception line before a frame (error_traces.cpp, written from round 6's cases) also
// takes the browser console error: 32 of 36.
constexpr int kDebrisFloor = 32;
constexpr int kLookalikeFloor = 21;

}  // namespace

TEST_CASE("fresh garbage shapes, round 5: the article stays whole, and at least the floor of the debris goes") {
    const DebrisTally t = tally_debris(debris_cases());
    MESSAGE("fresh debris (round 5) cut whole: ", t.cut, ", partly: ", t.partly, ", of ", t.all, t.report);
    CHECK(t.cut >= kDebrisFloor);
}

TEST_CASE("fresh look-alikes of garbage, round 5, stay whole, at least the floor of them") {
    const LookalikeTally t = tally_lookalikes(lookalike_cases());
    MESSAGE("fresh look-alikes (round 5) kept: ", t.kept, " of ", t.all, t.report);
    CHECK(t.kept >= kLookalikeFloor);
}
