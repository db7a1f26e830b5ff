// A second set of promo shapes neither the noise generator (noise_boxes.hpp) nor the first
// fresh set (test_promo_fresh.cpp) makes, written before any rule for them: boxes whose wording
// changes while their link target stays, a box repeated with its sentences shuffled, an embed
// label, a list of headline links in the body, a donation appeal with a bold button, a course
// ad with price and date, a line of social handles, a coupon code, a job ad, an affiliate
// disclosure at the top, a paywall teaser, an event box, a numbered "most read" ranking, a
// newsletter form (in text: "[ Email ] [ Subscribe ]"). French, Polish, Spanish, Japanese;
// HTML and text input. The article must stay whole in every case; the share of boxes that go
// is the generalization figure, held at its floor (kFresh2Floor).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "promo_fresh_util.hpp"

using namespace winnow;

namespace {

using Article = winnow::test::FreshArticle;

const Article kFrench{"fr", "Le marché couvert renaît",
    {"Fermé depuis douze ans, le marché couvert de la vieille ville a rouvert ses portes samedi matin, et les "
     "habitants se sont pressés dès sept heures entre les étals de fromages, de légumes et de poissons.",
     "La halle en fer forgé, construite à la fin du dix-neuvième siècle, a été restaurée pièce par pièce par "
     "des artisans de la région qui ont remplacé les verrières et repeint la charpente en vert sombre.",
     "Une trentaine de producteurs louent désormais un emplacement à l'année, dont plusieurs maraîchers installés "
     "depuis peu sur les terres agricoles que la commune a rachetées au bord du fleuve.",
     "Les commerçants du centre espèrent que la halle ramènera du monde dans les rues voisines, où beaucoup de "
     "vitrines sont restées vides depuis l'ouverture du centre commercial à la sortie de la ville."}};

const Article kPolish{"pl", "Tramwaj wraca na most",
    {"Po trzech latach przebudowy tramwaje znów jeżdżą przez stary most na rzece, a pierwszego dnia wagony "
     "były pełne mieszkańców, którzy chcieli zobaczyć odnowione przęsła i nowe przystanki.",
     "Inżynierowie wymienili wszystkie stalowe belki pod torowiskiem i wzmocnili filary, które po powodzi sprzed "
     "dwudziestu lat zaczęły się niebezpiecznie przechylać w stronę nurtu.",
     "Miasto dołożyło do inwestycji szerokie chodniki i drogę dla rowerów, więc pieszy ruch przez most wzrósł "
     "według pierwszych pomiarów prawie dwukrotnie w porównaniu z zeszłym rokiem.",
     "Kierowcy narzekają jednak na korki na objazdach, które mają zniknąć dopiero jesienią, gdy zakończy się "
     "remont skrzyżowania przy dworcu i otwarte zostaną dwa nowe pasy ruchu."}};

const Article kSpanish{"es", "Las abejas del tejado",
    {"En el tejado del ayuntamiento viven desde la primavera seis colmenas que cuida un grupo de jubilados, y "
     "este verano han dado casi ochenta kilos de miel que se venderá en el mercado del barrio.",
     "La idea nació en un taller de la escuela de adultos, donde un apicultor retirado enseñaba a manejar los "
     "cuadros y a reconocer a la reina entre miles de obreras sin asustar a la colonia.",
     "Los vecinos temían picaduras en la plaza, pero las abejas vuelan alto hacia los parques y los jardines de "
     "la orilla, y en todo el año solo se ha registrado una queja por un enjambre en un balcón.",
     "El próximo curso quieren instalar colmenas en dos colegios, para que los niños aprendan cómo se poliniza "
     "un huerto y por qué las flores silvestres de los solares importan tanto."}};

const Article kJapanese{"ja", "山あいの村に戻った学校",
    {"十年前に閉校した山あいの村の小学校が、この春、都市から移住してきた家族の子どもたちを迎えて再び開校し、"
     "入学式には村の人たちがほぼ全員集まって新しい児童を拍手で迎えた。",
     "校舎は古い木造のままだが、地元の大工が床を張り替え、教室には薪ストーブが置かれて、冬でも暖かく過ごせる"
     "ように工夫されている。",
     "授業では田植えや炭焼きなど村の暮らしを学ぶ時間が多く、お年寄りが先生役となって昔の道具の使い方を子どもたち"
     "に教えている。",
     "村は空き家を改修して移住者に貸し出す事業を続けており、来年はさらに三家族が引っ越してくる予定で、児童の数"
     "は倍になる見込みだという。"}};

// The article's own list items and lines that must stay.
const char* kArticleKeeps[] = {"verrières", "przęsła", "ochenta kilos", "薪ストーブ"};

std::vector<winnow::test::FreshCase> fresh2_cases() {
    const Article* fr = &kFrench;
    const Article* pl = &kPolish;
    const Article* es = &kSpanish;
    const Article* ja = &kJapanese;
    return {
        {"wording changes every time, the link target repeats", fr, true,
         {"<p>Chaque don compte pour une presse libre : <a href=\"https://soutien.example/don\">participez</a>.</p>", "",
          "<p>Notre rédaction vit grâce à ses lecteurs. <a href=\"https://soutien.example/don\">Aidez-nous</a></p>",
          "<p>Un euro par mois suffit à financer une enquête. <a href=\"https://soutien.example/don\">Je donne</a></p>"},
         "presse libre"},
        {"a box repeated with its sentences shuffled", es, true,
         {"<p>Recibe cada mañana nuestras mejores historias. Es gratis y puedes darte de baja cuando quieras.</p>", "",
          "<p>Es gratis y puedes darte de baja cuando quieras. Recibe cada mañana nuestras mejores historias.</p>"},
         "darte de baja"},
        {"a podcast embed label line", pl, true,
         {"", "<p>▶ Posłuchaj: <a href=\"https://audio.example/odc-42\">Rozmowy o mieście, odcinek 42</a> (38 min)</p>"},
         "Rozmowy o mieście"},
        {"a list of three headline links inside the body", es, true,
         {"", "<ul><li><a href=\"https://diario.example/a/1\">El alcalde presenta el nuevo plan de aparcamientos</a></li>"
              "<li><a href=\"https://diario.example/a/2\">Cortes de agua en el centro durante el fin de semana</a></li>"
              "<li><a href=\"https://diario.example/a/3\">La selección juvenil gana el torneo de invierno</a></li></ul>"},
         "plan de aparcamientos"},
        {"a donation appeal of two sentences with a bold button", pl, true,
         {"", "<p>Niezależne dziennikarstwo kosztuje. Wesprzyj nas dowolną kwotą już dziś.</p>"
              "<p><b><a href=\"https://wsparcie.example/\">Wspieram</a></b></p>"},
         "Niezależne dziennikarstwo"},
        {"text: a course ad with a price and a date", fr, false,
         {"", "Atelier en ligne : écrire sa demande de subvention – jeudi 14 mars, 19 h, 29 € – réservez votre "
              "place : https://atelier.example/inscription"},
         "demande de subvention"},
        {"text: a social follow line of handles", pl, false,
         {"", "", "Obserwuj nas: @tramwaje_miasto · @most_foto · @miasto.wideo"},
         "@most_foto"},
        {"a coupon code line", es, true,
         {"", "", "<p>Usa el código <b>MIEL25</b> y ahorra un 25 % en tu primer pedido.</p>"},
         "MIEL25"},
        {"text: a job ad box", ja, false,
         {"", "【求人】編集スタッフ募集（週三日から・在宅可）\n応募はこちら → https://recruit.example/apply"},
         "編集スタッフ募集"},
        {"an affiliate disclosure at the top", fr, true,
         {}, "Cet article contient des liens d'affiliation", 
         "<p><i>Cet article contient des liens d'affiliation : nous touchons une commission si vous achetez via ces "
         "liens.</i></p>"},
        {"a paywall teaser cutting the article", ja, true,
         {"", "<div><p>この記事は有料会員限定です。</p><p><a href=\"https://members.example/join\">続きを読むには会員登録</a></p></div>"},
         "有料会員限定"},
        {"text: an event box with date and place", es, false,
         {"", "Encuentro con apicultores | sábado 12 de abril, 18:00 | Biblioteca Municipal, calle Mayor 5 | Entrada libre"},
         "Encuentro con apicultores"},
        {"a most read ranking numbered 1 to 5", pl, true,
         {"", "", "<ol><li><a href=\"https://gazeta.example/1\">Nowy rozkład autobusów od poniedziałku</a></li>"
                  "<li><a href=\"https://gazeta.example/2\">Festiwal ogni nad jeziorem przełożony</a></li>"
                  "<li><a href=\"https://gazeta.example/3\">Szpital otwiera nowy oddział dziecięcy</a></li>"
                  "<li><a href=\"https://gazeta.example/4\">Koniec budowy basenu przy szkole</a></li>"
                  "<li><a href=\"https://gazeta.example/5\">Radni spierają się o podatek od psów</a></li></ol>"},
         "podatek od psów"},
        {"a newsletter form with an e-mail input", ja, true,
         {"", "<form action=\"https://news.example/signup\"><p>毎週金曜日に村の話題をお届けします</p>"
              "<input type=\"email\" placeholder=\"メールアドレス\"><button>登録</button></form>"},
         "村の話題をお届け"},
        {"text: a newsletter box as [ Email ] [ Subscribe ]", fr, false,
         {"", "La lettre du marché, chaque vendredi\n[ Votre e-mail ] [ S'inscrire ]"},
         "La lettre du marché"},
        {"text: wording changes every time, the address repeats", es, false,
         {"Apoya el periodismo local: https://apoyo.example/socios", "",
          "Hazte socio por dos euros al mes: https://apoyo.example/socios"},
         "periodismo local"},
    };
}

// Boxes of fresh2_cases() that go (the generalization figure). On main (8493ed4), before any
// rule for them: 4 of 16 (gone: the list of headline links, the social handles, the numbered
// ranking, the newsletter form). With short paragraphs closing on links to one target (HTML and
// text): 6 of 16; with repeats compared by their sentences in any order: 7 of 16; with a short
// pitch over a button of its own (text: a form drawn in brackets, an arrowed address): 9 of 16.
// With lines that are boxes by shape between prose (an embed's label opened by a pictograph,
// fields parted by bars): 11 of 16; with a dropped link set in bold as a whole counted as a
// button: 12 of 16 (stayed: the course ad, the coupon line, the affiliate disclosure, the
// paywall teaser whose button is a plain link). With a short pitch closing on its own address
// in words foreign to the article (promo_shapes.cpp, addressed_pitch): 13 of 16 (the course ad).
constexpr int kFresh2Floor = 13;

}  // namespace

TEST_CASE("second fresh promo shapes: the article stays whole, and at least the floor of the boxes go") {
    const auto cases = fresh2_cases();
    std::string stayed;
    const int gone = winnow::test::run_fresh_cases(cases, {std::begin(kArticleKeeps), std::end(kArticleKeeps)}, stayed);
    MESSAGE("second fresh promo boxes gone: ", gone, " of ", cases.size(), stayed);
    CHECK(gone >= kFresh2Floor);
}
