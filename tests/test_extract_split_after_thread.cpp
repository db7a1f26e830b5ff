// A split article ends at its readers' thread (extract_choice.cpp, split_parts): a post whose
// box holds its title and body, the readers' comments under it, then a sidebar of two event
// cards (a heading, a date, a paragraph and a "register" link each) that score nearly as well
// as the post. Counted as two more parts of a split article, the cards widened the region to
// the box of the whole page, sidebar, comments and archive links with it. That held only when
// the choice had moved to the title's block; a post box that holds its title and wins
// outright (a template one wrapper shallower) now stops at its thread too.
// Markups: div soup with a named comments box, HTML5 (<article>, <section>; the sidebar a
// plain <div>); en, de, fr, ru, ja. (In a layout table's cells the cards stay: left alone.)
// The negative: an article split into two bodies around a picture, with no thread between
// them, still reads whole.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct Card {
    std::string heading, date, text;
};

struct Lang {
    const char* code;
    std::string title;
    std::vector<std::string> paras;
    std::vector<std::string> comments;
    std::vector<Card> cards;
    std::string register_link, events, archives;
};

const std::vector<Lang> langs = {
    {"en",
     "Weekly notes from the harbour office, late October",
     {"The harbour office reopened the north quay on Monday after the storm damage was repaired, and the ferries are back on their usual timetable.",
      "Fishing boats, yachts and tugs may again use the inner basin, as before, though the crane on the east pier will stay closed until new cables arrive from the supplier.",
      "The office thanks the volunteers who cleared the beach, and reminds sailors that the winter mooring fees are due by the end of the month.",
      "Next week, as every year, we will publish the tide tables for the whole winter, together with the dates of the yearly inspection of the lighthouse."},
     {"Thanks for the update, good to hear the ferries run again.", "When will the crane be back? We need it for the winter lift.",
      "Great work by the volunteers on the beach last weekend."},
     {{"Open day at the boatyard [Saturday]", "Saturday, November 3, 10:00 - 16:00",
       "Come and see with your family and neighbours how the old wooden boats are restored, talk to the carpenters and watch the launch of a rebuilt rowing boat. Children can paint their own model boat, the cafe will be open all day, and the harbour master will show visitors around the new pontoons, the repaired slipway and the old customs house."},
      {"Safety course for small boats [Online]", "Tuesday, November 6, 18:00",
       "This evening course for beginners and old hands alike explains the rules of the harbour, the signals of the lighthouse, the radio calls and what to do when the engine fails at sea. A certificate is sent to every participant who answers the questions at the end, and the course, which takes about two hours, is free of charge for members, students and volunteers of the rescue service."}},
     "Register now", "Featured events", "Archives"},
    {"de",
     "Wochennotizen aus dem Hafenamt, Ende Oktober",
     {"Das Hafenamt hat am Montag den Nordkai wieder geöffnet, nachdem die Sturmschäden behoben wurden, und die Fähren fahren wieder nach Plan.",
      "Fischerboote, Jachten und Schlepper dürfen wieder, wie früher, das innere Becken nutzen, doch der Kran am Ostpier bleibt geschlossen, bis neue Kabel geliefert werden.",
      "Das Amt dankt den Freiwilligen, die den Strand geräumt haben, und erinnert daran, dass die Liegegebühren für den Winter zum Monatsende fällig sind.",
      "Nächste Woche, wie jedes Jahr, veröffentlichen wir die Gezeitentafeln für den ganzen Winter, zusammen mit den Terminen der Prüfung des Leuchtturms."},
     {"Danke für die Nachricht, schön, dass die Fähren wieder fahren.", "Wann ist der Kran wieder da? Wir brauchen ihn im Winter.",
      "Tolle Arbeit der Freiwilligen am Strand letztes Wochenende."},
     {{"Tag der offenen Werft [Samstag]", "Samstag, 3. November, 10:00 - 16:00",
       "Sehen Sie mit Familie und Nachbarn, wie die alten Holzboote restauriert werden, sprechen Sie mit den Tischlern und erleben Sie den Stapellauf eines Ruderboots. Kinder bemalen ihr eigenes Modellboot, das Café ist den ganzen Tag geöffnet, und der Hafenmeister zeigt die neuen Stege, die reparierte Slipanlage und das alte Zollhaus."},
      {"Sicherheitskurs für kleine Boote [Online]", "Dienstag, 6. November, 18:00",
       "Dieser Abendkurs für Anfänger und alte Hasen erklärt die Regeln des Hafens, die Signale des Leuchtturms, die Funksprüche und was zu tun ist, wenn der Motor auf See ausfällt. Jeder Teilnehmer, der die Fragen am Ende beantwortet, erhält ein Zertifikat, und der Kurs, der etwa zwei Stunden dauert, ist für Mitglieder, Studenten und Helfer der Seenotrettung kostenlos."}},
     "Jetzt anmelden", "Veranstaltungen", "Archiv"},
    {"fr",
     "Notes de la semaine du bureau du port, fin octobre",
     {"Le bureau du port a rouvert lundi le quai nord après la réparation des dégâts de la tempête, et les ferries ont repris leurs horaires habituels.",
      "Les bateaux de pêche, les voiliers et les remorqueurs peuvent de nouveau utiliser le bassin intérieur, mais la grue de la jetée restera fermée jusqu'à l'arrivée des câbles.",
      "Le bureau remercie les bénévoles qui ont nettoyé la plage, et rappelle aux marins que les droits d'amarrage d'hiver sont dus à la fin du mois.",
      "La semaine prochaine, comme chaque année, nous publierons les tables des marées pour tout l'hiver, avec les dates de l'inspection du phare."},
     {"Merci pour les nouvelles, content que les ferries reprennent.", "Quand la grue sera-t-elle réparée ? Nous en avons besoin cet hiver.",
      "Beau travail des bénévoles sur la plage le week-end dernier."},
     {{"Portes ouvertes au chantier naval [samedi]", "Samedi 3 novembre, 10:00 - 16:00",
       "Venez voir en famille et entre voisins comment on restaure les vieux bateaux en bois, parlez aux charpentiers et assistez à la mise à l'eau d'une barque. Les enfants peindront leur propre maquette, le café sera ouvert toute la journée, et le capitaine du port fera visiter les nouveaux pontons, la cale réparée et l'ancienne douane."},
      {"Cours de sécurité pour petits bateaux [en ligne]", "Mardi 6 novembre, 18:00",
       "Ce cours du soir pour débutants et habitués explique les règles du port, les signaux du phare, les appels radio et que faire quand le moteur tombe en panne en mer. Un certificat est envoyé à chaque participant qui répond aux questions de la fin, et le cours, qui dure environ deux heures, est gratuit pour les membres, les étudiants et les bénévoles du sauvetage."}},
     "S'inscrire", "Événements", "Archives"},
    {"ru",
     "Заметки портовой конторы за неделю, конец октября",
     {"Портовая контора в понедельник вновь открыла северный причал после ремонта повреждений от шторма, и паромы вернулись к обычному расписанию.",
      "Рыболовные суда, яхты и буксиры снова могут заходить во внутренний бассейн, хотя кран на восточном пирсе закрыт, пока не придут новые тросы.",
      "Контора благодарит добровольцев, которые убрали пляж, и напоминает морякам, что зимние сборы за стоянку нужно оплатить до конца месяца.",
      "На следующей неделе, как каждый год, мы опубликуем таблицы приливов на всю зиму, вместе с датами ежегодной проверки маяка."},
     {"Спасибо за новости, хорошо, что паромы снова ходят.", "Когда починят кран? Он нужен нам для зимнего подъёма.",
      "Отличная работа добровольцев на пляже в прошлые выходные."},
     {{"День открытых дверей на верфи [суббота]", "Суббота, 3 ноября, 10:00 - 16:00",
       "Приходите с семьёй и соседями посмотреть, как реставрируют старые деревянные лодки, поговорите с плотниками и посмотрите спуск на воду гребной лодки. Дети раскрасят свою модель, кафе будет открыто весь день, а капитан порта покажет новые понтоны, отремонтированный слип и старую таможню."},
      {"Курс безопасности для малых судов [онлайн]", "Вторник, 6 ноября, 18:00",
       "Этот вечерний курс для новичков и опытных объясняет правила порта, сигналы маяка, радиовызовы и что делать, если мотор отказал в море. Каждый, кто ответит на вопросы в конце, получит сертификат, а курс, который длится около двух часов, бесплатен для членов клуба, студентов и добровольцев спасательной службы."}},
     "Записаться", "События", "Архив"},
    {"ja",
     "港湾事務所の週報、十月下旬",
     {"港湾事務所は月曜日、嵐の被害の修理を終えて北埠頭を再開し、フェリーは通常の時刻表に戻った。",
      "漁船、ヨット、タグボートは再び内港を利用できるが、東桟橋のクレーンは、新しいケーブルが届くまで閉鎖されたままとなる。",
      "事務所は、浜辺を清掃したボランティアに感謝し、冬の係留料が月末までに支払期限となることを船員に呼びかけている。",
      "来週には、毎年のように、冬全体の潮汐表を、灯台の年次点検の日程とともに、公開する予定だ。"},
     {"お知らせありがとう、フェリーが再開してよかった。", "クレーンはいつ直りますか。冬の引き上げに必要です。", "先週末の浜辺のボランティアの皆さん、お疲れさまでした。"},
     {{"造船所の一般公開［土曜日］", "11月3日（土）10:00 - 16:00",
       "古い木造船がどのように修復されるのかを、家族や近所の方と一緒に見に来てください。船大工と話し、手漕ぎボートの進水も見られます。子どもたちは自分の模型船に色を塗ることができ、カフェは一日中開いていて、港長が新しい浮き桟橋、修理された船台、古い税関を案内します。"},
      {"小型船の安全講習［オンライン］", "11月6日（火）18:00",
       "初心者にも経験者にも向けたこの夜の講習では、港の規則、灯台の信号、無線の呼び出し、海でエンジンが止まったときの対処を説明します。最後の質問に答えた参加者全員に修了証が送られ、約二時間の講習は、会員、学生、救助隊のボランティアには無料です。"}},
     "今すぐ申し込む", "イベント", "アーカイブ"},
};

std::string body_text(const Lang& l) {
    std::string s;
    for (std::size_t i = 0; i < l.paras.size(); ++i) s += (i ? "<br><br>" : "") + l.paras[i];
    return s;
}

// Title and body in one box, the comments under it, a sidebar of event cards beside them.
std::string page(const Lang& l, const std::string& markup) {
    const bool html5 = markup == "html5";
    const std::string box = html5 ? "article" : "div", thread = html5 ? "section" : "div";
    std::string post = "<" + box + "><h3>" + l.title + "</h3><div>" + body_text(l) + "</div><p>29.10. | <a href=\"/p\">#</a></p></" + box + ">";
    std::string comments = "<" + thread + " class=\"comments\"><h4>" + l.events + " (3)" + "</h4>";
    for (std::size_t i = 0; i < l.comments.size(); ++i)
        comments += "<div class=\"comment\"><p>" + l.comments[i] + "</p><p><a href=\"/u/" + std::to_string(i) + "\">" + "u" + std::to_string(i) +
                    "</a> | 30.10.</p></div>";
    comments += "</" + thread + ">";
    std::string side = "<div><h2>" + l.events + "</h2>";
    for (std::size_t i = 0; i < l.cards.size(); ++i)
        side += "<div><h3>" + l.cards[i].heading + "</h3>" + l.cards[i].date + "<br>" + l.cards[i].text + "<br><a href=\"/r/" + std::to_string(i) + "\">" +
                l.register_link + "</a></div>";
    side += "<h2>" + l.archives + "</h2><ul>";
    for (int m = 1; m <= 10; ++m) side += "<li><a href=\"/m/" + std::to_string(m) + "\">" + l.archives + " " + std::to_string(m) + "</a></li>";
    side += "</ul></div>";
    const std::string cols = "<div><div>" + post + comments + "</div>" + side + "</div>";
    return std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>" + l.title +
           "</title></head><body><h1><a href=\"/\">" + l.events + "</a></h1><div>" + cols + "</div></body></html>";
}

// No thread: the body goes on after a picture in a second box, each part under the title.
std::string split_page(const Lang& l, const std::string& markup) {
    const std::string box = markup == "html5" ? "section" : "div";
    const std::string first = "<" + box + "><p>" + l.paras[0] + "</p><p>" + l.paras[1] + "</p></" + box + ">";
    const std::string second = "<" + box + "><p>" + l.paras[2] + "</p><p>" + l.paras[3] + "</p></" + box + ">";
    return std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>" + l.title +
           "</title></head><body><div><h1>" + l.title + "</h1>" + first + "<div><img src=\"/a.jpg\" alt=\"\"></div>" + second + "</div></body></html>";
}

}  // namespace

TEST_CASE("a sidebar's cards after the readers' thread are no second part of the post") {
    for (const Lang& l : langs)
        for (const std::string markup : {"div", "html5"}) {
            CAPTURE(std::string(l.code));
            CAPTURE(markup);
            const std::string out = text_of(page(l, markup));
            for (const auto& p : l.paras) CHECK_MESSAGE(has(out, p), out);
            for (const auto& c : l.cards) CHECK_FALSE_MESSAGE(has(out, c.text.substr(0, 30)), out);
        }
}

TEST_CASE("an article split around a picture, with no thread between its parts, still reads whole") {
    for (const Lang& l : langs)
        for (const std::string markup : {"div", "html5"}) {
            CAPTURE(std::string(l.code));
            CAPTURE(markup);
            const std::string out = text_of(split_page(l, markup));
            for (const auto& p : l.paras) CHECK_MESSAGE(has(out, p), out);
        }
}
