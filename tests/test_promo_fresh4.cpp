// A fourth set of promo shapes, written before any rule for them and unlike rounds 1-3
// (test_promo_fresh*.cpp) and the noise generator (noise_boxes.hpp); most occur once on their
// page, where repetition gives no evidence: a newsletter box with an e-mail field, a "read
// also" card (image and headline link) between paragraphs, a membership box with a price and a
// button, a product card with a price and a button, a push-notification prompt of two buttons,
// a series note with a link, a podcast player strip, a comment invitation, a PDF / print line,
// a cross-promotion of another section, a poll form, an advert image under its label, a "gift
// this article" box, a free-articles counter, a hiring box. English, Greek, Arabic, Chinese,
// Hindi, Spanish, Russian; HTML and text input. The article must stay whole in every case; the
// share of boxes that go is the generalization figure, held at its floor (kFresh4Floor).
//
// And look-alikes that must stay whole: an inline figure with its caption, a pull quote, a
// fact box of real figures, an editor's correction, a table, a short paragraph with one link to
// its source, a list of steps, a law cited by link inside the argument, a timeline, a map with
// a credited caption, prices and a link to the organiser inside the reporting.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "promo_fresh_util.hpp"

using namespace winnow;

namespace {

using Article = winnow::test::FreshArticle;

const Article kEnglish{"en", "The reservoir that ran dry in October",
    {"For the first time since it was built in 1962, the hill reservoir above the town fell below a tenth of its "
     "capacity this autumn, exposing the stone walls of the farms it had drowned.",
     "Engineers from the water board say three dry winters in a row, and a leak in the main outflow tunnel found only "
     "in August, emptied the basin faster than any model had predicted.",
     "Households in the valley have been asked to keep their use under one hundred litres a day, and the board has "
     "started trucking water to two villages whose wells have failed.",
     "The repair of the tunnel is expected to take until spring, and hydrologists warn that even an average winter "
     "will refill the reservoir only to half of its usual level."}};

const Article kGreek{"el", "Το παλιό λιμάνι αποκτά ξανά ψαράδες",
    {"Μετά από δεκαπέντε χρόνια σχεδόν άδειο, το παλιό λιμάνι της πόλης γέμισε ξανά με μικρές ψαρόβαρκες, καθώς νέοι "
     "ψαράδες επιστρέφουν στο επάγγελμα των παππούδων τους.",
     "Ο δήμος μείωσε τα τέλη ελλιμενισμού στο μισό και επισκεύασε τον παλιό μώλο, ενώ ένας συνεταιρισμός αγοράζει "
     "κάθε πρωί την ψαριά σε σταθερή τιμή.",
     "Οι ψαράδες λένε ότι το πιο δύσκολο είναι να μάθουν τα ρεύματα και τους βυθούς, γνώση που οι παλαιότεροι τους "
     "μεταδίδουν στο καφενείο της προβλήτας.",
     "Η λιμενική αρχή εξετάζει τώρα αν θα χρειαστεί δεύτερη ράμπα ανέλκυσης, αφού ο αριθμός των σκαφών διπλασιάστηκε "
     "μέσα σε δύο χρόνια."}};

const Article kArabic{"ar", "سوق الكتب القديمة يعود إلى الساحة",
    {"عاد سوق الكتب القديمة إلى الساحة الكبرى في وسط المدينة بعد غياب دام ثلاث سنوات، وامتلأت الأكشاك منذ الصباح "
     "الباكر بالقراء والطلاب والباحثين عن الطبعات النادرة.",
     "وكانت البلدية قد نقلت الباعة إلى مبنى بعيد عن الوسط أثناء أعمال ترميم الساحة، فتراجع عدد الزوار إلى النصف "
     "وأغلق كثير من الأكشاك أبوابه.",
     "ويقول أقدم الباعة إنه يعمل في السوق منذ أربعين عاماً، وإن الزبائن يعودون إليه لأنهم يجدون كتباً لم تعد تطبع "
     "ولا تباع في المكتبات الحديثة.",
     "وتنوي البلدية تنظيم أمسيات للقراءة في الساحة كل يوم خميس خلال الصيف، بالتعاون مع الجامعة ودور النشر المحلية."}};

const Article kChinese{"zh", "老街上的修表铺传到了第三代",
    {"在老城区一条不足两百米的街上，一家开了六十多年的修表铺最近由创始人的孙女接手，她辞去了在外地的工作，回到家乡"
     "继续为街坊修理钟表。",
     "铺子里至今保留着祖父当年用过的工作台和一整套手工工具，许多零件已经停产，只能从旧表上拆下来重新打磨后使用。",
     "她说，来修表的大多是上了年纪的老人，有的表是结婚时买的，有的是父母留下的，修好之后他们常常会坐下来讲表背后"
     "的故事。",
     "为了让更多年轻人了解这门手艺，她每个月会在铺子里开一次公开课，教大家认识机械表的结构和日常保养方法。"}};

const Article kHindi{"hi", "गाँव की बावड़ी फिर से भर गई",
    {"पचास साल से सूखी पड़ी गाँव की पुरानी बावड़ी इस मानसून में फिर से पानी से भर गई, और पहली बार गाँव के बच्चों ने "
     "उसकी सीढ़ियों पर बैठकर पानी को छुआ।",
     "गाँव की महिलाओं के एक समूह ने दो साल तक हर रविवार बावड़ी से मिट्टी और कचरा निकाला, और आसपास की नालियों का "
     "रास्ता बदलकर बारिश का पानी उसकी ओर मोड़ा।",
     "जल विभाग के इंजीनियरों का कहना है कि बावड़ी भरने से आसपास के कुओं का जलस्तर भी तीन मीटर तक ऊपर आया है, जिससे "
     "किसानों को सिंचाई में मदद मिलेगी।",
     "पंचायत अब पास की दूसरी बावड़ी की सफ़ाई की योजना बना रही है, और ज़िला प्रशासन ने इस काम के लिए मदद देने का वादा "
     "किया है।"}};

const Article kSpanish{"es", "El tranvía vuelve a subir al castillo",
    {"Después de treinta años de abandono, el viejo tranvía que sube desde el puerto hasta el castillo ha vuelto a "
     "funcionar, con dos coches restaurados que hacen el recorrido cada veinte minutos.",
     "La asociación de amigos del tranvía recuperó los coches de un almacén municipal, y durante cuatro años sus "
     "socios jubilados desmontaron, limpiaron y repararon cada pieza a mano.",
     "El ayuntamiento pagó la renovación de la vía y de la línea eléctrica, que estaban en tan mal estado que hubo que "
     "sustituir casi todos los postes del trazado.",
     "Los vecinos del barrio alto, que hasta ahora subían la cuesta a pie o en taxi, dicen que el tranvía les ha "
     "devuelto una parte de la ciudad que tenían olvidada."}};

const Article kRussian{"ru", "В деревне снова открылась пекарня",
    {"В деревне на берегу реки, где последний хлебный магазин закрылся десять лет назад, открылась пекарня, и по "
     "утрам у её дверей снова выстраивается очередь.",
     "Пекарню открыла семья, переехавшая из города: они купили старый дом у дороги, сложили в нём печь и учились "
     "печь хлеб по рецептам, которые записали у местных старушек.",
     "Муку привозят с мельницы в соседнем районе, а яйца и молоко покупают у фермеров, поэтому хлеб стоит немного "
     "дороже магазинного, но жители не жалуются.",
     "Теперь хозяева думают открыть при пекарне маленькое кафе, чтобы туристам, которые приезжают на реку, было где "
     "выпить чаю и согреться."}};

std::vector<winnow::test::FreshCase> fresh4_cases() {
    const Article* en = &kEnglish;
    const Article* el = &kGreek;
    const Article* ar = &kArabic;
    const Article* zh = &kChinese;
    const Article* hi = &kHindi;
    const Article* es = &kSpanish;
    const Article* ru = &kRussian;
    return {
        {"a newsletter box with an e-mail field", el, true,
         {"", "<div class=\"nl\"><h3>Το πρωινό μας δελτίο</h3><p>Οι ειδήσεις της ημέρας στο email σας πριν από τις 7.</p>"
              "<form action=\"https://lists.example/join\"><input type=\"email\" placeholder=\"Το email σας\">"
              "<button type=\"submit\">Εγγραφή</button></form></div>"},
         "πρωινό μας δελτίο"},
        {"a read-also card: image and headline link", ar, true,
         {"", "<div class=\"card\"><a href=\"https://news.example/2026/11/culture/theatre-reopens\"><img src=\"/t/88.jpg\" "
              "alt=\"\"><span>اقرأ أيضاً: المسرح البلدي يفتح أبوابه بعد الترميم</span></a></div>"},
         "المسرح البلدي"},
        {"a membership box with a price and a button", hi, true,
         {"", "<section class=\"member\"><h4>हमारे सदस्य बनें</h4><p>सिर्फ़ ₹99 प्रति माह में बिना विज्ञापन के सारी "
              "ख़बरें पढ़ें।</p><a class=\"btn\" href=\"https://join.example/plans\">अभी जुड़ें</a></section>"},
         "सदस्य बनें"},
        {"a product card with a price and a button", es, true,
         {"", "<div class=\"product\"><img src=\"/p/tren.jpg\" alt=\"Maqueta del tranvía\"><p><b>Maqueta del tranvía "
              "a escala 1:87</b></p><p>34,90 €</p><a class=\"btn\" href=\"https://tienda.example/maqueta\">Comprar</a></div>"},
         "Maqueta del tranvía a escala"},
        {"a push-notification prompt of two buttons", zh, true,
         {"<div class=\"push\"><p>开启推送通知，第一时间获取突发新闻。</p><button>允许</button><button>以后再说</button></div>"},
         "开启推送通知"},
        {"a series note with a link", en, true,
         {"", "", "", "<div class=\"series\"><p>This story is part of <a href=\"https://paper.example/series/running-dry\">"
                      "Running Dry</a>, our year-long series on water.</p></div>"},
         "year-long series"},
        {"a podcast player strip", ru, true,
         {"", "<div class=\"player\"><button>▶</button><span>Слушать выпуск · 24:15</span> "
              "<a href=\"https://pod.example/shows/derevnya\">Все выпуски</a></div>"},
         "Слушать выпуск"},
        {"text: a comment invitation", el, false,
         {"", "", "", "Εσείς τι λέτε; Γράψτε μας τη γνώμη σας στα σχόλια παρακάτω 👇"},
         "στα σχόλια"},
        {"a PDF and print line", es, true,
         {"", "", "", "<p><a href=\"https://diario.example/pdf/edicion.pdf\">📄 Descargar la edición impresa en PDF</a> · "
                      "<a href=\"#print\">Imprimir</a></p>"},
         "edición impresa en PDF"},
        {"text: a cross-promotion of another section", hi, false,
         {"", "", "खेल की और ख़बरें पढ़ें → https://news.example/sport"},
         "खेल की और ख़बरें"},
        {"text: a newsletter box with an e-mail field", ar, false,
         {"", "اشترك في نشرتنا الصباحية\n[ بريدك الإلكتروني ] [ اشترك ]"},
         "نشرتنا الصباحية"},
        {"text: a read-also line with a headline and address", zh, false,
         {"", "延伸阅读：《老城区最后一家书店的告别》 https://news.example/a/20261130"},
         "延伸阅读"},
        {"text: a free-articles counter with a price", ru, false,
         {"", "Осталось 2 бесплатных материала в этом месяце. Оформите подписку за 199 ₽ → https://podpiska.example"},
         "бесплатных материала"},
        {"a gift-this-article box", en, true,
         {"", "<div class=\"gift\"><p><strong>Gift this article</strong></p><p>Subscribers can share ten articles a "
              "month with friends.</p><a class=\"button\" href=\"https://paper.example/gift\">Share</a></div>"},
         "Gift this article"},
        {"a poll form with radio buttons", ar, true,
         {"", "", "<form class=\"poll\" action=\"https://poll.example/vote\"><p>هل تزور سوق الكتب؟</p>"
                  "<label><input type=\"radio\" name=\"v\"> نعم</label><label><input type=\"radio\" name=\"v\"> لا</label>"
                  "<button>صوّت</button></form>"},
         "هل تزور سوق الكتب"},
        {"an advert image under its label", ru, true,
         {"", "", "<div><p><small>Реклама</small></p><a href=\"https://ads.example/click?id=4411\"><img src=\"/ad/b.jpg\" "
                  "alt=\"Кредит на дом под 5% годовых — оформите онлайн\"></a></div>"},
         "Реклама"},
        {"a hiring box", es, true,
         {"", "", "<aside><p><strong>¿Te gusta escribir?</strong> Buscamos redactores en prácticas para la sección "
                  "local.</p><p><a href=\"https://diario.example/empleo\">Envía tu candidatura</a></p></aside>"},
         "redactores en prácticas"},
        {"a read-also card of Greek headline links", el, true,
         {"", "<div class=\"related\"><p>Διαβάστε επίσης</p><a href=\"https://news.example/el/ferry-strike\">"
              "<img src=\"/t/1.jpg\" alt=\"\">Απεργία στα πλοία την Πέμπτη</a><a href=\"https://news.example/el/fish-prices\">"
              "<img src=\"/t/2.jpg\" alt=\"\">Πώς διαμορφώνονται οι τιμές του ψαριού</a></div>"},
         "Απεργία στα πλοία"},
        {"text: a podcast line with a duration", hi, false,
         {"", "🎧 इस ख़बर को सुनें — पॉडकास्ट, 6 मिनट: https://pod.example/ep/412"},
         "पॉडकास्ट"},
        {"text: a membership box of two lines", zh, false,
         {"", "", "成为会员，每月仅需12元，畅读全部深度报道。\n立即加入 → https://member.example/join"},
         "成为会员"},
    };
}

// Boxes of fresh4_cases() that go (the generalization figure; a box goes when its marker is
// nowhere in the text: the advert's image goes on main, its label stays, and it counts as
// stayed). On main (f9bf4d5), before any rule for them: 12 of 20. Stayed there: the membership
// box and the product card (a title, a short text, a plain link as the button), the series note,
// the advert's label, and in text the comment invitation, the cross-promotion, the read-also line
// and the free-articles counter (a short line closing on its own address). With a short pitch
// closing on its own address in words foreign to the article (promo_shapes.cpp,
// addressed_pitch): 14 of 20 (the cross-promotion and the counter; the read-also line is in
// Chinese, whose words that measure did not match yet). With Han and kana compared in pairs of
// neighbouring signs: 15 of 20 (the Chinese read-also line). (A plain link line taken as a
// foreign pitch's button took the membership box too, but also the credits and sources of
// test_noise_lookalikes.cpp and test_filters_promo.cpp: left out.)
constexpr int kFresh4Floor = 15;

// Look-alikes of lookalikes() kept whole. On main (f9bf4d5): 13 of 14. Lost there: the fact box
// in an <aside>, which extraction prunes as a whole before any filter sees it.
constexpr int kLookAlike4Floor = 13;

// ------------------------------------------------------------------ look-alikes

using LookAlike = winnow::test::FreshLookAlike;

std::vector<LookAlike> lookalikes() {
    return {
        {"an inline figure with its caption", &kGreek, true,
         {"", "<figure><img src=\"/f/limani.jpg\" alt=\"Ψαρόβαρκες στο λιμάνι\"><figcaption>Οι νέοι ψαράδες ξεφορτώνουν "
              "την ψαριά στον παλιό μώλο, τον Οκτώβριο.</figcaption></figure>"},
         {"ξεφορτώνουν την ψαριά στον παλιό μώλο"}},
        {"a pull quote", &kEnglish, true,
         {"", "<blockquote class=\"pull\"><p>“We have never seen the walls of the old farms before. My grandmother "
              "was born in one of them.”</p></blockquote>"},
         {"My grandmother was born in one of them"}},
        {"a fact box of real figures", &kArabic, true,
         {"", "", "<aside class=\"facts\"><h4>السوق بالأرقام</h4><ul><li>120 كشكاً في الساحة</li><li>نحو 40 ألف كتاب "
                  "معروض</li><li>أقدم بائع يعمل منذ عام 1986</li></ul></aside>"},
         {"120 كشكاً في الساحة", "أقدم بائع يعمل منذ عام 1986"}},
        {"an editor's correction", &kSpanish, true,
         {"", "", "", "<p><em>Corrección: una versión anterior de este artículo decía que el recorrido dura diez minutos; "
                      "en realidad dura dieciocho.</em></p>"},
         {"en realidad dura dieciocho"}},
        {"a table of figures", &kChinese, true,
         {"", "<table><tr><th>年份</th><th>修理数量</th></tr><tr><td>2024</td><td>1,240只</td></tr>"
              "<tr><td>2025</td><td>1,580只</td></tr></table>"},
         {"1,240只", "1,580只"}},
        {"a short paragraph with one link to its source", &kHindi, true,
         {"", "", "<p>जल विभाग की <a href=\"https://jal.example/report-2026.pdf\">वार्षिक रिपोर्ट</a> के अनुसार ज़िले "
                  "में ऐसी अस्सी बावड़ियाँ हैं।</p>"},
         {"ऐसी अस्सी बावड़ियाँ हैं"}},
        {"a list of steps", &kRussian, true,
         {"", "<p>Как пекут здешний хлеб:</p><ol><li>Закваску ставят с вечера и держат у печи.</li><li>Утром замешивают "
              "тесто на ржаной муке.</li><li>Буханки пекут час на поду, без форм.</li></ol>"},
         {"Закваску ставят с вечера", "Буханки пекут час на поду"}},
        {"a law cited by link inside the argument", &kEnglish, true,
         {"", "", "<p>Under <a href=\"https://legislation.example/acts/2019/14/section/6\">section 6 of the Water "
                  "Resources Act</a>, the board may ban garden hoses once a reservoir falls below a fifth of its "
                  "capacity, a power it has never used before.</p>"},
         {"may ban garden hoses"}},
        {"text: a fact box of figures", &kGreek, false,
         {"", "", "Σε αριθμούς:\n- 64 σκάφη στο λιμάνι\n- 31 νέοι ψαράδες από το 2023"},
         {"64 σκάφη στο λιμάνι", "31 νέοι ψαράδες"}},
        {"text: an editor's note", &kRussian, false,
         {"", "", "", "Примечание редакции: в первой версии статьи неверно указано название реки. Ошибка исправлена."},
         {"неверно указано название реки"}},
        {"a timeline list", &kSpanish, true,
         {"", "<ul><li>1904: se inaugura la línea del castillo.</li><li>1994: el último coche deja de circular.</li>"
              "<li>2026: vuelven los dos coches restaurados.</li></ul>"},
         {"1904: se inaugura", "2026: vuelven los dos coches"}},
        {"a map with a credited caption", &kHindi, true,
         {"", "<figure><img src=\"/m/baori.png\" alt=\"बावड़ी का नक्शा\"><figcaption>बावड़ी और उसकी ओर मोड़ी गई नालियाँ। "
              "नक्शा: <a href=\"https://maps.example/\">ज़िला मानचित्र कार्यालय</a></figcaption></figure>"},
         {"बावड़ी और उसकी ओर मोड़ी गई नालियाँ"}},
        {"prices and a link to the organiser in the reporting", &kSpanish, true,
         {"", "", "<p>El billete cuesta 1,50 euros y los menores de doce años viajan gratis; los horarios están en la "
                  "<a href=\"https://amigosdeltranvia.example/horarios\">web de la asociación</a>.</p>"},
         {"los menores de doce años viajan gratis"}},
        {"text: a quoted sentence of its own", &kChinese, false,
         {"", "", "“表停了，日子还在走。”她笑着说，这是祖父常挂在嘴边的一句话。"},
         {"这是祖父常挂在嘴边的一句话"}},
    };
}

}  // namespace

TEST_CASE("fourth fresh promo shapes: the article stays whole, and at least the floor of the boxes go") {
    const auto cases = fresh4_cases();
    std::string stayed;
    const int gone = winnow::test::run_fresh_cases(cases, {}, stayed);
    MESSAGE("fourth fresh promo boxes gone: ", gone, " of ", cases.size(), stayed);
    CHECK(gone >= kFresh4Floor);
}

TEST_CASE("fourth fresh look-alikes: figures, quotes, facts, notes, tables, sources and steps stay whole") {
    std::string lost;
    const auto cases = lookalikes();
    const int whole = winnow::test::count_whole_lookalikes(cases, lost);
    MESSAGE("fourth fresh look-alikes whole: ", whole, " of ", cases.size(), lost);
    CHECK(whole >= kLookAlike4Floor);
}
