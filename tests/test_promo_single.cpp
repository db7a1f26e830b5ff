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
    // An address inside its sentence is prose citing it, whatever its words.
    CHECK_FALSE(goes(kGerman, false, {"", "Die Verkehrsmeldungen unter https://verkehr.example/region werden stündlich erneuert"},
                     "stündlich erneuert"));
}

TEST_CASE("a short pitch over a plain link line, in content words foreign to the article, goes") {
    // A title, a short pitch and a plain link as its button (no bold, no frame: markup classes
    // are not read), between the article's paragraphs.
    CHECK(goes(kGreek, true, {"", "<h4>Γίνετε συνδρομητές</h4><p>Απεριόριστη πρόσβαση σε όλα τα άρθρα μας, 3 ευρώ."
                                  "</p><p><a href=\"https://syndromi.example/\">Εγγραφείτε</a></p>"},
               "Απεριόριστη πρόσβαση"));
    CHECK(goes(kArabic, true, {"", "<p>احصل على تطبيقنا المجاني وتابع الأخبار العاجلة لحظة بلحظة.</p>"
                                   "<p><a href=\"https://app.example/ar\">حمّل الآن</a></p>"},
               "تطبيقنا المجاني"));
    CHECK(goes(kGerman, true, {"", "<h4>Unser Wochenendmagazin</h4><p>Reportagen, Rezepte und Rätsel jeden Samstag kostenlos "
                                   "per E-Mail.</p><p><a href=\"https://magazin.example/abo\">Kostenlos bestellen</a></p>"},
               "Reportagen, Rezepte"));
}

TEST_CASE("a short paragraph over a plain link line stays when it names the article's subject") {
    // The link line is then the paragraph's source or document.
    CHECK_FALSE(goes(kGreek, true, {"", "<p>Ο σύλλογος δημοσίευσε τον κατάλογο όλων των βιβλίων της βιβλιοθήκης.</p>"
                                        "<p><a href=\"https://syllogos.example/katalogos.pdf\">Κατάλογος βιβλίων</a></p>"},
                     "δημοσίευσε τον κατάλογο"));
    CHECK_FALSE(goes(kArabic, true, {"", "<p>نشرت المدرسة صوراً من الحديقة ومن حصاد التلاميذ هذا الموسم.</p>"
                                         "<p><a href=\"https://school.example/garden\">صور الحديقة</a></p>"},
                     "ومن حصاد التلاميذ"));
    CHECK_FALSE(goes(kGerman, true, {"", "<p>Die Genossenschaft hat ihren ersten Jahresbericht mit allen Zahlen veröffentlicht.</p>"
                                         "<p><a href=\"https://dorfladen.example/bericht.pdf\">Jahresbericht 2025</a></p>"},
                     "ersten Jahresbericht"));
}
