// Extraction on sites nobody tuned for, round 3 (issue 18). Class and id names here are hashes,
// as a CSS toolchain writes them, so no word in them says what a box is.
// - What the page's own <style> blocks hide (display:none or visibility:hidden on a class, an id,
//   or a tag with one of them) is not content, as a hidden element is not: a print notice, a
//   keyword line, a pitch left in the markup. A name a breakpoint or a state rule shows again
//   (".x{display:block}" under @media, ".tab.on") stays, and so does a print-only sheet's, and a
//   read-more half a button opens (prune's exception). German, Spanish, English, Russian,
//   Japanese; with the preclean scanner and without it (the sheet then read from the DOM).
// - A photo or a video posted under its title with no prose of its own is an article readers
//   answer: dated posts after it, with no heading of their own, are its thread and not the page
//   (a <dl> of name-and-date <dt>s over <dd> posts, a list of boxes). A title over dated posts
//   and no picture (a guestbook, a forum thread) keeps its posts, and so does a big picture over
//   entries that have headings of their own (a list of news). English, French, Portuguese,
//   Polish.
// - Undated posts signed by a link to a page of the writer's own (a box of a name and a link to
//   another host, or the address written out, over a box of the post) after the article: three
//   or more of one kind, on two or more hosts, are a thread. Staff linked to the site's own
//   pages (one host), paragraphs opening with a source's link and a list of shop links stay.
//   English, German, Spanish, Portuguese, Italian.
// - The title said again after the article, as a heading linking where the title links (the
//   head of its comments): the first is the title, not two headings that make it ambiguous, and
//   the box under the repeat is about the article, not the article. English, Dutch.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

#include "css_hidden.hpp"
#include "extract_test_util.hpp"
#include "parse_html.hpp"
#include "preclean.hpp"

using namespace winnow;
using winnow::test::has;
using winnow::test::text_of;

namespace {

std::string page(const char* lang, const std::string& title, const std::string& head, const std::string& body) {
    return std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
           "</title>" + head + "</head><body><div class=\"q8w2\">" + body + "</div></body></html>\n";
}

std::string text_without_preclean(const std::string& html) {
    Options o;
    o.preclean = false;
    const Cleaner cleaner(o);
    Result r = cleaner.clean(html);
    REQUIRE(r.ok());
    return to_text(r.document);
}

// German: a print notice in a box hidden by its class, a keyword line hidden by its id.
const std::string de_hidden_notice = page("de", "Neue Brücke über die Elbe eröffnet",
    "<style>.k3{display:none}#q9 { visibility : hidden }</style>",
    "<h1>Neue Brücke über die Elbe eröffnet</h1>"
    "<p>Nach vier Jahren Bauzeit ist die neue Brücke über die Elbe am Samstag für den Verkehr freigegeben worden, wie die Stadt mitteilte.</p>"
    "<div class=\"k3\"><p>Diese Seite wurde für den Druck aufbereitet. Den vollständigen Artikel mit allen Bildern finden Sie auf unserer Webseite im Bereich Lokales.</p></div>"
    "<p>Die Brücke verbindet die beiden Stadtteile und soll den Verkehr in der Innenstadt deutlich entlasten, hoffen die Planer.</p>"
    "<p id=\"q9\">Stichworte: Brücke Elbe Verkehr Stadt Bau Eröffnung Samstag Innenstadt Planer Stadtteile Entlastung neue Wege</p>"
    "<p>Die Kosten lagen mit rund 80 Millionen Euro etwas über der ursprünglichen Schätzung, teilte die Verwaltung weiter mit.</p>");

// Spanish: a tag and a class ("div.r7"), !important, a comment and an at-rule in the sheet.
const std::string es_hidden_pitch = page("es", "El museo abre una nueva sala",
    "<style type=\"text/css\">\n/* estilos { } */\n.z1 { color: #333; }\ndiv.r7 { display: none !important; }\n"
    "@media (min-width: 900px) { .z1 { font-size: 1.2em } }\n</style>",
    "<main><h1>El museo abre una nueva sala</h1>"
    "<p>El museo de la ciudad inauguró este martes una nueva sala dedicada a la pintura del siglo diecinueve, con más de cuarenta obras.</p>"
    "<p>La directora explicó que la colección procede en su mayor parte de donaciones de familias de la región, y que se irá ampliando.</p>"
    "<div class=\"r7\"><p>¿Te ha gustado este artículo? Suscríbete a nuestro boletín y recibe cada semana las mejores historias de la ciudad en tu correo.</p></div>"
    "<p>La entrada será gratuita durante el primer mes, y después costará cinco euros, con descuentos para estudiantes y jubilados.</p></main>");

// English: names the sheet hides and then shows again (a breakpoint, a state class).
const std::string en_shown_again = page("en", "City council approves budget",
    "<style>.x2{display:none}@media (min-width:700px){.x2{display:block}}.t5{display:none}.t5.on{display:block}</style>",
    "<article><h1>City council approves budget</h1>"
    "<p>The city council approved next year's budget on Monday evening after a long debate about road repairs and school funding.</p>"
    "<p class=\"x2\">The vote was seven to two, with both members of the opposition voting against the plan and asking for more time.</p>"
    "<div class=\"t5 on\"><p>The mayor said the budget would keep taxes flat while adding money for the library and two new bus lines.</p></div>"
    "<p>Residents can read the full document at the town hall or on the city's website from next week on.</p></article>");

// Russian: a print-only sheet hides nothing on a screen; a read-more half hidden by the screen
// sheet, with its button right after it, is the article's second half.
const std::string ru_print_sheet_and_read_more = page("ru", "В городе открыли новую библиотеку",
    "<style media=\"print\">.m4{display:none}</style><style media=\"screen, projection\">.h6{display:none}</style>",
    "<h1>В городе открыли новую библиотеку</h1>"
    "<p>В субботу в центре города открылась новая библиотека, в которой собрано более пятидесяти тысяч книг на разных языках.</p>"
    "<p class=\"m4\">Здание библиотеки построили на месте старого рынка, и теперь здесь есть читальный зал, кафе и детская комната.</p>"
    "<div class=\"h6\"><p>По словам директора, библиотека будет работать без выходных, а по вечерам здесь будут проходить лекции и встречи.</p>"
    "<p>Первые читатели уже записались в очередь на новые книги, а некоторые пришли с детьми, чтобы посмотреть детскую комнату.</p></div>"
    "<button>Читать дальше</button>");

// Japanese: a box hidden by its id, holding a sentence of its own.
const std::string ja_hidden_by_id = page("ja", "市立図書館が新館を開館",
    "<style>\n#v5z { display:none; }\n</style>",
    "<h1>市立図書館が新館を開館</h1>"
    "<p>市立図書館の新館が十日に開館し、初日から多くの市民が訪れた。新館には約十万冊の本が並び、広い閲覧室が設けられている。</p>"
    "<div id=\"v5z\"><p>この記事の続きは会員登録をすると読むことができます。今すぐ無料で登録して、すべての記事をお楽しみください。</p></div>"
    "<p>館長は、子どもから高齢者まで誰もが気軽に立ち寄れる場所にしたいと話しており、週末には読み聞かせの会も開かれる予定だ。</p>");

}  // namespace

TEST_CASE("the page's own sheet: simple class and id selectors of top-level rules that hide, less names a rule shows again") {
    const std::string css =
        ".a{display:none} div.b{visibility:hidden} #c{display:none!important} .d .e{display:none} .f{display:none}"
        "@media (max-width:600px){.g{display:none}} @media (min-width:900px){.f{display:block}} .h{color:red}";
    const std::string html = "<html><head><style>" + css + "</style></head><body>"
                             "<div class=\"x a\">1</div><p class=\"b\">2</p><div class=\"b\">3</div><span id=\"c\">4</span>"
                             "<div class=\"e\">5</div><div class=\"f\">6</div><div class=\"g\">7</div><div class=\"h\">8</div>"
                             "<div class=\"a\" style=\"display: block\">9</div></body></html>";
    std::vector<detail::StyleSheetText> sheets;
    const std::string pre = detail::preclean_html(html, nullptr);
    std::string out;
    detail::preclean_html(html, out, nullptr, &sheets);
    REQUIRE(sheets.size() == 1);
    CHECK(sheets[0].body == css);
    CHECK(out == pre);  // the sheets are read on the side; the precleaned page is the same
    const detail::HiddenSelectors hidden(sheets);
    auto dom = detail::Dom::parse(out, 10000, 400);
    auto hides_text = [&](std::string_view t) {
        for (std::uint32_t n = 0; n < dom->nodes.size(); ++n)
            if (dom->nodes[n].type == detail::NodeType::element && dom->text_of(n) == t && !dom->is(n, GUMBO_TAG_BODY))
                return hidden.hides(*dom, n);
        FAIL("no element holds " << t);
        return false;
    };
    CHECK(hides_text("1"));   // one of its classes
    CHECK(!hides_text("2"));  // div.b: not a <p>
    CHECK(hides_text("3"));
    CHECK(hides_text("4"));   // an id, !important
    CHECK(!hides_text("5"));  // a descendant selector: no cascade engine
    CHECK(!hides_text("6"));  // shown again at a breakpoint
    CHECK(!hides_text("7"));  // hidden at one width only
    CHECK(!hides_text("8"));
    CHECK(!hides_text("9"));  // its own inline display shows it
    CHECK(detail::style_applies_to_screen("<style>"));
    CHECK(detail::style_applies_to_screen("<style media=\"screen and (min-width: 40em)\">"));
    CHECK(detail::style_applies_to_screen("<STYLE MEDIA=all>"));
    CHECK(!detail::style_applies_to_screen("<style media='print'>"));
}

TEST_CASE("what the page's own sheet hides by class or id is no content, with or without the preclean scanner") {
    for (const bool precleaned : {true, false}) {
        CAPTURE(precleaned);
        auto read = [&](const std::string& html) { return precleaned ? text_of(html) : text_without_preclean(html); };
        const std::string de = read(de_hidden_notice);
        CHECK(has(de, "am Samstag für den Verkehr freigegeben"));
        CHECK(has(de, "Die Kosten lagen mit rund 80 Millionen Euro"));
        CHECK(!has(de, "für den Druck aufbereitet"));
        CHECK(!has(de, "Stichworte:"));
        const std::string es = read(es_hidden_pitch);
        CHECK(has(es, "inauguró este martes una nueva sala"));
        CHECK(has(es, "La entrada será gratuita"));
        CHECK(!has(es, "Suscríbete a nuestro boletín"));
        const std::string ja = read(ja_hidden_by_id);
        CHECK(has(ja, "市立図書館の新館が十日に開館し"));
        CHECK(has(ja, "館長は、子どもから高齢者まで"));
        CHECK(!has(ja, "会員登録をすると読むことができます"));
    }
}

TEST_CASE("a name the sheet shows again, a print-only sheet and a read-more half a button opens stay") {
    const std::string en = text_of(en_shown_again);
    CHECK(has(en, "The vote was seven to two"));
    CHECK(has(en, "keep taxes flat"));
    CHECK(has(en, "Residents can read the full document"));
    const std::string ru = text_of(ru_print_sheet_and_read_more);
    CHECK(has(ru, "Здание библиотеки построили на месте старого рынка"));
    CHECK(has(ru, "библиотека будет работать без выходных"));
    CHECK(has(ru, "Первые читатели уже записались"));
}

namespace {

struct Post {
    const char* who;
    const char* when;
    const char* said;
};

// A post's title and byline over a picture or a player (`media`), no prose, then a thread of
// dated posts written as `shape`: "dl" (a <dt> of avatar, name and date over a <dd> post),
// "li" (a list of boxes, name and date over the post's paragraph), "h3li" (the same, each under
// a heading of its own: entries of a list of news).
std::string media_post(const char* lang, const std::string& title, const std::string& byline, const std::string& media,
                       const std::vector<Post>& posts, const std::string& shape, const std::string& count_line) {
    std::string thread;
    for (const Post& p : posts) {
        if (shape == "dl")
            thread += std::string("<dt class=\"c4n c4n-") + p.who[0] + "\"><img src=\"/a.png\" width=\"44\" height=\"44\"> <span class=\"v1\">" + p.who +
                      "</span> <span class=\"v2\">" + p.when + "</span></dt><dd class=\"c4n\"><div class=\"v3\"><p>" + p.said +
                      "</p></div></dd>";
        else
            thread += std::string("<li class=\"c4n\"><div class=\"v1\">") + (shape == "h3li" ? "<h3>" + std::string(p.who) + "</h3>" : p.who) +
                      " · <span class=\"v2\">" + p.when + "</span></div><div class=\"v3\"><p>" + p.said + "</p></div></li>";
    }
    const std::string list = shape == "dl" ? "<dl class=\"b7k\">" + thread + "</dl>" : "<ul class=\"b7k\">" + thread + "</ul>";
    return page(lang, title, "",
                "<div class=\"p2x\"><h1>" + title + "</h1><p class=\"z3\">" + byline + "</p></div><div class=\"r9m\">" + media +
                    "</div><div class=\"n5\"><a href=\"/prev\">«</a> <a href=\"/next\">»</a></div><div class=\"w6\"><p>" + count_line +
                    "</p>" + list + "</div>");
}

const std::vector<Post> en_posts = {
    {"Maria", "July 7, 2012 at 2:31 pm", "Thank you for your kind words and your wisdom, you are truly an inspiration to many people in my town."},
    {"Daniel", "July 6, 2012 at 9:12 am", "Is there any way to download the whole conversation? I missed the first half because of work and would love to hear it."},
    {"Lena", "July 5, 2012 at 11:40 pm", "The sound and the picture were very clear this time, much better than last month. Love and gratitude from Vienna."},
    {"Keith", "July 5, 2012 at 8:02 pm", "Mention was made of an old story about the pilgrims on the road, but I could not find the reference afterwards."},
};

const std::vector<Post> fr_posts = {
    {"Camille", "12 mars 2021 à 10:14", "Superbe photo, on reconnaît tout de suite la lumière du matin sur le port, bravo pour ce travail."},
    {"Julien", "12 mars 2021 à 11:02", "J'étais sur place ce jour-là et je confirme, c'était encore plus beau en vrai, avec le brouillard."},
    {"Sophie", "13 mars 2021 à 08:47", "Est-ce que ce tirage est disponible en grand format ? Je voudrais l'offrir à mes parents pour leur anniversaire."},
};

const std::vector<Post> pt_entries = {
    {"Prefeitura abre inscrições para cursos", "3 de maio de 2022", "As inscrições vão até o fim do mês e as vagas são limitadas, com prioridade para moradores do bairro."},
    {"Nova linha de ônibus começa a circular", "2 de maio de 2022", "A linha liga o centro ao hospital regional e deve atender cerca de oito mil passageiros por dia."},
    {"Feira de livros volta à praça central", "1 de maio de 2022", "A feira terá mais de cinquenta expositores e uma programação infantil durante todo o fim de semana."},
};

const std::vector<Post> pl_posts = {
    {"Anna", "3 maja 2022, 10:15", "Dziękuję za zaproszenie, to było bardzo miłe spotkanie i chętnie przyjdziemy znowu w przyszłym roku."},
    {"Tomek", "4 maja 2022, 18:40", "Wszystkiego najlepszego dla całej redakcji, czytam was od lat i zawsze znajduję coś ciekawego."},
    {"Ewa", "5 maja 2022, 07:05", "Pozdrawiam serdecznie z Gdańska, u nas też był piękny koncert na rynku, szkoda że tak krótki."},
};

}  // namespace

TEST_CASE("a photo or a video posted under its title with no prose is answered by readers: their dated posts after it are its thread") {
    const std::string video = "<p><iframe src=\"https://video.example.net/embed/42\" width=\"500\" height=\"450\"></iframe></p>";
    const std::string en = text_of(media_post("en", "Conversation with my readers, 29 June", "by Anne Writer on June 29, 2012", video,
                                              en_posts, "dl", "{ 4 comments… read them below or add one }"));
    CHECK(has(en, "Conversation with my readers"));
    CHECK(!has(en, "truly an inspiration"));
    CHECK(!has(en, "download the whole conversation"));
    CHECK(!has(en, "pilgrims on the road"));
    const std::string photo = "<a href=\"/big.jpg\"><img src=\"/port.jpg\" width=\"800\" height=\"533\" alt=\"\"></a>";
    const std::string fr = text_of(media_post("fr", "Le port au petit matin", "par Marc Lefèvre, le 11 mars 2021", photo, fr_posts, "li",
                                              "3 commentaires"));
    CHECK(has(fr, "Le port au petit matin"));
    CHECK(!has(fr, "la lumière du matin sur le port"));
    CHECK(!has(fr, "disponible en grand format"));
}

TEST_CASE("dated posts under a title with no picture (a guestbook), or entries with headings of their own under a big picture (a list of news), stay") {
    const std::string pl = text_of(media_post("pl", "Księga gości", "Redakcja", "<p>·</p>", pl_posts, "li", "3 wpisy"));
    CHECK(has(pl, "to było bardzo miłe spotkanie"));
    CHECK(has(pl, "czytam was od lat"));
    CHECK(has(pl, "piękny koncert na rynku"));
    const std::string banner = "<img src=\"/cidade.jpg\" width=\"960\" height=\"300\" alt=\"\">";
    const std::string pt = text_of(media_post("pt", "Notícias da cidade", "Prefeitura Municipal", banner, pt_entries, "h3li", "Últimas"));
    CHECK(has(pt, "as vagas são limitadas"));
    CHECK(has(pt, "oito mil passageiros por dia"));
    CHECK(has(pt, "uma programação infantil"));
}

namespace {

struct Signed {
    const char* name;
    const char* site;  // the writer's own page, or empty
    const char* post;
};

// An article's prose, then entries of a name box (linked, or with the address written out:
// `written_out`) over a box of the post, in a list with no class, in the article's box or
// (`in_box` false) in one of its own after it.
std::string signed_thread(const char* lang, const std::string& title, const std::vector<std::string>& prose,
                          const std::vector<Signed>& entries, bool written_out, bool in_box) {
    std::string body = "<h1>" + title + "</h1>";
    for (const std::string& p : prose) body += "<p>" + p + "</p>";
    body += in_box ? "<ul>" : "</div><div><ul>";
    for (const Signed& e : entries) {
        std::string name = e.name;
        if (*e.site != 0) name = written_out ? std::string(e.site) + " <span>" + e.name + "</span>" : std::string("<a href=\"") + e.site + "\">" + e.name + "</a>";
        body += "<li><div><cite>" + name + "</cite></div><div><div><p>" + e.post + "</p></div></div></li>";
    }
    body += "</ul>";
    return page(lang, title, "", body);
}

const std::vector<std::string> en_prose = {
    "I spent the whole of last year training for a long bike ride, and for a while it felt like the hardest thing I had ever done, week after week.",
    "Then the year ended, the goal was met, and without anyone keeping score I slowly slipped back into old habits, one skipped morning at a time.",
    "This post is my way of saying it out loud: the problem was never the schedule or the weather. The problem was me, and I am starting again today.",
};

const std::vector<Signed> en_signed = {
    {"tdoyle", "http://tdoyle.example.net/", "I know exactly how you feel. Best of luck."},
    {"Alana F", "", "Don't worry, everyone slips once in a while. You will get back on the wagon in no time at all."},
    {"Mike M", "https://twitter.example.com/mikem", "Thanks for the honesty. I am back at my heavy point too after losing a lot of weight some years ago."},
    {"Dana Mac", "http://danamac.example.org", "I wish you well, and thanks for calling it like you see it."},
};

const std::vector<std::string> de_prose = {
    "Seit drei Jahren fahre ich jeden Tag mit dem Rad zur Arbeit, bei Regen, bei Schnee und bei Hitze, und ich möchte davon kurz berichten.",
    "Am Anfang war es mühsam, doch nach ein paar Wochen wollte ich auf die halbe Stunde an der frischen Luft nicht mehr verzichten.",
    "Inzwischen habe ich das Auto verkauft und spare jeden Monat Geld, das ich lieber in gute Regenkleidung und ein neues Licht stecke.",
};

const std::vector<Signed> de_signed = {
    {"Klaus", "http://www.klaus-faehrt.example.de/", "Genau so geht es mir auch, nur mit dem Zug statt dem Auto. Weiter so!"},
    {"Sabine R.", "", "Und was machst du, wenn es glatt ist? Im Januar traue ich mich nicht mehr aufs Rad."},
    {"Radler77", "http://radler77.example.com/blog", "Spikereifen! Seit ich die habe, fahre ich auch bei Eis ohne Angst."},
    {"Jörg", "http://joerg.example.net", "Schöner Text, danke fürs Teilen."},
};

const std::vector<std::string> es_prose = {
    "Nuestro equipo de redacción está formado por periodistas con muchos años de experiencia en la información local y regional.",
    "Cada uno de ellos cubre una parte de la ciudad y conoce de primera mano a sus vecinos, sus asociaciones y sus problemas.",
};

const std::vector<Signed> es_staff = {
    {"Ana Pérez", "https://diario.example.es/equipo/ana-perez", "Redactora jefa, cubre política municipal desde hace quince años y coordina la sección de la ciudad."},
    {"Luis Gómez", "https://diario.example.es/equipo/luis-gomez", "Periodista de sucesos y tribunales, antes trabajó en la radio pública durante una década."},
    {"Marta Ruiz", "https://diario.example.es/equipo/marta-ruiz", "Se ocupa de cultura y educación, y escribe cada domingo una columna sobre libros."},
};

}  // namespace

TEST_CASE("undated posts signed by links to their writers' own sites, on two or more hosts, after the article are its thread") {
    const std::string en = text_of(signed_thread("en", "When the problem is me", en_prose, en_signed, false, false));
    CHECK(has(en, "training for a long bike ride"));
    CHECK(has(en, "The problem was me"));
    CHECK(!has(en, "everyone slips once in a while"));
    CHECK(!has(en, "heavy point too"));
    const std::string de = text_of(signed_thread("de", "Drei Jahre mit dem Rad zur Arbeit", de_prose, de_signed, true, true));
    CHECK(has(de, "jeden Tag mit dem Rad zur Arbeit"));
    CHECK(has(de, "Inzwischen habe ich das Auto verkauft"));
    CHECK(!has(de, "nur mit dem Zug statt dem Auto"));
    CHECK(!has(de, "Spikereifen"));
    CHECK(!has(de, "klaus-faehrt"));
}

TEST_CASE("staff linked to the site's own pages, paragraphs opening with a source's link and a list of shop links under each product stay") {
    const std::string es = text_of(signed_thread("es", "Nuestro equipo", es_prose, es_staff, false, true));
    CHECK(has(es, "cubre política municipal desde hace quince años"));
    CHECK(has(es, "Periodista de sucesos y tribunales"));
    CHECK(has(es, "escribe cada domingo una columna"));
    const std::string it = text_of(page("it", "Le notizie della settimana", "",
        "<h1>Le notizie della settimana</h1>"
        "<p>Ecco un riassunto delle notizie più importanti della settimana, raccolte dalle agenzie e dai giornali che seguiamo ogni giorno.</p>"
        "<div><p><a href=\"https://agenzia-uno.example.it/a\">Agenzia Uno</a> riferisce che il consiglio comunale ha approvato il nuovo piano per le piste ciclabili.</p></div>"
        "<div><p><a href=\"https://giornale-due.example.it/b\">Giornale Due</a> scrive che il museo civico resterà aperto anche il lunedì per tutta l'estate.</p></div>"
        "<div><p><a href=\"https://radio-tre.example.it/c\">Radio Tre</a> racconta la festa del quartiere, con musica e bancarelle fino a tarda sera.</p></div>"));
    CHECK(has(it, "approvato il nuovo piano per le piste ciclabili"));
    CHECK(has(it, "resterà aperto anche il lunedì"));
    CHECK(has(it, "con musica e bancarelle"));
    std::string products = "<h1>Os melhores aparelhos do ano</h1><p>Escolhemos os aparelhos que mais nos impressionaram neste ano, depois de testar cada um deles durante várias semanas em casa.</p>";
    const char* shops[][3] = {{"Fones sem fio", "https://loja-a.example.com/fones", "Os fones cancelam o ruído de fundo e vêm com três tamanhos de ponteira para um encaixe confortável."},
                              {"Console portátil", "https://loja-b.example.com/console", "O console é leve, tem uma bateria que dura uma viagem inteira e uma tela com cores muito vivas."},
                              {"Relógio esportivo", "https://loja-c.example.com/relogio", "O relógio mede o sono, os passos e o ritmo do coração, e a bateria dura mais de uma semana."}};
    for (const auto& s : shops)
        products += std::string("<div><h3>") + s[0] + "</h3><ul><li>Veja agora: <a href=\"" + s[1] + "\">Loja</a></li></ul><p>" + s[2] + "</p></div>";
    const std::string pt = text_of(page("pt", "Os melhores aparelhos do ano", "", products));
    CHECK(has(pt, "três tamanhos de ponteira"));
    CHECK(has(pt, "uma tela com cores muito vivas"));
    CHECK(has(pt, "mede o sono, os passos"));
}

namespace {

// A headline linking to the page, a byline and a short article, then a box headed by the same
// headline linking to the same page over undated readers' posts longer than the article.
std::string title_said_again(const char* lang, const std::string& title, const std::vector<std::string>& article,
                             const std::vector<std::string>& posts) {
    const std::string heading = "<h2><a href=\"/story/2024/05/07/night\">" + title + "</a></h2>";
    std::string body = "<div class=\"a1\"><div class=\"b2\">" + heading + "<p class=\"c3\">—</p>";
    for (const std::string& p : article) body += "<p>" + p + "</p>";
    body += "</div></div><div class=\"d4\">" + heading + "<div class=\"e5\">";
    for (const std::string& p : posts) body += "<div class=\"f6\"><div class=\"g7\">·</div><div class=\"h8\">" + p + "</div></div>";
    body += "</div></div>";
    return std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
           " - Example</title></head><body>" + body + "</body></html>\n";
}

}  // namespace

TEST_CASE("the title said again after the article, linking back to it, heads a box about the article: the first heading is the title and its article wins") {
    const std::string en = text_of(title_said_again("en", "Night buses to reach four more towns",
        {"The regional council voted on Tuesday to extend the night bus network to four more towns, starting in the autumn, after a long public consultation.",
         "Officials said the new routes would run every half hour between midnight and five in the morning, with fares the same as during the day.",
         "Local businesses welcomed the decision, saying that staff working late shifts had struggled for years to get home safely without a car."},
        {"I have been waiting for this for years, since I work in a hospital and my shifts end at two in the morning, so taking a taxi every night costs me a fortune and the walk home is not safe at all in winter.",
         "It is a good start, but four towns is not enough, and the villages on the other side of the river are still left without any connection after ten in the evening, which is where most of the nurses live.",
         "Every half hour sounds generous for the middle of the night. I wonder how many people will really use these buses, and whether the money would not have been better spent on the daytime lines.",
         "My son works in a restaurant in the city centre and usually sleeps at a friend's place because there is no way to get home, so for families like ours this is really great news and we hope it stays.",
         "The consultation was announced in a small notice that nobody read, and half of the people in my street did not even know that they could give their opinion, which says a lot about these decisions."}));
    CHECK(has(en, "extend the night bus network to four more towns"));
    CHECK(has(en, "struggled for years to get home safely"));
    CHECK(!has(en, "my shifts end at two in the morning"));
    CHECK(!has(en, "nobody read"));
    const std::string nl = text_of(title_said_again("nl", "Nieuwe fietsbrug over het kanaal geopend",
        {"De nieuwe fietsbrug over het kanaal is zaterdag officieel geopend door de burgemeester, na bijna twee jaar bouwen en veel vertraging.",
         "De brug verbindt de nieuwe woonwijk met het centrum en moet het aantal auto's op de oude brug flink verminderen, zegt de gemeente.",
         "Fietsers kunnen de brug vanaf maandag gebruiken; voetgangers moeten nog een paar weken wachten tot het trottoir klaar is."},
        {"Eindelijk! Ik fiets elke dag naar mijn werk in het centrum en moest altijd een omweg van twintig minuten maken over de drukke brug bij het station, waar je als fietser je leven niet zeker bent.",
         "Mooi dat hij er is, maar waarom duurde het zo lang? In andere steden bouwen ze zo'n brug in een half jaar, en hier hebben we twee jaar tegen hekken en omleidingen aan moeten kijken.",
         "Ik hoop dat er ook goede verlichting op komt, want in de winter is het daar om vijf uur al donker en het pad langs het water is nu al niet prettig om alleen te fietsen.",
         "Wij wonen in de nieuwe wijk en de kinderen kunnen nu eindelijk zelf naar school fietsen zonder over de grote weg te moeten, dus voor ons is dit echt een verbetering van heel veel betekenis."}));
    CHECK(has(nl, "officieel geopend door de burgemeester"));
    CHECK(has(nl, "voetgangers moeten nog een paar weken wachten"));
    CHECK(!has(nl, "omweg van twintig minuten"));
    CHECK(!has(nl, "zelf naar school fietsen"));
}
