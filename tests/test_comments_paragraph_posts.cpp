// Posts signed after their text, one-paragraph posts among them, every block in one more bare
// <div> (comments.cpp, trailing_signed_posts): "<div><div><p>post</p></div></div>
// <div><p>Posted by: NAME at DATE</p></div>". The parse leaves the wrappers out, so a post of one
// paragraph is a <p> over its signature's <p>, and on main the pairs broke at the first such post:
// the thread stayed in the article. Beside a post of several paragraphs (a box), a <p> after a
// signature or the thread's heading is a post too, two pairs or more. Negatives: the article's last
// paragraph over its author's dated line stays (no heading between it and the first post), and
// an article whose sections each end in a dated line of one author is no thread.
// en, de, fr, es, ru, ja in bare div soup, HTML5 tags and a layout table.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct Thread {
    const char* lang;
    std::string title;
    std::vector<std::string> paras;
    std::string byline;   // the author's dated line under the article
    std::string heading;  // the thread's
    std::vector<std::string> reply;  // a post's paragraphs
    std::string sign;     // "{n}" the name, "{d}" the day, "{h}" the hour
    std::vector<std::string> names;
};

const std::vector<Thread> threads = {
    {"en", "A slow autumn for the harbour town",
     {"The ferries ran half empty all through October, and the cafés on the quay closed two weeks early this year.",
      "Fishermen say the catch was fine; it was the visitors who stayed away after the long wet summer.",
      "The council hopes the new winter market will bring people back before the holidays begin."},
     "Posted by Anna Berg at October 28, 2012 01:23 PM", "Comments",
     {"We went in September and the quay was already quiet, though the fish soup was as good as ever.",
      "The market is a good idea, if they keep the stalls open after dark when the lights are on the water."},
     "Posted by: {n} at October {d}, 2012 0{h}:15 PM",
     {"Olivia Hart", "Ben Carter", "Ivy Lane", "Noah Finch", "Grace Moss", "Liam Reed"}},
    {"de", "Ein ruhiger Herbst für die Hafenstadt",
     {"Die Fähren fuhren den ganzen Oktober halb leer, und die Cafés am Kai schlossen dieses Jahr zwei Wochen früher.",
      "Die Fischer sagen, der Fang war gut; es waren die Gäste, die nach dem langen nassen Sommer fernblieben.",
      "Die Gemeinde hofft, dass der neue Wintermarkt vor den Feiertagen wieder Menschen anzieht."},
     "Geschrieben von Anna Berg am 28.10.2012 um 13:23", "Kommentare",
     {"Wir waren im September dort und am Kai war es schon still, aber die Fischsuppe war so gut wie immer.",
      "Der Markt ist eine gute Idee, wenn die Stände auch nach Einbruch der Dunkelheit geöffnet bleiben."},
     "Geschrieben von: {n} am {d}.10.2012 um 1{h}:15",
     {"Marta", "Jonas", "Peter", "Lea", "Tom", "Sara"}},
    {"fr", "Un automne calme pour le port",
     {"Les ferries ont circulé à moitié vides tout le mois d'octobre, et les cafés du quai ont fermé deux semaines plus tôt.",
      "Les pêcheurs disent que la pêche était bonne, ce sont les visiteurs qui sont restés loin après ce long été pluvieux.",
      "La mairie espère que le nouveau marché d'hiver fera revenir les gens avant les fêtes."},
     "Publié par Anna Berg le 28/10/2012 à 13:23", "Commentaires",
     {"Nous y étions en septembre et le quai était déjà calme, mais la soupe de poisson était toujours aussi bonne.",
      "Le marché est une bonne idée, si les stands restent ouverts après la tombée de la nuit."},
     "Publié par : {n} le {d}/10/2012 à 1{h}:15",
     {"Marta", "Jonas", "Pierre", "Léa", "Tom", "Sara"}},
    {"es", "Un otoño tranquilo para el puerto",
     {"Los ferris navegaron medio vacíos todo octubre, y los cafés del muelle cerraron dos semanas antes este año.",
      "Los pescadores dicen que la pesca fue buena; fueron los visitantes quienes no vinieron tras el largo verano lluvioso.",
      "El ayuntamiento espera que el nuevo mercado de invierno traiga de vuelta a la gente antes de las fiestas."},
     "Publicado por Anna Berg el 28/10/2012 a las 13:23", "Comentarios",
     {"Fuimos en septiembre y el muelle ya estaba tranquilo, aunque la sopa de pescado seguía tan buena como siempre.",
      "El mercado es una buena idea, si los puestos siguen abiertos después del anochecer."},
     "Publicado por: {n} el {d}/10/2012 a las 1{h}:15",
     {"Marta", "Jonás", "Pedro", "Lea", "Tomás", "Sara"}},
    {"ru", "Тихая осень в портовом городке",
     {"Паромы весь октябрь ходили полупустыми, а кафе на набережной закрылись в этом году на две недели раньше.",
      "Рыбаки говорят, что улов был хорошим; это туристы не приехали после долгого дождливого лета.",
      "Городской совет надеется, что новая зимняя ярмарка вернёт людей ещё до праздников."},
     "Опубликовал Анна Берг 28.10.2012 в 13:23", "Комментарии",
     {"Мы были там в сентябре, и на набережной уже было тихо, но уха была такой же вкусной, как всегда.",
      "Ярмарка — хорошая идея, если палатки будут работать и после наступления темноты."},
     "Написал: {n} {d}.10.2012 в 1{h}:15",
     {"Марта", "Иван", "Пётр", "Лея", "Тимур", "Сара"}},
    {"ja", "港町の静かな秋",
     {"十月のあいだ、フェリーはずっと半分空のまま運航し、岸壁のカフェは今年は二週間早く店を閉めました。漁師たちは漁は悪くなかったと言います。",
      "長く雨の多い夏のあと、来なかったのは観光客のほうでした。駅前の通りも週末でさえ静かなままでした。",
      "町は新しい冬の市場が、年末の休みの前に人々を呼び戻してくれることを期待しています。"},
     "投稿者 アンナ・ベルク 2012年10月28日 13:23", "コメント",
     {"九月に行きましたが、岸壁はもう静かでした。それでも魚のスープはいつもどおりおいしかったです。",
      "市場はいい考えですね。暗くなってからも屋台が開いていればもっといいと思います。"},
     "投稿者: {n} 2012年10月{d}日 1{h}:15",
     {"まるた", "よなす", "ぺーた", "れあ", "とむ", "さら"}},
};

std::string w(const std::string& x) { return "<div>" + x + "</div>"; }

std::string fill(std::string s, const std::string& key, const std::string& value) {
    const std::size_t at = s.find(key);
    return at == std::string::npos ? s : s.replace(at, key.size(), value);
}

std::string page(const Thread& t, const std::string& markup, const std::string& column) {
    const std::string crumbs = "<a href=\"/\">home</a> | <a href=\"/town\">town</a>";
    const std::string side = "<ul><li><a href=\"/a\">Archive</a></li><li><a href=\"/b\">About</a></li></ul>";
    std::string body;
    if (markup == "div") body = w(crumbs) + "<div>" + w(column) + w(side) + "</div>";
    else if (markup == "html5") body = "<header><nav>" + crumbs + "</nav></header><main>" + column + "</main><aside>" + side + "</aside>";
    else body = "<table><tr><td colspan=\"2\">" + crumbs + "</td></tr><tr><td>" + column + "</td><td>" + side + "</td></tr></table>";
    return std::string("<html lang=\"") + t.lang + "\"><head><meta charset=\"utf-8\"><title>" + t.title + "</title></head><body>" + body +
           "</body></html>";
}

// The article, its author's line, the thread's heading (or none), six posts, odd ones of two
// paragraphs (or two posts, the first of two paragraphs), each block in one more <div>, each
// post signed after its text.
std::string thread_column(const Thread& t, bool heading, int posts) {
    std::string col = w("<h1>" + t.title + "</h1>");
    for (const auto& p : t.paras) col += w("<p>" + p + "</p>");
    col += w("<p>" + t.byline + "</p>");
    if (heading) col += w("<h2>" + t.heading + "</h2>");
    for (int i = 0; i < posts; ++i) {
        std::string post = w("<p>" + t.reply[0] + " (" + std::to_string(i) + ")</p>");
        if (posts == 2 ? i == 0 : i % 2) post += w("<p>" + t.reply[1] + "</p>");
        col += w(w(post));
        const std::string name = "<a href=\"mailto:u" + std::to_string(i) + "@example.org\">" + t.names[static_cast<std::size_t>(i)] + "</a>";
        col += w("<p>" + fill(fill(fill(t.sign, "{n}", name), "{d}", std::to_string(29 + i / 3)), "{h}", std::to_string(i + 1)) + "</p>");
    }
    return col;
}

const std::vector<std::string> markups = {"div", "html5", "table"};

}  // namespace

TEST_CASE("posts signed after their text, one-paragraph posts among them, are the article's thread") {
    for (const Thread& t : threads)
        for (const auto& markup : markups)
            for (const bool heading : {true, false})
                for (const int posts : {6, 2}) {
                    CAPTURE(t.lang);
                    CAPTURE(markup);
                    CAPTURE(heading);
                    CAPTURE(posts);
                    const std::string out = text_of(page(t, markup, thread_column(t, heading, posts)));
                    for (const auto& p : t.paras) CHECK_MESSAGE(has(out, p), out);  // the last one too
                    for (int i = 0; i < posts; ++i) CHECK_MESSAGE(!has(out, t.reply[0] + " (" + std::to_string(i) + ")"), out);
                }
}

TEST_CASE("an article whose sections each end in its author's dated line is no thread") {
    for (const Thread& t : threads)
        for (const auto& markup : markups) {
            CAPTURE(t.lang);
            CAPTURE(markup);
            // Sections of one or two paragraphs, each closed by the author's line, dated anew.
            std::string col = w("<h1>" + t.title + "</h1>");
            for (const auto& p : t.paras) col += w("<p>" + p + "</p>");
            for (int i = 0; i < 6; ++i) {
                std::string section = w("<p>" + t.reply[0] + " (" + std::to_string(i) + ")</p>");
                if (i % 2) section += w("<p>" + t.reply[1] + "</p>");
                col += w(w(section));
                col += w("<p>" + fill(fill(fill(t.sign, "{n}", t.names[0]), "{d}", std::to_string(29 + i / 3)), "{h}", std::to_string(i + 1)) + "</p>");
            }
            const std::string out = text_of(page(t, markup, col));
            for (int i = 0; i < 6; ++i) CHECK_MESSAGE(has(out, t.reply[0] + " (" + std::to_string(i) + ")"), out);
        }
}
