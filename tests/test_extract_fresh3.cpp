// Round 3 of the fresh pages (issue 18): whole pages written before reading the extractor's
// rules, of kinds the held-out figures lose on and rounds 1 and 2 (test_extract_fresh.cpp,
// test_extract_fresh2.cpp) and the scripts suite do not have: a short article under a comment
// section three times longer, an article followed by a long author bio and "more by this
// author" teasers, a recipe (ingredients in a table, steps in <div>s), a product page
// (description, specification table, reviews), a forum thread of posts in tables, documentation
// with code blocks beside a long table of contents, a landing page of feature cards, a glossary,
// a press release, an article split over sibling <section>s with advertisements between, an
// article of <div>s and <br>s, a live blog, an interview in bold questions, an article in an
// <iframe srcdoc>, an article in JSON-LD articleBody only. German, English, Italian, Spanish,
// French, Dutch, Portuguese, Russian, Ukrainian, Greek, Arabic, Hindi and Thai. The templates are
// div soup with ids, table layouts and single-column blogs, unlike rounds 1 and 2. A page passes
// when every key sentence of its main text is in the output and every piece of chrome is out.
//
// On main unchanged (f9bf4d5) 16 of 21 pages passed whole (the generalization figure);
// kFresh3Floor holds the count reached and only ever rises: 17 since a bare headline link over
// a summary counts as a teaser's headline (extract_score.cpp, is_headline_link), 19 since a row
// of one-word buttons at the article's edge is a widget (extract_action_row.cpp), 20 since an
// <iframe srcdoc> holding paragraphs is read as markup (srcdoc.cpp).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"

using namespace winnow;

namespace {

// One site's chrome in one language, laid out as div soup with ids (no <nav>/<main>/<footer>).
struct Site {
    const char* lang;
    const char* dir;
    const char* name;
    std::vector<const char*> menu;
    const char* cookie;
    const char* newsletter;
    const char* teaser_heading;
    std::vector<const char*> teasers;
    const char* imprint;
};

const Site kDe{"de", "ltr", "Rheintal Kurier",
    {"Startseite", "Region", "Wirtschaft", "Sport", "Kultur", "Abo"},
    "Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe auf unsere Website zu analysieren. Mit „Zustimmen“ erlauben Sie das.",
    "Der Morgen-Newsletter: alles Wichtige aus der Region täglich um sechs Uhr in Ihrem Postfach.",
    "Das könnte Sie auch interessieren",
    {"Neue Radbrücke über die Lahn eröffnet", "Stadtwerke erhöhen die Fernwärmepreise", "Weinfest lockt zehntausend Besucher", "Hallenbad bleibt bis Ostern geschlossen"},
    "© 2026 Rheintal Kurier GmbH · Impressum · Datenschutz · Cookie-Einstellungen · AGB"};

const Site kEn{"en", "ltr", "The Millbrook Ledger",
    {"Home", "Local", "Business", "Schools", "Opinion", "Subscribe"},
    "We and our partners use cookies to measure traffic and show you relevant offers. Manage your choices at any time.",
    "Get the Ledger in your inbox every weekday morning. No spam, unsubscribe whenever you like.",
    "Trending now",
    {"County fair adds a second weekend", "Water main break closes Elm Street", "Library card sign-ups hit a record", "High school robotics team heads to state"},
    "© 2026 Millbrook Ledger Media LLC. Terms of Use | Privacy Policy | Contact the newsroom"};

const Site kIt{"it", "ltr", "Cucina di Nonna Pina",
    {"Home", "Primi", "Secondi", "Dolci", "Pane e pizza", "Contatti"},
    "Questo sito utilizza cookie tecnici e di profilazione di terze parti. Chiudendo questo banner acconsenti all'uso dei cookie.",
    "Iscriviti alla newsletter e ricevi ogni domenica una ricetta della tradizione.",
    "Ricette correlate",
    {"Lasagne alla bolognese", "Tiramisù senza uova", "Focaccia genovese morbida", "Risotto ai funghi porcini"},
    "© 2026 Cucina di Nonna Pina · P.IVA 01234567890 · Privacy · Cookie policy"};

const Site kEs{"es", "ltr", "ForoMotor",
    {"Inicio", "Foros", "Mercadillo", "Galería", "Normas", "Registrarse"},
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.",
    "Recibe cada semana los temas más comentados del foro.",
    "Temas similares",
    {"Ruido en la dirección al girar en parado", "¿Merece la pena el cambio automático?", "Consumo real del diésel en ciudad", "Pastillas de freno: ¿originales o compatibles?"},
    "© 2026 ForoMotor · Aviso legal · Política de privacidad · Contacto"};

const Site kFr{"fr", "ltr", "Planifio",
    {"Produit", "Tarifs", "Clients", "Ressources", "Connexion", "Essai gratuit"},
    "Nous utilisons des cookies pour mesurer l'audience et améliorer votre expérience. Vous pouvez les refuser à tout moment.",
    "Recevez nos conseils d'organisation une fois par mois.",
    "Découvrir aussi",
    {"Planifio pour les écoles", "Planifio pour les cabinets médicaux", "Intégration avec votre agenda", "Études de cas clients"},
    "© 2026 Planifio SAS · Mentions légales · Confidentialité · CGU · Statut des services"};

const Site kRu{"ru", "ltr", "Уральская неделя",
    {"Главная", "Город", "Общество", "Экономика", "Спорт", "Афиша"},
    "Продолжая пользоваться сайтом, вы соглашаетесь на обработку файлов cookie и персональных данных в соответствии с политикой.",
    "Подпишитесь на вечернюю рассылку: главные новости дня в одном письме.",
    "Другие материалы",
    {"В парке Победы заменят все скамейки", "Трамвайное депо переедет за город", "Горожане выбрали проект новой площади", "Открыт приём заявок на гранты для НКО"},
    "© 2026 «Уральская неделя». Свидетельство о регистрации СМИ ЭЛ № ФС 77-00000. Все права защищены."};

const Site kEl{"el", "ltr", "Νέα της Κρήτης",
    {"Αρχική", "Κρήτη", "Ελλάδα", "Οικονομία", "Πολιτισμός", "Αθλητικά"},
    "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας και για στατιστικούς σκοπούς. Μπορείτε να τα απενεργοποιήσετε.",
    "Εγγραφείτε στο ενημερωτικό δελτίο μας και λάβετε τα νέα της ημέρας.",
    "Δείτε επίσης",
    {"Νέα γραμμή λεωφορείου προς το αεροδρόμιο", "Ξεκινά η συγκομιδή της ελιάς", "Έκθεση φωτογραφίας στο λιμάνι", "Έργα στον παραλιακό δρόμο"},
    "© 2026 Νέα της Κρήτης · Όροι χρήσης · Πολιτική απορρήτου · Επικοινωνία"};

const Site kAr{"ar", "rtl", "مجلة الأفق",
    {"الرئيسية", "حوارات", "ثقافة", "علوم", "فنون", "من نحن"},
    "يستخدم هذا الموقع ملفات تعريف الارتباط لتقديم أفضل تجربة ممكنة، ويمكنك تعديل الإعدادات في أي وقت.",
    "اشترك في نشرتنا الأسبوعية لتصلك أحدث الحوارات والمقالات.",
    "مواد ذات صلة",
    {"حوار مع مترجم الروايات اللاتينية", "المكتبات المتنقلة في القرى", "مهرجان المسرح الشبابي", "قراءة في ديوان جديد"},
    "© 2026 مجلة الأفق · جميع الحقوق محفوظة · سياسة الخصوصية · اتصل بنا"};

const Site kHi{"hi", "ltr", "जनपथ समाचार",
    {"होम", "देश", "राज्य", "खेल", "मनोरंजन", "ई-पेपर"},
    "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं। साइट का उपयोग जारी रखकर आप इसकी सहमति देते हैं।",
    "हमारे न्यूज़लेटर की सदस्यता लें और हर सुबह ताज़ा ख़बरें पाएँ।",
    "ये भी पढ़ें",
    {"शहर में नया फ्लाईओवर खुला", "बारिश से फसलों को नुकसान", "स्कूलों में गर्मी की छुट्टियाँ बढ़ीं", "रेलवे स्टेशन पर नई सुविधाएँ"},
    "© 2026 जनपथ समाचार · सर्वाधिकार सुरक्षित · गोपनीयता नीति · संपर्क करें"};

const Site kTh{"th", "ltr", "ข่าวเชียงใหม่วันนี้",
    {"หน้าแรก", "ข่าวท้องถิ่น", "เศรษฐกิจ", "ท่องเที่ยว", "กีฬา", "ติดต่อเรา"},
    "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานและวิเคราะห์การเข้าชม ท่านสามารถเปลี่ยนการตั้งค่าได้ตลอดเวลา",
    "สมัครรับจดหมายข่าวเพื่อรับข่าวสารทุกเช้า",
    "ข่าวที่เกี่ยวข้อง",
    {"ตลาดนัดวันอาทิตย์ขยายเวลาเปิด", "เทศบาลเตรียมปลูกต้นไม้ริมน้ำปิง", "นักท่องเที่ยวจีนเพิ่มขึ้นในเดือนนี้", "โรงเรียนเปิดรับสมัครนักเรียนใหม่"},
    "© 2026 ข่าวเชียงใหม่วันนี้ สงวนลิขสิทธิ์ นโยบายความเป็นส่วนตัว ติดต่อโฆษณา"};

const Site kNl{"nl", "ltr", "Polderpost",
    {"Nieuws", "Regio", "Economie", "Sport", "Cultuur", "Inloggen"},
    "Polderpost gebruikt cookies en vergelijkbare technieken om de site te verbeteren en advertenties te tonen.",
    "Ontvang elke ochtend het belangrijkste nieuws uit de polder in je mailbox.",
    "Meer nieuws",
    {"Nieuwe fietsbrug over de Vecht", "Gemeente zoekt plek voor zonnepark", "Dorpsfeest trekt recordaantal bezoekers", "Sluis twee weken dicht voor onderhoud"},
    "© 2026 Polderpost B.V. · Colofon · Privacy · Cookies · Adverteren"};

const Site kPt{"pt", "ltr", "Jornal do Vale",
    {"Início", "Cidades", "Economia", "Desporto", "Cultura", "Assinar"},
    "Este site utiliza cookies para melhorar a sua experiência de navegação. Ao continuar, aceita a nossa política de cookies.",
    "Assine a nossa newsletter e receba as notícias da região todas as manhãs.",
    "Leia também",
    {"Nova ciclovia liga o centro à praia", "Mercado municipal reabre em abril", "Festival de folclore regressa em julho", "Obras na ponte velha começam segunda"},
    "© 2026 Jornal do Vale · Estatuto editorial · Ficha técnica · Política de privacidade"};

const Site kUk{"uk", "ltr", "Подільські новини",
    {"Головна", "Місто", "Область", "Економіка", "Спорт", "Контакти"},
    "Ми використовуємо файли cookie, щоб покращити роботу сайту та показувати вам цікаві матеріали.",
    "Підпишіться на нашу розсилку та отримуйте головні новини щовечора.",
    "Читайте також",
    {"У місті відкрили новий сквер", "Тролейбусний маршрут подовжать", "Фестиваль вареників знову у серпні", "Ремонт мосту завершать восени"},
    "© 2026 Подільські новини · Усі права захищено · Політика конфіденційності · Реклама"};

std::string menu_html(const Site& s) {
    std::string h = "<div id=\"topmenu\" class=\"menu-bar\">";
    int k = 0;
    for (const char* m : s.menu) h += "<a class=\"menu-item\" href=\"/c/" + std::to_string(++k) + "\">" + m + "</a> | ";
    return h + "</div>\n";
}

std::string teasers_html(const Site& s) {
    std::string h = std::string("<div id=\"teaser-box\" class=\"box\"><div class=\"box-title\">") + s.teaser_heading + "</div>";
    int k = 0;
    for (const char* t : s.teasers)
        h += "<div class=\"teaser\"><a href=\"/art/" + std::to_string(500 + ++k) + ".html\"><img src=\"/t" +
             std::to_string(k) + ".jpg\" alt=\"\"><span>" + t + "</span></a></div>";
    return h + "</div>\n";
}

std::string cookie_html(const Site& s) {
    return std::string("<div id=\"cookie-layer\" class=\"overlay\"><div class=\"txt\">") + s.cookie +
           "</div><a href=\"#ok\" class=\"btn\">OK</a></div>\n";
}

std::string newsletter_html(const Site& s) {
    return std::string("<div id=\"nl-signup\" class=\"box\"><div class=\"txt\">") + s.newsletter +
           "</div><form action=\"/nl\"><input type=\"email\" name=\"m\"><input type=\"submit\" value=\"→\"></form></div>\n";
}

std::string head(const Site& s, const std::string& title, const std::string& extra_head = "") {
    return std::string("<!DOCTYPE html>\n<html lang=\"") + s.lang + "\" dir=\"" + s.dir +
           "\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + extra_head + "</head>\n<body>\n" +
           cookie_html(s) + "<div id=\"header\"><div id=\"logo\"><a href=\"/\">" + s.name + "</a></div>\n" + menu_html(s) +
           "</div>\n";
}

std::string tail(const Site& s) {
    return std::string("<div id=\"footer\"><div class=\"copy\">") + s.imprint + "</div></div>\n</body></html>\n";
}

// The div-soup template: content in #content, teasers and newsletter in #sidebar after it.
std::string page(const Site& s, const std::string& title, const std::string& content, const std::string& extra_head = "") {
    return head(s, title, extra_head) + "<div id=\"wrapper\"><div id=\"content\">\n" + content +
           "</div>\n<div id=\"sidebar\">" + teasers_html(s) + newsletter_html(s) + "</div></div>\n" + tail(s);
}

using Fresh = winnow::test::FreshPage;

std::vector<std::string> chrome(const Site& s, std::vector<std::string> extra) {
    extra.push_back(s.cookie);
    extra.push_back(s.imprint);
    extra.push_back(s.teasers[1]);
    extra.push_back(s.newsletter);
    return extra;
}

// A comment in a thread: name, date, text, a reply link.
std::string comment(const std::string& who, const std::string& when, const std::string& text, const char* reply = "Reply") {
    return "<li class=\"comment\"><div class=\"comment-author\"><img src=\"/avatar.png\" alt=\"\"> <b>" + who +
           "</b> <span class=\"when\">" + when + "</span></div><div class=\"comment-text\"><p>" + text +
           "</p></div><a class=\"reply-link\" href=\"#reply\">" + reply + "</a></li>\n";
}

// 1. English: a short local article under a comment section three times its length.
Fresh en_short_article_long_comments() {
    std::string a = R"(<div class="post"><h1 class="headline">Council approves crosswalk outside Jefferson Elementary</h1>
<div class="byline">By Dana Whitfield · April 9, 2026</div>
<div class="post-body">
<p>The town council voted five to two on Tuesday to install a signalled crosswalk on Route 9 in front of Jefferson Elementary, after parents collected more than four hundred signatures.</p>
<p>Construction is expected to start in June, so that the signal is working when classes resume at the end of August.</p>
<p>The state transportation department will pay for most of the eighty thousand dollar project.</p>
</div></div>
)";
    std::string c = "<div id=\"comments\"><h3>42 Comments</h3><ol class=\"comment-list\">" +
        comment("RiverRat77", "April 9, 2026 at 8:14 pm", "About time. I have watched kids run across that road for years while trucks come over the hill doing fifty, and nobody did a thing until now.") +
        comment("Marge P.", "April 9, 2026 at 8:40 pm", "Two council members voted against a crosswalk for children? I would really like to hear them explain that at the next meeting, because I cannot think of a single good reason.") +
        comment("tdogg", "April 9, 2026 at 9:02 pm", "Eighty thousand dollars for some paint and a light seems like a lot of money. Where does all of it go? Somebody is making a nice profit on this one, I promise you that.") +
        comment("Jefferson PTA", "April 10, 2026 at 7:15 am", "Thank you to every family who signed the petition and to the crossing guards who have kept our children safe in the meantime. We will keep everyone posted on the construction schedule.") +
        comment("Old Timer", "April 10, 2026 at 9:33 am", "Back in my day we walked two miles to school and nobody needed a signal. Kids these days have it easy, though I admit the traffic is worse than it used to be on that stretch.") +
        comment("Hannah K.", "April 10, 2026 at 11:51 am", "My son crosses there every morning. I am so relieved. The bus stop is on the other side of the road and the drivers never slow down, even when the lights on the bus are flashing.") +
        comment("RiverRat77", "April 10, 2026 at 12:05 pm", "@tdogg the signal hardware alone costs more than you would think, and the state pays most of it anyway. Read the article before complaining about the money please.") +
        comment("Skeptical in Millbrook", "April 10, 2026 at 2:20 pm", "June start means it will be done in December if we are lucky. Every project in this town runs late and over budget. Just look at what happened with the library parking lot last year.") +
        "</ol><div class=\"comment-form\"><h4>Leave a comment</h4><form><textarea></textarea><button>Post comment</button></form></div></div>\n";
    return {"en: short article under a comment section three times longer",
            page(kEn, "Council approves crosswalk outside Jefferson Elementary | The Millbrook Ledger", a + c),
            {"The town council voted five to two on Tuesday to install a signalled crosswalk",
             "Construction is expected to start in June", "The state transportation department will pay for most"},
            chrome(kEn, {"I have watched kids run across that road for years", "Thank you to every family who signed the petition",
                         "Every project in this town runs late and over budget"})};
}

// 2. German: an article followed by a long author bio and "more by this author" teasers.
Fresh de_author_bio() {
    std::string a = R"(<div class="artikel"><h1>Warum die Kleingärten am Stadtrand plötzlich Wartelisten haben</h1>
<div class="autor-zeile">Von Katrin Berger | 14.05.2026, 06:00 Uhr</div>
<div class="artikel-text">
<p>Noch vor zehn Jahren standen in der Kolonie „Am Mühlbach“ fast zwanzig Parzellen leer, heute warten über sechzig Familien auf einen Garten.</p>
<p>Der Vorsitzende des Vereins erklärt den Andrang mit den gestiegenen Lebensmittelpreisen und dem Wunsch vieler junger Eltern, ihren Kindern zu zeigen, wo Gemüse herkommt.</p>
<p>Damit mehr Menschen zum Zug kommen, werden große Parzellen inzwischen geteilt, und wer seinen Garten verwildern lässt, bekommt nach zwei Abmahnungen die Kündigung.</p>
</div></div>
<div class="autor-box"><img src="/autoren/berger.jpg" alt="Katrin Berger"><div class="autor-info"><div class="autor-name">Katrin Berger</div>
<p>Katrin Berger ist seit 2014 Redakteurin im Ressort Region und schreibt vor allem über Stadtentwicklung, Wohnen und Umwelt. Sie hat in Tübingen Geografie studiert und ihr Volontariat bei einer Tageszeitung im Allgäu absolviert.</p>
<p>Bevor sie zum Rheintal Kurier kam, arbeitete sie drei Jahre als freie Journalistin für Radio und Print. In ihrer Freizeit ist sie selbst Kleingärtnerin und baut mit wechselndem Erfolg Tomaten, Bohnen und Kürbisse an. Für ihre Serie über bezahlbares Wohnen wurde sie 2022 mit einem Lokaljournalistenpreis ausgezeichnet.</p>
<p><a href="mailto:k.berger@example.org">E-Mail an die Autorin</a> · <a href="/autoren/berger">Alle Artikel</a></p></div></div>
<div class="mehr-vom-autor"><div class="box-title">Mehr von Katrin Berger</div>
<div class="teaser"><a href="/a/1"><span>Mietspiegel 2026: Wo das Wohnen am teuersten geworden ist</span></a><p>In drei Stadtteilen sind die Mieten um mehr als zehn Prozent gestiegen. Eine Übersicht.</p></div>
<div class="teaser"><a href="/a/2"><span>Der Streit um das Neubaugebiet an der Bahnlinie geht weiter</span></a><p>Anwohner haben Einspruch gegen den Bebauungsplan eingelegt.</p></div>
<div class="teaser"><a href="/a/3"><span>So viel Müll sammelten Freiwillige beim Rheinputz</span></a><p>Mehr als vier Tonnen kamen an einem Samstag zusammen.</p></div>
</div>
)";
    return {"de: article + long author bio + more by this author",
            page(kDe, "Kleingärten: Warum es plötzlich Wartelisten gibt | Rheintal Kurier", a),
            {"Noch vor zehn Jahren standen in der Kolonie", "Der Vorsitzende des Vereins erklärt den Andrang",
             "werden große Parzellen inzwischen geteilt"},
            chrome(kDe, {"seit 2014 Redakteurin im Ressort Region", "wurde sie 2022 mit einem Lokaljournalistenpreis",
                         "Mietspiegel 2026: Wo das Wohnen"})};
}

// 3. Italian: a recipe, ingredients in a table, steps in <div>s, under a long intro and a ratings box.
Fresh it_recipe() {
    std::string a = R"(<div class="ricetta"><h1>Pasta e ceci alla romana</h1>
<div class="info"><span>Difficoltà: facile</span> <span>Preparazione: 15 min</span> <span>Cottura: 40 min</span> <span>Dosi per: 4 persone</span></div>
<div class="intro"><p>La pasta e ceci è uno dei piatti più semplici della cucina romana di casa, quella del venerdì, quando in tavola non arrivava la carne.</p></div>
<h2>Ingredienti</h2>
<table class="ingredienti"><tr><td>Ceci lessati</td><td>400 g</td></tr><tr><td>Ditalini rigati</td><td>200 g</td></tr><tr><td>Aglio</td><td>1 spicchio</td></tr><tr><td>Rosmarino</td><td>1 rametto</td></tr><tr><td>Acciughe sott'olio</td><td>2 filetti</td></tr><tr><td>Concentrato di pomodoro</td><td>1 cucchiaio</td></tr><tr><td>Olio extravergine d'oliva</td><td>q.b.</td></tr></table>
<h2>Preparazione</h2>
<div class="passi">
<div class="passo"><span class="num">1</span><div class="testo">In una pentola scaldate l'olio con l'aglio schiacciato, il rosmarino e le acciughe, mescolando finché le acciughe si sciolgono.</div></div>
<div class="passo"><span class="num">2</span><div class="testo">Aggiungete i ceci e il concentrato, lasciate insaporire per qualche minuto e coprite con un litro di acqua calda salata.</div></div>
<div class="passo"><span class="num">3</span><div class="testo">Dopo venti minuti frullate metà dei ceci con un mestolo di brodo e rimetteteli nella pentola per rendere la minestra cremosa.</div></div>
<div class="passo"><span class="num">4</span><div class="testo">Buttate la pasta direttamente nella pentola e cuocetela, aggiungendo acqua calda se la minestra si asciuga troppo.</div></div>
</div></div>
<div class="valutazione"><span>Vota questa ricetta</span> ★★★★☆ <span>(128 voti)</span> <a href="#stampa">Stampa</a> <a href="#salva">Salva</a></div>
)";
    return {"it: recipe, ingredients in a table, steps in divs",
            page(kIt, "Pasta e ceci alla romana - Ricetta di Cucina di Nonna Pina", a),
            {"La pasta e ceci è uno dei piatti più semplici", "Ditalini rigati", "Concentrato di pomodoro",
             "scaldate l'olio con l'aglio schiacciato", "coprite con un litro di acqua calda salata",
             "frullate metà dei ceci con un mestolo di brodo", "Buttate la pasta direttamente nella pentola"},
            chrome(kIt, {"Vota questa ricetta"})};
}

// 4. German: a product page, description + specification table + customer reviews.
Fresh de_product() {
    std::string a = R"(<div class="produkt"><h1>Akku-Heckenschere HS 18-50</h1>
<div class="preis-box"><span class="preis">129,99 €</span> <span>inkl. MwSt., zzgl. Versand</span> <button>In den Warenkorb</button> <span>Lieferzeit 2–3 Werktage</span></div>
<div class="beschreibung"><h2>Produktbeschreibung</h2>
<p>Die HS 18-50 schneidet Zweige bis zu einer Stärke von 18 Millimetern und wiegt mit Akku nur 2,6 Kilogramm, sodass auch lange Hecken ohne Pause geschnitten werden können.</p>
<p>Der drehbare Bügelgriff lässt sich in fünf Stellungen einrasten, damit die Oberseite einer Hecke ohne verrenkte Handgelenke gerade geschnitten wird.</p></div>
<h2>Technische Daten</h2>
<table class="datenblatt"><tr><th>Schnittlänge</th><td>50 cm</td></tr><tr><th>Zahnabstand</th><td>18 mm</td></tr><tr><th>Akkuspannung</th><td>18 V</td></tr><tr><th>Laufzeit pro Ladung</th><td>bis 65 min</td></tr><tr><th>Gewicht mit Akku</th><td>2,6 kg</td></tr></table>
</div>
<div class="bewertungen"><h2>Kundenbewertungen (3)</h2>
<div class="bewertung"><div class="sterne">★★★★★</div><b>Leicht und leise</b><p>Habe damit 40 Meter Thuja geschnitten, Akku hat fast gereicht. Sehr zufrieden.</p><div class="wer">Jürgen aus Kassel, 02.06.2026</div><a href="#hilfreich">Hilfreich (12)</a></div>
<div class="bewertung"><div class="sterne">★★★☆☆</div><b>Ok für den Preis</b><p>Bei dicken Ästen bleibt sie manchmal hängen, für normale Hecken reicht es.</p><div class="wer">Sabine M., 28.05.2026</div><a href="#hilfreich">Hilfreich (4)</a></div>
<div class="bewertung"><div class="sterne">★★★★☆</div><b>Gut</b><p>Griff ist super, Akku könnte größer sein.</p><div class="wer">Tom, 11.05.2026</div><a href="#hilfreich">Hilfreich (1)</a></div>
</div>
<div class="zubehoer"><div class="box-title">Kunden kauften auch</div><a href="/p/88">Ersatzakku 18 V 4,0 Ah – 59,99 €</a> <a href="/p/89">Schnellladegerät – 34,99 €</a> <a href="/p/90">Schutzhandschuhe Gr. 10 – 12,99 €</a></div>
)";
    return {"de: product page, description + spec table + reviews",
            page(kDe, "Akku-Heckenschere HS 18-50 online kaufen | Gartenmarkt", a),
            {"schneidet Zweige bis zu einer Stärke von 18 Millimetern", "Der drehbare Bügelgriff lässt sich in fünf Stellungen",
             "Laufzeit pro Ladung"},
            chrome(kDe, {"In den Warenkorb", "Ersatzakku 18 V 4,0 Ah", "Schnellladegerät"})};
}

// 5. Spanish: a forum thread whose posts are table rows (the old phpBB/vBulletin shape).
Fresh es_forum_tables() {
    auto post = [](const char* who, const char* rank, const char* when, const char* text) {
        return std::string("<table class=\"tborder post\" width=\"100%\"><tr><td class=\"thead\" colspan=\"2\">") + when +
               "</td></tr><tr><td class=\"alt2 userinfo\" width=\"160\"><a class=\"bigusername\" href=\"/u\">" + who +
               "</a><div class=\"smallfont\">" + rank + "<br>Mensajes: 1.204</div></td><td class=\"alt1 postbody\"><div class=\"postcontent\">" +
               text + "</div></td></tr><tr><td class=\"thead\" colspan=\"2\"><a href=\"#citar\">Citar</a> <a href=\"#responder\">Responder</a></td></tr></table>\n";
    };
    std::string a = std::string("<div class=\"navbits\"><a href=\"/\">ForoMotor</a> &gt; <a href=\"/f/7\">Mecánica</a> &gt; Calentamiento del motor</div>\n") +
        "<h1 class=\"threadtitle\">El motor se calienta en los atascos de verano</h1>\n" +
        post("pacoGTI", "Miembro", "12-07-2026, 18:42",
             "Buenas a todos. Desde que empezó el calor, la aguja de la temperatura sube casi hasta el rojo cuando estoy parado en un atasco, y en cuanto arranco vuelve a su sitio.<br><br>El coche tiene ciento cuarenta mil kilómetros y el líquido refrigerante está al nivel. ¿Alguna idea de por dónde empezar a mirar?") +
        post("Mecánico_Juan", "Moderador", "12-07-2026, 19:05",
             "Lo más probable es que no se esté encendiendo el electroventilador. En marcha el aire que entra por la parrilla basta para enfriar el radiador, pero parado depende solo del ventilador.<br><br>Revisa primero el fusible y el relé, y después el sensor de temperatura que lo activa.") +
        post("pacoGTI", "Miembro", "13-07-2026, 10:17",
             "Solucionado. Era el relé del ventilador, estaba quemado. Lo cambié por uno de doce euros y ahora el ventilador arranca a los noventa y cinco grados como debe. Gracias a todos.");
    return {"es: forum thread, posts in tables", page(kEs, "El motor se calienta en los atascos de verano - ForoMotor", a),
            {"la aguja de la temperatura sube casi hasta el rojo", "no se esté encendiendo el electroventilador",
             "Revisa primero el fusible y el relé", "Era el relé del ventilador, estaba quemado"},
            chrome(kEs, {})};
}

// 6. English: documentation page with code blocks beside a long sidebar table of contents.
Fresh en_docs_toc() {
    std::string toc = "<div id=\"docs-nav\" class=\"toc\"><div class=\"toc-title\">Contents</div><ul>";
    const char* sections[] = {"Introduction", "Installation", "Quick start", "Configuration file", "Environment variables",
                              "Connecting to a database", "Migrations", "Seeding data", "Transactions", "Connection pools",
                              "Logging", "Testing", "Deploying", "Upgrading from 1.x", "Troubleshooting", "API reference",
                              "Command line", "Plugins", "Changelog", "License"};
    int k = 0;
    for (const char* s : sections) toc += "<li><a href=\"/docs/" + std::to_string(++k) + "\">" + s + "</a></li>";
    toc += "</ul></div>\n";
    std::string body = head(kEn, "Connection pools — tidewater 2.4 documentation") + "<div id=\"docs\">" + toc +
        R"(<div class="doc-body"><h1>Connection pools</h1>
<p>Opening a database connection is expensive, so tidewater keeps a pool of open connections and lends them to your code for the length of one query or one transaction.</p>
<p>The pool is created the first time you call <code>connect()</code> and its size is taken from the <code>pool.size</code> setting, which defaults to ten connections.</p>
<pre><code>from tidewater import connect

db = connect("postgres://localhost/app", pool_size=20)
with db.transaction() as tx:
    tx.execute("UPDATE stock SET qty = qty - 1 WHERE id = %s", [item_id])
</code></pre>
<p>When every connection is in use, a caller waits up to <code>pool.timeout</code> seconds for one to be returned and then raises <code>PoolExhausted</code>.</p>
<h2>Sizing the pool</h2>
<p>A pool larger than the number of connections your database allows will fail at start-up, so keep the sum over all application servers below the server's limit.</p>
<div class="admonition note"><p class="admonition-title">Note</p><p>Connections idle for longer than <code>pool.idle_timeout</code> are closed and reopened on demand.</p></div>
<div class="pager"><a href="/docs/9">« Transactions</a> <a href="/docs/11">Logging »</a></div>
<div class="edit"><a href="https://example.org/edit">Edit this page</a> · Last updated on 3 March 2026</div>
</div></div>
)" + tail(kEn);
    return {"en: documentation, code block, long sidebar TOC", body,
            {"Opening a database connection is expensive", "its size is taken from the", "db = connect(\"postgres://localhost/app\", pool_size=20)",
             "a caller waits up to", "A pool larger than the number of connections your database allows"},
            {kEn.cookie, kEn.imprint, "Upgrading from 1.x", "Environment variables", "Edit this page"}};
}

// 7. French: a landing page of short sections (feature cards), no single long paragraph.
Fresh fr_landing() {
    std::string a = R"(<div class="hero"><h1>Planifio, l'agenda partagé des petites équipes</h1>
<p class="lead">Planifio réunit les plannings, les congés et les réservations de salles de votre équipe dans un seul calendrier que tout le monde peut consulter depuis son téléphone.</p>
<a class="cta" href="/essai">Essayer gratuitement 30 jours</a></div>
<div class="features">
<div class="card"><h3>Plannings en glisser-déposer</h3><p>Déplacez un créneau d'un collègue à l'autre en un geste, et chacun reçoit aussitôt une notification avec son nouvel horaire.</p></div>
<div class="card"><h3>Congés sans paperasse</h3><p>Les demandes de congés sont validées par le responsable dans l'application, et les soldes se mettent à jour tout seuls.</p></div>
<div class="card"><h3>Salles et matériel</h3><p>Réservez une salle de réunion ou un vidéoprojecteur depuis le même calendrier, sans risque de double réservation.</p></div>
<div class="card"><h3>Vos données en France</h3><p>Toutes les données sont hébergées dans des centres de données situés en France et sauvegardées chaque nuit.</p></div>
</div>
<div class="logos"><span>Ils nous font confiance :</span> <img src="/l1.svg" alt="Boulangerie Martin"> <img src="/l2.svg" alt="Cabinet Durand"> <img src="/l3.svg" alt="École Saint-Joseph"></div>
<div class="temoignage"><blockquote>« Depuis Planifio, nous avons arrêté les tableaux Excel envoyés par courriel. Tout le monde sait qui travaille quand. »</blockquote><cite>Claire, gérante d'une pharmacie à Nantes</cite></div>
)";
    return {"fr: landing page of feature cards", page(kFr, "Planifio — l'agenda partagé des petites équipes", a),
            {"Planifio réunit les plannings, les congés et les réservations", "Déplacez un créneau d'un collègue à l'autre",
             "Les demandes de congés sont validées par le responsable", "Réservez une salle de réunion ou un vidéoprojecteur",
             "Toutes les données sont hébergées dans des centres de données"},
            chrome(kFr, {})};
}

// 8. Greek: a glossary page, terms in <p><strong>term</strong> – definition</p>, letter index on top.
Fresh el_glossary() {
    std::string a = R"(<div class="page"><h1>Γλωσσάρι ελαιοκομίας</h1>
<div class="letters"><a href="#a">Α</a> <a href="#b">Β</a> <a href="#g">Γ</a> <a href="#d">Δ</a> <a href="#e">Ε</a> <a href="#k">Κ</a> <a href="#l">Λ</a> <a href="#p">Π</a></div>
<p>Συγκεντρώσαμε τους όρους που ακούγονται πιο συχνά στα ελαιοτριβεία και στους ελαιώνες της Κρήτης, με μια σύντομη εξήγηση για τον καθένα.</p>
<p id="a"><strong>Αγουρέλαιο</strong> – Λάδι από ελιές που μαζεύονται πριν ωριμάσουν πλήρως, με έντονη πικρή και πικάντικη γεύση.</p>
<p id="d"><strong>Διάρκεια παραμονής</strong> – Ο χρόνος που περνά από τη συγκομιδή ως την έκθλιψη· όσο μικρότερος, τόσο καλύτερο το λάδι.</p>
<p id="e"><strong>Εξαιρετικό παρθένο</strong> – Η ανώτερη κατηγορία ελαιολάδου, με οξύτητα έως 0,8% και χωρίς οργανοληπτικά ελαττώματα.</p>
<p id="k"><strong>Κουκούτσι</strong> – Ο σκληρός πυρήνας της ελιάς, που αλέθεται μαζί με τη σάρκα στα περισσότερα ελαιοτριβεία.</p>
<p id="l"><strong>Λιομάζωμα</strong> – Η συγκομιδή της ελιάς, που στην Κρήτη ξεκινά συνήθως τον Νοέμβριο και κρατά ως τον Φεβρουάριο.</p>
<p id="p"><strong>Πυρηνέλαιο</strong> – Λάδι που βγαίνει από τα υπολείμματα της έκθλιψης με τη χρήση διαλυτών και δεν θεωρείται παρθένο.</p>
</div>
)";
    return {"el: glossary page", page(kEl, "Γλωσσάρι ελαιοκομίας - Νέα της Κρήτης", a),
            {"Συγκεντρώσαμε τους όρους που ακούγονται πιο συχνά", "Λάδι από ελιές που μαζεύονται πριν ωριμάσουν",
             "Η ανώτερη κατηγορία ελαιολάδου", "Η συγκομιδή της ελιάς, που στην Κρήτη ξεκινά",
             "Λάδι που βγαίνει από τα υπολείμματα της έκθλιψης"},
            chrome(kEl, {})};
}

// 9. German: a press release with a boilerplate "about us" and a press contact.
Fresh de_press_release() {
    std::string a = R"(<div class="pm"><div class="pm-label">Pressemitteilung</div><h1>Stadtwerke Lindenau bauen Solarpark auf ehemaliger Deponie</h1>
<p class="pm-ort"><b>Lindenau, 3. März 2026.</b> Die Stadtwerke Lindenau errichten auf der 2009 geschlossenen Hausmülldeponie am Kirchberg einen Solarpark mit einer Leistung von zwölf Megawatt.</p>
<p>Die Anlage soll ab Herbst rechnerisch rund 3.800 Haushalte mit Strom versorgen; die Bauarbeiten beginnen im April und dauern etwa fünf Monate.</p>
<p>„Eine Fläche, auf der sonst nichts wachsen darf, liefert künftig sauberen Strom für die halbe Stadt“, sagt Geschäftsführerin Andrea Kühn.</p>
<p>Die Module werden auf Betonfundamenten verankert, damit die Abdeckschicht der Deponie nicht beschädigt wird.</p>
<div class="pm-boiler"><h3>Über die Stadtwerke Lindenau</h3><p>Die Stadtwerke Lindenau GmbH versorgt rund 40.000 Kunden mit Strom, Gas, Wasser und Fernwärme und beschäftigt 260 Mitarbeiterinnen und Mitarbeiter.</p></div>
<div class="pm-kontakt"><h3>Pressekontakt</h3><p>Stadtwerke Lindenau GmbH · Unternehmenskommunikation · Jonas Weber · Tel. 0123 456-789 · presse@example.org</p></div>
<div class="pm-downloads"><a href="/pm/foto1.jpg">Foto herunterladen (JPG, 4 MB)</a> <a href="/pm/pm.pdf">Pressemitteilung als PDF</a></div></div>
)";
    return {"de: press release", page(kDe, "Pressemitteilung: Solarpark auf ehemaliger Deponie – Stadtwerke Lindenau", a),
            {"errichten auf der 2009 geschlossenen Hausmülldeponie", "rund 3.800 Haushalte mit Strom versorgen",
             "Eine Fläche, auf der sonst nichts wachsen darf", "Die Module werden auf Betonfundamenten verankert"},
            chrome(kDe, {"Foto herunterladen (JPG, 4 MB)"})};
}

// 10. Russian: the article split over sibling <section>s with advertisement slots between them.
Fresh ru_sections_ads() {
    auto ad = [](int k) {
        return "<div class=\"adv-slot\" id=\"adfox_" + std::to_string(k) +
               "\"><span class=\"adv-label\">Реклама</span><a href=\"https://ads.example/c?" + std::to_string(k) +
               "\">Кредит наличными под 9,9% — решение за 2 минуты</a></div>\n";
    };
    std::string a = "<h1>Как в Екатеринбурге спасают старые деревянные дома</h1>\n<div class=\"meta\">Ольга Смирнова, 21 марта 2026</div>\n" +
        std::string("<section class=\"text-part\"><p>В центре Екатеринбурга осталось около ста деревянных домов, построенных до революции, и почти половина из них находится в плохом состоянии.</p><p>Городские власти впервые выделили деньги на программу, по которой такие дома передают в аренду за один рубль в обмен на обязательство их отреставрировать.</p></section>\n") +
        ad(1) +
        "<section class=\"text-part\"><p>Первым арендатором стал архитектор Дмитрий Носов, который за два года восстановил резные наличники и печи в доме на улице Чапаева.</p><p>По его словам, реставрация обошлась втрое дороже, чем строительство нового дома той же площади.</p></section>\n" +
        ad(2) +
        "<section class=\"text-part\"><p>Градозащитники считают программу полезной, но предупреждают, что без налоговых льгот желающих взять дом в аренду будет немного.</p></section>\n";
    return {"ru: article in sibling sections with ads between", page(kRu, "Как спасают старые деревянные дома — Уральская неделя", a),
            {"В центре Екатеринбурга осталось около ста деревянных домов", "передают в аренду за один рубль",
             "Первым арендатором стал архитектор Дмитрий Носов", "реставрация обошлась втрое дороже",
             "Градозащитники считают программу полезной"},
            chrome(kRu, {"Кредит наличными под 9,9%"})};
}

// 11. Portuguese: an article whose paragraphs are <div>s separated by <br>s, in a table layout.
Fresh pt_div_br_table_layout() {
    std::string body = head(kPt, "Barcos tradicionais voltam ao rio - Jornal do Vale") +
        R"(<table width="100%" cellpadding="0" cellspacing="0"><tr><td width="180" valign="top" class="coluna-esq">)" + teasers_html(kPt) +
        R"(</td><td valign="top" class="coluna-centro"><div class="titulo">Barcos tradicionais voltam a navegar no rio</div>
<div class="data">Publicado em 8 de maio de 2026</div>
<div class="corpo">Depois de quase trinta anos parados, três barcos rabelos restaurados por voluntários voltaram a descer o rio no domingo, perante centenas de pessoas nas margens.<br><br>
A associação que promoveu o restauro reuniu carpinteiros reformados, que ensinaram aos mais novos as técnicas de construção em madeira de carvalho e pinho.<br><br>
Os barcos vão agora fazer passeios turísticos aos fins de semana, e as receitas servirão para restaurar uma quarta embarcação que está abandonada num estaleiro.<br><br>
O presidente da junta de freguesia prometeu apoio para a construção de um pequeno cais junto à aldeia.</div>
<div class="partilhar"><a href="#fb">Partilhar no Facebook</a> <a href="#tw">Partilhar no X</a></div>
</td><td width="200" valign="top" class="coluna-dir">)" + newsletter_html(kPt) + "</td></tr></table>\n" + tail(kPt);
    return {"pt: div + br paragraphs, table layout", body,
            {"três barcos rabelos restaurados por voluntários", "A associação que promoveu o restauro reuniu carpinteiros",
             "Os barcos vão agora fazer passeios turísticos", "O presidente da junta de freguesia prometeu apoio"},
            chrome(kPt, {"Partilhar no Facebook"})};
}

// 12. English: a live blog of timestamped entries, newest first.
Fresh en_live_blog() {
    auto entry = [](const char* t, const char* head_line, const char* text) {
        return std::string("<div class=\"live-entry\"><div class=\"entry-time\"><time>") + t + "</time></div><div class=\"entry-body\"><h3>" +
               head_line + "</h3><p>" + text + "</p></div><div class=\"entry-share\"><a href=\"#s\">Share</a></div></div>\n";
    };
    std::string a = std::string("<h1>Live: storm Isolde moves across the valley</h1><div class=\"live-badge\">LIVE</div>\n") +
        "<div class=\"live-summary\"><p>Heavy rain and gusts of up to ninety miles an hour are expected until Saturday morning; schools in three counties are closed.</p></div>\n" +
        entry("4:52 pm", "Power restored to most of Eastfield", "The utility says electricity is back for about nine thousand of the twelve thousand homes that lost power around lunchtime, and crews are working on the rest.") +
        entry("4:10 pm", "River expected to peak tonight", "The river gauge at Millbrook bridge is rising by about four inches an hour and forecasters expect it to crest just below the flood wall after midnight.") +
        entry("3:25 pm", "Highway 12 closed", "State police have closed Highway 12 between the two river crossings after several trees fell across the road.") +
        entry("2:48 pm", "Shelters open", "The county has opened emergency shelters in the high school gym and the community center, both with room for pets.") +
        "<div class=\"live-more\"><button>Load earlier updates</button></div>\n";
    return {"en: live blog of timestamped entries", page(kEn, "Live: storm Isolde moves across the valley | The Millbrook Ledger", a),
            {"Heavy rain and gusts of up to ninety miles an hour", "electricity is back for about nine thousand",
             "The river gauge at Millbrook bridge is rising", "State police have closed Highway 12",
             "The county has opened emergency shelters"},
            chrome(kEn, {"Load earlier updates"})};
}

// 13. Arabic: an interview, questions in bold paragraphs, answers in plain paragraphs.
Fresh ar_interview() {
    std::string a = R"(<div class="hiwar"><h1>حوار مع صانعة الخزف ليلى منصور: الطين يعلّم الصبر</h1>
<div class="kataba">حاورتها: نور الهدى سليمان · ٢٠ يناير ٢٠٢٦</div>
<p>في ورشتها الصغيرة على أطراف المدينة، تصنع ليلى منصور أواني الخزف بالطريقة التي تعلّمتها من جدّتها، وتدرّب كل صيف مجموعة من الشباب على العمل بالدولاب.</p>
<p><b>كيف بدأت علاقتك بالخزف؟</b></p>
<p>كنت طفلة أجلس بجانب جدّتي وهي تشكّل الجرار، وكانت تعطيني قطعة طين صغيرة حتى أبقى هادئة، ومن هناك بدأ كل شيء.</p>
<p><b>ما أصعب ما في هذه المهنة اليوم؟</b></p>
<p>أصعب ما فيها أن الناس اعتادوا على الأواني الرخيصة المصنوعة في المصانع، ولا يعرفون كم يوماً تحتاج قطعة واحدة مصنوعة باليد حتى تجفّ وتدخل الفرن.</p>
<p><b>وماذا تقولين للشباب الذين يريدون تعلّمها؟</b></p>
<p>أقول لهم إن الطين يعلّم الصبر قبل أي شيء آخر، فمن يستعجل تتشقّق قطعه في الفرن مهما كانت يداه ماهرتين.</p>
</div>
<div class="tags"><a href="/t/1">حرف يدوية</a> <a href="/t/2">خزف</a> <a href="/t/3">حوارات</a></div>
)";
    return {"ar: interview, bold questions (rtl)", page(kAr, "حوار مع صانعة الخزف ليلى منصور - مجلة الأفق", a),
            {"تصنع ليلى منصور أواني الخزف بالطريقة التي تعلّمتها", "كيف بدأت علاقتك بالخزف", "كنت طفلة أجلس بجانب جدّتي",
             "أصعب ما فيها أن الناس اعتادوا على الأواني الرخيصة", "الطين يعلّم الصبر قبل أي شيء آخر، فمن يستعجل"},
            chrome(kAr, {})};
}

// 14. Dutch: the article delivered in an <iframe srcdoc> (an embed widget), the page around it chrome.
Fresh nl_iframe_srcdoc() {
    std::string doc = "<html><body><h1>Dorpsbakker stopt na 52 jaar</h1>"
        "<p>Bakker Henk de Vries sluit op zaterdag voor de laatste keer de deur van zijn winkel aan de Dorpsstraat, waar zijn vader in 1974 begon met het bakken van brood.</p>"
        "<p>Een opvolger heeft hij niet gevonden: zijn kinderen wonen in de stad en geen van de leerlingen die hij opleidde, wilde de zaak overnemen.</p>"
        "<p>Op de laatste dag krijgt iedere klant een gratis krentenbol, en 's middags speelt het dorpsorkest voor de deur.</p></body></html>";
    std::string esc;
    for (char ch : doc) {
        if (ch == '"') esc += "&quot;";
        else if (ch == '&') esc += "&amp;";
        else esc += ch;
    }
    std::string a = "<div class=\"embed-artikel\"><iframe title=\"artikel\" width=\"100%\" height=\"900\" srcdoc=\"" + esc + "\"></iframe></div>\n";
    return {"nl: article in an iframe srcdoc", page(kNl, "Dorpsbakker stopt na 52 jaar - Polderpost", a),
            {"Bakker Henk de Vries sluit op zaterdag voor de laatste keer", "Een opvolger heeft hij niet gevonden",
             "iedere klant een gratis krentenbol"},
            chrome(kNl, {})};
}

// 15. German: the visible page is an app shell; the article text is only in JSON-LD articleBody.
Fresh de_jsonld_only() {
    std::string ld = R"(<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fähre über die Weser fährt wieder","datePublished":"2026-06-02T07:30:00+02:00","author":{"@type":"Person","name":"Lars Evers"},"articleBody":"Nach acht Monaten Pause pendelt die Fähre zwischen Brake und Sandstedt wieder im Halbstundentakt. Der Betreiber hatte den Rumpf in einer Werft in Bremerhaven erneuern lassen, weil Rost an mehreren Stellen die Stabilität gefährdete. Für Radfahrer ist die Überfahrt in diesem Sommer kostenlos, der Landkreis übernimmt die Kosten als Ausgleich für die lange Sperrung. Pendler hatten in der Zwischenzeit einen Umweg von über vierzig Kilometern über die Brücke bei Bremen fahren müssen."}</script>)";
    std::string a = R"(<div id="app" data-page="article"><div class="skeleton"><div class="skeleton-line"></div><div class="skeleton-line"></div></div>
<div class="js-hint">Bitte aktivieren Sie JavaScript, um diesen Artikel zu lesen.</div></div>
)";
    return {"de: article only in JSON-LD articleBody", page(kDe, "Fähre über die Weser fährt wieder | Rheintal Kurier", a, ld),
            {"Nach acht Monaten Pause pendelt die Fähre", "weil Rost an mehreren Stellen die Stabilität gefährdete",
             "Für Radfahrer ist die Überfahrt in diesem Sommer kostenlos", "einen Umweg von über vierzig Kilometern"},
            chrome(kDe, {})};
}

// 16. Hindi: a news article followed by a longer author bio block and comments.
Fresh hi_article_bio_comments() {
    std::string a = R"(<div class="khabar"><h1>गाँव की बेटियों ने बनाई अपनी फुटबॉल टीम</h1>
<div class="lekhak">संवाददाता: अनीता शर्मा | 5 अगस्त 2026</div>
<div class="khabar-text">
<p>राजस्थान के एक छोटे से गाँव की बीस लड़कियों ने मिलकर अपनी फुटबॉल टीम बनाई है और अब वे ज़िला स्तर की प्रतियोगिता में खेलने जा रही हैं।</p>
<p>टीम की कोच एक सरकारी स्कूल की शिक्षिका हैं, जो हर शाम स्कूल के मैदान में दो घंटे अभ्यास कराती हैं।</p>
<p>शुरुआत में कई परिवार बेटियों को खेलने भेजने से हिचकते थे, लेकिन पहला मैच जीतने के बाद पूरा गाँव टीम का हौसला बढ़ाने पहुँचा।</p>
</div></div>
<div class="lekhak-parichay"><b>अनीता शर्मा के बारे में</b><p>अनीता शर्मा पिछले बारह वर्षों से ग्रामीण पत्रकारिता कर रही हैं और शिक्षा, खेल तथा महिलाओं से जुड़े मुद्दों पर लिखती हैं। उन्होंने जयपुर से पत्रकारिता की पढ़ाई की है और कई राष्ट्रीय अख़बारों के लिए काम किया है।</p></div>
<div class="tippaniyan"><b>टिप्पणियाँ (3)</b><ul>
<li><b>राकेश</b> 5 अगस्त 2026<p>बहुत बढ़िया खबर, इन बेटियों को ढेर सारी शुभकामनाएँ। हमारे गाँव में भी ऐसी टीम बननी चाहिए।</p><a href="#r">जवाब दें</a></li>
<li><b>सुनीता</b> 5 अगस्त 2026<p>कोच मैडम को सलाम, जिन्होंने अपना समय देकर बच्चियों को इतना आगे पहुँचाया।</p><a href="#r">जवाब दें</a></li>
<li><b>विजय कुमार</b> 6 अगस्त 2026<p>सरकार को इन खिलाड़ियों के लिए जूते और किट का इंतज़ाम करना चाहिए, प्रतिभा की कोई कमी नहीं है।</p><a href="#r">जवाब दें</a></li>
</ul></div>
)";
    return {"hi: article + author bio + comments", page(kHi, "गाँव की बेटियों ने बनाई अपनी फुटबॉल टीम - जनपथ समाचार", a),
            {"बीस लड़कियों ने मिलकर अपनी फुटबॉल टीम बनाई है", "टीम की कोच एक सरकारी स्कूल की शिक्षिका हैं",
             "पहला मैच जीतने के बाद पूरा गाँव टीम का हौसला बढ़ाने पहुँचा"},
            chrome(kHi, {"पिछले बारह वर्षों से ग्रामीण पत्रकारिता", "कोच मैडम को सलाम"})};
}

// 17. Thai: a news article (no spaces between words) beside a longer teaser list with summaries.
Fresh th_article_teasers() {
    std::string a = R"(<div class="news-detail"><h1>เชียงใหม่เปิดเส้นทางจักรยานรอบคูเมืองเต็มรูปแบบ</h1>
<div class="date">วันที่ 12 กุมภาพันธ์ 2569</div>
<p>เทศบาลนครเชียงใหม่เปิดใช้เส้นทางจักรยานรอบคูเมืองระยะทางกว่าหกกิโลเมตรอย่างเป็นทางการเมื่อวันเสาร์ที่ผ่านมา โดยมีประชาชนและนักท่องเที่ยวร่วมปั่นจักรยานกว่าหนึ่งพันคน</p>
<p>เส้นทางดังกล่าวแยกออกจากถนนด้วยแนวกั้นคอนกรีตเตี้ยตลอดสาย และมีจุดจอดจักรยานสาธารณะให้เช่าทุกหนึ่งกิโลเมตร</p>
<p>นายกเทศมนตรีกล่าวว่าโครงการนี้จะช่วยลดการใช้รถยนต์ในเขตเมืองเก่าและลดปัญหาฝุ่นควันในช่วงฤดูแล้ง</p>
</div>
<div class="related-list"><div class="box-title">ข่าวล่าสุด</div>
<div class="item"><a href="/n/1">ตลาดวโรรสปรับปรุงลานจอดรถใหม่</a><p>ผู้ค้าและผู้ซื้อจะได้ใช้ลานจอดรถที่กว้างขึ้นตั้งแต่เดือนหน้าเป็นต้นไป</p></div>
<div class="item"><a href="/n/2">ดอยสุเทพเตรียมจำกัดจำนวนรถขึ้นวันหยุด</a><p>อุทยานแห่งชาติจะนำระบบจองล่วงหน้ามาใช้เพื่อลดความแออัดในช่วงเทศกาล</p></div>
<div class="item"><a href="/n/3">มหาวิทยาลัยเปิดหลักสูตรภาษาไทยสำหรับชาวต่างชาติ</a><p>หลักสูตรระยะสั้นแปดสัปดาห์เปิดรับสมัครทั้งแบบเรียนในห้องและออนไลน์</p></div>
<div class="item"><a href="/n/4">ฝนหลวงเริ่มปฏิบัติการเร็วกว่าทุกปี</a><p>ศูนย์ปฏิบัติการฝนหลวงภาคเหนือเริ่มขึ้นบินเพื่อบรรเทาปัญหาหมอกควัน</p></div>
</div>
)";
    return {"th: article beside a teaser list with summaries", page(kTh, "เชียงใหม่เปิดเส้นทางจักรยานรอบคูเมือง - ข่าวเชียงใหม่วันนี้", a),
            {"เทศบาลนครเชียงใหม่เปิดใช้เส้นทางจักรยานรอบคูเมือง", "มีจุดจอดจักรยานสาธารณะให้เช่าทุกหนึ่งกิโลเมตร",
             "โครงการนี้จะช่วยลดการใช้รถยนต์ในเขตเมืองเก่า"},
            chrome(kTh, {"ดอยสุเทพเตรียมจำกัดจำนวนรถขึ้นวันหยุด", "หลักสูตรระยะสั้นแปดสัปดาห์"})};
}

// 18. Ukrainian: a short news item under a long reader-comment thread with nested replies.
Fresh uk_short_news_comments() {
    std::string a = R"(<div class="news"><h1>У Вінниці запустили електронний квиток у маршрутках</h1>
<div class="info">Сьогодні, 09:15 · Олена Коваль</div>
<p>З понеділка у всіх міських маршрутках Вінниці можна оплатити проїзд банківською карткою або телефоном, а паперові квитки діятимуть до кінця місяця.</p>
<p>Вартість поїздки з електронним квитком залишиться такою самою, а пільговики отримають персональні картки в центрах надання послуг.</p>
</div>
<div class="comments-block"><div class="cb-title">Коментарі (6)</div>
<div class="c"><span class="c-user">Петро</span> <span class="c-date">09:40</span><div class="c-text">Нарешті! У тролейбусах це працює вже два роки, а в маршрутках водії досі рахували дрібні гроші на ходу.</div><a class="c-reply" href="#">Відповісти</a>
<div class="c"><span class="c-user">Ірина</span> <span class="c-date">09:52</span><div class="c-text">Петре, у тролейбусах теж не завжди працює, термінал часто зависає і доводиться платити готівкою.</div><a class="c-reply" href="#">Відповісти</a></div></div>
<div class="c"><span class="c-user">Старий водій</span> <span class="c-date">10:05</span><div class="c-text">А хто подумав про людей похилого віку, які не мають банківської картки і не вміють користуватися телефоном? Їм тепер що, пішки ходити?</div><a class="c-reply" href="#">Відповісти</a></div>
<div class="c"><span class="c-user">Андрій</span> <span class="c-date">10:31</span><div class="c-text">Для пільговиків будуть персональні картки, про це написано у статті. Читайте уважно, перш ніж коментувати.</div><a class="c-reply" href="#">Відповісти</a></div>
<div class="c"><span class="c-user">Марина</span> <span class="c-date">11:02</span><div class="c-text">Цікаво, чи можна буде купити проїзний на місяць через застосунок, чи тільки разові поїздки.</div><a class="c-reply" href="#">Відповісти</a></div>
<div class="c"><span class="c-user">Олег</span> <span class="c-date">11:47</span><div class="c-text">Головне, щоб маршрутки їздили за розкладом, а не раз на годину, як зараз на моєму маршруті.</div><a class="c-reply" href="#">Відповісти</a></div>
</div>
)";
    return {"uk: short news under a longer comment thread", page(kUk, "Електронний квиток у маршрутках — Подільські новини", a),
            {"можна оплатити проїзд банківською карткою або телефоном", "пільговики отримають персональні картки"},
            chrome(kUk, {"У тролейбусах це працює вже два роки", "А хто подумав про людей похилого віку",
                         "щоб маршрутки їздили за розкладом"})};
}

// 19. German/English mixed: a German tech blog post quoting English, with trackbacks and a tag cloud.
Fresh de_en_blog_post() {
    std::string a = R"(<div class="entry"><h2 class="entry-title"><a href="/2026/03/rust-embedded">Rust auf dem Mikrocontroller: ein Erfahrungsbericht</a></h2>
<div class="entry-meta">Gepostet am 18. März 2026 von jmueller in <a href="/cat/dev">Entwicklung</a></div>
<div class="entry-content">
<p>Seit einem halben Jahr schreibe ich die Firmware für unsere Wetterstationen in Rust statt in C, und die Umstellung war weniger schmerzhaft als befürchtet.</p>
<p>Der größte Gewinn ist, dass der Compiler viele Fehler beim Zugriff auf geteilte Peripherie schon beim Übersetzen findet. Die Dokumentation des HAL-Projekts bringt es auf den Punkt: "If it compiles, the pins are configured the way you think they are."</p>
<p>Schwierig bleibt die Fehlersuche, weil die Debugger-Unterstützung für Rust noch nicht so ausgereift ist wie für C, und manche Bibliotheken des Herstellers gibt es nur als C-Code.</p>
</div>
<div class="entry-footer">Tags: <a href="/tag/rust">rust</a>, <a href="/tag/embedded">embedded</a>, <a href="/tag/firmware">firmware</a> · <a href="#comments">3 Kommentare</a></div></div>
<div id="trackbacks"><h3>Trackbacks</h3><ul><li><a href="https://example.net/link1">Weekly Embedded Links #112</a> — planet-embedded.example</li><li><a href="https://example.net/link2">Rust on MCUs roundup</a> — devnotes.example</li></ul></div>
<div id="comments"><h3>3 Kommentare</h3>
<div class="comment"><cite>Stefan</cite> sagt: <small>18. März 2026 um 21:14</small><p>Danke für den Bericht! Welchen Debugger benutzt ihr denn, probe-rs oder OpenOCD?</p></div>
<div class="comment"><cite>Emily</cite> says: <small>March 19, 2026 at 8:02 am</small><p>Great write-up, we had exactly the same experience moving our sensor firmware over last year. The vendor C libraries were the hardest part for us too.</p></div>
<div class="comment"><cite>jmueller</cite> sagt: <small>19. März 2026 um 09:30</small><p>@Stefan: Wir nutzen probe-rs, das funktioniert inzwischen recht zuverlässig.</p></div></div>
<div class="tagcloud"><a href="/tag/c">c</a> <a href="/tag/rust">rust</a> <a href="/tag/linux">linux</a> <a href="/tag/3d-druck">3d-druck</a> <a href="/tag/wetter">wetter</a></div>
)";
    return {"de/en: blog post with trackbacks and comments", page(kDe, "Rust auf dem Mikrocontroller: ein Erfahrungsbericht – jmueller.blog", a),
            {"schreibe ich die Firmware für unsere Wetterstationen in Rust", "If it compiles, the pins are configured the way you think they are.",
             "Schwierig bleibt die Fehlersuche"},
            chrome(kDe, {"Weekly Embedded Links #112", "Welchen Debugger benutzt ihr denn", "we had exactly the same experience"})};
}

// 20. Greek: a news article whose "most read" block of summaries is longer than the article.
Fresh el_news_most_read() {
    std::string a = R"(<div class="arthro"><h1>Ανοίγει ξανά το ιστορικό λουτρό της παλιάς πόλης</h1>
<div class="hmeromhnia">Δευτέρα 4 Μαΐου 2026 · Σύνταξη</div>
<p>Μετά από τέσσερα χρόνια εργασιών αποκατάστασης, το οθωμανικό λουτρό της παλιάς πόλης των Χανίων ανοίγει ξανά για το κοινό ως χώρος εκθέσεων και συναυλιών.</p>
<p>Οι αρχαιολόγοι αποκάλυψαν κατά τις εργασίες τα πήλινα σωληνάκια που μετέφεραν το ζεστό νερό κάτω από το δάπεδο, τα οποία θα είναι ορατά μέσα από γυάλινες πλάκες.</p>
</div>
<div class="most-read"><div class="box-title">Τα πιο δημοφιλή</div>
<div class="mr"><a href="/a/11">Κλειστός ο δρόμος προς το φαράγγι λόγω κατολισθήσεων</a><p>Οι αρχές συστήνουν στους επισκέπτες να χρησιμοποιούν την εναλλακτική διαδρομή μέσω του οροπεδίου μέχρι νεωτέρας.</p></div>
<div class="mr"><a href="/a/12">Ρεκόρ αφίξεων στο λιμάνι της Σούδας</a><p>Περισσότερα από τριάντα κρουαζιερόπλοια αναμένονται τον Μάιο, σύμφωνα με τα στοιχεία του οργανισμού λιμένα.</p></div>
<div class="mr"><a href="/a/13">Νέο ωράριο για τα δημοτικά λεωφορεία</a><p>Από την επόμενη εβδομάδα τα δρομολόγια θα πυκνώσουν τις πρωινές ώρες για να εξυπηρετούνται οι μαθητές.</p></div>
<div class="mr"><a href="/a/14">Φεστιβάλ κρασιού στο Αποκόρωνα</a><p>Είκοσι οινοποιεία της περιοχής θα παρουσιάσουν τις νέες ετικέτες τους σε διήμερη εκδήλωση στην πλατεία.</p></div>
</div>
)";
    return {"el: article beside a longer most-read block", page(kEl, "Ανοίγει ξανά το ιστορικό λουτρό - Νέα της Κρήτης", a),
            {"το οθωμανικό λουτρό της παλιάς πόλης των Χανίων ανοίγει ξανά", "Οι αρχαιολόγοι αποκάλυψαν κατά τις εργασίες"},
            chrome(kEl, {"Ρεκόρ αφίξεων στο λιμάνι της Σούδας", "τα δρομολόγια θα πυκνώσουν τις πρωινές ώρες"})};
}

// 21. Russian: a how-to article whose paragraphs are bare text runs split by <br><br> inside one <div>.
Fresh ru_br_howto() {
    std::string a = R"(<div class="zagolovok"><h1>Как подготовить велосипед к сезону за один вечер</h1></div>
<div class="stat-text">Зимой велосипед обычно стоит на балконе или в подвале, и весной первым делом нужно проверить цепь: если она ржавая или сухая, её стоит промыть и смазать.<br><br>Затем накачайте колёса до давления, указанного на боковине покрышки, и проверьте, не потрескалась ли резина за зиму.<br><br>Тормоза проверяют так: сожмите ручку до упора, и если она касается руля, тросик нужно подтянуть или заменить колодки.<br><br>В конце стоит проверить затяжку всех болтов, особенно на руле и подседельном штыре, чтобы ничего не открутилось в первой же поездке.</div>
<div class="rating">Полезна ли статья? <a href="#yes">Да</a> <a href="#no">Нет</a> · 214 оценок</div>
)";
    return {"ru: how-to in one div of <br><br> runs", page(kRu, "Как подготовить велосипед к сезону — Уральская неделя", a),
            {"первым делом нужно проверить цепь", "накачайте колёса до давления", "Тормоза проверяют так",
             "проверить затяжку всех болтов"},
            chrome(kRu, {"Полезна ли статья?"})};
}

std::vector<Fresh> fresh_pages() {
    return {en_short_article_long_comments(), de_author_bio(), it_recipe(), de_product(), es_forum_tables(), en_docs_toc(),
            fr_landing(), el_glossary(), de_press_release(), ru_sections_ads(), pt_div_br_table_layout(), en_live_blog(),
            ar_interview(), nl_iframe_srcdoc(), de_jsonld_only(), hi_article_bio_comments(), th_article_teasers(),
            uk_short_news_comments(), de_en_blog_post(), el_news_most_read(), ru_br_howto()};
}

// Pages that pass whole (all key sentences in, all chrome out). Only ever rises.
constexpr int kFresh3Floor = 20;

}  // namespace

TEST_CASE("fresh page kinds, round 3 (comments, bios, recipes, products, forums, docs...): the main text is in and the chrome is out") {
    const auto all = fresh_pages();
    const winnow::test::PageTally t = winnow::test::tally_pages(all, "f3_");
    MESSAGE("fresh pages (round 3) passed whole: ", t.passed, " of ", all.size(), t.report);
    CHECK(t.passed >= kFresh3Floor);
}

// Each mechanism the round 3 pages led to, on small pages in other languages, with the case it
// must leave alone.
namespace {

std::string small_page(const char* lang, const char* title, const std::string& body) {
    return std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head><body><div id=\"top\"><a href=\"/\">1</a> <a href=\"/b\">2</a></div>\n<div id=\"main\">" + body +
           "</div>\n<div id=\"bottom\"><p>© 2026 · Privacy · Contact</p></div></body></html>\n";
}

}  // namespace

TEST_CASE("entries of a bare headline link over a summary are teasers, however long beside a short article") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    // Spanish: a two-paragraph item, then a box (no telling name) of four linked headlines,
    // each over a sentence of summary: longer than the item, and other pages.
    const std::string es = small_page("es", "Reabre el mercado de abastos", R"(<div class="nota"><h1>Reabre el mercado de abastos</h1>
<p>El mercado de abastos del barrio volvió a abrir el sábado tras un año de obras, con veinte puestos renovados y un techo nuevo de madera.</p>
<p>Los comerciantes pagarán el mismo alquiler que antes durante los dos primeros años, según el acuerdo firmado con el ayuntamiento.</p></div>
<div class="col-b"><div class="t">Lo más leído</div>
<div class="e"><a href="/n/1">Cortes de agua en el centro el martes</a><p>La empresa municipal renovará las tuberías de tres calles y el suministro se interrumpirá de nueve a dos.</p></div>
<div class="e"><a href="/n/2">El equipo juvenil gana la liga regional</a><p>Los chicos del club del barrio se impusieron en la final por dos goles a uno ante su eterno rival.</p></div>
<div class="e"><a href="/n/3">Nuevo horario de la biblioteca en verano</a><p>Durante julio y agosto la biblioteca abrirá solo por las mañanas, de lunes a sábado, hasta las tres.</p></div>
<div class="e"><a href="/n/4">Vuelve el cine de verano al parque</a><p>Las proyecciones serán gratuitas todos los jueves a las diez de la noche junto al estanque grande.</p></div></div>)");
    const std::string out_es = block_text_of(es);
    CHECK(has(out_es, "El mercado de abastos del barrio volvió a abrir el sábado"));
    CHECK(has(out_es, "Los comerciantes pagarán el mismo alquiler"));
    CHECK_FALSE(has(out_es, "La empresa municipal renovará las tuberías"));
    CHECK_FALSE(has(out_es, "Las proyecciones serán gratuitas"));
    // Hindi: the same shape, the entries in list items.
    const std::string hi = small_page("hi", "शहर में नई लाइब्रेरी खुली", R"(<div class="khabar"><h1>शहर में नई लाइब्रेरी खुली</h1>
<p>पुराने बस अड्डे की इमारत में शहर की नई सार्वजनिक लाइब्रेरी खुल गई है, जिसमें बीस हज़ार किताबें और बच्चों के लिए अलग कमरा है।</p>
<p>लाइब्रेरी सुबह आठ बजे से रात आठ बजे तक खुली रहेगी और सदस्यता पूरी तरह मुफ़्त होगी।</p></div>
<ul class="list2"><li><a href="/n/1">नगर निगम ने पानी के बिल घटाए</a><div>नई दरें अगले महीने से लागू होंगी और छोटे परिवारों को सबसे ज़्यादा फ़ायदा मिलेगा।</div></li>
<li><a href="/n/2">स्टेडियम में रात के मैच शुरू</a><div>नई फ्लडलाइट लगने के बाद अब स्टेडियम में शाम सात बजे के बाद भी खेल हो सकेंगे।</div></li>
<li><a href="/n/3">सब्ज़ी मंडी में नया शेड बना</a><div>बरसात के मौसम में किसानों और व्यापारियों को अब भीगना नहीं पड़ेगा, नगर निगम ने बताया।</div></li></ul>)");
    const std::string out_hi = block_text_of(hi);
    CHECK(has(out_hi, "पुराने बस अड्डे की इमारत में शहर की नई सार्वजनिक लाइब्रेरी"));
    CHECK_FALSE(has(out_hi, "नई दरें अगले महीने से लागू होंगी"));
    // Left alone: one link standing on its own line in the article (a download) over its
    // paragraphs is one link, not a list of teasers.
    const std::string en = small_page("en", "Council publishes its budget", R"(<div class="story"><h1>Council publishes its budget</h1>
<p>The council has published its budget for next year, with more money for road repairs and less for consultants.</p>
<div class="doc"><a href="/budget.pdf">Read the full budget document (PDF, 2 MB)</a><p>The document runs to two hundred pages and includes a ward-by-ward breakdown of spending.</p></div>
<p>Residents can comment on the plans until the end of the month at the town hall or online.</p></div>)");
    const std::string out_en = block_text_of(en);
    CHECK(has(out_en, "The document runs to two hundred pages"));
    CHECK(has(out_en, "Residents can comment on the plans"));
}

TEST_CASE("a row of one-word buttons beside a label or a count at the article's edge is a widget, not its text") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    // Polish: a recipe's rating and print/save row after its steps.
    const std::string pl = small_page("pl", "Pierogi ruskie", R"(<div class="przepis"><h1>Pierogi ruskie</h1>
<p>Ziemniaki ugotuj w osolonej wodzie, przeciśnij przez praskę i wymieszaj z twarogiem oraz zeszkloną cebulą.</p>
<p>Ciasto rozwałkuj cienko, wykrawaj szklanką krążki, nakładaj farsz i dokładnie sklejaj brzegi.</p>
<p>Gotuj partiami we wrzącej wodzie przez dwie minuty od wypłynięcia, podawaj ze skwarkami.</p></div>
<div class="ocena">Oceń przepis ★★★★★ (57 głosów) <a href="#drukuj">Drukuj</a> <a href="#zapisz">Zapisz</a></div>)");
    const std::string out_pl = block_text_of(pl);
    CHECK(has(out_pl, "Gotuj partiami we wrzącej wodzie"));
    CHECK_FALSE(has(out_pl, "Oceń przepis"));
    // Arabic: a "was this useful?" row with yes/no buttons and a count.
    const std::string ar = small_page("ar", "كيف تعتني بنبتة الصبار", R"(<div class="maqal"><h1>كيف تعتني بنبتة الصبار</h1>
<p>يحتاج الصبار إلى ضوء الشمس المباشر لعدة ساعات يومياً، لذلك ضعه قرب نافذة تطل على الجنوب إن أمكن.</p>
<p>اسقِ النبتة مرة كل أسبوعين في الصيف ومرة في الشهر في الشتاء، واحرص على أن تجف التربة تماماً بين الريّتين.</p></div>
<div class="taqyeem">هل كان هذا المقال مفيداً؟ <a href="#y">نعم</a> <a href="#n">لا</a> · ٣١٢ تقييماً</div>)");
    const std::string out_ar = block_text_of(ar);
    CHECK(has(out_ar, "اسقِ النبتة مرة كل أسبوعين"));
    CHECK_FALSE(has(out_ar, "هل كان هذا المقال مفيداً"));
    // Left alone: the article's last line links two one-word places with words between them.
    const std::string en = small_page("en", "Summer camp sign-ups", R"(<div class="story"><h1>Summer camp sign-ups</h1>
<p>The town's summer camp for children aged six to twelve will run for six weeks from the first of July this year.</p>
<p>Places are limited to eighty children a week and are given out in the order the forms arrive.</p>
<div class="last">Forms are at the <a href="/library">library</a> and the <a href="/pool">pool</a> from Monday</div></div>)");
    const std::string out_en = block_text_of(en);
    CHECK(has(out_en, "Forms are at the library and the pool from Monday"));
}

TEST_CASE("an <iframe srcdoc> whose document holds paragraphs is read as the page's markup; a frame of an ad is not") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    // Czech: the story is an embed whose document (escaped into the attribute) holds it.
    const std::string cs = small_page("cs", "Přívoz přes Vltavu znovu jezdí", R"(<div class="vlozeno"><iframe title="clanek" srcdoc="&lt;html&gt;&lt;head&gt;&lt;title&gt;x&lt;/title&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;Přívoz přes Vltavu znovu jezdí&lt;/h1&gt;&lt;p&gt;Po třech měsících oprav přístavního můstku převáží přívoz cestující mezi oběma břehy opět každých dvacet minut.&lt;/p&gt;&lt;p&gt;Jízdné zůstává stejné a děti do deseti let se svezou zdarma, oznámil dopravní podnik.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;"></iframe></div>)");
    const std::string out_cs = block_text_of(cs);
    CHECK(has(out_cs, "převáží přívoz cestující mezi oběma břehy"));
    CHECK(has(out_cs, "děti do deseti let se svezou zdarma"));
    // Greek: quoted with &quot; inside, as a serializer writes it.
    const std::string el = small_page("el", "Νέα βιβλιοθήκη στο λιμάνι", R"(<iframe srcdoc="<p class=&quot;lead&quot;>Η νέα δημοτική βιβλιοθήκη άνοιξε στο παλιό τελωνείο του λιμανιού με δέκα χιλιάδες τόμους και αναγνωστήριο για παιδιά.</p><p>Θα λειτουργεί καθημερινά από τις εννέα το πρωί ως τις εννέα το βράδυ, και η εγγραφή είναι δωρεάν.</p>"></iframe>)");
    const std::string out_el = block_text_of(el);
    CHECK(has(out_el, "Η νέα δημοτική βιβλιοθήκη άνοιξε στο παλιό τελωνείο"));
    // Attribute names are read in any case.
    const std::string es = small_page("es", "Vuelve el transbordador", R"(<section><IFRAME SrcDoc="<p>El transbordador del río vuelve a funcionar tras tres meses de obras en el embarcadero, cada veinte minutos.</p><p>Las tarifas no cambian y los menores de diez años siguen viajando gratis, dijo el operador.</p>"></IFRAME></section>)");
    CHECK(has(block_text_of(es), "El transbordador del río vuelve a funcionar"));
    // Left alone: an ad frame (a picture and a line) beside an article stays out.
    const std::string en = small_page("en", "Ferry back in service", R"(<div class="story"><h1>Ferry back in service</h1>
<p>The river ferry is back in service after three months of repairs to the landing stage, running every twenty minutes.</p>
<p>Fares are unchanged, and children under ten still travel free, the operator said on Friday.</p></div>
<iframe class="ad" srcdoc="&lt;a href=&quot;https://ads.example/c&quot;&gt;&lt;img src=&quot;/b.png&quot;&gt;Cheap flights to the sun: book now and save forty percent&lt;/a&gt;"></iframe>)");
    const std::string out_en = block_text_of(en);
    CHECK(has(out_en, "The river ferry is back in service"));
    CHECK_FALSE(has(out_en, "Cheap flights to the sun"));
}
