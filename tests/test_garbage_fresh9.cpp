// Garbage shapes, round 9: shapes no earlier round tried, written in other languages and wordings
// before any rule for them, so that a rule is measured on text it was not made from: notebook
// input and output cells and their tracebacks, Terraform / HCL, Nginx and Apache config, Makefile
// lines, shell prompts with commands and a listing, git log and diff stat lines, CSV with quoted
// fields, sitemap and RSS fragments, Base64 blobs and data URIs, hex bytes, PGP and SSH keys,
// LaTeX math, wiki template and file residue, PHP warnings, printf formats, message keys of a
// translation table, analytics and UTM query strings, WordPress shortcodes. Dutch, Czech,
// Ukrainian, Turkish, Thai, Hebrew, Tamil, Vietnamese, Portuguese, English; before, inside,
// between and after sentences, glued, and as blocks.
// Look-alikes beside each: chess games in notation, chemistry formulas, Bible verse references,
// court case citations, train timetables in prose, knitting patterns, crossword clues, a stock
// table in a finance story, a mathematician's quoted formula, IPA pronunciations, a tutorial's
// inline code word.
// The shares of debris cut and of look-alikes kept are held at their floors.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "filters/filters.hpp"
#include "garbage_fresh_util.hpp"
#include "text_util.hpp"

using namespace winnow;
using namespace winnow::test::garbage_fresh;

namespace {

const Article kDutch{"nl", "Een fietsenwerkplaats in de oude melkfabriek", " ",
    {{"In de oude melkfabriek aan de dijk is sinds april een fietsenwerkplaats voor het hele dorp.",
      "Vrijwilligers repareren er elke woensdagavond banden, remmen en verlichting."},
     {"Het gereedschap kwam van een fietsenmaker die vorig jaar met pensioen ging.",
      "Kinderen leren er zelf een ketting te spannen en een wiel te richten."},
     {"Wie geen geld heeft, betaalt met een uurtje hulp in de werkplaats.",
      "Afgedankte fietsen worden opgeknapt en weggegeven aan nieuwe bewoners."},
     {"De gemeente wil de rest van de fabriek verhuren aan kleine ambachtslieden.",
      "De vrijwilligers hopen dat er ooit ook een naaiatelier bij komt."}}};

const Article kCzech{"cs", "Obecní pekárna znovu peče chleba", " ",
    {{"Stará obecní pekárna na návsi byla zavřená od roku 1994.",
      "Loni ji koupilo družstvo místních rodin a opravilo starou pec."},
     {"Pec se topí bukovým dřevem z obecního lesa.",
      "Každé ráno v pět hodin začíná pekař míchat kvas."},
     {"Chleba se prodává jen v sobotu a bývá vyprodaný do deváté.",
      "Děti ze školy chodí do pekárny péct vánočky před svátky."},
     {"Obec chce vedle pekárny otevřít malou kavárnu.",
      "Družstvo hledá dalšího pekaře, který by pomohl o víkendech."}}};

const Article kUkrainian{"uk", "Бібліотека у старому вагоні", " ",
    {{"На тупиковій колії біля станції стоїть старий вагон, перетворений на бібліотеку.",
      "Його відремонтували залізничники у вільний від роботи час."},
     {"Книжки приносять мешканці селища та переселенці з інших міст.",
      "У вагоні є окремий куток для малюків з м'якими подушками."},
     {"Щосуботи бібліотекарка читає дітям казки вголос.",
      "Старші школярі допомагають їй записувати нові книжки до каталогу."},
     {"Селищна рада обіцяє провести до вагона світло і воду.",
      "Читачі мріють про другий вагон для читальної зали."}}};

const Article kTurkish{"tr", "Köy okulunun bahçesinde bir sera", " ",
    {{"Dağ köyündeki ilkokulun bahçesine geçen sonbahar küçük bir sera kuruldu.",
      "Seranın camlarını velilerden biri eski pencerelerden yaptı."},
     {"Öğrenciler her sabah fidelere su veriyor ve sıcaklığı not ediyor.",
      "Kışın bile domates ve marul yetişiyor."},
     {"Hasadın bir kısmı okulun mutfağında öğle yemeği için kullanılıyor.",
      "Kalan sebzeler köy pazarında satılıyor ve gelir kütüphaneye gidiyor."},
     {"İlçe belediyesi seranın yanına bir yağmur suyu deposu yapmayı planlıyor.",
      "Öğretmenler projeyi komşu köylerin okullarına da anlatmak istiyor."}}};

const Article kThai{"th", "สวนผักบนหลังคาตลาดเก่า", " ",
    {{"หลังคาของตลาดเก่ากลางเมือง ถูกเปลี่ยนเป็นสวนผักของชุมชน เมื่อปีที่แล้ว",
      "แม่ค้าในตลาดช่วยกันขนดินและกระถางขึ้นไปทีละถุง"},
     {"ทุกเช้าผู้สูงอายุในละแวกนั้น ขึ้นไปรดน้ำและเก็บผักบุ้ง",
      "ผักที่เก็บได้ถูกนำไปขายในตลาดชั้นล่างในราคาถูก"},
     {"นักเรียนจากโรงเรียนใกล้เคียง มาเรียนทำปุ๋ยหมักทุกวันศุกร์",
      "เศษผักจากแผงในตลาดกลายเป็นปุ๋ยให้สวนบนหลังคา"},
     {"เทศบาลกำลังพิจารณาติดตั้งถังเก็บน้ำฝนเพิ่มอีกสองถัง",
      "ชาวบ้านหวังว่าสวนแบบนี้จะมีในตลาดอื่นด้วย"}}};

const Article kHebrew{"he", "מקהלת השכונה שרה שוב במקלט הישן", " ",
    {{"המקלט הישן ברחוב הזיתים הפך בחורף האחרון לחדר חזרות של מקהלת השכונה.",
      "השכנים ניקו את הקירות וצבעו אותם בצבעים בהירים."},
     {"המקהלה נפגשת בכל יום שלישי בערב אחרי העבודה.",
      "המנצחת היא מורה למוזיקה שפרשה לפני שנתיים."},
     {"בחגים המקהלה שרה בבית האבות שבקצה הרחוב.",
      "הדיירים מצטרפים לשירים שהם זוכרים מילדותם."},
     {"העירייה הבטיחה להתקין במקלט מזגן חדש עד הקיץ.",
      "חברי המקהלה מקווים להקליט תקליט ראשון בשנה הבאה."}}};

const Article kTamil{"ta", "கிராமத்துக் குளம் மீண்டும் நிரம்பியது", " ",
    {{"பல ஆண்டுகளாக வறண்டு கிடந்த கிராமத்துக் குளம் இந்த மழைக்காலத்தில் நிரம்பியது.",
      "இளைஞர்கள் கோடையில் குளத்தின் சேற்றை அள்ளி கரைகளை உயர்த்தினர்."},
     {"குளத்துக்கு நீர் வரும் கால்வாய்களும் சுத்தம் செய்யப்பட்டன.",
      "பெண்கள் குழு கரையில் பனை மரக் கன்றுகளை நட்டது."},
     {"இப்போது விவசாயிகள் இரண்டாம் போகத்துக்கும் தண்ணீர் பெறுகின்றனர்.",
      "மாலையில் குழந்தைகள் கரையில் விளையாடுகின்றனர்."},
     {"ஊராட்சி குளத்தைச் சுற்றி நடைபாதை அமைக்கத் திட்டமிட்டுள்ளது.",
      "அடுத்த ஆண்டு பக்கத்து ஊரின் குளத்தையும் சீரமைக்க மக்கள் விரும்புகின்றனர்."}}};

const Article kVietnamese{"vi", "Lớp học nổi trên sông", " ",
    {{"Một chiếc thuyền cũ trên sông đã được biến thành lớp học cho trẻ em làng chài.",
      "Các ngư dân cùng nhau sửa mái và đóng thêm bàn ghế."},
     {"Mỗi buổi chiều, một cô giáo về hưu dạy các em đọc và viết.",
      "Những em lớn hơn giúp các em nhỏ làm bài tập."},
     {"Sách vở được gửi từ một trường học ở thành phố.",
      "Vào mùa lũ, thuyền được neo vào gốc cây lớn bên bờ."},
     {"Chính quyền xã dự định hỗ trợ thêm một chiếc thuyền nữa.",
      "Người dân mong lớp học sẽ mở cả vào buổi tối cho người lớn."}}};

const Article kPortuguese{"pt", "Cooperativa de pescadores abre cantina na praia", " ",
    {{"A cooperativa de pescadores da vila abriu uma cantina no antigo armazém de redes.",
      "As mesas foram feitas com madeira de barcos que já não saem para o mar."},
     {"O peixe é comprado todas as manhãs diretamente na lota.",
      "As mulheres dos pescadores cozinham caldeirada e sardinha assada."},
     {"Ao domingo a cantina enche-se de famílias das aldeias vizinhas.",
      "Parte do lucro paga a reparação dos barcos mais velhos."},
     {"A câmara municipal quer pavimentar o caminho até ao armazém.",
      "Os pescadores esperam abrir também uma pequena escola de pesca."}}};

const Article kEnglish{"en", "A chess club meets in the laundrette", " ",
    {{"Every Thursday night the laundrette on Mill Lane turns into a chess club.",
      "The owner leaves the lights on and the tables folded out after closing."},
     {"Players bring their own boards and wait for the dryers to finish.",
      "The youngest member is nine and the oldest has played for seventy years."},
     {"A local café sends over tea and biscuits at half past eight.",
      "Beginners get a short lesson from a retired teacher before the games."},
     {"The club hopes to enter the county league next season.",
      "It still needs a few more clocks and a place to store them."}}};

// Short names for the articles, as the case tables below read them.
const Article* const nl = &kDutch;
const Article* const cs = &kCzech;
const Article* const uk = &kUkrainian;
const Article* const tr = &kTurkish;
const Article* const th = &kThai;
const Article* const he = &kHebrew;
const Article* const ta = &kTamil;
const Article* const vi = &kVietnamese;
const Article* const pt = &kPortuguese;
const Article* const en = &kEnglish;

std::vector<Debris> debris_cases() {
    return {
        // notebooks
        {"notebook cells, English", en, true, At::after,
         "In [3]: df = pd.read_csv(\"games.csv\") In [4]: df.groupby(\"opening\").size() Out[4]: opening Sicilian 41 French 17",
         {"In [3]:", "read_csv", "Out[4]:"}},
        {"a notebook traceback as a block, text, Dutch", nl, false, At::block,
         "---------------------------------------------------------------------------\n"
         "KeyError                                  Traceback (most recent call last)\n"
         "Cell In[7], line 2\n      1 df = pd.read_csv(\"fietsen.csv\")\n----> 2 df[\"prijs\"].mean()\n"
         "KeyError: 'prijs'",
         {"KeyError", "Cell In[7]", "----> 2"}},
        {"a notebook output table as a block, text, Portuguese", pt, false, At::block,
         "Out[12]:\n   id  especie  kg\n0   1  sardinha  12.5\n1   2  carapau   8.0\n2   3  cavala    3.2",
         {"Out[12]:", "especie", "sardinha  12.5"}},
        // infrastructure config
        {"a Terraform resource as a block, text, Czech", cs, false, At::block,
         "resource \"aws_s3_bucket\" \"pekarna\" {\n  bucket = \"pekarna-fotky\"\n  acl    = \"private\"\n  tags = {\n"
         "    Env = \"prod\"\n  }\n}",
         {"aws_s3_bucket", "pekarna-fotky", "Env = "}},
        {"HCL blocks run together, Turkish", tr, true, At::after,
         "variable \"region\" { type = string default = \"eu-central-1\" } provider \"aws\" { region = var.region }",
         {"variable \"region\"", "eu-central-1", "var.region"}},
        {"an Nginx server block, text, Ukrainian", uk, false, At::block,
         "server {\n    listen 443 ssl;\n    server_name vagon.example;\n    location /api/ {\n"
         "        proxy_pass http://127.0.0.1:8000;\n    }\n}",
         {"listen 443", "server_name", "proxy_pass"}},
        {"Nginx directives glued, Portuguese", pt, true, At::glued,
         "location ~ \\.php$ { fastcgi_pass unix:/run/php/php8.2-fpm.sock; include fastcgi_params; }",
         {"location ~", "fastcgi_pass", "fastcgi_params"}},
        {"an Apache virtual host, Vietnamese", vi, true, At::after,
         "<VirtualHost *:80> ServerName lophoc.example DocumentRoot /var/www/html RewriteEngine On "
         "RewriteRule ^(.*)$ https://%{HTTP_HOST}$1 [R=301,L] </VirtualHost>",
         {"VirtualHost", "DocumentRoot", "RewriteRule"}},
        {"Makefile lines as a block, text, Hebrew", he, false, At::block,
         "CC=gcc\nCFLAGS=-O2 -Wall\nall: main.o util.o\n\t$(CC) $(CFLAGS) -o app main.o util.o\nclean:\n\trm -f *.o app",
         {"CFLAGS", "main.o", "rm -f"}},
        {"a Makefile rule glued, Tamil", ta, true, At::glued, "$(BUILD)/%.o: %.c ; $(CC) -c $< -o $@",
         {"$(BUILD)", "$(CC)", "$@"}},
        // shells and version control
        {"a shell prompt with a command inside a sentence, English", en, true, At::inside,
         "anna@laptop:~/club$ sudo apt-get install -y stockfish && make -j4", {"anna@laptop", "apt-get", "make -j4"}},
        {"a shell session with a listing, text, Czech", cs, false, At::block,
         "$ cd pekarna && ls -la\ntotal 24\ndrwxr-xr-x 3 jan jan 4096 Mar  3 10:12 .\n-rw-r--r-- 1 jan jan  812 Mar  3 10:11 README.md",
         {"ls -la", "drwxr-xr-x", "-rw-r--r--"}},
        {"a git log header, Dutch", nl, true, At::after,
         "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 Author: Jan de Vries <jan@fiets.example> Date: Tue Mar 5 14:02:11 2024 +0100",
         {"9fceb02d", "Author:", "+0100"}},
        {"git diff stat lines, text, Turkish", tr, false, At::block,
         " src/sera.c          | 12 ++++++------\n include/sera.h      |  3 ++-\n 2 files changed, 8 insertions(+), 7 deletions(-)",
         {"src/sera.c", "++++++", "insertions(+)"}},
        {"a git one-line log glued, Ukrainian", uk, true, At::glued,
         "a1b2c3d (HEAD -> main, origin/main, tag: v2.3.1) Merge pull request #418 from olena/fix-shelf-index",
         {"a1b2c3d", "HEAD ->", "fix-shelf-index"}},
        // data files
        {"CSV with quoted fields, text, Portuguese", pt, false, At::block,
         "\"id\",\"nome\",\"cidade\",\"valor\"\n\"1\",\"Ana Souza\",\"Porto\",\"12,50\"\n\"2\",\"João Lima\",\"Braga\",\"8,00\"",
         {"\"id\",\"nome\"", "\"Ana Souza\"", "\"8,00\""}},
        {"a CSV row, Thai", th, true, At::after, "\"SKU-0042\",\"ผักบุ้ง\",3,\"฿1,250.00\",\"2024-03-05T10:12:00Z\"",
         {"SKU-0042", "฿1,250.00", "T10:12:00Z"}},
        {"a sitemap entry, Vietnamese", vi, true, At::after,
         "<url><loc>https://lophoc.example/tin-tuc/1</loc><lastmod>2024-03-05</lastmod><changefreq>weekly</changefreq>"
         "<priority>0.8</priority></url>",
         {"<loc>", "<lastmod>", "<priority>"}},
        {"an RSS item as a block, text, Hebrew", he, false, At::block,
         "<item>\n<title>Choir news</title>\n<link>https://choir.example/news/12</link>\n"
         "<guid isPermaLink=\"false\">choir-12</guid>\n<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>\n</item>",
         {"<item>", "<guid", "<pubDate>"}},
        // encodings and keys
        {"a Base64 blob, Tamil", ta, true, At::after,
         "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
         {"iVBORw0KGgo", "ErkJggg=="}},
        {"a data URI glued, Czech", cs, true, At::glued,
         "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
         {"data:image", "R0lGODlh"}},
        {"hex bytes inside a sentence, Turkish", tr, true, At::inside, "0x4D 0x5A 0x90 0x00 0x03 0x00 0x00 0x00 0x04 0x00 0xFF 0xFF",
         {"0x4D", "0x90", "0xFF"}},
        {"a PGP key block, text, Dutch", nl, false, At::block,
         "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGXmQ0gBEAC7vK9ZqL1s8Hc2yTrP3dWm0aFj6nXo4bE5uR7tYc1kLzVw8sQ\n"
         "Nf2pGh3JkL9mQw7eRt5yUi0oPa1sDf4gHj6kL8zXc2vBn3mQ9wEr7tYu1iOp5aS\n=Xk3q\n-----END PGP PUBLIC KEY BLOCK-----",
         {"BEGIN PGP", "mQINBGXm", "END PGP"}},
        {"an SSH public key, Ukrainian", uk, true, At::after,
         "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH3k9sQ2mXwL0pZ8rT4vY7uB1cN6eD5fG2hJ8kL0mN4o olena@laptop",
         {"ssh-ed25519", "AAAAC3Nza", "olena@laptop"}},
        // markup residue
        {"LaTeX display math, Portuguese", pt, true, At::after,
         "\\begin{equation} \\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2} \\end{equation}",
         {"\\begin{equation}", "\\frac{", "\\end{equation}"}},
        {"LaTeX inline math glued, Hebrew", he, true, At::glued, "$\\sum_{i=1}^{n} x_i^2 \\leq \\lambda_{\\max}$",
         {"\\sum_{", "x_i^2", "\\lambda_"}},
        {"a wiki citation template, Dutch", nl, true, At::after,
         "{{cite web|url=https://fiets.example/nieuws|title=Werkplaats|access-date=5 maart 2024|publisher=Dorpskrant}}",
         {"{{cite web", "access-date=", "publisher="}},
        {"a wiki file link before a sentence, Czech", cs, true, At::before, "[[File:Pekarna_2024.jpg|thumb|220px|left]] ",
         {"[[File:", "|thumb", "220px"}},
        {"a wiki infobox as a block, text, Vietnamese", vi, false, At::block,
         "{{Infobox school\n| name = Lớp học nổi\n| established = 2019\n| coordinates = {{coord|10.03|105.78}}\n}}",
         {"{{Infobox", "| established", "{{coord"}},
        {"a PHP warning, Turkish", tr, true, At::after,
         "Warning: Undefined array key \"sera\" in /var/www/html/wp-content/themes/okul/single.php on line 42",
         {"Undefined array key", "/var/www", "single.php"}},
        {"a PHP fatal error glued, Thai", th, true, At::glued,
         "Fatal error: Uncaught Error: Call to undefined function mysql_connect() in /home/site/public_html/db.php:7 "
         "Stack trace: #0 {main} thrown in /home/site/public_html/db.php on line 7",
         {"Fatal error", "mysql_connect", "db.php"}},
        {"printf formats inside a sentence, Tamil", ta, true, At::inside, "%s: %d items (%.2f%%) [%-10s] %08x",
         {"%s:", "%.2f%%", "%08x"}},
        {"positional printf formats, English", en, true, At::after, "%1$s – %2$s | %3$d/%4$d", {"%1$s", "%2$s", "%4$d"}},
        // keys, tracking and shortcodes
        {"message keys after a sentence, Portuguese", pt, true, At::after,
         "article.share.title article.share.twitter common.read_more footer.newsletter.cta",
         {"article.share", "common.read_more", "footer.newsletter"}},
        {"template calls with message keys, Ukrainian", uk, true, At::after,
         "{{ 'news.comments.count' | translate }} {{ t(\"footer.copyright\") }}",
         {"news.comments", "translate }}", "footer.copyright"}},
        {"an analytics pixel's URL, Hebrew", he, true, At::after,
         "https://www.google-analytics.com/collect?v=1&tid=UA-1234567-1&cid=555&t=pageview&dp=%2Fchoir",
         {"google-analytics", "tid=UA-", "t=pageview"}},
        {"a UTM query string glued, Vietnamese", vi, true, At::glued,
         "?utm_source=newsletter&utm_medium=email&utm_campaign=spring_2024&utm_content=btn",
         {"utm_source", "utm_medium", "utm_content"}},
        {"WordPress shortcodes, Dutch", nl, true, At::after,
         "[gallery ids=\"112,113,114\" columns=\"3\" size=\"medium\"] [contact-form-7 id=\"58\" title=\"Contact\"]",
         {"[gallery", "columns=", "contact-form-7"}},
        {"page builder shortcodes as a block, text, Thai", th, false, At::block,
         "[vc_row][vc_column width=\"1/2\"][vc_column_text][/vc_column_text][/vc_column][/vc_row]",
         {"[vc_row]", "vc_column_text", "[/vc_row]"}},
        {"a tracking pixel tag glued, English", en, true, At::glued,
         "<img src=\"https://px.example/p.gif?e=pv&uid=8f3b2c1d&ts=1709555460\" width=\"1\" height=\"1\" />",
         {"p.gif", "uid=8f3b", "height=\"1\""}},
    };
}

std::vector<Lookalike> lookalike_cases() {
    return {
        // games
        {"a chess game in notation, English", en, true, At::after,
         "The final went 1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7, the opening both players knew by heart."},
        {"a chess game as a block, text, English", en, false, At::block,
         "1. d4 d5 2. c4 e6 3. Nc3 Nf6 4. Bg5 Be7 5. e3 O-O 6. Nf3 h6 7. Bh4 b6 8. cxd5 Nxd5 9. Bxe7 Qxe7 1/2-1/2"},
        {"a chess game in Czech notation, Czech", cs, true, At::after,
         "Partie začala 1. d4 d5 2. c4 e6 3. Jc3 Jf6 4. Sg5 Se7 a skončila remízou po 41 tazích."},
        {"crossword clues as a block, text, English", en, false, At::block,
         "Across: 1. Place to wash clothes (10) 5. Piece that moves in an L (6)\nDown: 2. End of the game (4) 3. Timer for players (5)"},
        {"crossword clues, Hebrew", he, true, At::after, "מאוזן: 1. כלי נגינה עם קלידים (5) 4. שיר ערש (3); מאונך: 2. מנצח המקהלה (4)."},
        // science
        {"a chemistry paragraph, Portuguese", pt, true, At::after,
         "Na salmoura, o NaCl dissolve-se em Na⁺ e Cl⁻, e ao grelhar a sardinha a reação 2 H₂O → 2 H₂ + O₂ não acontece."},
        {"chemical formulas in ASCII, Ukrainian", uk, true, At::after,
         "Під час бродіння C6H12O6 → 2 C2H5OH + 2 CO2, тому тісто для пирогів підіймається."},
        {"a mathematician's quoted formula, Turkish", tr, true, At::after,
         "Matematik öğretmeni \"e^(iπ) + 1 = 0 eşitliği beş temel sabiti bir araya getirir\" diyor."},
        {"a quoted formula, English", en, true, At::between,
         "As the teacher put it, “a² + b² = c² holds on a flat board; on a sphere the sum is larger.”"},
        {"IPA pronunciations, English", en, true, At::after,
         "The name is pronounced /ˈlɔːn.dər.ɛt/, and the French say [lɔ̃.də.ʁɛt] with a nasal vowel."},
        {"an IPA pronunciation, Vietnamese", vi, true, At::after, "Từ “thuyền” được phát âm là /tʰwiən˨˩/ theo giọng Hà Nội."},
        // texts and law
        {"Bible verse references, English", en, true, At::after,
         "The readings were Genesis 1:1–2:3; Psalm 23:1–6; Isaiah 40:28–31; John 1:1–14 and Romans 8:28."},
        {"Bible verse references, text, Dutch", nl, false, At::after,
         "De lezingen zijn Jesaja 9:1-6, Titus 2:11-14 en Lucas 2:1-14; de preek gaat over Lucas 2:10."},
        {"a court case citation, English", en, true, At::after,
         "The judge relied on Donoghue v Stevenson [1932] AC 562 (HL) and Caparo Industries plc v Dickman [1990] 2 AC 605."},
        {"a court case citation, Czech", cs, true, At::after,
         "Soud odkázal na rozsudek Nejvyššího soudu sp. zn. 21 Cdo 1234/2019 ze dne 5. 3. 2020 a na nález sp. zn. II. ÚS 567/18."},
        // timetables and crafts
        {"a train timetable in prose, Dutch", nl, true, At::after,
         "De trein vertrekt om 07:12 uit Zwolle (spoor 3), is om 07:48 in Amersfoort en om 08:21 in Utrecht Centraal; de laatste gaat om 23:42."},
        {"a train timetable in prose, Turkish", tr, true, At::after,
         "Tren 06.45'te Ankara'dan kalkıyor, 09.10'da Eskişehir'e, 11.55'te Bilecik'e varıyor; dönüş 17.30'da."},
        {"a train timetable in prose, Thai", th, true, At::after, "รถไฟขบวน 7 ออกจากกรุงเทพฯ เวลา 08:30 น. ถึงเชียงใหม่เวลา 19:30 น."},
        {"a knitting pattern as a block, text, English", en, false, At::block,
         "Row 1: k2, *p2, k2; rep from * to end.\nRow 2: p2, *k2, p2; rep from * to end.\nRep rows 1–2 six times, then k2tog, k to last 2 sts, ssk (38 sts)."},
        {"a knitting pattern, Portuguese", pt, true, At::after,
         "Carreira 1: 2 m. tricô, *2 m. liga, 2 m. tricô*, repetir de * a * até ao fim; carreira 2: tricotar as malhas como se apresentam."},
        // money and scores
        {"a stock table in a finance story, text, English", en, false, At::block,
         "Company    Close     Change\nShell      2,741.5   +1.2%\nUnilever   3,918.0   -0.4%\nBP           512.3   +0.8%"},
        {"stock prices in prose, Vietnamese", vi, true, At::after,
         "VN-Index đóng cửa ở 1.245,67 điểm (+0,84%); VNM tăng 1,2% lên 68.500 đồng, FPT giảm 0,5% còn 96.300 đồng."},
        {"a cricket score in prose, Tamil", ta, true, At::after, "இந்தியா 287/6 (50 ஓவர்), இலங்கை 241 (47.3 ஓவர்) என்று போட்டி முடிந்தது."},
        // code in prose
        {"a tutorial's inline code word, English", en, true, At::block,
         "<p>To read a file line by line, call <code>readline()</code> in a loop until it returns an empty string.</p>",
         "To read a file line by line, call readline() in a loop until it returns an empty string."},
        {"a tutorial's code word in prose, Ukrainian", uk, true, At::after,
         "Функція len() повертає довжину списку, тому цикл зупиняється вчасно."},
        // the edges of the rules made for this round (written with them)
        {"quoted names in a list, Portuguese", pt, true, At::after,
         "Os barcos chamam-se \"Maria\", \"Esperança\", \"Gaivota\" e \"Sol\", como as mães dos pescadores."},
        {"two byte values in a tutorial's prose, English", en, true, At::after,
         "Set the register to 0x1F, then to 0x3F before the reset, and the clock starts."},
        {"a dotted name after a sentence's stop, English", en, true, At::after,
         "Results are posted at club.example.org after each round."},
    };
}

// On main (181c61c), before any rule for them: debris cut whole 21 of 40 (3 more only in part),
// look-alikes kept 23 of the first 25 (a tutorial's call "readline()" and "len()" lose their
// "()" as an empty link's brackets). One article loses a word: "sardinha assada." with an Nginx
// block glued behind its stop ("assada.location ~ …") goes with the block.
// Rows of a data file with quoted fields (quoted_rows.cpp), ASCII armor from its BEGIN frame to
// its END frame, or each frame alone (armor_blocks.cpp; the checksum line "=Xk3q" left between
// two debris blocks goes as their scrap, garbage.cpp), four or more byte literals in a row
// (byte_literals.cpp), change summary lines and their totals (change_stats.cpp), a bar alone
// opening a line as a machine line's mark (a template's "| name = …", machine_line_runs.cpp),
// "$(" and a letter as a template delimiter, a dotted reference as a config value, a tag glued
// before a link, a call's "()" glued to its name kept in inline code, and a sentence's last word
// with debris glued behind its stop left out of the debris: 32 of 40 cut whole (1 in part: the
// notebook cells, whose "In [3]:" prompts lose their "[3]" as footnote markers and leave "In"),
// look-alikes 27 of 28 (three written with these rules: quoted names in prose with spaces, two
// byte values in a sentence, a host name after a stop; "len()" in plain prose still loses its
// "()": kept outside code, a cut statement's "name()" scraps stayed and the property test's
// garbage left rose from 2.089% to 2.105%). Left: a notebook traceback's header,
// a notebook's output table, a shell session with an ls listing, a git log header's Author and
// Date, a git one-line log glued, a PHP fatal error glued behind Thai, an analytics pixel's URL
// (a link alone is prose's).
constexpr int kDebrisFloor = 32;
constexpr int kLookalikeFloor = 27;

}  // namespace

TEST_CASE("fresh garbage shapes, round 9: the article stays whole, and at least the floor of the debris goes") {
    const DebrisTally t = tally_debris(debris_cases());
    MESSAGE("fresh debris (round 9) cut whole: ", t.cut, ", partly: ", t.partly, ", of ", t.all, t.report);
    CHECK(t.cut >= kDebrisFloor);
}

TEST_CASE("fresh look-alikes of garbage, round 9, stay whole, at least the floor of them") {
    const LookalikeTally t = tally_lookalikes(lookalike_cases());
    MESSAGE("fresh look-alikes (round 9) kept: ", t.kept, " of ", t.all, t.report);
    CHECK(t.kept >= kLookalikeFloor);
}

// An END frame whose BEGIN went with another block, standing before a whole key later in the same
// text, is found as well as the whole key.
TEST_CASE("armored blocks: a lone closing frame before a whole block is found too") {
    const std::string text =
        "=Xk3q -----END PGP SIGNATURE----- Dit is gewone tekst over de bibliotheek. "
        "-----BEGIN PUBLIC KEY----- MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE -----END PUBLIC KEY----- einde.";
    std::vector<winnow::detail::TextRange> ranges;
    winnow::detail::find_armor_blocks(text, ranges);
    REQUIRE(ranges.size() == 2);
    std::vector<std::string> found;
    for (const auto& r : ranges) found.push_back(text.substr(r.begin, r.end - r.begin));
    CHECK(std::find(found.begin(), found.end(), "=Xk3q -----END PGP SIGNATURE-----") != found.end());
    CHECK(std::find(found.begin(), found.end(),
                    "-----BEGIN PUBLIC KEY----- MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE -----END PUBLIC KEY-----") != found.end());
}
