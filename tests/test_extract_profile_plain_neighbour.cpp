// A writer's box is a post among posts only beside a box of its own kind (extract_writer_profile.cpp,
// links_to_byline). The page: a post whose byline links a one-word pen name to the writer's
// page; at the end of the post's text a box of a portrait, that name linking to the same page,
// a bio and a "more posts" link; after it a newsletter box (a picture, a sentence, a subscribe
// link). With class names the two boxes differ by class and the writer's box goes. With none
// (a template that names nothing, perturb_eval "noattr") every plain <div> was of one kind, the
// newsletter box made the writer's box "one of a run of posts" and the bio stayed in the
// article. Without a class, a neighbour is of the box's kind only when it opens with the same
// tags (through wrappers of one child): a thread's posts repeat their template.
// The negative: the writer's box followed by a guest writer's box of the same template (a
// portrait, a name, a bio) is one box among others and stays.
// Markups: div soup with and without class names, the box's lines in one more <div> each or
// not; en, fr, pt, ru.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Lang {
    const char* code;
    std::string title, name, by, date;
    std::vector<std::string> body;
    std::string bio, more, sub, btn;
};

const std::vector<Lang> langs = {
    {"en", "Thirty days of garden projects: day three", "Marigold", "by", "November 12, 2012",
     {"Today we build a simple raised bed from old pallets, which costs almost nothing and takes an afternoon, even for beginners who have never held a saw.",
      "Start by taking the pallets apart carefully, keeping the long boards whole, and sand them until no splinters are left on the side that faces the soil.",
      "Screw the boards into a frame, line it with cardboard against the weeds, and fill it with compost and garden soil in equal parts, watering as you go.",
      "In a week the soil will have settled, and you can plant lettuce, radishes and herbs, which all grow well in a shallow bed like this one."},
     "I am a former teacher turned full-time gardener and mother of two, living in a small town where I love the outdoors, reading, writing and turning old things into new ones.",
     "More Posts", "Don't miss a post! Subscribe to our newsletter and get weekly updates and free printables delivered straight to your inbox!", "Subscribe"},
    {"fr", "Trente jours de projets au jardin : troisième jour", "Capucine", "par", "12 novembre 2012",
     {"Aujourd'hui nous construisons un bac surélevé avec de vieilles palettes, ce qui ne coûte presque rien et prend un après-midi, même pour les débutants.",
      "Commencez par démonter les palettes avec soin, en gardant les longues planches entières, et poncez-les jusqu'à ce qu'il ne reste plus d'échardes.",
      "Vissez les planches en un cadre, tapissez-le de carton contre les mauvaises herbes, et remplissez-le de compost et de terre, en arrosant au fur et à mesure.",
      "Dans une semaine la terre se sera tassée, et vous pourrez planter de la laitue, des radis et des herbes, qui poussent bien dans un bac peu profond."},
     "Ancienne enseignante devenue jardinière à plein temps et mère de deux enfants, je vis dans une petite ville où j'aime la nature, la lecture, l'écriture et donner une seconde vie aux objets.",
     "Autres articles", "Ne manquez aucun article ! Abonnez-vous à notre lettre et recevez chaque semaine des nouvelles et des fiches gratuites dans votre boîte !", "S'abonner"},
    {"pt", "Trinta dias de projetos no jardim: dia três", "Margarida", "por", "12 de novembro de 2012",
     {"Hoje construímos um canteiro elevado com paletes velhas, que quase não custa nada e leva uma tarde, mesmo para quem nunca pegou num serrote.",
      "Comece por desmontar as paletes com cuidado, guardando as tábuas compridas inteiras, e lixe-as até não restarem farpas do lado da terra.",
      "Aparafuse as tábuas numa moldura, forre-a com cartão contra as ervas daninhas e encha-a com composto e terra em partes iguais, regando aos poucos.",
      "Numa semana a terra terá assentado, e poderá plantar alface, rabanetes e ervas, que crescem bem num canteiro pouco fundo como este."},
     "Sou uma antiga professora que se tornou jardineira a tempo inteiro e mãe de dois filhos, vivo numa pequena cidade onde adoro a natureza, ler, escrever e dar nova vida a coisas velhas.",
     "Mais artigos", "Não perca nenhum artigo! Assine a nossa newsletter e receba todas as semanas novidades e fichas gratuitas na sua caixa de correio!", "Assinar"},
    {"ru", "Тридцать дней садовых проектов: день третий", "Василиса", "автор", "12 ноября 2012",
     {"Сегодня мы строим простую высокую грядку из старых поддонов: это почти ничего не стоит и занимает полдня, даже у тех, кто никогда не держал пилу.",
      "Сначала аккуратно разберите поддоны, сохранив длинные доски целыми, и ошкурьте их, пока на стороне, обращённой к земле, не останется заноз.",
      "Скрутите доски в раму, выстелите её картоном от сорняков и заполните компостом и садовой землёй поровну, понемногу поливая.",
      "Через неделю земля осядет, и можно сажать салат, редис и зелень, которые хорошо растут в такой неглубокой грядке."},
     "Я бывшая учительница, ставшая садовницей и мамой двоих детей, живу в маленьком городе, где люблю природу, чтение, письмо и превращать старые вещи в новые.",
     "Все записи", "Не пропустите ни одной записи! Подпишитесь на нашу рассылку и получайте каждую неделю новости и бесплатные материалы на почту!", "Подписаться"},
};

struct Shape {
    bool classes, wrap;
};

std::string writer_box(const Lang& d, const Shape& s, const std::string& href, const std::string& name, const std::string& bio) {
    const auto c = [&](const char* n) { return s.classes ? std::string(" class=\"") + n + "\"" : std::string(); };
    const auto w = [&](const std::string& x) { return s.wrap ? "<div>" + x + "</div>" : x; };
    return "<div" + c("about-author") + "><div" + c("about-pic") + "><img src=\"/avatar.jpg\" width=\"100\" height=\"100\" alt=\"\"></div><div" +
           c("about-text") + ">" + w("<h3><a href=\"" + href + "\">" + name + "</a></h3>") + w("<p>" + bio + "</p>") +
           w("<p><a href=\"" + href + "\">" + d.more + "</a></p>") + "</div></div>";
}

std::string page(const Lang& d, const Shape& s, const std::string& after) {
    const auto c = [&](const char* n) { return s.classes ? std::string(" class=\"") + n + "\"" : std::string(); };
    const std::string author = std::string("/author/x") + d.code + "/";
    std::string body;
    for (const std::string& p : d.body) body += "<p>" + p + "</p>";
    return html_page(d.code, d.title.c_str(),
                     "<div" + c("page") + "><div" + c("post") + "><h1>" + d.title + "</h1><div" + c("date") + "><p><span>" + d.date +
                         "</span> " + d.by + " <a href=\"" + author + "\">" + d.name + "</a></p></div><div" + c("entry") + ">" + body +
                         writer_box(d, s, author, d.name, d.bio) + after + "</div></div></div><div>© 2012</div>");
}

std::string newsletter(const Lang& d, const Shape& s) {
    const auto c = [&](const char* n) { return s.classes ? std::string(" class=\"") + n + "\"" : std::string(); };
    return "<div" + c("optin") + "><img src=\"/like.png\" alt=\"\"><div" + c("share") + "><a href=\"/share\"></a></div><div" +
           c("optin-text") + ">" + d.sub + "</div><div><a href=\"/subscribe\">" + d.btn + "</a></div></div>";
}

}  // namespace

TEST_CASE("a writer's box beside a plain box of another shape is no post among posts") {
    for (const Lang& d : langs)
        for (const Shape s : {Shape{true, false}, Shape{true, true}, Shape{false, false}, Shape{false, true}}) {
            const std::string code = d.code;
            CAPTURE(code);
            CAPTURE(s.classes);
            CAPTURE(s.wrap);
            const std::string out = text_of(page(d, s, newsletter(d, s)));
            CHECK(has(out, d.body[2].substr(0, 40)));
            CHECK_FALSE(has(out, d.bio.substr(0, 40)));
        }
}

TEST_CASE("a writer's box beside a box of its own template stays") {
    for (const Lang& d : langs)
        for (const Shape s : {Shape{false, false}, Shape{false, true}}) {
            const std::string code = d.code;
            CAPTURE(code);
            CAPTURE(s.wrap);
            // The guest's bio: the writer's, told of another (its words differ from the first box's).
            const std::string guest_bio = d.sub + " " + d.body[3];
            const std::string out = text_of(page(d, s, writer_box(d, s, "/author/guest/", d.name + "a", guest_bio)));
            CHECK(has(out, d.body[2].substr(0, 40)));
            CHECK(has(out, d.bio.substr(0, 40)));
        }
}
