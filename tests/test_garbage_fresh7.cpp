// Garbage shapes, round 7: shapes no earlier round tried, written in other languages and wordings
// before any rule for them, so that a rule is measured on text it was not made from: minified CSS
// with custom properties and a bundler's chunk, placeholders of ERB, Blade, Freemarker, Velocity,
// Smarty and Go templates, spreadsheet formulas and error values, pipe- and tab-separated rows,
// shell and PowerShell sessions with their prompts, HTTP response headers, Go, Rust, Swift and
// Elixir crashes, base64 and hex dumps broken across lines, an analytics hit's query string,
// LaTeX table residue, wiki infobox, table and link markup, mojibake'd JSON, quoted-printable
// mail text, logfmt, nginx, Apache, log4j, container and cluster log lines, vCard, iCalendar,
// robots.txt, Dockerfile and npm output, SVG path data, GPS sentences, a PGP signature and a
// disassembly. Ukrainian, Thai, Vietnamese, Turkish, Hebrew, Tamil, Portuguese, Czech,
// Japanese, English; before, inside, between and after sentences, glued, and as blocks.
// Look-alikes beside each: prose about code with inline identifiers, chemical formulas and an
// equation, match scores and a results table, legal citations, bible verses, addresses, phone
// lists, timetables, math in prose, version histories as prose, a knitting pattern, chords.
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

const Article kUkrainian{"uk", "Шкільна пасіка на краю села", " ",
    {{"За шкільним садом у Вербівці стоїть дванадцять вуликів, за якими доглядають учні.",
      "Пасіку заснував учитель біології, який змалку допомагав батькові з бджолами."},
     {"Навесні діти вчаться оглядати рамки й шукати матку серед тисяч бджіл.",
      "Найсміливіші вже самі знімають рої з гілок старої груші."},
     {"Влітку мед качають на шкільній кухні, а потім розливають у невеликі банки.",
      "Частину продають на ярмарку, а гроші йдуть на нові вулики."},
     {"Громада хоче посадити вздовж дороги липи, щоб бджолам було що збирати.",
      "Учні вже склали список дерев і кущів, які цвітуть у різні місяці."}}};

const Article kThai{"th", "ตลาดน้ำริมคลองกลับมาคึกคักอีกครั้ง", " ",
    {{"ตลาดน้ำเก่าแก่ริมคลองแห่งนี้เคยเงียบเหงาไปเกือบสิบปี",
      "ปีนี้ชาวบ้านรวมตัวกันฟื้นฟูให้กลับมามีชีวิตอีกครั้ง"},
     {"แม่ค้าพายเรือนำผลไม้และขนมไทยมาขายตั้งแต่เช้ามืด",
      "นักท่องเที่ยวสามารถนั่งกินก๋วยเตี๋ยวเรือบนท่าน้ำได้"},
     {"เด็กๆ ในชุมชนช่วยกันเก็บขยะในคลองทุกวันอาทิตย์",
      "น้ำในคลองจึงใสขึ้นกว่าเมื่อก่อนมาก"},
     {"องค์การบริหารส่วนตำบลวางแผนสร้างสะพานไม้ข้ามคลองเพิ่ม",
      "ชาวบ้านหวังว่าตลาดจะเป็นที่รู้จักมากขึ้นในหมู่คนรุ่นใหม่"}}};

const Article kVietnamese{"vi", "Làng gốm ven sông giữ lửa nghề truyền thống", " ",
    {{"Ở làng gốm ven sông, những lò nung cổ vẫn đỏ lửa suốt bốn mùa.",
      "Nhiều gia đình đã làm gốm qua năm đời mà chưa từng bỏ nghề."},
     {"Đất sét được chở bằng thuyền từ bãi bồi phía thượng nguồn.",
      "Người thợ nhào đất bằng chân trước khi đưa lên bàn xoay."},
     {"Mỗi mẻ gốm phải nung liền ba ngày ba đêm, không được để tắt lửa.",
      "Con cháu thay nhau canh lò, vừa trông lửa vừa học bài."},
     {"Hợp tác xã của làng vừa mở một cửa hàng nhỏ gần bến đò.",
      "Khách du lịch có thể tự nặn một chiếc bát và mang về làm kỷ niệm."}}};

const Article kTurkish{"tr", "Köyün taş fırını yeniden ekmek pişiriyor", " ",
    {{"Köy meydanındaki taş fırın, yirmi yıl kapalı kaldıktan sonra yeniden yakıldı.",
      "Fırını eski muhtarın torunu ve iki arkadaşı onardı."},
     {"Kubbenin çatlak tuğlaları tek tek sökülüp yerine yenileri örüldü.",
      "Harcı yaşlı bir usta, kendi babasından öğrendiği tarifle karıştırdı."},
     {"Her cumartesi sabahı köylüler hamurlarını tahta teknelerle getiriyor.",
      "Fırının önünde sıra beklerken çay içip sohbet ediyorlar."},
     {"Belediye fırının yanına küçük bir kapalı alan yapmayı planlıyor.",
      "Gençler ise kışın da ekmek pişirmenin yollarını arıyor."}}};

const Article kHebrew{"he", "ספרייה קטנה בתחנת האוטובוס", " ",
    {{"בתחנת האוטובוס שליד בית הספר עומד עכשיו ארון עץ מלא בספרים.",
      "את הארון בנו שני שכנים מקרשים של משטחים ישנים."},
     {"כל אחד יכול לקחת ספר ולהחזיר אותו מתי שירצה.",
      "רוב הספרים נתרמו על ידי משפחות מהשכונה."},
     {"בבקרים ממתינים התלמידים לאוטובוס וקוראים כמה עמודים.",
      "נהגי הקו כבר מכירים את הארון ולפעמים מביאים ספרים משלהם."},
     {"העירייה מתכננת להציב ארונות דומים בעוד חמש תחנות.",
      "המתנדבים מבקשים לתרום בעיקר ספרי ילדים ונוער."}}};

const Article kTamil{"ta", "கிராமத்தின் பழைய குளம் மீண்டும் நிரம்பியது", " ",
    {{"பல ஆண்டுகளாக வறண்டு கிடந்த கிராமத்தின் பழைய குளம் இந்த மழைக்காலத்தில் நிரம்பியது.",
      "இளைஞர்கள் கோடையில் குளத்தைத் தூர்வாரியதே இதற்குக் காரணம்."},
     {"குளத்துக்குத் தண்ணீர் வரும் கால்வாய்களும் சுத்தம் செய்யப்பட்டன.",
      "முதியவர்கள் பழைய நீர்வழிகளின் இடங்களை நினைவிலிருந்து காட்டினர்."},
     {"இப்போது கிராமத்துப் பெண்கள் குளக்கரையில் மரக்கன்றுகளை நட்டு வருகின்றனர்.",
      "பள்ளிக் குழந்தைகள் ஒவ்வொரு மரத்துக்கும் பெயர் வைத்துள்ளனர்."},
     {"ஊராட்சி குளத்தைச் சுற்றி நடைபாதை அமைக்கத் திட்டமிட்டுள்ளது.",
      "விவசாயிகள் அடுத்த பருவத்தில் இரண்டு போகம் நெல் விதைக்க நம்புகின்றனர்."}}};

const Article kPortuguese{"pt", "A antiga estação de comboios virou biblioteca", " ",
    {{"A estação de comboios da vila, fechada desde 1990, reabriu como biblioteca municipal.",
      "Os azulejos azuis da fachada foram limpos um a um por voluntários."},
     {"Na antiga bilheteira funciona agora o balcão de empréstimos.",
      "A sala de espera ganhou estantes de madeira e poltronas confortáveis."},
     {"Aos sábados, um antigo maquinista conta às crianças histórias da linha.",
      "Muitos avós trazem os netos e ficam também a ouvir."},
     {"A câmara quer recuperar o armazém de mercadorias para um pequeno auditório.",
      "Os moradores já propuseram um festival de cinema no antigo cais."}}};

const Article kCzech{"cs", "Stará hvězdárna na kopci se znovu otevírá", " ",
    {{"Hvězdárna na kopci nad městem byla dvacet let zavřená a chátrala.",
      "Loni ji převzal spolek astronomů amatérů a začal s opravami."},
     {"Nejvíc práce dala otočná kopule, jejíž kola byla úplně zrezivělá.",
      "Jeden z členů spolku vyrobil nová ložiska ve své dílně."},
     {"Za jasných nocí se teď veřejnost může podívat na Měsíc a Saturn.",
      "Děti nejvíc zajímají prstence, které jsou vidět i malým dalekohledem."},
     {"Město přislíbilo peníze na nový přístup pro vozíčkáře.",
      "Spolek chce příští rok pořádat i kurzy fotografování noční oblohy."}}};

const Article kJapanese{"ja", "商店街の古い銭湯が再開", "",
    {{"商店街の奥にある古い銭湯が、三年ぶりに営業を再開した。",
      "常連客の寄付と地元の大工の協力で、傷んだ浴槽が直された。"},
     {"壁の富士山の絵は、美術大学の学生たちが描き直した。",
      "色は昔の写真を見ながら、できるだけ元に近づけたという。"},
     {"開店の日には、朝から近所のお年寄りが列を作った。",
      "子ども連れの家族も多く、脱衣所はにぎやかな声であふれた。"},
     {"店主は、週に一度は子ども向けの入浴教室を開きたいと話す。",
      "商店街も、銭湯を中心にした夏祭りを計画している。"}}};

const Article kEnglish{"en", "A community orchard on a former car park", " ",
    {{"Five years ago the corner of Mill Lane was a cracked car park that nobody used.",
      "Today it holds forty fruit trees planted by the people who live around it."},
     {"The volunteers broke up the tarmac by hand and brought in soil from a nearby farm.",
      "Apples, pears and two stubborn quinces grow there now."},
     {"Every autumn the street holds a pressing day and shares the juice.",
      "Children carry the baskets, and the oldest neighbours judge the best apple."},
     {"The council has asked the group to advise three other streets.",
      "The volunteers say the hardest part was getting the first ten people to turn up."}}};

// Programming tutorials: their identifiers, numbers and versions are content.
const Article kEnglishDev{"en", "Reading sensor logs with a short script", " ",
    {{"Our weather station writes one reading a minute to a plain text file.",
      "This guide shows how a short script turns that file into a daily summary."},
     {"We start by reading the file and skipping lines that cannot be parsed.",
      "Then we group the readings by day and compute the averages."},
     {"The last step writes a small report that anyone can open in a browser.",
      "Each part is short and can be tested on its own."}}};

const Article kCzechDev{"cs", "Jak zpracovat data z meteostanice", " ",
    {{"Meteostanice na střeše školy ukládá každou minutu jedno měření.",
      "V tomto návodu z nich skriptem vytvoříme denní přehled."},
     {"Nejdřív načteme soubor a přeskočíme řádky, které nejdou přečíst.",
      "Potom měření seskupíme podle dnů a spočítáme průměry."},
     {"Nakonec vznikne krátká zpráva, kterou si každý otevře v prohlížeči.",
      "Každý krok je krátký a dá se vyzkoušet samostatně."}}};

std::vector<Debris> debris_cases() {
    const Article* uk = &kUkrainian;
    const Article* th = &kThai;
    const Article* vi = &kVietnamese;
    const Article* tr = &kTurkish;
    const Article* he = &kHebrew;
    const Article* ta = &kTamil;
    const Article* pt = &kPortuguese;
    const Article* cs = &kCzech;
    const Article* ja = &kJapanese;
    const Article* en = &kEnglish;
    return {
        // crashes of other runtimes
        {"a Go panic, Ukrainian", uk, true, At::after,
         "panic: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV: segmentation violation "
         "code=0x1 addr=0x0 pc=0x6f2a1c] goroutine 1 [running]: main.main() /home/build/pasika/main.go:41 +0x1d",
         {"panic:", "goroutine", "main.go"}},
        {"a Rust panic, Thai", th, true, At::after,
         "thread 'main' panicked at src/main.rs:27:41: called `Option::unwrap()` on a `None` value note: run with "
         "`RUST_BACKTRACE=1` environment variable to display a backtrace",
         {"panicked", "unwrap", "RUST_BACKTRACE"}},
        {"a Swift fatal error, Vietnamese", vi, true, At::between,
         "Fatal error: Unexpectedly found nil while implicitly unwrapping an Optional value: file GomApp/ProductViewController.swift, line 58",
         {"Fatal error", "Optional value", "ViewController"}},
        {"an Elixir error as a block, text, Turkish", tr, false, At::block,
         "** (FunctionClauseError) no function clause matching in Firin.Ekmek.pisir/2\n"
         "    (firin 0.3.1) lib/firin/ekmek.ex:14: Firin.Ekmek.pisir(%{tip: :somun}, nil)\n"
         "    (elixir 1.16.1) lib/enum.ex:1700: Enum.\"-map/2-lists^map/1-1-\"/2",
         {"FunctionClauseError", "ekmek.ex", "lib/enum.ex"}},
        // templates of other engines
        {"ERB placeholders before a sentence, Turkish", tr, true, At::before,
         "<%= @yazi.baslik %> <%= render partial: \"paylas\" %> ", {"<%=", "render partial"}},
        {"Blade directives glued, text, Vietnamese", vi, false, At::glued,
         "{!! $post->noi_dung !!} @include('partials.share', ['id' => $post->id])", {"{!!", "@include", "$post"}},
        {"Freemarker placeholders glued, Hebrew", he, true, At::glued,
         "${book.author!\"anonymous\"}<#if book.available>", {"${book", "<#if"}},
        {"Velocity directives glued, text, Tamil", ta, false, At::glued, "#set($title = $post.title)$!{post.summary}",
         {"#set(", "$!{post"}},
        {"Smarty placeholders before a sentence, Czech", cs, true, At::before,
         "{$clanek.titulek|escape:'html'} {foreach $clanek.stitky as $s}{$s}{/foreach} ", {"{$clanek", "{foreach"}},
        {"Go template actions glued, Japanese", ja, true, At::glued, "{{ .Title }}{{ range .Tags }}{{ . }}{{ end }}",
         {"{{ .Title", "range .Tags"}},
        // spreadsheets and rows
        {"a spreadsheet formula in Turkish, Turkish", tr, true, At::after,
         "=EĞERHATA(DÜŞEYARA(A2;Fiyatlar!$A$2:$C$500;3;YANLIŞ);\"-\")", {"DÜŞEYARA", "$A$2"}},
        {"a formula and error values, text, Czech", cs, false, At::after,
         "=SUMIFS(D2:D200,B2:B200,\"Praha\",C2:C200,\">=\"&F1) #DIV/0! #REF!", {"SUMIFS", "#DIV/0!", "#REF!"}},
        {"pipe-separated rows, Thai", th, true, At::after, "รหัส|ชื่อ|ราคา|สถานะ 1021|มะม่วง|45.00|OK 1022|ทุเรียน|180.00|OK",
         {"|ราคา|", "|180.00|"}},
        {"tab-separated rows as a block, text, Czech", cs, false, At::block,
         "den\tteplota\tvlhkost\ttlak\n2025-03-01\t4.2\t81\t1017\n2025-03-02\t5.0\t77\t1015\n2025-03-03\t3.1\t88\t1009",
         {"vlhkost", "1017", "1009"}},
        // shells and protocols
        {"a root shell prompt glued, Thai", th, true, At::glued,
         "root@talad:~# systemctl restart nginx && tail -n 2 /var/log/nginx/error.log", {"root@talad", "systemctl"}},
        {"a PowerShell prompt, Hebrew", he, true, At::after,
         "PS C:\\Users\\noa> Get-ChildItem -Path .\\sfarim -Recurse | Measure-Object -Property Length -Sum",
         {"PS C:", "Get-ChildItem", "Measure-Object"}},
        {"a shell session as a block, text, English", en, false, At::block,
         "$ curl -sI https://orchard.example/\nHTTP/2 200\ncontent-type: text/html; charset=utf-8\n$ echo $?\n0",
         {"curl -sI", "content-type", "echo $?"}},
        {"HTTP response headers as a block, text, Thai", th, false, At::block,
         "HTTP/1.1 301 Moved Permanently\nServer: nginx/1.24.0\nLocation: https://talad.example/th/\n"
         "Set-Cookie: PHPSESSID=9k2fj3; path=/; HttpOnly\nCache-Control: no-store",
         {"HTTP/1.1", "Set-Cookie", "Cache-Control"}},
        {"an analytics hit's query string, Vietnamese", vi, true, At::after,
         "v=2&tid=G-7QX2B4K9LM&gtm=45je4370&_p=1709555467&cid=1843920017.1709555460&ul=vi-vn&sr=1536x864&en=page_view&_ee=1"
         "&dl=https%3A%2F%2Flanggom.example%2Fbai-viet",
         {"tid=G-", "page_view", "_ee=1"}},
        {"quoted-printable mail text, Czech", cs, true, At::after,
         "Dobr=C3=BD den, hv=C4=9Bzd=C3=A1rna bude otev=C5=99ena od =\n18:00 =E2=80=93 v=C3=ADce na webu.",
         {"=C3=BD", "=C5=99", "=E2=80"}},
        // dumps
        {"base64 broken across lines as a block, text, Tamil", ta, false, At::block,
         "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h\nAAAABHNCSVQICAgIfAhkiAAAAAlwSFlzAAAOxAAADsQB\n"
         "lSsOGwAAABl0RVh0U29mdHdhcmUAd3d3Lmlua3NjYXBl",
         {"iVBORw0", "AAAABHNC", "lSsOGw"}},
        {"a hex dump as a block, text, Vietnamese", vi, false, At::block,
         "00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|\n"
         "00000010  00 00 01 f4 00 00 01 2c  08 06 00 00 00 5b 0e 9a  |.......,.....[..|",
         {"00000000", "IHDR", "00000010"}},
        {"a PGP signature in a paragraph, English", en, true, At::block,
         "-----BEGIN PGP SIGNATURE----- iQIzBAEBCAAdFiEE4Kx9pQ2vLr8mN3sT4uW6yZ1aB3cFAmXlq0MACgkQ7gH9iJ0kL2mN4v8P/2Fq "
         "=Xk3p -----END PGP SIGNATURE-----",
         {"BEGIN PGP", "iQIzBAEB", "END PGP"}},
        {"a disassembly, text, Hebrew", he, false, At::after,
         "0x0000555555555149 <+0>: push rbp 0x000055555555514a <+1>: mov rbp,rsp 0x000055555555514d <+4>: mov DWORD PTR [rbp-0x14],edi",
         {"<+0>", "mov rbp", "DWORD PTR"}},
        {"SVG path data glued, Portuguese", pt, true, At::glued,
         "M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-1 15h2v-6h-2v6z", {"6.48", "17.52", "v6z"}},
        {"GPS sentences, English", en, true, At::after,
         "$GPGGA,123519,5130.038,N,00007.390,W,1,08,0.9,45.4,M,46.9,M,,*47 "
         "$GPRMC,123519,A,5130.038,N,00007.390,W,022.4,084.4,040325,003.1,W*6A",
         {"$GPGGA", "$GPRMC"}},
        // markup residue
        {"a wiki infobox as a block, Ukrainian", uk, true, At::block,
         "{{Картка:Населений пункт |назва = Вербівка |населення = 1 204 |координати = {{coord|49|12|N|30|41|E}} }}",
         {"{{coord", "|населення", "Картка:"}},
        {"a wiki table as a block, text, English", en, false, At::block,
         "{| class=\"wikitable sortable\"\n|-\n! Year !! Trees !! Volunteers\n|-\n| 2021 || 40 || 12\n|}",
         {"wikitable", "!! Trees", "|| 40"}},
        {"wiki file and category links, Portuguese", pt, true, At::after,
         "[[Ficheiro:Estacao_antiga.jpg|miniaturadaimagem|250px|A estação em 1932]] [[Categoria:Estações ferroviárias de Portugal]]",
         {"[[Ficheiro", "250px", "[[Categoria"}},
        {"LaTeX table residue, Tamil", ta, true, At::after,
         "\\begin{tabular}{|l|r|} \\hline ஆண்டு & மழை \\\\ \\hline 2023 & 812 \\\\ \\hline \\end{tabular}",
         {"tabular", "\\hline"}},
        {"mojibake'd JSON, Portuguese", pt, true, At::after,
         "{\"descriÃ§Ã£o\":\"Biblioteca na estaÃ§Ã£o\",\"horÃ¡rio\":\"9h-18h\",\"aberta\":true}",
         {"descri", "9h-18h", "aberta"}},
        {"mojibake'd JSON inside a sentence, text, Ukrainian", uk, false, At::inside,
         "{\"РЅР°Р·РІР°\":\"РџР°СЃС–РєР°\",\"СЂС–Рє\":2019}", {"РЅР°Р", "2019}", "\"назва\""}},
        {"minified CSS with custom properties, Japanese", ja, true, At::after,
         ":root{--main-color:#c0392b;--gap:1.25rem}.sento-card{display:grid;gap:var(--gap)}@media(max-width:600px){.sento-card{gap:.5rem}}",
         {"--main-color", "sento-card"}},
        {"a bundler's chunk, Japanese", ja, true, At::between,
         "(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[405],{5728:function(e,t,n){\"use strict\";n.r(t),"
         "n.d(t,{default:function(){return r}})}}]);",
         {"webpackChunk", "use strict"}},
        // log lines of other formats
        {"a logfmt line between sentences, text, Ukrainian", uk, false, At::between,
         "level=warn ts=2025-03-04T12:31:07.442Z caller=hive.go:88 msg=\"sensor timeout\" retries=3", {"caller=", "retries=3"}},
        {"an nginx error line, English", en, true, At::after,
         "2025/03/04 12:31:07 [error] 2211#2211: *48213 upstream timed out (110: Connection timed out) while reading response "
         "header from upstream, client: 198.51.100.23, server: orchard.example, request: \"GET /news HTTP/2.0\"",
         {"[error] 2211", "upstream timed out", "198.51.100.23"}},
        {"an Apache error line inside a sentence, Czech", cs, true, At::inside,
         "[Tue Mar 04 12:31:07.442918 2025] [proxy_fcgi:error] [pid 2211:tid 140213] [client 203.0.113.5:51234] AH01071: Got "
         "error 'Primary script unknown'",
         {"proxy_fcgi", "AH01071", "Primary script"}},
        {"a log4j line, text, Japanese", ja, false, At::after,
         "2025-03-04 12:31:07,442 WARN  [http-nio-8080-exec-7] o.h.e.j.s.SqlExceptionHelper - SQL Error: 0, SQLState: 08006",
         {"SqlExceptionHelper", "SQLState", "http-nio"}},
        {"a container's log line, Turkish", tr, true, At::after,
         "web-1  | 172.18.0.1 - - [04/Mar/2025:12:31:07 +0000] \"GET /favicon.ico HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0\"",
         {"web-1", "favicon.ico", "172.18.0.1"}},
        {"a cluster event line inside a sentence, Tamil", ta, true, At::inside,
         "Warning  BackOff  3m12s (x41 over 13m)  kubelet  Back-off restarting failed container kulam-api in pod kulam-api-7d9f8c6b5-x2k4q",
         {"BackOff", "kubelet", "x2k4q"}},
        // records and build files
        {"a vCard as a block, text, Hebrew", he, false, At::block,
         "BEGIN:VCARD\nVERSION:3.0\nFN:Sifriya Tahana\nTEL;TYPE=CELL:+972-50-555-0143\nEND:VCARD", {"BEGIN:VCARD", "TEL;TYPE", "END:VCARD"}},
        {"an iCalendar event, Hebrew", he, true, At::after,
         "BEGIN:VEVENT DTSTART;TZID=Asia/Jerusalem:20250304T170000 DTEND;TZID=Asia/Jerusalem:20250304T190000 SUMMARY:Sipur LaYeladim END:VEVENT",
         {"BEGIN:VEVENT", "DTSTART", "SUMMARY:"}},
        {"robots.txt lines as a block, text, Turkish", tr, false, At::block,
         "User-agent: *\nDisallow: /yonetim/\nDisallow: /*?sira=\nSitemap: https://firin.example/sitemap.xml",
         {"User-agent", "Disallow", "Sitemap:"}},
        {"a Dockerfile as a block, text, Portuguese", pt, false, At::block,
         "FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCMD [\"node\", \"server.js\"]",
         {"FROM node", "npm ci", "server.js"}},
        {"npm's install output, Portuguese", pt, true, At::after,
         "added 1423 packages, and audited 1424 packages in 38s 187 packages are looking for funding run `npm fund` for details "
         "found 0 vulnerabilities",
         {"audited", "npm fund", "vulnerabilities"}},
    };
}

std::vector<Lookalike> lookalike_cases() {
    const Article* uk = &kUkrainian;
    const Article* th = &kThai;
    const Article* vi = &kVietnamese;
    const Article* tr = &kTurkish;
    const Article* he = &kHebrew;
    const Article* ta = &kTamil;
    const Article* pt = &kPortuguese;
    const Article* cs = &kCzech;
    const Article* ja = &kJapanese;
    const Article* en = &kEnglish;
    const Article* dev = &kEnglishDev;
    const Article* csdev = &kCzechDev;
    return {
        // prose about code and versions
        {"prose about code with inline identifiers, English", dev, true, At::after,
         "If read_rows() returns an empty list, statistics.mean(values) raises a StatisticsError, so the script checks len(values) > 0 first."},
        {"prose about code with inline identifiers, text, Czech", csdev, false, At::after,
         "Funkce nacti_data() vrací seznam slovníků a klíč 'datum' v nich má formát RRRR-MM-DD, takže řazení podle řetězce funguje."},
        {"a version history as prose, English", dev, true, At::after,
         "Version 1.2 added the CSV export, 1.3.0 fixed the date parsing on Windows, and 2.0.0-rc.1 dropped support for Python 3.7."},
        {"a version history as prose, Japanese", ja, true, At::after,
         "予約アプリは2023年にv1.0を公開し、v1.4で予約機能を、v2.0.1で多言語対応を追加した。"},
        // chemistry and math
        {"glaze chemistry, Vietnamese", vi, true, At::after,
         "Men gốm được pha từ SiO2, Al2O3, CaCO3 và một ít Fe2O3 để có màu nâu đỏ."},
        {"a fermentation equation, text, Turkish", tr, false, At::after,
         "Mayalanma sırasında C6H12O6 → 2 C2H5OH + 2 CO2 tepkimesi gerçekleşir ve hamur kabarır."},
        {"arithmetic in prose, Vietnamese", vi, true, At::between,
         "Nếu mỗi lò nung được 120 sản phẩm và tỉ lệ hỏng là 5%, thì sau 3 mẻ còn 3 × 120 × 0,95 = 342 sản phẩm tốt."},
        {"area and volume in prose, Tamil", ta, true, At::after,
         "குளத்தின் பரப்பு 40 மீ × 25 மீ = 1000 ச.மீ, ஆழம் 2 மீ என்றால் கொள்ளளவு 2000 கன மீட்டர்."},
        {"a theorem in prose, English", en, true, At::after,
         "The triangle of land follows a² + b² = c², with sides of 30, 40 and 50 metres."},
        // sports
        {"match scores in prose, Turkish", tr, true, At::after, "Maç sonuçları: Göztepe 2-1 Altay, Karşıyaka 0-0 Bucaspor, Menemen 1-3 Manisa."},
        {"a results list as a block, text, Portuguese", pt, false, At::block,
         "Resultados da jornada:\nBenfica 2–1 Porto\nSporting 3–0 Braga\nVitória 1–1 Boavista"},
        // law and scripture
        {"a legal citation, Portuguese", pt, true, At::after,
         "A decisão baseou-se no art. 5.º, n.º 2, da Lei n.º 107/2001, de 8 de setembro, e no Decreto-Lei n.º 309/2009."},
        {"a legal citation, text, Czech", cs, false, At::after,
         "Podle § 2910 zákona č. 89/2012 Sb. a čl. 11 odst. 4 Listiny základních práv a svobod musí obec škodu nahradit."},
        {"a case citation, English", en, true, At::after,
         "The council relied on section 106 of the Town and Country Planning Act 1990 and on Hampton v Surrey CC [2019] EWCA Civ 1204."},
        {"bible verses, Hebrew", he, true, At::after, "בטקס הפתיחה קרא הרב את קהלת ג, א–ח ואת תהלים כג, א–ד."},
        {"bible verses, text, Portuguese", pt, false, At::after, "Na inauguração leram-se Eclesiastes 3:1-8 e Salmos 23:1-4."},
        {"bible verses, English", en, true, At::between, "The vicar read Isaiah 2:4 and Micah 4:3–4 at the planting, the verses about pruning hooks."},
        // addresses, phones, timetables
        {"an address, Ukrainian", uk, true, At::after,
         "Пасіка відкрита для відвідувачів за адресою: вул. Шевченка, 14, с. Вербівка, Черкаська обл., 19020."},
        {"an address, Japanese", ja, true, At::after, "所在地は〒130-0001 東京都墨田区吾妻橋1-2-3です。"},
        {"a phone list as a block, text, Turkish", tr, false, At::block,
         "Fırın: 0 (232) 555 01 43\nMuhtar: 0 (532) 555 19 87\nSağlık ocağı: 0 (232) 555 77 20"},
        {"phone numbers in prose, Hebrew", he, true, At::after, "טלפונים: ספרייה 03-5550143, מוקד עירוני 106, מתנדבים 050-5551987."},
        {"opening hours as a block, text, Czech", cs, false, At::block, "Otevírací doba:\nPo–Pá 18:00–22:00\nSo 19:00–23:00\nNe zavřeno"},
        {"boat times, Thai", th, true, At::after, "เรือออกจากท่าเวลา 06.30 08.00 09.30 และ 11.00 น. ทุกวันเสาร์และอาทิตย์"},
        // crafts and music
        {"a knitting pattern, English", en, true, At::after,
         "The scarf pattern is simple: cast on 40, then *k2, p2* to end, repeat for 120 rows and bind off loosely."},
        {"chords in prose, text, Ukrainian", uk, false, At::after, "Пісню про бджіл грають в акордах Am – Dm – E7 – Am, а приспів у C – G – Am."},
    };
}

// On main (524eb8d), before any rule for them: debris cut whole 16 of 45 (7 more only in part:
// Freemarker placeholders, pipe-separated rows, HTTP headers, quoted-printable text, a bundler's
// chunk, a logfmt line, an nginx line), look-alikes kept 19+4 = 23 of 25 (prose about code loses
// the "()" of read_rows() and nacti_data()). One article loses a sentence: the Japanese one
// written right after a bundler's chunk ("…}}]);色は…") goes with the chunk.
// With lines of a machine's text in a row (machine_line_runs.cpp; "User-agent" a header's name):
// an Elixir error, a vCard, a Dockerfile, HTTP headers, a shell session and a wiki table as text
// blocks go, 22; code closed by ')' ';' ']' '}' ends its token before letters of another script
// (garbage_runs.cpp; and ';' as '}' ']' do in machine_token_stats.cpp): the bundler's chunk goes
// whole, the Japanese sentence stays: 23 of 45, look-alikes still 23 of 25. (Keeping "()" glued
// behind an identifier brings them to 25, but leaves the "()" of the property test's debris:
// garbage left 2.089% -> 2.105%; not taken.) Base64 lines without digits (debris_tokens.cpp)
// change no case here; they lower the property test's garbage left (2.118% -> 2.105% with the
// "()" kept). All together: 2.089% left, 0.100% lost (main: 2.102%, 0.099%).
// Left: Go, Rust and Swift crash messages in words, a lone "#REF!", tab-separated rows (a text
// page reads them as a table), a root prompt glued behind Thai, a PowerShell pipeline's tail,
// one base64 line, a disassembly on one line, SVG path data, LaTeX table rows, an Apache line's
// message, a log4j message's tail, a container's "web-1 |", a cluster event, robots.txt's first
// lines, npm's output; in part: Freemarker, pipe rows, quoted-printable text, logfmt and nginx.
// Round 8 (garbage20): a prompt's command runs on over its plain words and a chain ('&&', '|')
// to its last argument, and a user's name glued behind another script's word starts the prompt
// (machine_records.cpp: the root prompt behind Thai, the PowerShell pipeline's tail); LaTeX
// control words, three or more close together (control_words.cpp): 26 of 45, look-alikes 23.
constexpr int kDebrisFloor = 26;
constexpr int kLookalikeFloor = 23;

}  // namespace

TEST_CASE("fresh garbage shapes, round 7: the article stays whole, and at least the floor of the debris goes") {
    const DebrisTally t = tally_debris(debris_cases());
    MESSAGE("fresh debris (round 7) cut whole: ", t.cut, ", partly: ", t.partly, ", of ", t.all, t.report);
    CHECK(t.cut >= kDebrisFloor);
}

TEST_CASE("fresh look-alikes of garbage, round 7, stay whole, at least the floor of them") {
    const LookalikeTally t = tally_lookalikes(lookalike_cases());
    MESSAGE("fresh look-alikes (round 7) kept: ", t.kept, " of ", t.all, t.report);
    CHECK(t.kept >= kLookalikeFloor);
}
