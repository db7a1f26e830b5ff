// Promo boxes that occur once on their page, where repetition gives no evidence: judged by their
// shape and by how far their vocabulary stands from the article's (promo_shapes.cpp). Each
// mechanism in several languages and scripts, with the look-alike of the same shape that stays.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "promo_fresh_util.hpp"

using namespace winnow;

namespace {

using Article = winnow::test::FreshArticle;

const Article kGreek{"el", "Η βιβλιοθήκη του χωριού ανοίγει ξανά",
    {"Η μικρή βιβλιοθήκη του χωριού, κλειστή από τον σεισμό του 2021, άνοιξε ξανά τις πόρτες της το Σάββατο, και οι "
     "πρώτοι αναγνώστες περίμεναν στην πλατεία πριν από τις εννιά.",
     "Οι εθελοντές του πολιτιστικού συλλόγου έβαψαν τους τοίχους, επισκεύασαν τα ράφια και κατέγραψαν ξανά όλα τα "
     "βιβλία, πάνω από τέσσερις χιλιάδες τίτλους.",
     "Η βιβλιοθήκη θα λειτουργεί τρία απογεύματα την εβδομάδα, και ο δήμος υποσχέθηκε να πληρώσει μια υπάλληλο με "
     "μερική απασχόληση από τον Ιανουάριο.",
     "Οι δάσκαλοι του δημοτικού σχολείου σχεδιάζουν ήδη επισκέψεις των μαθητών κάθε Πέμπτη, με ώρα ανάγνωσης και "
     "μικρά εργαστήρια γραφής."}};

const Article kGerman{"de", "Der Dorfladen rettet sich selbst",
    {"Als der letzte Supermarkt im Ort vor zwei Jahren schloss, gründeten die Einwohner eine Genossenschaft und "
     "eröffneten im alten Feuerwehrhaus einen eigenen Dorfladen.",
     "Mehr als dreihundert Mitglieder zahlten je hundert Euro ein, und ein Dutzend Freiwillige teilt sich seither "
     "die Schichten an der Kasse und im Lager.",
     "Der Laden verkauft Brot vom Bäcker aus dem Nachbarort, Gemüse von den Höfen ringsum und alles, was man für "
     "den Alltag braucht, zu Preisen wie in der Stadt.",
     "Im ersten Jahr schrieb die Genossenschaft eine kleine schwarze Null, und nun soll im Hinterhof ein Café mit "
     "zwanzig Plätzen entstehen."}};

const Article kArabic{"ar", "مدرسة القرية تزرع حديقتها",
    {"حوّل تلاميذ مدرسة القرية الساحة الخلفية المهجورة إلى حديقة خضراء، يزرعون فيها الطماطم والنعناع والبقدونس "
     "ويسقونها كل صباح قبل بدء الدروس.",
     "وبدأت الفكرة عندما اقترح معلم العلوم أن يتعلم التلاميذ دورة حياة النبات في الأرض بدلاً من الكتب، فتبرع "
     "الأهالي بالبذور والأدوات.",
     "ويقول مدير المدرسة إن الحضور تحسن منذ بدء المشروع، لأن التلاميذ ينتظرون حصة الحديقة ويحرصون على متابعة "
     "نمو نباتاتهم.",
     "وتبيع المدرسة جزءاً من المحصول في سوق القرية يوم الجمعة، وتستخدم المال لشراء الكتب ومستلزمات المختبر."}};

const Article kHindi{"hi", "पहाड़ी गाँव में पहुँची बस",
    {"पहाड़ी गाँव तक पहली बार सरकारी बस पहुँची, तो गाँव के लोग ढोल बजाते हुए सड़क पर उतर आए और ड्राइवर को फूलों की माला "
     "पहनाई।",
     "अब तक गाँव के बच्चों को स्कूल जाने के लिए रोज़ आठ किलोमीटर पैदल चलना पड़ता था, और बीमारों को खाट पर लिटाकर नीचे "
     "सड़क तक ले जाना पड़ता था।",
     "सड़क बनाने का काम तीन साल पहले शुरू हुआ था, लेकिन बारिश में बार बार भूस्खलन होने से कई महीनों तक काम रुका रहा।",
     "परिवहन विभाग ने कहा है कि अगर यात्री बढ़ते हैं तो सुबह और शाम दो बसें चलाई जाएँगी।"}};

const Article kChinese{"zh", "山村小学有了自己的图书角",
    {"在县城以北的山村小学里，一间闲置多年的教室被改成了图书角，书架上摆满了村民和外地志愿者捐来的两千多本书，孩子们"
     "下课后总是挤在这里看书。",
     "发起这件事的是一位从城里回乡的年轻老师，她发现学校里除了课本几乎没有别的书，就在网上发起募捐，没想到半年就收到了"
     "来自全国各地的包裹。",
     "为了让孩子们养成读书的习惯，学校每周安排两节阅读课，由高年级的学生给低年级的同学讲故事，老师则负责推荐合适的书目。",
     "村里的老人也常常来图书角坐坐，有的翻看养殖和种植的书，有的听孩子们读报，这间小小的教室成了全村人聚会的地方。"}};

const Article kJapanese{"ja", "商店街に小さな映画館が戻った",
    {"二十年前に閉館した商店街の映画館が、地元の若者たちの手で小さなミニシアターとして復活し、初日の上映会には立ち見が出る"
     "ほどの人が集まった。",
     "古い座席や映写機は倉庫に残されていたものを修理して使い、足りない部分は全国の閉館した映画館から譲り受けたという。",
     "上映するのは昔の名作や地元を舞台にした作品が中心で、上映後には監督や出演者を招いて観客と話す時間も設けている。",
     "商店街の店主たちは、映画を見に来た人が帰りに食事や買い物をしていくようになり、通りに久しぶりに活気が戻ったと話す。"}};

const Article kTaiwanese{"zh-TW", "老戲院改成社區食堂",
    {"港口邊那間停業二十年的老戲院，上個月改成了社區食堂，每天中午供應一百份便當，獨居長輩和附近的工人只要五十元就能吃"
     "一頓熱飯。",
     "食堂的廚師都是退休的媽媽志工，菜色跟著市場的當季蔬菜變化，每週還會有一天煮長輩們點名想吃的家鄉菜。",
     "戲院原本的舞台被保留下來，週末晚上會放映老電影，讓在這裡看過電影的老街坊重溫年輕時的回憶。",
     "區公所表示，如果營運順利，明年會在另外兩個里推動類似的食堂，並邀請在地小農直接供應食材。"}};

// Whether `marker` is gone from the cleaned page while every paragraph of the article stays.
bool goes(const Article& a, bool html, const std::vector<std::string>& inserts, const std::string& marker) {
    const std::string input = html ? winnow::test::fresh_html_page(a, inserts) : winnow::test::fresh_text_page(a, inserts);
    const Result r = clean(input);
    REQUIRE(r.ok());
    const std::string out = winnow::test::squeeze(r.document.meta.subtitle + "\n" + to_text(r.document));
    for (const char* p : a.paras) CHECK(out.find(winnow::test::squeeze(p).substr(0, 40)) != std::string::npos);
    return out.find(marker) == std::string::npos;
}

}  // namespace

TEST_CASE("a short line closing on its own address, in words foreign to the article, goes") {
    // Text input: the address is the line's link and button.
    CHECK(goes(kGreek, false, {"", "Διαβάστε όλα τα αθλητικά αποτελέσματα και τις βαθμολογίες της εβδομάδας → https://sport.example/el"}, "αθλητικά"));
    CHECK(goes(kArabic, false, {"", "", "تابعوا أحدث أخبار الاقتصاد والأسواق: https://news.example/economy"}, "الاقتصاد"));
    CHECK(goes(kHindi, false, {"", "मनोरंजन जगत की ताज़ा ख़बरें पढ़ें → https://news.example/entertainment"}, "मनोरंजन"));
    // The pitch on a short line of its own over the line with the address.
    CHECK(goes(kGerman, false, {"", "Guter Journalismus kostet Geld.\nUnterstützen Sie unsere Redaktion monatlich: "
                                    "https://spenden.example/redaktion"},
               "Journalismus"));
    // In HTML, a paragraph with the address written out.
    CHECK(goes(kGerman, true, {"", "<p>Alle Verkehrsmeldungen für Ihre Region finden Sie hier: https://verkehr.example/region</p>"},
               "Verkehrsmeldungen"));
}

TEST_CASE("a short line closing on an address stays when it names the article's subject") {
    // A source or document of the article: its content words (or their stems) are the article's.
    CHECK_FALSE(goes(kGreek, false, {"", "Το πρόγραμμα λειτουργίας της βιβλιοθήκης: https://dimos.example/vivliothiki"},
                     "πρόγραμμα λειτουργίας"));
    CHECK_FALSE(goes(kArabic, false, {"", "", "تقرير المدرسة عن مشروع الحديقة: https://school.example/garden.pdf"},
                     "مشروع الحديقة"));
    CHECK_FALSE(goes(kHindi, false, {"", "", "परिवहन विभाग की बस समय सारणी → https://transport.example/hill"}, "समय सारणी"));
    CHECK_FALSE(goes(kGerman, true, {"", "<p>Die Satzung der Genossenschaft und die Preise im Dorfladen: "
                                         "https://dorfladen.example/satzung</p>"},
                     "Satzung der Genossenschaft"));
    // A quotation with its source's address after it: someone's words, foreign in every word
    // when said in another language.
    CHECK_FALSE(goes(kGerman, false, {"", "\u201EWer nicht wagt, der nicht gewinnt\u201C, sagte mein Großvater. \u2192 "
                                          "https://zitate.example/wagen"},
                     "nicht gewinnt"));
    // An address inside its sentence is prose citing it, whatever its words.
    CHECK_FALSE(goes(kGerman, false, {"", "Die Verkehrsmeldungen unter https://verkehr.example/region werden stündlich erneuert"},
                     "stündlich erneuert"));
}

TEST_CASE("in scripts written without spaces, vocabulary is compared in pairs of characters") {
    // A run there is a clause, never matched whole: pairs of neighbouring characters tell a box's
    // words from the article's.
    CHECK(goes(kChinese, false, {"", "更多财经新闻请关注我们的频道 → https://news.example/finance"}, "财经新闻"));
    CHECK(goes(kJapanese, false, {"", "最新ニュースはアプリでお届けします → https://app.example/ja"}, "最新ニュース"));
    CHECK(goes(kTaiwanese, false, {"", "追蹤我們的粉絲專頁，掌握最新的旅遊優惠 → https://fans.example/travel"}, "旅遊優惠"));
    // The same shapes naming the article's subject stay: its source or document.
    CHECK_FALSE(goes(kChinese, false, {"", "图书角的捐书名单和书目：https://school.example/books"}, "捐书名单"));
    CHECK_FALSE(goes(kJapanese, false, {"", "映画館の上映スケジュール：https://cinema.example/schedule"}, "上映スケジュール"));
    CHECK_FALSE(goes(kTaiwanese, false, {"", "社區食堂的每週菜單：https://district.example/menu"}, "每週菜單"));
}

TEST_CASE("an address written without its scheme is a line's way out as a full one is") {
    // ("t.me/name", "instagram.com/page": a dotted host with a letter domain, then a path.)
    CHECK(goes(kGreek, false, {"", "📢 Ακολουθήστε το κανάλι μας στο Telegram: t.me/chorio_news"}, "κανάλι μας"));
    CHECK(goes(kArabic, false, {"", "", "شاهدوا المزيد من الصور والفيديوهات على صفحتنا: instagram.com/qarya_news"}, "الفيديوهات"));
    CHECK(goes(kGerman, false, {"", "Wöchentlich neue Rezepte und Gartentipps: pinterest.com/dorfladen_rezepte"}, "Gartentipps"));
    // The same shape naming the article's subject stays, and so do words joined by a slash.
    CHECK_FALSE(goes(kGerman, false, {"", "Die Satzung der Genossenschaft und die Preise im Dorfladen: dorfladen.de/satzung"},
                     "Satzung der Genossenschaft"));
    CHECK_FALSE(goes(kGreek, false, {"", "", "Περισσότερες πληροφορίες για εγγραφή μέλους και/ή δανεισμό"}, "δανεισμό"));
}

TEST_CASE("a line listing its ways out, a handle and an address, goes when its words are foreign") {
    // An address at the end of its sentence is named by it, unless the line lists ways out.
    CHECK(goes(kGerman, false, {"", "", "Folgen Sie uns auf Instagram @dorfladen_eg und auf Mastodon mastodon.social/@dorfladen"},
               "Folgen Sie uns"));
    CHECK(goes(kGreek, false, {"", "Βρείτε μας στο Instagram @chorio_vivlio και στο Facebook facebook.com/choriovivlio"},
               "Βρείτε μας"));
    CHECK(goes(kHindi, false, {"", "हमसे जुड़िए इंस्टाग्राम पर @gaon_bus और फ़ेसबुक पर facebook.com/gaonbus"}, "जुड़िए"));
    // The article's own subject with its handle and address stays.
    CHECK_FALSE(goes(kGerman, false, {"", "", "Die Genossenschaft und ihr Dorfladen @dorfladen_eg unter dorfladen.de/genossenschaft"},
                     "ihr Dorfladen"));
}

TEST_CASE("a paragraph closing on a button link set apart from its text goes when its words are foreign") {
    // The HTML form of a line closing on its address: the link of a few words after the sentence.
    CHECK(goes(kGerman, true, {"", "<p>Unser Online-Kurs zeigt Ihnen in acht Lektionen, wie man Sauerteig ansetzt. "
                                   "<a href=\"https://kurse.example/sauerteig\">Jetzt anmelden</a></p>"},
               "Sauerteig"));
    CHECK(goes(kGreek, true, {"", "", "<p>Μάθετε ιταλικά με τους καθηγητές μας, σε δώδεκα διαδικτυακά μαθήματα! "
                                      "<a href=\"https://mathimata.example/it\">Εγγραφή με έκπτωση</a></p>"},
               "ιταλικά"));
    CHECK(goes(kHindi, true, {"", "<p>सिर्फ़ 499 रुपये में सीखिए फ़ोटोग्राफ़ी के गुर, घर बैठे। "
                                  "<a href=\"https://course.example/photo\">अभी दाख़िला लें</a></p>"},
               "फ़ोटोग्राफ़ी"));
    // A link inside its sentence, or a paragraph linking two names, is prose; and the same shape
    // naming the article's subject is its source.
    CHECK_FALSE(goes(kGerman, true, {"", "<p>Unser Online-Kurs <a href=\"https://kurse.example/sauerteig\">Sauerteig für "
                                         "Anfänger</a> zeigt in acht Lektionen, wie man ihn ansetzt.</p>"},
                     "Sauerteig"));
    CHECK_FALSE(goes(kGreek, true, {"", "", "<p>Τα βιβλία δώρισαν <a href=\"https://a.example/\">ο σύλλογος</a> και το "
                                           "σχολείο. <a href=\"https://b.example/list\">Ο κατάλογος</a></p>"},
                     "Τα βιβλία δώρισαν"));
    CHECK_FALSE(goes(kArabic, true, {"", "", "<p>نشرت المدرسة تقريراً عن مشروع الحديقة ونمو النباتات. "
                                            "<a href=\"https://school.example/garden.pdf\">تقرير الحديقة</a></p>"},
                     "تقريراً"));
}

TEST_CASE("a short pitch over a row of three or four short links, dropped as chrome, goes when its words are foreign") {
    // A row of buttons (amounts, choices) is the pitch's way out, as a form or a button is.
    CHECK(goes(kGerman, true, {"", "<div><p>Unabhängiger Journalismus braucht Ihre Unterstützung.</p><p>"
                                   "<a href=\"https://pay.example/?s=5\">5 €</a> <a href=\"https://pay.example/?s=10\">10 €</a> "
                                   "<a href=\"https://pay.example/\">Betrag wählen</a></p></div>"},
               "Unabhängiger Journalismus"));
    CHECK(goes(kGreek, true, {"", "", "<div><p>Στηρίξτε την ανεξάρτητη δημοσιογραφία με μια μικρή δωρεά.</p><p>"
                                      "<a href=\"https://pay.example/?s=3\">3 €</a> <a href=\"https://pay.example/?s=7\">7 €</a> "
                                      "<a href=\"https://pay.example/?s=15\">15 €</a> <a href=\"https://pay.example/\">Άλλο ποσό</a></p></div>"},
               "ανεξάρτητη δημοσιογραφία"));
    CHECK(goes(kArabic, true, {"", "<div><p>ما رأيكم في تصميم موقعنا الجديد؟</p><p><a href=\"https://survey.example/1\">ممتاز</a> "
                                   "<a href=\"https://survey.example/2\">مقبول</a> <a href=\"https://survey.example/3\">سيئ</a></p></div>"},
               "تصميم موقعنا"));
    // A short line of the article's subject over such a row stays.
    CHECK_FALSE(goes(kGerman, true, {"", "<div><p>Die Genossenschaft zahlt ihren Freiwilligen im Dorfladen nichts.</p><p>"
                                         "<a href=\"https://a.example/1\">Satzung</a> <a href=\"https://a.example/2\">Bilanz</a> "
                                         "<a href=\"https://a.example/3\">Mitglieder</a></p></div>"},
                     "zahlt ihren Freiwilligen"));
}

TEST_CASE("a short pitch over a line that is only its own address goes when its words are foreign") {
    // A link whose words are its own address, alone on its line, is the pitch's way out: prose
    // names a source inside its sentence.
    CHECK(goes(kGerman, true, {"", "<div><p>Die besten Rezepte der Woche jeden Freitag in Ihrem Postfach.</p>"
                                   "<a href=\"https://rezepte.example/wochenbrief\">rezepte.example/wochenbrief</a></div>"},
               "besten Rezepte"));
    CHECK(goes(kHindi, true, {"", "", "<div><p>📲 मनोरंजन जगत की ताज़ा ख़बरें हमारे चैनल पर</p>"
                                      "<a href=\"https://wa.example/channel/manoranjan\">wa.example/channel/manoranjan</a></div>"},
               "मनोरंजन जगत"));
    CHECK(goes(kChinese, true, {"", "<div><p>🔔 每天早上八点推送财经快讯</p><a href=\"https://t.me/caijing_kuaixun\">"
                                    "t.me/caijing_kuaixun</a></div>"},
               "财经快讯"));
    // In text, the address written out alone on the line under the pitch.
    CHECK(goes(kArabic, false, {"", "📢 تابعوا قناتنا لأحدث أخبار الرياضة والملاعب\n\nt.me/riyada_akhbar"}, "الرياضة والملاعب"));
    // The same shape naming the article's subject is its source, and stays; so does an address
    // line under a short line that neither ends a sentence nor is set off by a pictograph.
    CHECK_FALSE(goes(kGerman, true, {"", "<div><p>Die Satzung der Genossenschaft und die Preise im Dorfladen.</p>"
                                         "<a href=\"https://dorfladen.example/satzung\">dorfladen.example/satzung</a></div>"},
                     "Satzung der Genossenschaft"));
    CHECK_FALSE(goes(kChinese, true, {"", "<div><p>📄 图书角的捐书名单和书目</p><a href=\"https://school.example/books\">"
                                          "school.example/books</a></div>"},
                     "捐书名单"));
    CHECK_FALSE(goes(kGreek, true, {"", "<div><p>Ηλεκτρονικά περιοδικά ταξιδιών και μαγειρικής</p>"
                                        "<a href=\"https://periodika.example/taxidia\">periodika.example/taxidia</a></div>"},
                     "περιοδικά ταξιδιών"));
    // A link labelled with one address and leading to another is no address of its own.
    CHECK_FALSE(goes(kGerman, true, {"", "<div><p>Die besten Rezepte der Woche jeden Freitag in Ihrem Postfach.</p>"
                                         "<a href=\"https://tracker.example/r?id=9\">rezepte.example/wochenbrief</a></div>"},
                     "besten Rezepte"));
}
