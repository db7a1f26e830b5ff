// A wide winner yields to the strong box inside it (extract_inner_article.cpp): a page whose
// names are gone, where one outer column holds the article's box (a headline, a date line, five
// paragraphs a few wrappers down), a column of linked teaser lines with a sentence of promo, and
// the site's long legal notice ending the page (a comma-rich list of marks). The notice's points
// go straight to the outer column, which then outscores the article; what it adds, the notice
// aside, is a third linked: the article's box is the article. In div soup and HTML5
// (<main>/<section>, no <article>), en, de, fr, es, ru, ja. (In a layout table the notice's row
// wins alone: leave_footer's question, not this one.) The negative: the same outer column whose second part is more prose of the article
// (few links) stays whole.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct Lang {
    const char* code;
    std::string headline;
    std::vector<std::string> paras;
    std::string notice_head;
    std::vector<std::string> marks;  // the comma-separated list of the legal notice
    std::string rights;
    std::string teaser;
    std::string promo;
};

const std::vector<Lang> langs = {
    {"en",
     "Talks resume on Tuesday",
     {"Negotiations between the two leagues resumed on Tuesday afternoon at an undisclosed location in the city, after a week without talks.",
      "In a briefing before the meeting, the players' director said the agenda would focus on the issues that still divide the two sides.",
      "The league's deputy said that, to avoid disrupting the process, the league would wait until the talks end before it speaks to the press.",
      "Both men met privately for several hours on Saturday and said afterwards that they wanted to keep meeting this week.",
      "Saturday's meeting was the first face-to-face session between the two sides since the middle of October."},
     "The names, logos and marks of the league are its property and may not be reproduced without its written consent: ",
     {"its shield", "its word mark", "the image of its cup", "its conference logos", "the names of its classic games", "its vintage mark",
      "its season slogans", "its network", "its radio", "its mobile names", "its arenas", "its awards", "its broadcasts", "its clubs",
      "its players' jerseys", "its partners' marks", "its sponsors' names", "its licensees' goods", "its stores", "its screens",
      "its printed guides", "its games on air", "its games on line", "its tickets"},
     "All Rights Reserved.",
     "Another story about the league, number ",
     "Our video community is a new experience, where fans watch the latest and greatest clips, share them with friends, and comment on them."},
    {"de",
     "Verhandlungen gehen am Dienstag weiter",
     {"Die Verhandlungen zwischen den beiden Ligen wurden am Dienstagnachmittag an einem geheimen Ort in der Stadt fortgesetzt, nach einer Woche Pause.",
      "Vor dem Treffen sagte der Direktor der Spieler, die Tagesordnung gelte den Fragen, die beide Seiten noch trennen.",
      "Der Stellvertreter der Liga sagte, man wolle den Ablauf nicht stören und erst nach dem Ende der Gespräche mit der Presse reden.",
      "Beide Männer trafen sich am Samstag mehrere Stunden lang und sagten danach, sie wollten sich diese Woche weiter treffen.",
      "Das Treffen am Samstag war die erste persönliche Sitzung der beiden Seiten seit Mitte Oktober."},
     "Namen, Logos und Marken der Liga sind ihr Eigentum und dürfen ohne ihre schriftliche Zustimmung nicht vervielfältigt werden: ",
     {"ihr Wappen", "ihre Wortmarke", "das Bild ihres Pokals", "ihre Konferenzlogos", "die Namen ihrer Klassiker", "ihre alte Marke",
      "ihre Saisonslogans", "ihr Sender", "ihr Radio", "ihre Mobilnamen", "ihre Arenen", "ihre Preise", "ihre Übertragungen", "ihre Vereine",
      "die Trikots ihrer Spieler", "die Marken ihrer Partner", "die Namen ihrer Sponsoren", "die Waren ihrer Lizenznehmer", "ihre Läden",
      "ihre Bildschirme", "ihre gedruckten Führer", "ihre Spiele im Fernsehen", "ihre Spiele im Netz", "ihre Eintrittskarten"},
     "Alle Rechte vorbehalten.",
     "Noch eine Meldung über die Liga, Nummer ",
     "Unsere Videogemeinde ist ein neues Erlebnis, bei dem Fans die neuesten Clips sehen, mit Freunden teilen und kommentieren."},
    {"fr",
     "Les négociations reprennent mardi",
     {"Les négociations entre les deux ligues ont repris mardi après-midi dans un lieu tenu secret en ville, après une semaine sans discussion.",
      "Avant la réunion, le directeur des joueurs a dit que l'ordre du jour porterait sur les questions qui divisent encore les deux camps.",
      "Le adjoint de la ligue a dit que, pour ne pas troubler le processus, la ligue attendrait la fin des discussions pour parler à la presse.",
      "Les deux hommes se sont vus en privé plusieurs heures samedi et ont dit ensuite vouloir continuer à se voir cette semaine.",
      "La réunion de samedi était la première rencontre en face à face des deux camps depuis la mi-octobre."},
     "Les noms, logos et marques de la ligue sont sa propriété et ne peuvent être reproduits sans son accord écrit : ",
     {"son écusson", "sa marque verbale", "l'image de sa coupe", "les logos de ses conférences", "les noms de ses classiques",
      "sa marque ancienne", "ses slogans de saison", "sa chaîne", "sa radio", "ses noms mobiles", "ses arénas", "ses trophées",
      "ses diffusions", "ses clubs", "les maillots de ses joueurs", "les marques de ses partenaires", "les noms de ses sponsors",
      "les produits de ses licenciés", "ses boutiques", "ses écrans", "ses guides imprimés", "ses matchs à l'antenne", "ses matchs en ligne",
      "ses billets"},
     "Tous droits réservés.",
     "Encore un article sur la ligue, numéro ",
     "Notre communauté vidéo est une expérience nouvelle, où les fans regardent les derniers clips, les partagent avec leurs amis et les commentent."},
    {"es",
     "Las negociaciones se reanudan el martes",
     {"Las negociaciones entre las dos ligas se reanudaron el martes por la tarde en un lugar secreto de la ciudad, tras una semana sin diálogo.",
      "Antes de la reunión, el director de los jugadores dijo que la agenda se centraría en los temas que aún dividen a ambas partes.",
      "El adjunto de la liga dijo que, para no entorpecer el proceso, la liga esperaría al final de las charlas para hablar con la prensa.",
      "Los dos hombres se vieron en privado varias horas el sábado y dijeron después que querían seguir reuniéndose esta semana.",
      "La reunión del sábado fue la primera sesión cara a cara entre las dos partes desde mediados de octubre."},
     "Los nombres, logotipos y marcas de la liga son de su propiedad y no pueden reproducirse sin su consentimiento escrito: ",
     {"su escudo", "su marca denominativa", "la imagen de su copa", "los logotipos de sus conferencias", "los nombres de sus clásicos",
      "su marca antigua", "sus lemas de temporada", "su cadena", "su radio", "sus nombres móviles", "sus estadios", "sus premios",
      "sus retransmisiones", "sus clubes", "las camisetas de sus jugadores", "las marcas de sus socios", "los nombres de sus patrocinadores",
      "los productos de sus licenciatarios", "sus tiendas", "sus pantallas", "sus guías impresas", "sus partidos en antena",
      "sus partidos en línea", "sus entradas"},
     "Todos los derechos reservados.",
     "Otra noticia sobre la liga, número ",
     "Nuestra comunidad de vídeo es una experiencia nueva, donde los aficionados ven los últimos clips, los comparten con amigos y los comentan."},
    {"ru",
     "Переговоры возобновятся во вторник",
     {"Переговоры между двумя лигами возобновились во вторник днём в закрытом месте в городе, после недели без встреч.",
      "Перед встречей директор союза игроков сказал, что повестка коснётся вопросов, которые всё ещё разделяют стороны.",
      "Заместитель главы лиги сказал, что, чтобы не мешать процессу, лига подождёт конца переговоров и лишь потом выступит перед прессой.",
      "Оба встречались наедине несколько часов в субботу и сказали потом, что хотят продолжить встречи на этой неделе.",
      "Субботняя встреча стала первой личной встречей сторон с середины октября."},
     "Названия, логотипы и знаки лиги принадлежат ей и не могут воспроизводиться без её письменного согласия: ",
     {"её герб", "её словесный знак", "изображение её кубка", "логотипы её конференций", "названия её классических матчей",
      "её старый знак", "лозунги её сезонов", "её канал", "её радио", "её мобильные названия", "её арены", "её награды", "её трансляции",
      "её клубы", "майки её игроков", "знаки её партнёров", "имена её спонсоров", "товары её лицензиатов", "её магазины", "её экраны",
      "её печатные справочники", "её матчи в эфире", "её матчи в сети", "её билеты"},
     "Все права защищены.",
     "Ещё одна новость о лиге, номер ",
     "Наше видеосообщество — это новый опыт, где болельщики смотрят свежие ролики, делятся ими с друзьями и обсуждают их."},
    {"ja",
     "交渉、火曜日に再開",
     {"両リーグの交渉は、一週間の中断の後、火曜日の午後に市内の非公開の場所で再開された。",
      "会合の前に、選手会の代表は、議題は両者をなお隔てる問題に絞られると述べた。",
      "リーグの副代表は、交渉の妨げにならないよう、協議が終わるまで報道陣への説明は控えると語った。",
      "二人は土曜日に数時間、非公開で会い、その後、今週も協議を続けたいと話した。",
      "土曜日の会合は、十月半ば以来となる両者の対面での協議だった。"},
     "リーグの名称、ロゴ、標章はリーグの財産であり、書面による同意なく複製することはできません：",
     {"紋章", "文字商標", "優勝杯の画像", "各地区のロゴ", "記念試合の名称", "旧標章", "各季の標語", "放送網", "ラジオ", "携帯向け名称",
      "競技場", "各賞", "中継", "所属球団", "選手のユニフォーム", "提携先の標章", "協賛企業の名称", "使用許諾品", "販売店", "画面",
      "印刷物", "放送中の試合", "配信中の試合", "入場券"},
     "無断転載を禁じます。",
     "リーグに関する別の記事、番号",
     "動画コミュニティは新しい体験です。ファンは最新の動画を見て、友人と共有し、感想を書き込めます。"},
};

std::string join_marks(const Lang& l) {
    const bool ja = std::string(l.code) == "ja";
    std::string s;
    for (int round = 0; round < 2; ++round) {  // the league's marks, then its teams' alike
        s += l.notice_head;
        for (std::size_t i = 0; i < l.marks.size(); ++i) s += (i ? (ja ? "、" : ", ") : "") + l.marks[i];
        s += ja ? "。" : ". ";
    }
    return s + " \xC2\xA9 2012. " + l.rights;
}

std::string teasers(const Lang& l) {
    std::string s = "<ul>";
    for (int i = 0; i < 7; ++i) s += "<li><a href=\"/news/" + std::to_string(i) + "\">" + l.teaser + std::to_string(i) + "</a></li>";
    return s + "</ul>";
}

// more_prose: the rest of the outer column is the article's own next section (prose under a
// heading, no links), not a sidebar and a legal notice.
std::string page(const Lang& l, const std::string& markup, bool more_prose) {
    std::string art;
    for (const auto& p : l.paras) art += "<p>" + p + "</p>";
    // The article's second section sits in the outer column itself, under a heading of its own.
    const std::string side = more_prose ? "" : "<div>" + teasers(l) + "</div><div><p>" + l.promo + "</p></div>";
    const std::string tail = more_prose ? "<h2>" + l.headline + " (2)</h2><p>" + l.promo + "</p><p>" + l.paras[0] + " " + l.paras[3] + "</p><p>" +
                                              l.paras[1] + " " + l.paras[4] + "</p><p>" + l.paras[2] + " " + l.paras[0] + "</p><p>" + l.paras[3] + " " + l.paras[1] + "</p>"
                                        : "<div>" + join_marks(l) + "</div>";
    std::string body;
    if (markup == "div")
        body = "<div><div><div><h1>" + l.headline + "</h1><div>11.06.2012</div><div><div>" + art + "</div><span>x</span></div></div><span>y</span></div><div>" +
               side + "</div>" + tail + "</div>";
    else if (markup == "html5")
        body = "<main><section><header><h1>" + l.headline + "</h1><time>11.06.2012</time></header><div><div>" + art +
               "</div><span>x</span></div></section><section>" + side + "</section>" + tail + "</main>";
    else
        body = "<table><tr><td><table><tr><td><h1>" + l.headline + "</h1><div>11.06.2012</div>" + art + "</td></tr></table></td><td>" + side +
               "</td></tr><tr><td colspan=\"2\">" + tail + "</td></tr></table>";
    return std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>Sport</title></head><body>" + body +
           "</body></html>";
}

// A sidebar of widgets beside the article: five headings, each over a linked picture and one
// line of promo (extract_headed_entries.cpp). long_bodies: each heading is over two paragraphs
// of prose instead, the article's sections, which join it.
std::string widget_page(const Lang& l, const std::string& markup, bool long_bodies) {
    std::string art;
    for (const auto& p : l.paras) art += "<p>" + p + "</p>";
    std::string side;
    for (int i = 0; i < 5; ++i)
        side += (markup == "html5" ? "<h2>" : "<div><h1>") + l.teaser + std::to_string(i) + (markup == "html5" ? "</h2>" : "</h1></div>") +
                "<div><a href=\"/w/" + std::to_string(i) + "\"><img src=\"/w" + std::to_string(i) + ".jpg\"></a><p>" + l.promo + " (" +
                std::to_string(i) + ")</p>" + (long_bodies ? "<p>" + l.paras[i] + " " + l.paras[(i + 2) % 5] + "</p>" : "") + "</div>";
    std::string body;
    if (markup == "div")
        body = "<div><div><h1>" + l.headline + "</h1><div>11.06.2012</div>" + art + "</div><div><div>" + side + "</div></div></div>";
    else
        body = "<main><section><h1>" + l.headline + "</h1><time>11.06.2012</time>" + art + "</section><section>" + side + "</section></main>";
    return std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>" + l.headline + "</title></head><body>" +
           body + "</body></html>";
}

}  // namespace

TEST_CASE("a column of widgets, each a heading over a line, does not join the article") {
    for (const Lang& l : langs)
        for (const std::string markup : {"div", "html5"}) {
            CAPTURE(std::string(l.code));
            CAPTURE(markup);
            const std::string out = text_of(widget_page(l, markup, false));
            for (const auto& p : l.paras) CHECK_MESSAGE(has(out, p), out);
            CHECK_FALSE(has(out, l.promo + " (2)"));
        }
}

TEST_CASE("sections each under a heading over prose are no column of widgets") {
    for (const Lang& l : langs)
        for (const std::string markup : {"div", "html5"}) {
            CAPTURE(std::string(l.code));
            CAPTURE(markup);
            const std::string out = text_of(widget_page(l, markup, true));
            CHECK_MESSAGE(has(out, l.promo + " (2)"), out);
        }
}

TEST_CASE("a wide winner whose added text is links and a legal notice yields to the article inside it") {
    for (const Lang& l : langs)
        for (const std::string markup : {"div", "html5"}) {
            CAPTURE(std::string(l.code));
            CAPTURE(markup);
            const std::string out = text_of(page(l, markup, false));
            for (const auto& p : l.paras) CHECK_MESSAGE(has(out, p), out);
            CHECK_FALSE(has(out, l.rights));
            CHECK_FALSE(has(out, l.marks[5]));
        }
}

TEST_CASE("a wide winner whose added text is prose of the article stays whole") {
    for (const Lang& l : langs)
        for (const std::string markup : {"div", "html5"}) {
            CAPTURE(std::string(l.code));
            CAPTURE(markup);
            const std::string out = text_of(page(l, markup, true));
            for (const auto& p : l.paras) CHECK_MESSAGE(has(out, p), out);
            CHECK_MESSAGE(has(out, l.promo), out);
        }
}
