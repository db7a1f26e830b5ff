// Garbage shapes, round 2: debris of shapes neither the noise generator (noise_debris.hpp) nor
// round 1 (test_garbage_fresh.cpp) makes, written before any rule for them: log lines (syslog,
// access log, timestamp + level), stack traces, format specs, config and environment lines, CSS
// and minified JS, JSON/YAML, SQL, base64 and hex blobs, UUIDs and hashes, tracking queries,
// template placeholders of several languages, markdown table rows and link definitions in text
// input, LaTeX, escaped and literal tag residue, share counters, emoji rows, pagination, image
// file names and breadcrumbs glued to the first paragraph. The debris sits at a paragraph's end,
// start or middle, or as a block of its own, in HTML and text input, in English, German,
// Spanish, Russian, Chinese, Arabic and Hindi.
// Look-alikes that must stay whole sit beside them: code, config, SQL, a template and a log line
// in the <pre>/<code> of a programming article, a chemical formula, math, version numbers, a DOI
// citation, a street address, a model number, a command quoted in prose, sports and financial
// figures, CJK and Arabic text with their own punctuation and digits.
// The shares of debris cut and of look-alikes kept are the generalization figures; each is held
// at its floor so that a change that lets more through (or cuts more) fails here.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "garbage_fresh_util.hpp"
#include "text_util.hpp"

using namespace winnow;
using namespace winnow::test::garbage_fresh;

namespace {

const Article kEnglish{"en", "A village bakery reopens after the flood", " ",
    {{"When the river burst its banks last spring, the only bakery in the village stood under a metre of "
      "brown water for three days.",
      "The owners, a brother and sister who took it over from their grandfather, lost both ovens and most of "
      "the flour store."},
     {"Neighbours organised a collection within a week, and a retired joiner rebuilt the counters from oak "
      "that had been drying in his barn.",
      "The new oven arrived in September on a lorry that could barely turn into the lane."},
     {"On the first morning after the reopening the queue reached the church before the doors even opened.",
      "By nine o'clock every loaf had been sold and the sister was taking orders for the next day by hand."},
     {"The bakery now closes on Mondays so that the two of them can rest after the busy weekends.",
      "They say they will raise the floor of the shop before the next wet season comes."}}};

const Article kGerman{"de", "Ein Chor für das ganze Viertel", " ",
    {{"Jeden Donnerstagabend trifft sich im Gemeindesaal ein Chor, in dem Rentner, Studenten und ganze "
      "Familien nebeneinander singen.",
      "Gegründet wurde er vor sechs Jahren von einer Musiklehrerin, die keine Vorkenntnisse verlangt."},
     {"Geprobt wird alles, vom Volkslied bis zum Popsong, und die Noten schreibt die Leiterin oft selbst um.",
      "Wer nicht vom Blatt singen kann, lernt die Stimmen über Aufnahmen, die sie an alle verschickt."},
     {"Im Dezember tritt der Chor traditionell auf dem Weihnachtsmarkt vor dem Rathaus auf.",
      "Im vergangenen Jahr standen dort mehr als achtzig Sängerinnen und Sänger auf der Bühne."},
     {"Inzwischen gibt es eine Warteliste, weil der Saal nicht mehr Menschen fasst.",
      "Die Gemeinde sucht deshalb nach einem größeren Raum für die Proben."}}};

const Article kSpanish{"es", "Las salinas vuelven a producir", " ",
    {{"Después de casi medio siglo abandonadas, las antiguas salinas de la costa han vuelto a producir sal "
      "gracias a una cooperativa de vecinos.",
      "El primer verano recogieron unas cuarenta toneladas, casi todas vendidas en los mercados de la comarca."},
     {"Para recuperar las balsas hubo que limpiar los canales a mano y reparar las compuertas de madera.",
      "Los más mayores del pueblo enseñaron a los jóvenes cómo se rastrilla la sal sin romper la costra."},
     {"Las aves también han vuelto, y ahora los flamencos se detienen aquí en su viaje hacia el sur.",
      "Un grupo de ornitólogos cuenta cada semana las especies que pasan por las lagunas."},
     {"La cooperativa quiere abrir un pequeño museo en el almacén donde antes se guardaban los sacos.",
      "Las visitas guiadas empezarán en mayo, si llegan a tiempo los permisos."}}};

const Article kRussian{"ru", "Каток во дворе", " ",
    {{"Каждую зиму жители трёх соседних домов заливают во дворе каток, и к Новому году на нём катается "
      "половина района.",
      "Воду носят из подвала в шлангах, а заливают ночью, когда мороз крепче всего."},
     {"Бортики сделали из старых досок, оставшихся после ремонта детской площадки.",
      "Коньки для тех, у кого своих нет, собирают по знакомым и хранят в кладовке у дворника."},
     {"По выходным здесь играют в хоккей, а по вечерам катаются пары и дети с родителями.",
      "Соседи по очереди дежурят с лопатами, чтобы расчищать лёд после снегопада."},
     {"Районная администрация в этом году выделила на каток прожектор и новые ворота.",
      "Жильцы надеются, что к весне удастся построить и небольшую раздевалку."}}};

const Article kChinese{"zh", "老街上的修表铺", "",
    {{"在老城区一条窄窄的街上，有一家开了四十多年的修表铺。",
      "店主每天早上七点开门，晚上天黑才收摊。"},
     {"他修过的表从几块钱的电子表到上万元的机械表都有。",
      "很多老顾客说，别的地方修不好的表，拿到这里总能修好。"},
     {"近几年来，越来越多的年轻人专门来找他修祖辈留下的旧表。",
      "他说，每一块表背后都有一个家庭的故事。"},
     {"店主的儿子已经开始跟着他学手艺。",
      "父子俩打算明年把店面重新装修一下。"}}};

const Article kArabic{"ar", "مكتبة متنقلة في القرى", " ",
    {{"منذ ثلاث سنوات تجوب حافلة قديمة القرى الجبلية محملة بالكتب، ويقودها معلم متقاعد مع زوجته.",
      "تتوقف الحافلة في كل قرية يوماً واحداً في الأسبوع، ويأتي الأطفال لاستعارة القصص."},
     {"جُمعت الكتب من تبرعات الأهالي والمدارس في المدينة، ويزيد عددها اليوم على خمسة آلاف كتاب.",
      "وقد صنع نجار من القرية رفوفاً خشبية تثبت الكتب أثناء السير في الطرق الوعرة."},
     {"في الصيف تنظم المكتبة أمسيات للقراءة تحت الأشجار، ويحضرها الكبار والصغار.",
      "ويقول المعلم إن أجمل ما في عمله هو رؤية الأطفال ينتظرون الحافلة عند مدخل القرية."},
     {"يأمل الزوجان أن تحصل المكتبة على حافلة ثانية العام المقبل.",
      "فهناك قرى أخرى في الوادي تطلب زيارتها منذ مدة."}}};

const Article kHindi{"hi", "गाँव का सौर कुआँ", " ",
    {{"राजस्थान के एक छोटे गाँव में अब पानी खींचने के लिए डीज़ल पंप की जगह सौर ऊर्जा से चलने वाला पंप लगा है।",
      "पहले किसानों को हर महीने ईंधन पर हज़ारों रुपये खर्च करने पड़ते थे।"},
     {"पंप लगाने का पैसा गाँव की महिलाओं के स्वयं सहायता समूह ने जुटाया।",
      "समूह की सदस्य अब पंप की देखभाल और पानी के बँटवारे का हिसाब खुद रखती हैं।"},
     {"गर्मियों में भी अब खेतों तक पानी पहुँचता है और दूसरी फसल उगाना संभव हो गया है।",
      "कई परिवारों ने इस साल पहली बार सब्ज़ियाँ बेचकर अतिरिक्त कमाई की।"},
     {"पास के गाँवों से लोग यह व्यवस्था देखने आने लगे हैं।",
      "पंचायत अगले साल दो और कुएँ इसी तरह चलाने की योजना बना रही है।"}}};

// A programming article: its code, config and log examples are content.
const Article kCode{"en", "Reading server logs with a short Python script", " ",
    {{"Most servers write one line per event, and a few lines of Python are enough to count the errors "
      "among them.",
      "This tutorial walks through such a script and the small configuration file it reads."},
     {"The script opens the file, reads it line by line and keeps only the lines that carry a level word.",
      "It then counts the levels and prints a short summary at the end."},
     {"Long files are no problem, because the script never holds more than one line in memory.",
      "On a laptop it reads about a million lines in a few seconds."},
     {"The same approach works for access logs once the pattern is adjusted to their columns.",
      "In the next part we will send the summary by mail every morning."}}};

std::vector<Debris> debris_cases() {
    const Article* en = &kEnglish;
    const Article* de = &kGerman;
    const Article* es = &kSpanish;
    const Article* ru = &kRussian;
    const Article* zh = &kChinese;
    const Article* ar = &kArabic;
    const Article* hi = &kHindi;
    return {
        {"a syslog line", es, true, At::glued, "Mar  3 14:22:07 db-2 postgres[4471]: LOG: checkpoint complete: wrote 318 buffers",
         {"postgres[4471]", "318 buffers"}},
        {"an access log line, text", en, false, At::after,
         "203.0.113.7 - - [12/Feb/2025:09:41:55 +0000] \"GET /static/app.css HTTP/1.1\" 200 5123", {"203.0.113.7", "HTTP/1.1"}},
        {"a timestamp and level line", de, true, At::between,
         "2024-06-18T07:03:41.228Z WARN [pool-3] retrying request id=7f3a attempt=2", {"WARN", "attempt=2"}},
        {"a log line at a paragraph's start, text, Hindi", hi, false, At::before,
         "[2023-11-02 10:14:55] ERROR cache miss key=user:4412 ", {"ERROR", "key=user"}},
        {"a Java stack trace", ru, true, At::after,
         "at com.shop.cart.Service.apply(Service.java:212) at java.base/java.lang.Thread.run(Thread.java:833)",
         {"Service.java", "Thread.run"}},
        {"a Python traceback, text, Chinese", zh, false, At::block,
         "Traceback (most recent call last):\n  File \"/srv/app/main.py\", line 48, in <module>\nKeyError: 'price'",
         {"Traceback", "KeyError"}},
        {"format specs", ar, true, At::glued, "%s: %d items (%.2f%%) {0} of {1}", {"%d", "{0}"}},
        {"config lines, text, Hindi", hi, false, At::after, "max_upload_size=64M worker_threads = 8 keepalive_timeout=75s",
         {"max_upload", "keepalive"}},
        {"environment variables", en, true, At::between, "PATH=/usr/local/bin:/usr/bin HOME=/home/deploy NODE_ENV=production",
         {"NODE_ENV", "/usr/local"}},
        {"a CSS rule fragment, text, Spanish", es, false, At::glued,
         ".card__title{font-weight:700;margin:0 0 .5rem;color:#1a1a1a}.card__meta{opacity:.6}", {"card__title", "opacity"}},
        {"a minified JS tail", de, true, At::glued,
         "var _0x3fa1=[\"push\",\"shift\"];(function(a,b){while(--b){a.push(a.shift())}})(_0x3fa1,0x1b3);",
         {"_0x3fa1", "0x1b3"}},
        {"a JSON fragment, text, Russian", ru, false, At::after,
         R"({"id":88213,"slug":"katok-dvor","published":"2024-05-02","tags":[12,40,77]})", {"slug", "88213"}},
        {"a JSON fragment in Chinese", zh, true, At::between, R"({"code":0,"msg":"ok","data":{"list":[],"total":0}})",
         {"\"msg\"", "total"}},
        {"a YAML fragment, text", en, false, At::block,
         "title: \"Bakery notes\"\nlayout: post\ncategories: [village, food]\npermalink: /2024/bakery/", {"layout: post", "permalink"}},
        {"an SQL statement", zh, true, At::after, "SELECT id, title FROM posts WHERE status = 'draft' ORDER BY created_at DESC LIMIT 20;",
         {"SELECT", "LIMIT 20"}},
        {"a base64 data URI", ar, true, At::glued,
         "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
         {"iVBORw0", "base64"}},
        {"a hex blob", hi, true, At::between, "0x4f2a9c1e 0x00ff13b7 0xdeadbeef 0x7a7a0c01", {"0x4f2a", "0xdeadbeef"}},
        {"a UUID and a hash", es, true, At::after, "request 3f9c2a7e-1b44-4e0d-9a6b-52c1d8e07f11 ref 8c1d2e9f0a7b",
         {"3f9c2a7e", "8c1d2e9f0a7b"}},
        {"a commit hash line, text", en, false, At::after, "commit 9b2e41f0c7d3a58e1f6b2c94d07a3e5f81c2b6d0", {"9b2e41f0"}},
        {"a tracking query string", en, true, At::glued, "?ref=hp_rail&src=trending&cmpid=ART_1177&sr_share=twitter",
         {"cmpid", "sr_share"}},
        {"double-brace placeholders, text, German", de, false, At::after, "{{ article.author_name }} · {{ article.read_time }} min",
         {"{{", "read_time"}},
        {"${ } and <% %> placeholders", ru, true, At::between, "${page.subtitle} <% if (user) { %> ${user.name} <% } %>",
         {"${page", "<%"}},
        {"wiki link residue, text, Arabic", ar, false, At::glued, "[[Category:Local_history]] [[File:Harbour_1910.jpg|thumb|right]]",
         {"Category:", "thumb"}},
        {"markdown table rows, text, Hindi", hi, false, At::block, "| वर्ष | संख्या | प्रतिशत |\n|:---|---:|---:|\n| 2021 | 340 | 12.5 |",
         {"|:---|", "| 340"}},
        {"markdown link reference definitions, text", en, false, At::block,
         "[1]: https://example.org/notes/bakery \"Bakery\"\n[flood]: /files/flood-report-2023.pdf", {"[1]:", "flood-report"}},
        {"LaTeX residue", es, true, At::glued, "\\begin{itemize}\\item \\textbf{Nota}\\end{itemize}", {"\\begin", "textbf"}},
        {"escaped tag residue", de, true, At::after, "&lt;div class=&quot;teaser__img&quot;&gt;&lt;/span&gt;",
         {"teaser__img", "&lt;"}},
        {"tag residue, text, Chinese", zh, false, At::glued, "</span></a><br/><span class=\"caption\">", {"</span>", "caption"}},
        {"a share-counter run", en, true, At::between, "12 shares 3 comments 1.2K views 48 likes", {"1.2K", "12 shares"}},
        {"a share-counter run with icons, Russian", ru, true, At::after, "❤ 1,4K 💬 37 🔁 212 👁 15,8K", {"1,4K", "15,8K"}},
        {"an emoji row, text, Spanish", es, false, At::block, "👍👍👍 🔥🔥 😂😂😂😂 🙏", {"🔥🔥", "😂😂"}},
        {"pagination residue", de, true, At::glued, "« 1 2 3 … 17 »", {"« 1", "17 »"}},
        {"pagination residue, text, Chinese", zh, false, At::after, "上一页 1 2 3 4 5 下一页 共 9 页", {"上一页", "共 9"}},
        {"camera file names", hi, true, At::after, "IMG_20230614_181502.jpg DSC04412.JPG", {"IMG_2023", "DSC04412"}},
        {"image file names with sizes, Arabic", ar, true, At::between, "photo-1520x800.webp hero_final_v2@2x.png",
         {"1520x800", "hero_final"}},
        {"breadcrumbs glued to the first paragraph", en, true, At::before, "Home › News › Local › ", {"Home ›", "Local ›"}, 0},
        {"breadcrumbs glued to the first paragraph, text, Spanish", es, false, At::before, "Inicio / Cultura / Patrimonio / ",
         {"Inicio /", "Patrimonio /"}, 0},
    };
}

std::vector<Lookalike> lookalike_cases() {
    const Article* en = &kEnglish;
    const Article* de = &kGerman;
    const Article* es = &kSpanish;
    const Article* ru = &kRussian;
    const Article* zh = &kChinese;
    const Article* ar = &kArabic;
    const Article* hi = &kHindi;
    const Article* code = &kCode;
    return {
        {"Python code in <pre><code>", code, true, At::block,
         "<pre><code>for line in open(\"server.log\"):\n    if \" ERROR \" in line:\n        errors += 1</code></pre>",
         "for line in open(\"server.log\"): if \" ERROR \" in line: errors += 1"},
        {"a config example in <pre>", code, true, At::block, "<pre>[summary]\nlevels = ERROR, WARN\nmax_lines = 500000</pre>",
         "[summary] levels = ERROR, WARN max_lines = 500000"},
        {"a log line in <pre>", code, true, At::block, "<pre>2024-06-18 07:03:41 ERROR disk full on /var/lib</pre>",
         "2024-06-18 07:03:41 ERROR disk full on /var/lib"},
        {"an SQL query in <pre><code>", code, true, At::block, "<pre><code>SELECT level, COUNT(*) FROM events GROUP BY level;</code></pre>",
         "SELECT level, COUNT(*) FROM events GROUP BY level;"},
        {"a template loop in <pre><code>", code, true, At::block,
         "<pre><code>{% for row in rows %}\n  {{ row.level }}: {{ row.count }}\n{% endfor %}</code></pre>",
         "{% for row in rows %} {{ row.level }}: {{ row.count }} {% endfor %}"},
        {"inline <code> in a tutorial paragraph", code, true, At::block,
         "<p>Call <code>json.loads(text)</code> to turn each line into a dictionary, then read <code>data[\"level\"]</code>.</p>",
         "Call json.loads(text) to turn each line into a dictionary, then read data[\"level\"]."},
        {"a file name in a tutorial sentence", code, true, At::after,
         "The script writes its results to report_2024-06.csv next to the input file."},
        {"an address and port in a tutorial sentence", code, true, At::after,
         "Point your browser to http://192.168.1.10:8080 once the server is up."},
        {"a config setting explained in prose, German", de, true, At::after,
         "Im Tutorial setzt man dafür in der Datei nginx.conf den Wert client_max_body_size auf 20m und lädt den Dienst neu."},
        {"a chemical formula, Spanish", es, true, At::after, "El yeso es sulfato de calcio dihidratado, CaSO₄·2H₂O, y se endurece al perder agua."},
        {"a chemical equation, text, Russian", ru, false, At::after, "Реакция Fe₂O₃ + 3CO → 2Fe + 3CO₂ идёт в доменной печи при 1500 °C."},
        {"a math expression, Russian", ru, true, At::after, "Площадь катка равна a × b = 30 м × 18 м = 540 м²."},
        {"version numbers, Chinese", zh, true, At::after, "新版本 2.4.1 修复了这个问题，而 3.0.0-beta.2 增加了离线模式。"},
        {"a citation with a DOI", en, true, At::after,
         "A study of such floods (Marsh et al., 2019, doi:10.1016/j.jhydrol.2019.03.021) found the same pattern."},
        {"a street address, text, German", de, false, At::after, "Der Saal liegt in der Hauptstraße 14a, 37073 Göttingen, im zweiten Stock."},
        {"a product model number, Spanish", es, true, At::between, "Compraron una bomba Grundfos UPS 25-60 180 y un depósito de 300 litros."},
        {"a command quoted in prose, Russian", ru, true, At::after,
         "Чтобы обновить систему, администратор вводит sudo apt update и ждёт несколько минут."},
        {"a cricket result, Hindi", hi, true, At::after, "भारत ने 50 ओवर में 287/6 रन बनाए और मैच 43 रन से जीत लिया।"},
        {"a financial report, German", de, true, At::after,
         "Der Umsatz stieg um 4,7 % auf 12,3 Mio. Euro, das Ergebnis lag bei 1,08 Mio. Euro (Vorjahr: 0,91 Mio.)."},
        {"CJK full-width punctuation, text", zh, false, At::after, "“我们没想到，”店主说，“第一天就来了三百多人！”（见附表２）"},
        {"Arabic digits and percent", ar, true, At::after, "بلغت الميزانية ١٢٫٥ مليون درهم، أي بزيادة ٣٪ عن العام الماضي."},
        {"Devanagari digits, text", hi, false, At::between, "मेले में १२०० लोग आए और ३५ दुकानें लगीं।"},
        {"survey percentages, Russian", ru, true, At::between, "По опросу, 62 % жильцов за, 21 % против, остальные 17 % не ответили."},
        {"opening hours, Spanish", es, true, At::after, "El horario es de 9:00 a 14:30, de lunes a viernes (L–V)."},
        {"an e-mail address in prose", en, true, At::after, "Orders for the weekend go to bread@village-bakery.co.uk or to the shop's phone."},
    };
}

// On main (6a8a37c), before any rule for them: debris cut whole 15 of 37 (5 more only in part),
// look-alikes kept 23 of 25, and one article lost a clause: JSON glued before a Chinese sentence
// took "很多老顾客说，" with it. Look-alikes cut: a DOI citation (its suffix read as a path), and
// a <pre> log line of a programming article (taken by extraction as the page's dateline, not by
// a noise filter).
// With the rules of this branch (a tag split from its attributes, code closed by a brace before
// another script, DOIs as names; in extraction, a <pre> is never a dateline): 18 of 37 cut whole
// (4 partly), 25 of 25 look-alikes kept, no article loses a word. Left: syslog and access-log lines, a minified JS tail after a sentence, a
// YAML block and a markdown table and link definitions in text input, share counters, page
// numbers, breadcrumbs glued before the first sentence; in part: config lines, a UUID's label,
// a commit hash's label, a "{{ }}" placeholder's tail.
// Round 3 (syslog and access-log lines decided as a whole, filters/machine_logs.cpp): 20 of 37;
// with a pager's page numbers (filters/page_numbers.cpp): 21 of 37; with breadcrumb trails before
// the first sentence (filters/breadcrumb_heads.cpp): 23 of 37.
// Round 4 (the label before a cut identifier, reaction bars' counters, config lines whole from
// their first name): 27 of 37, 25 of 25 look-alikes kept.
// Round 5 (garbage16: numbered file names in a row, format specs close together, markup source
// in text input): 31 of 37, 25 of 25 look-alikes kept.
constexpr int kDebrisFloor = 31;
constexpr int kLookalikeFloor = 25;

}  // namespace

TEST_CASE("fresh garbage shapes, round 2: the article stays whole, and at least the floor of the debris goes") {
    const DebrisTally t = tally_debris(debris_cases());
    MESSAGE("fresh debris (round 2) cut whole: ", t.cut, ", partly: ", t.partly, ", of ", t.all, t.report);
    CHECK(t.cut >= kDebrisFloor);
}

TEST_CASE("fresh look-alikes of garbage, round 2, stay whole, at least the floor of them") {
    const LookalikeTally t = tally_lookalikes(lookalike_cases());
    MESSAGE("fresh look-alikes (round 2) kept: ", t.kept, " of ", t.all, t.report);
    CHECK(t.kept >= kLookalikeFloor);
}
