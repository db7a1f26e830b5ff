// A fifth set of promo shapes, written before any rule for them and unlike rounds 1-4
// (test_promo_fresh*.cpp) and the noise generator (noise_boxes.hpp); each occurs once on its
// page: a donation box of amount buttons, an app strip of two store badges, a webinar form of
// text fields and a submit input, a coupon box with the code in <code>, a follow-us line of
// social handles, an affiliate note over a product list, a survey of three emoji links, a
// sponsored teaser card, a channel-join button standing alone, a job-board list, a gift
// subscription box, a "listen to this article" button at the head, a course advert inside a
// how-to; in text a coupon line, a survey line, a channel line, a donation line, a store line,
// an event line, a handles line, a job line. Ukrainian, Turkish, Korean, Thai, Hebrew,
// Portuguese; HTML and text input. The article must stay whole in every case; the share of
// boxes that go is the generalization figure, held at its floor (kFresh5Floor).
//
// And look-alikes that must stay whole: news about an app and about a fundraiser, a quoted
// press statement, a correction, a fact box of real figures, an author's disclosure of
// interest, a list of sources, a reader's question answered, a step list with one link, prices
// in the reporting, a quoted sentence, a figure list in text.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "promo_fresh_util.hpp"

using namespace winnow;

namespace {

using Article = winnow::test::FreshArticle;

const Article kUkrainian{"uk", "Сільська бібліотека знову відчинила двері",
    {"Після трьох років ремонту бібліотека в селі над Десною знову приймає читачів, і першого ж тижня до неї записалося "
     "понад двісті людей, серед них багато школярів.",
     "Будівлю дев'ятнадцятого століття довелося укріплювати: дах протікав, а стіни читальної зали тріснули після зими, "
     "коли в селі кілька тижнів не було опалення.",
     "Бібліотекарка розповідає, що найчастіше просять сучасну українську прозу та книжки з історії краю, яких у фонді "
     "досі бракує, тож частину їх подарували самі мешканці.",
     "Навесні громада планує облаштувати біля бібліотеки невеликий сад, де влітку можна буде читати просто неба та "
     "проводити зустрічі з авторами."}};

const Article kTurkish{"tr", "Tarihi taş köprü yeniden yayalara açıldı",
    {"On altıncı yüzyılda inşa edilen taş köprü, iki yıl süren restorasyonun ardından yeniden yayalara açıldı ve ilk gün "
     "binlerce kişi köprünün üzerinden yürüdü.",
     "Restorasyon ekibi, yüzyıllar içinde eklenen beton yamaları tek tek söktü ve kemerlerdeki eksik taşları aynı ocaktan "
     "çıkarılan kireçtaşıyla tamamladı.",
     "Ekip lideri, en zor işin suyun altında kalan ayakları güçlendirmek olduğunu, bunun için nehrin yatağının yaz "
     "aylarında geçici olarak başka bir kanala çevrildiğini anlatıyor.",
     "Belediye, köprünün çevresindeki eski hanın da restore edilerek bir kent müzesine dönüştürülmesi için proje "
     "hazırladığını açıkladı."}};

const Article kKorean{"ko", "육십 년 된 전통시장에 청년 상인들이 모였다",
    {"한때 빈 점포가 절반에 이르던 도심의 전통시장에 최근 청년 상인들이 잇따라 문을 열면서 주말마다 방문객이 크게 "
     "늘고 있다.",
     "구청은 비어 있던 점포를 저렴한 임대료로 빌려주고 간판과 조명을 새로 설치했으며, 상인회는 오래된 지붕을 교체하는 "
     "공사를 마쳤다.",
     "떡집을 물려받은 한 청년 상인은 할머니에게 배운 방식 그대로 새벽마다 떡을 찌고, 오후에는 온라인 주문을 포장해 "
     "전국으로 보낸다고 말했다.",
     "상인회는 내년 봄부터 매달 마지막 토요일에 야시장을 열어 지역 음식과 공예품을 소개할 계획이라고 밝혔다."}};

const Article kThai{"th", "ชาวบ้านร่วมกันปลูกป่าชายเลนคืนชายฝั่ง",
    {"ชาวบ้านในหมู่บ้านริมอ่าวร่วมกันปลูกต้นโกงกางกว่าหนึ่งหมื่นต้นตลอดแนวชายฝั่งที่ถูกกัดเซาะ "
     "หลังจากที่ดินของหลายครอบครัวหายไปกับน้ำทะเลในช่วงสิบปีที่ผ่านมา",
     "ผู้ใหญ่บ้านเล่าว่าเมื่อก่อนป่าชายเลนถูกถางเพื่อทำบ่อกุ้ง แต่เมื่อบ่อกุ้งร้างไป คลื่นก็กัดเซาะเข้ามาถึงถนนของหมู่บ้าน",
     "นักวิจัยจากมหาวิทยาลัยในจังหวัดพบว่าในพื้นที่ที่ปลูกไว้เมื่อห้าปีก่อน ปูและปลาตัวเล็กกลับมาอาศัยอยู่ในรากโกงกางแล้ว",
     "ชาวบ้านวางแผนจะปลูกเพิ่มอีกสองกิโลเมตรในฤดูฝนหน้า และจะเปิดเส้นทางเดินศึกษาธรรมชาติให้นักเรียนเข้ามาเรียนรู้"}};

const Article kHebrew{"he", "מצפה הכוכבים במדבר נפתח למבקרים",
    {"מצפה הכוכבים שנבנה על רכס במדבר לפני שלושים שנה נפתח השבוע למבקרים לראשונה, אחרי שיפוץ של הכיפה ושל הטלסקופ "
     "הגדול.",
     "צוות של מהנדסים ומתנדבים החליף את מנגנון הסיבוב של הכיפה, שנתקע לפני עשור, וניקה את המראה הראשית שכוסתה בשכבת "
     "אבק עבה.",
     "מנהלת המצפה מספרת שהשמיים מעל הרכס הם מהחשוכים בארץ, ובלילות בלי ירח אפשר לראות בעין את שביל החלב מקצה לקצה.",
     "בחורף יתקיימו במקום תצפיות לילה פעמיים בשבוע, ובקיץ מתוכנן מחנה אסטרונומיה לבני נוער מהיישובים הסמוכים."}};

const Article kPortuguese{"pt", "Como se tira a cortiça de um sobreiro",
    {"A extração da cortiça faz-se entre maio e agosto, quando a árvore está em plena atividade e a casca se solta do "
     "tronco sem ferir a camada que a vai regenerar.",
     "O tirador começa por abrir um corte vertical com o machado, sempre com cuidado para não tocar no entrecasco, e "
     "depois um corte horizontal à volta do tronco.",
     "As pranchas são separadas com o cabo do machado, usado como alavanca, e empilhadas à sombra para secar durante "
     "algumas semanas antes de seguirem para a fábrica.",
     "Cada sobreiro só pode ser descortiçado de nove em nove anos, e por isso o ano da extração é pintado no tronco com "
     "um algarismo branco."}};

std::vector<winnow::test::FreshCase> fresh5_cases() {
    const Article* uk = &kUkrainian;
    const Article* tr = &kTurkish;
    const Article* ko = &kKorean;
    const Article* th = &kThai;
    const Article* he = &kHebrew;
    const Article* pt = &kPortuguese;
    return {
        {"a donation box of amount buttons", uk, true,
         {"", "<div class=\"support\"><p>Наша редакція існує завдяки читачам. Підтримайте незалежну журналістику.</p>"
              "<p><a class=\"amount\" href=\"https://pay.example/donate?sum=100\">100 ₴</a> "
              "<a class=\"amount\" href=\"https://pay.example/donate?sum=250\">250 ₴</a> "
              "<a class=\"amount\" href=\"https://pay.example/donate\">Інша сума</a></p></div>"},
         "Підтримайте незалежну журналістику"},
        {"an app strip of two store badges", tr, true,
         {"", "<div class=\"app-strip\"><p>Haberleri cebinizden takip edin</p>"
              "<a href=\"https://apps.apple.com/tr/app/gazete/id1234567\"><img src=\"/b/appstore.svg\" alt=\"App Store\"></a>"
              "<a href=\"https://play.google.com/store/apps/details?id=tr.gazete.example\"><img src=\"/b/play.svg\" "
              "alt=\"Google Play\"></a></div>"},
         "cebinizden takip edin"},
        {"a webinar form of text fields and a submit input", pt, true,
         {"", "", "<section class=\"evento\"><h3>Webinar gratuito: o montado depois dos incêndios</h3><p>Quinta-feira, 11 "
                  "de dezembro, às 18h30</p><form action=\"https://eventos.example/registo\"><input type=\"text\" name=\"nome\" "
                  "placeholder=\"Nome\"><input type=\"email\" name=\"email\" placeholder=\"E-mail\"><input type=\"submit\" "
                  "value=\"Inscrever-me\"></form></section>"},
         "o montado depois dos incêndios"},
        {"a coupon box with the code in <code>", uk, true,
         {"", "", "<div class=\"promo-code\"><p>Промокод для читачів</p><p><code>KNYHA15</code></p><p>−15% на всі видання "
                  "книгарні до кінця місяця</p></div>"},
         "KNYHA15"},
        {"a follow-us line of social handles", he, true,
         {"", "", "", "<p>עקבו אחרינו: <a href=\"https://x.com/example_news\">@example_news</a> · "
                      "<a href=\"https://www.instagram.com/example_news/\">אינסטגרם</a> · "
                      "<a href=\"https://t.me/example_news\">טלגרם</a></p>"},
         "עקבו אחרינו"},
        {"an affiliate note over a product list", pt, true,
         {"", "<div class=\"aff\"><p><small>Se comprar através destes links, podemos receber uma comissão.</small></p><ul>"
              "<li><a href=\"https://loja.example/p/machado-tirador?tag=jornal-21\">Machado de tirador forjado — 64,90 €</a></li>"
              "<li><a href=\"https://loja.example/p/luvas-couro?tag=jornal-21\">Luvas de couro reforçadas — 19,90 €</a></li>"
              "</ul></div>"},
         "Machado de tirador forjado"},
        {"a survey of three emoji links", uk, true,
         {"", "", "", "<div class=\"survey\"><p>Як вам наш оновлений сайт?</p><a href=\"https://survey.example/uk?r=1\">😊</a> "
                      "<a href=\"https://survey.example/uk?r=2\">😐</a> <a href=\"https://survey.example/uk?r=3\">😞</a></div>"},
         "Як вам наш оновлений сайт"},
        {"a sponsored teaser card", tr, true,
         {"", "", "<div class=\"partner\"><span>Sponsorlu</span><a href=\"https://partner.example/kis?utm_source=gazete&amp;"
                  "utm_medium=kart\"><img src=\"/s/otel.jpg\" alt=\"\"><h4>Kayak otellerinde erken rezervasyona yüzde 30 "
                  "indirim</h4></a></div>"},
         "Kayak otellerinde erken rezervasyona"},
        {"a channel-join button standing alone", ko, true,
         {"", "<p><a class=\"btn btn-kakao\" href=\"https://pf.kakao.example/_xjAbc\">카카오톡 채널 추가하고 단독 기사 받기</a></p>"},
         "카카오톡 채널 추가하고"},
        {"a job-board list", ko, true,
         {"", "", "<div class=\"jobs\"><h4>이번 주 채용 공고</h4><ul><li><a href=\"https://jobs.example/a/311\">데이터 분석가 · "
                  "서울 · 정규직</a></li><li><a href=\"https://jobs.example/a/312\">영상 편집자 · 부산 · 계약직</a></li></ul>"
                  "<a href=\"https://jobs.example/\">공고 전체 보기</a></div>"},
         "데이터 분석가"},
        {"a gift subscription box", he, true,
         {"", "<div class=\"gift-sub\"><h3>המתנה המושלמת לחג</h3><p>מינוי דיגיטלי לשנה ב-99 ₪ בלבד, עם כרטיס ברכה אישי.</p>"
              "<a class=\"cta\" href=\"https://subs.example/gift?plan=year\">לרכישת מינוי מתנה</a></div>"},
         "המתנה המושלמת לחג"},
        {"a listen-to-this-article button at the head", th, true, {},
         "ฟังบทความนี้",
         "<div class=\"tts\"><button type=\"button\">▶ ฟังบทความนี้</button> <span>เสียงอ่านอัตโนมัติ · 4 นาที</span></div>"},
        {"a course advert inside a how-to", pt, true,
         {"", "<div class=\"curso\"><p><strong>Curso online:</strong> aprenda a gerir um montado com especialistas, em seis "
              "aulas com certificado. <a href=\"https://cursos.example/montado?ref=artigo\">Inscreva-se com 40% de desconto</a>"
              "</p></div>"},
         "Inscreva-se com 40%"},
        {"text: a coupon line", ko, false,
         {"", "", "할인 코드 MARKET20 입력 시 첫 주문 20% 할인 → https://shop.example/k"},
         "MARKET20"},
        {"text: a survey line", th, false,
         {"", "", "ช่วยเราปรับปรุงเว็บไซต์ ตอบแบบสอบถามเพียง 2 นาที https://survey.example/th"},
         "ตอบแบบสอบถาม"},
        {"text: a channel line", uk, false,
         {"", "📲 Підписуйтесь на наш Telegram-канал: t.me/novyny_example"},
         "Telegram-канал"},
        {"text: a donation line", he, false,
         {"", "", "התמיכה שלכם מאפשרת לנו להמשיך לכתוב. לתרומה: https://donate.example/he"},
         "לתרומה"},
        {"text: a store line", ko, false,
         {"", "앱에서 더 빠르게 읽기 | App Store · Google Play"},
         "더 빠르게 읽기"},
        {"text: an event line with a sign-up address", tr, false,
         {"", "", "Canlı söyleşi: Taş köprülerin sırları, 14 Aralık 20.00\nKayıt için: https://etkinlik.example/kayit"},
         "Kayıt için"},
        {"text: a handles line", pt, false,
         {"", "", "", "Siga-nos no Instagram @jornal_exemplo e no Facebook facebook.com/jornalexemplo"},
         "Siga-nos"},
        {"text: a job line with an address", th, false,
         {"", "", "ร่วมงานกับเรา รับสมัครนักข่าวภาคสนาม ส่งประวัติมาที่ jobs@news.example"},
         "รับสมัครนักข่าวภาคสนาม"},
    };
}

// Boxes of fresh5_cases() that go (the generalization figure). On main (e4a4857), before any
// rule for them: 12 of 21. Stayed there: the donation box, the app strip, the course advert,
// and in text the coupon, survey, channel, event, handles and job lines. With a row of short
// links dropped as chrome read as the pitch's buttons (dropped_actions.cpp), a paragraph closing
// on a button link after a sentence end, an address without its scheme and a line listing its
// ways out (promo_shapes.cpp): 16 of 21 (the donation box, the course advert, the channel and
// handles lines). Still staying: the store badges (image links leave no text and no removal to
// read), the Korean coupon line (Hangul words are too short for the content-word measure), the
// Thai survey and job lines (Thai is left out of it) and the Turkish event lines (a title with a
// date over the address line is no sentence, and its words are the article's).
constexpr int kFresh5Floor = 16;

// Look-alikes of lookalikes() kept whole. On main (e4a4857): 13 of 14. Lost there: the list of
// sources closing the article.
constexpr int kLookAlike5Floor = 13;

// ------------------------------------------------------------------ look-alikes

using LookAlike = winnow::test::FreshLookAlike;

std::vector<LookAlike> lookalikes() {
    return {
        {"news about an app", &kTurkish, true,
         {"", "<p>Belediyenin geçen ay yayımladığı mobil uygulama, köprüdeki yaya yoğunluğunu anlık olarak gösteriyor ve "
              "ilk haftasında kırk bin kez indirildi.</p>"},
         {"ilk haftasında kırk bin kez indirildi"}},
        {"news about a fundraiser", &kUkrainian, true,
         {"", "<p>На новий дах мешканці зібрали сто вісімдесят тисяч гривень: збір оголосив місцевий священник, а половину "
              "суми передали земляки, які живуть за кордоном.</p>"},
         {"збір оголосив місцевий священник"}},
        {"a quoted press statement", &kHebrew, true,
         {"", "", "<blockquote><p>„אנו שמחים שהמצפה חוזר לשרת את הציבור, ונמשיך להשקיע בו גם בשנים הבאות”, נמסר בהודעה של "
                  "המועצה האזורית.</p></blockquote>"},
         {"נמסר בהודעה של המועצה האזורית"}},
        {"a correction note", &kKorean, true,
         {"", "", "", "<p><em>바로잡습니다: 이전 기사에서 시장의 개장 연도를 1972년으로 적었으나 1965년이 맞습니다.</em></p>"},
         {"1965년이 맞습니다"}},
        {"a fact box of real figures", &kKorean, true,
         {"", "<div class=\"factbox\"><h4>시장 현황</h4><ul><li>점포 214곳 중 청년 점포 37곳</li><li>주말 하루 방문객 약 "
              "8천 명</li></ul></div>"},
         {"청년 점포 37곳", "약 8천 명"}},
        {"an author's disclosure of interest", &kPortuguese, true,
         {"", "", "", "<p><em>A autora é sócia de uma cooperativa de produtores de cortiça do Alentejo.</em></p>"},
         {"sócia de uma cooperativa"}},
        {"a list of sources", &kUkrainian, true,
         {"", "", "", "<h3>Джерела</h3><ul><li><a href=\"https://stat.example/lib-2025.pdf\">Звіт обласної бібліотечної "
                      "мережі, 2025</a></li><li><a href=\"https://archive.example/fond/112\">Обласний архів, фонд 112</a>"
                      "</li></ul>"},
         {"Звіт обласної бібліотечної мережі", "Обласний архів, фонд 112"}},
        {"a reader's question answered", &kThai, true,
         {"", "", "<p><strong>ผู้อ่านถาม:</strong> ต้นโกงกางต้องใช้เวลากี่ปีจึงจะกันคลื่นได้?</p><p>นักวิจัยตอบว่า "
                  "ต้องใช้เวลาราวเจ็ดถึงสิบปี รากค้ำยันจึงจะแน่นพอที่จะลดแรงคลื่นได้</p>"},
         {"ต้นโกงกางต้องใช้เวลากี่ปี", "ราวเจ็ดถึงสิบปี"}},
        {"a step list with one link", &kTurkish, true,
         {"", "", "<p>Köprüde rehberli yürüyüşe katılmak için:</p><ol><li>Belediyenin <a href=\"https://belediye.example/"
                  "basvuru\">başvuru formunu</a> doldurun.</li><li>Size gelen saatte köprünün batı ucunda buluşun.</li>"
                  "<li>Rahat ayakkabı giyin; taşlar ıslakken kaygandır.</li></ol>"},
         {"başvuru formunu", "taşlar ıslakken kaygandır"}},
        {"prices in the reporting", &kHebrew, true,
         {"", "", "", "<p>הכניסה לתצפית עולה 30 ₪ למבוגר ו-15 ₪ לילד, וההרשמה נעשית באתר המועצה עד יום לפני התצפית.</p>"},
         {"30 ₪ למבוגר"}},
        {"text: a quoted sentence", &kPortuguese, false,
         {"", "", "«Quem tira cortiça não tira casca, tira tempo», diz o tirador mais velho da equipa, com 71 anos."},
         {"tira tempo"}},
        {"text: a figure list", &kThai, false,
         {"", "", "ตัวเลขสำคัญ:\n- ปลูกแล้ว 10,400 ต้น\n- ชายฝั่งที่ฟื้นตัว 1.8 กิโลเมตร"},
         {"ปลูกแล้ว 10,400 ต้น", "1.8 กิโลเมตร"}},
        {"text: a reader's question answered", &kHebrew, false,
         {"", "", "שאלה של קוראת: האם אפשר להגיע למצפה בתחבורה ציבורית?\nתשובה: קו האוטובוס מהעיר מגיע עד צומת הרכס, "
                  "ומשם יש שביל של שני קילומטרים."},
         {"קו האוטובוס מהעיר"}},
        {"text: an author's disclosure", &kTurkish, false,
         {"", "", "", "Yazar, restorasyon ekibinde 2023 yılında gönüllü olarak çalıştı."},
         {"gönüllü olarak çalıştı"}},
    };
}

}  // namespace

TEST_CASE("fifth fresh promo shapes: the article stays whole, and at least the floor of the boxes go") {
    const auto cases = fresh5_cases();
    std::string stayed;
    const int gone = winnow::test::run_fresh_cases(cases, {}, stayed);
    MESSAGE("fifth fresh promo boxes gone: ", gone, " of ", cases.size(), stayed);
    CHECK(gone >= kFresh5Floor);
}

TEST_CASE("fifth fresh look-alikes: news, statements, notes, facts, disclosures, sources and steps stay whole") {
    std::string lost;
    const auto cases = lookalikes();
    const int whole = winnow::test::count_whole_lookalikes(cases, lost);
    MESSAGE("fifth fresh look-alikes whole: ", whole, " of ", cases.size(), lost);
    CHECK(whole >= kLookAlike5Floor);
}
