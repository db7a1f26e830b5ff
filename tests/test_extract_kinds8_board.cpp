// A forum thread as an old board writes it (issue 18: "a forum page comes out with user panels,
// 'Posted:' lines and signatures between posts"): each post a table row of the writer's cell (name,
// rank, avatar, counts) beside the message cell (its date line, the message, a signature), under a
// row of column labels. In German, English and Russian, striped rows or not, signatures in a
// classed box, after a rule or after an underscore line; and what stays: a data table of a short
// cell beside a longer one keeps its header and cells.
//
// On 3c949aa the German and Russian pages kept only the first post (the cells of each later row
// read as two posts, a thread answering the first), the English one every panel and date line.
// Also a board that sets each post in a table of its own (fr, en): on 3c949aa every post kept its
// row of buttons set as links ("Signaler", "Reply With Quote") and the French one a signature
// after a drawn rule ("______"). Left as it is: the English page keeps the panels of its first
// and third post (a name and a rank; the others went as bylines): panels of posts that are
// tables were tried and dropped (cleaneval 53 better, but its text output no longer a fixed
// point, test_idempotence). Left alone: a listing of tables whose first box is a linked name and
// links keeps its names.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

namespace {

using winnow::test::has;
using winnow::test::text_of;

}  // namespace

TEST_CASE("de: a board's rows, a writer's cell with an avatar beside the message, quotes, signatures in a classed box") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Kachelofen zieht schlecht nach Schornsteinfeger - Ofenforum.de</title></head><body>
<table width="100%" class="hdr"><tr><td><a href="/">Ofenforum.de</a></td><td><a href="/faq">FAQ</a> <a href="/search">Suche</a> <a href="/memberlist">Mitglieder</a> <a href="/login">Anmelden</a></td></tr></table>
<table width="100%"><tr><td class="nav"><a href="/">Foren-Übersicht</a> » <a href="/f/3">Kachelöfen und Grundöfen</a></td></tr></table>
<table width="100%"><tr><td><h2 class="topictitle">Kachelofen zieht schlecht nach Schornsteinfeger</h2></td></tr></table>
<table class="forumline" width="100%" cellspacing="1"><tr><th>Autor</th><th>Nachricht</th></tr>
<tr><td class="row1" valign="top" width="150"><b class="postauthor">Kalle_M</b><br><span class="postdetails">Moderator<br><img src="/av/Kalle_M.jpg" width="80" height="80"><br>Beiträge: 4812<br>Registriert: 12.03.2009</span></td>
<td class="row1" valign="top"><table width="100%"><tr><td class="gensmall">Verfasst: Mo 4. März 2024, 18:22</td><td align="right"><a href="#">Zitieren</a></td></tr></table><hr><div class="postbody">Hallo zusammen, mein Kachelofen zieht seit dem Schornsteinfegerbesuch schlecht. Beim Anheizen kommt Rauch aus der Fülltür, sobald ich sie öffne, und die Scheibe ist nach einer Stunde schwarz. Hat jemand eine Idee, woran das liegen kann?</div><div class="signature">Gruß aus dem Allgäu</div></td></tr>
<tr><td class="spacer" colspan="2" height="1"></td></tr>
<tr><td class="row1" valign="top" width="150"><b class="postauthor">ofenbauer67</b><br><span class="postdetails">Mitglied<br><img src="/av/ofenbauer67.jpg" width="80" height="80"><br>Beiträge: 912<br>Registriert: 02.11.2015</span></td>
<td class="row1" valign="top"><table width="100%"><tr><td class="gensmall">Verfasst: Mo 4. März 2024, 19:05</td><td align="right"><a href="#">Zitieren</a></td></tr></table><hr><div class="postbody"><blockquote><cite>Kalle_M hat geschrieben:</cite>Beim Anheizen kommt Rauch aus der Fülltür</blockquote>Das klingt nach einem kalten Schornstein. Zünde vor dem Anheizen ein Stück Zeitung in der Reinigungsöffnung an, damit der Zug in Gang kommt. Hat der Schornsteinfeger eventuell die Drosselklappe verstellt?</div><div class="signature">Meister im Ofen- und Luftheizungsbau</div></td></tr>
<tr><td class="spacer" colspan="2" height="1"></td></tr>
<tr><td class="row1" valign="top" width="150"><b class="postauthor">Kalle_M</b><br><span class="postdetails">Moderator<br><img src="/av/Kalle_M.jpg" width="80" height="80"><br>Beiträge: 4812<br>Registriert: 12.03.2009</span></td>
<td class="row1" valign="top"><table width="100%"><tr><td class="gensmall">Verfasst: Mo 4. März 2024, 20:41</td><td align="right"><a href="#">Zitieren</a></td></tr></table><hr><div class="postbody">Die Drosselklappe war tatsächlich fast zu. Jetzt brennt das Feuer sofort an und die Scheibe bleibt sauber. Vielen Dank für den schnellen Tipp, darauf wäre ich nie gekommen!</div><div class="signature">Gruß aus dem Allgäu</div></td></tr>
<tr><td class="spacer" colspan="2" height="1"></td></tr>
<tr><td class="row1" valign="top" width="150"><b class="postauthor">Heizer_Nord</b><br><span class="postdetails">Mitglied<br><img src="/av/Heizer_Nord.jpg" width="80" height="80"><br>Beiträge: 57<br>Registriert: 19.01.2023</span></td>
<td class="row1" valign="top"><table width="100%"><tr><td class="gensmall">Verfasst: Di 5. März 2024, 07:12</td><td align="right"><a href="#">Zitieren</a></td></tr></table><hr><div class="postbody"><blockquote><cite>ofenbauer67 hat geschrieben:</cite>Zünde vor dem Anheizen ein Stück Zeitung in der Reinigungsöffnung an</blockquote>Das mache ich seit Jahren so, es hilft besonders im Herbst, wenn es draußen noch warm ist und der Schornstein kaum Zug hat.</div></td></tr>
<tr><td class="spacer" colspan="2" height="1"></td></tr></table>
<table width="100%"><tr><td class="gensmall">Wer ist online? Mitglieder in diesem Forum: 0 Mitglieder und 3 Gäste</td></tr></table>
<table width="100%"><tr><td class="copyright">Powered by phpBB © phpBB Group · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></td></tr></table></body></html>
)HTML");
    CHECK(has(out, "Hallo zusammen, mein Kachelofen zieht"));
    CHECK(has(out, "Das klingt nach einem kalten Schornstein"));
    CHECK(has(out, "Die Drosselklappe war tatsächlich fast zu"));
    CHECK(has(out, "Das mache ich seit Jahren so"));
    CHECK_FALSE(has(out, "Registriert: 12.03.2009"));
    CHECK_FALSE(has(out, "Beiträge: 912"));
    CHECK_FALSE(has(out, "Verfasst: Mo 4. März 2024"));
    CHECK_FALSE(has(out, "Gruß aus dem Allgäu"));
    CHECK_FALSE(has(out, "Meister im Ofen- und Luftheizungsbau"));
    CHECK_FALSE(has(out, "Nachricht"));
    CHECK_FALSE(has(out, "Wer ist online"));
}

TEST_CASE("en: striped rows (row1/row2), linked names, 'Posted:' lines, signatures after an underscore line") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Truck won't start when hot :: Old Trucks Board</title></head><body>
<table width="100%"><tr><td><a href="/"><img src="/logo.gif" alt="Old Trucks Board"></a></td><td><a href="/faq.php">FAQ</a> <a href="/search.php">Search</a> <a href="/profile.php">Profile</a> <a href="/login.php">Log in</a></td></tr></table>
<table width="100%"><tr><td><span class="maintitle">Truck won't start when hot</span><br><span class="nav"><a href="/index.php">Old Trucks Board Forum Index</a> -&gt; <a href="/viewforum.php?f=2">Engine and Drivetrain</a></span></td></tr></table>
<table class="forumline" width="100%" cellspacing="1" cellpadding="3"><tr><th width="150">Author</th><th>Message</th></tr>
<tr><td class="row1" width="20%" valign="top"><span class="name"><a href="/profile.php?u=rusty_bolt"><b>rusty_bolt</b></a></span><br><span class="postdetails">Joined: Jan 2011<br>Posts: 2,310</span></td>
<td class="row1" valign="top"><span class="postdetails">Posted: Sat Feb 10, 2024 9:41 pm</span><hr><span class="postbody">My 1987 pickup cranks fine but will not start when the engine is warm. Cold starts are perfect every morning. After a twenty-minute drive and a stop at the store it just cranks and cranks until it cools down.<br>_________________<br><span class="sig">'87 F-150, 300 straight six, 4-speed</span></span></td></tr>
<tr><td class="row2" width="20%" valign="top"><span class="name"><a href="/profile.php?u=gearhead_nm"><b>gearhead_nm</b></a></span><br><span class="postdetails">Joined: Jun 2016<br>Posts: 411</span></td>
<td class="row2" valign="top"><span class="postdetails">Posted: Sat Feb 10, 2024 10:15 pm</span><hr><span class="postbody">Classic vapor lock or a weak coil that fails when hot. Next time it happens, pull a plug wire and check for spark while someone cranks. If you have spark, look at fuel pressure.<br>_________________<br><span class="sig">Keep it simple, check the basics first.</span></span></td></tr>
<tr><td class="row1" width="20%" valign="top"><span class="name"><a href="/profile.php?u=rusty_bolt"><b>rusty_bolt</b></a></span><br><span class="postdetails">Joined: Jan 2011<br>Posts: 2,310</span></td>
<td class="row1" valign="top"><span class="postdetails">Posted: Sun Feb 11, 2024 4:02 pm</span><hr><span class="postbody">No spark when hot. I swapped the ignition module under the distributor cap with a spare from the parts store and it started right up after a long drive today. Thanks for pointing me in the right direction.<br>_________________<br><span class="sig">'87 F-150, 300 straight six, 4-speed</span></span></td></tr>
<tr><td class="row2" width="20%" valign="top"><span class="name"><a href="/profile.php?u=dieselDan"><b>dieselDan</b></a></span><br><span class="postdetails">Joined: Mar 2020<br>Posts: 89</span></td>
<td class="row2" valign="top"><span class="postdetails">Posted: Mon Feb 12, 2024 7:30 am</span><hr><span class="postbody">Good to hear. Those modules are known to fail with heat. Put some dielectric grease on the back of the new one where it mounts to the distributor, it helps it shed heat.</span></td></tr></table>
<table width="100%"><tr><td><span class="gensmall">All times are GMT - 7 Hours</span></td><td align="right"><span class="nav">Page 1 of 1</span></td></tr></table>
<div align="center"><span class="copyright">Powered by phpBB</span></div></body></html>
)HTML");
    CHECK(has(out, "My 1987 pickup cranks fine"));
    CHECK(has(out, "Classic vapor lock or a weak coil"));
    CHECK(has(out, "No spark when hot."));
    CHECK(has(out, "Good to hear. Those modules"));
    CHECK_FALSE(has(out, "Joined: Jun 2016"));
    CHECK_FALSE(has(out, "Posts: 2,310"));
    CHECK_FALSE(has(out, "Posted: Sat Feb 10, 2024"));
    CHECK_FALSE(has(out, "Posted: Sun Feb 11, 2024"));
    CHECK_FALSE(has(out, "straight six"));
    CHECK_FALSE(has(out, "Keep it simple"));
    CHECK_FALSE(has(out, "Author"));
}

TEST_CASE("ru: striped rows, a rank line longer in bytes than in letters, signatures after a rule") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Зелёный налёт на стёклах аквариума • Форум аквариумистов</title></head><body>
<table width="100%"><tr><td><a href="/">Форум аквариумистов</a></td><td><a href="/faq">FAQ</a> <a href="/search">Поиск</a> <a href="/login">Вход</a></td></tr></table>
<h2>Зелёный налёт на стёклах аквариума</h2>
<table class="tablebg" width="100%" cellspacing="1"><tr><th>Автор</th><th>Сообщение</th></tr>
<tr><td class="row1" valign="top"><a href="/u/0"><b>Сергей_К</b></a><br><img src="/av/0.png" width="90" height="90"><br><span class="pd">Зарегистрирован: 03.2014<br>Сообщений: 1 877</span></td>
<td class="row1" valign="top"><div class="pd">Добавлено: 14.01.2024 18:05</div><div class="pb">Подскажите, почему аквариум на шестьдесят литров зарастает зелёным налётом уже через неделю после чистки? Свет горит восемь часов в день, рыбок немного, корм даю раз в сутки.</div><div class="sig"><hr>Аквариум 60 л, неоны и сомики</div></td></tr>
<tr><td class="row2" valign="top"><a href="/u/1"><b>Аква_Мастер</b></a><br><img src="/av/1.png" width="90" height="90"><br><span class="pd">Зарегистрирован: 07.2009<br>Сообщений: 12 402</span></td>
<td class="row2" valign="top"><div class="pd">Добавлено: 14.01.2024 19:40</div><div class="pb">Скорее всего, света слишком много для такого объёма без живых растений. Сократите освещение до шести часов и посадите несколько быстрорастущих растений, они заберут лишние удобрения у водорослей.</div><div class="sig"><hr>Сначала думай, потом доливай воду.</div></td></tr>
<tr><td class="row1" valign="top"><a href="/u/2"><b>Сергей_К</b></a><br><img src="/av/2.png" width="90" height="90"><br><span class="pd">Зарегистрирован: 03.2014<br>Сообщений: 1 877</span></td>
<td class="row1" valign="top"><div class="pd">Добавлено: 20.01.2024 10:12</div><div class="pb">Посадил роголистник и уменьшил свет, как вы советовали. Прошла неделя, налёта на стёклах почти нет, вода стала прозрачнее. Спасибо большое за совет!</div><div class="sig"><hr>Аквариум 60 л, неоны и сомики</div></td></tr>
<tr><td class="row2" valign="top"><a href="/u/3"><b>Лена_В</b></a><br><img src="/av/3.png" width="90" height="90"><br><span class="pd">Зарегистрирована: 11.2023<br>Сообщений: 34</span></td>
<td class="row2" valign="top"><div class="pd">Добавлено: 21.01.2024 08:55</div><div class="pb">У меня была такая же проблема, помогли ещё улитки-нериты. Они за пару недель очистили все стёкла и камни, а рыбкам совсем не мешают.</div></td></tr></table>
<table width="100%"><tr><td>Сейчас этот форум просматривают: нет зарегистрированных пользователей и 2 гостя</td></tr></table>
<div class="copyright">Powered by phpBB · <a href="/rules">Правила</a></div></body></html>
)HTML");
    CHECK(has(out, "Подскажите, почему аквариум"));
    CHECK(has(out, "Скорее всего, света слишком много"));
    CHECK(has(out, "Посадил роголистник"));
    CHECK(has(out, "помогли ещё улитки-нериты"));
    CHECK_FALSE(has(out, "Зарегистрирована: 11.2023"));
    CHECK_FALSE(has(out, "Сообщений: 12 402"));
    CHECK_FALSE(has(out, "Добавлено: 14.01.2024"));
    CHECK_FALSE(has(out, "неоны и сомики"));
    CHECK_FALSE(has(out, "Сначала думай"));
    CHECK_FALSE(has(out, "Сообщение"));
}

TEST_CASE("left alone: a chronicle table of a short cell (a linked year, a picture, two words) beside a sentence keeps its header") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Chronik der Freiwilligen Feuerwehr Birkenau</title></head><body>
<table width="100%"><tr><td><a href="/">FF Birkenau</a></td><td><a href="/einsaetze">Einsätze</a> <a href="/fahrzeuge">Fahrzeuge</a> <a href="/kontakt">Kontakt</a></td></tr></table>
<h2>Chronik der Freiwilligen Feuerwehr Birkenau</h2>
<table class="chronik" width="100%"><tr><th>Jahr</th><th>Ereignis</th></tr>
<tr><td><a href="/jahr/1889">1889</a><br><img src="/i/1889.jpg" width="60" height="40"><br>Gründung<br>Erster Kommandant</td><td>Gründung der Wehr durch 32 Männer aus dem Dorf nach dem großen Scheunenbrand im Oberdorf, bei dem drei Höfe niederbrannten.</td></tr>
<tr><td><a href="/jahr/1927">1927</a><br><img src="/i/1927.jpg" width="60" height="40"><br>Technik<br>Neues Gerät</td><td>Anschaffung der ersten Motorspritze, bezahlt zur Hälfte aus Spenden der Bürger und zur Hälfte von der Gemeinde.</td></tr>
<tr><td><a href="/jahr/1975">1975</a><br><img src="/i/1975.jpg" width="60" height="40"><br>Gebäude<br>Einweihung</td><td>Einweihung des neuen Gerätehauses an der Hauptstraße mit zwei Stellplätzen, einem Schulungsraum und einer Werkstatt.</td></tr>
<tr><td><a href="/jahr/2019">2019</a><br><img src="/i/2019.jpg" width="60" height="40"><br>Jubiläum<br>Festwoche</td><td>Festwoche zum 130-jährigen Bestehen mit Leistungsschau, Festumzug und einem Tag der offenen Tür für alle Familien.</td></tr>
</table>
<div class="ft"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></div></body></html>
)HTML");
    CHECK(has(out, "Jahr"));
    CHECK(has(out, "Ereignis"));
    CHECK(has(out, "1927"));
    CHECK(has(out, "Gründung der Wehr durch 32 Männer"));
    CHECK(has(out, "Festwoche zum 130-jährigen Bestehen"));
    CHECK_FALSE(has(out, "Impressum"));
}

TEST_CASE("fr: a board that sets each post in a table of its own (a header row, the panel beside the message, a row of buttons as links), signatures after a drawn rule") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Pâte qui ne lève plus avec de la T80 - Forum Pain Maison</title></head><body>
<table width="100%"><tr><td><a href="/"><img src="/logo.png" alt="Forum Pain Maison"></a></td><td><a href="/faq">FAQ</a> <a href="/membres">Membres</a> <a href="/calendrier">Calendrier</a> <a href="/recherche">Recherche</a></td></tr></table>
<table width="100%"><tr><td class="navbar"><a href="/">Forum Pain Maison</a> &gt; <a href="/f/levures">Levures et levains</a><br><strong>Pâte qui ne lève plus avec de la T80</strong></td></tr></table>
<div id="posts"><table class="tborder" id="post1000" width="100%" cellspacing="0" cellpadding="6"><tr><td class="thead">12/03/2024, 20h14</td><td class="thead" align="right">#1</td></tr>
<tr><td class="alt2" width="175"><a class="bigusername" href="/membre/Mathilde_R">Mathilde_R</a><div class="smallfont">Membre</div><img src="/avatars/0.gif" width="64" height="64" alt=""><div class="smallfont">Inscrit le : 04/2018<br>Messages : 1 204</div></td>
<td class="alt1" id="td_post_1000"><div id="post_message_1000">Bonjour à tous, ma pâte à pain ne lève presque plus depuis que j'ai changé de farine. J'utilise toujours la même levure fraîche et la même température de pièce. Est-ce que la farine T80 demande plus d'eau ou plus de temps ?</div><div>__________________<br>Boulangère du dimanche depuis 2015</div></td></tr>
<tr><td class="alt2"><a href="#">Signaler</a></td><td class="alt1" align="right"><a href="#">Répondre avec citation</a></td></tr></table><br>
<table class="tborder" id="post1001" width="100%" cellspacing="0" cellpadding="6"><tr><td class="thead">12/03/2024, 21h02</td><td class="thead" align="right">#2</td></tr>
<tr><td class="alt2" width="175"><a class="bigusername" href="/membre/Pierre_64">Pierre_64</a><div class="smallfont">Modérateur</div><img src="/avatars/1.gif" width="64" height="64" alt=""><div class="smallfont">Inscrit le : 11/2012<br>Messages : 8 730</div></td>
<td class="alt1" id="td_post_1001"><div id="post_message_1001">La T80 contient plus de son, qui absorbe l'eau et alourdit la pâte. Augmentez l'hydratation de cinq pour cent et laissez une heure de pointage en plus. Le pain sera plus dense qu'avec de la T65, c'est normal.</div><div>__________________<br>Le pain, c'est la patience.</div></td></tr>
<tr><td class="alt2"><a href="#">Signaler</a></td><td class="alt1" align="right"><a href="#">Répondre avec citation</a></td></tr></table><br>
<table class="tborder" id="post1002" width="100%" cellspacing="0" cellpadding="6"><tr><td class="thead">13/03/2024, 09h47</td><td class="thead" align="right">#3</td></tr>
<tr><td class="alt2" width="175"><a class="bigusername" href="/membre/Mathilde_R">Mathilde_R</a><div class="smallfont">Membre</div><img src="/avatars/2.gif" width="64" height="64" alt=""><div class="smallfont">Inscrit le : 04/2018<br>Messages : 1 204</div></td>
<td class="alt1" id="td_post_1002"><div id="post_message_1002">Merci beaucoup ! J'ai ajouté de l'eau et attendu plus longtemps ce matin, la pâte a doublé de volume en trois heures. Je ferai aussi un essai avec un levain la semaine prochaine.</div><div>__________________<br>Boulangère du dimanche depuis 2015</div></td></tr>
<tr><td class="alt2"><a href="#">Signaler</a></td><td class="alt1" align="right"><a href="#">Répondre avec citation</a></td></tr></table><br>
<table class="tborder" id="post1003" width="100%" cellspacing="0" cellpadding="6"><tr><td class="thead">13/03/2024, 12h30</td><td class="thead" align="right">#4</td></tr>
<tr><td class="alt2" width="175"><a class="bigusername" href="/membre/Julien">Julien</a><div class="smallfont">Membre</div><img src="/avatars/3.gif" width="64" height="64" alt=""><div class="smallfont">Inscrit le : 01/2024<br>Messages : 12</div></td>
<td class="alt1" id="td_post_1003"><div id="post_message_1003">Même problème chez moi avec une farine de seigle. Je vais essayer vos conseils ce week-end, en espérant que cela fonctionne aussi pour le seigle.</div></td></tr>
<tr><td class="alt2"><a href="#">Signaler</a></td><td class="alt1" align="right"><a href="#">Répondre avec citation</a></td></tr></table><br></div>
<table width="100%"><tr><td class="smallfont">Utilisateurs actifs consultant cette discussion : 1 (0 membres et 1 invités)</td></tr></table>
<div class="smallfont" align="center">Propulsé par vBulletin · <a href="/mentions">Mentions légales</a></div></body></html>
)HTML");
    CHECK(has(out, "Bonjour à tous, ma pâte à pain ne lève presque plus"));
    CHECK(has(out, "La T80 contient plus de son"));
    CHECK(has(out, "Merci beaucoup ! J'ai ajouté de l'eau"));
    CHECK(has(out, "Même problème chez moi avec une farine de seigle"));
    CHECK_FALSE(has(out, "Inscrit le : 11/2012"));
    CHECK_FALSE(has(out, "Messages : 8 730"));
    CHECK_FALSE(has(out, "Modérateur"));
    CHECK_FALSE(has(out, "12/03/2024, 21h02"));
    CHECK_FALSE(has(out, "Répondre avec citation"));
    CHECK_FALSE(has(out, "Signaler"));
    CHECK_FALSE(has(out, "Le pain, c'est la patience"));
    CHECK_FALSE(has(out, "Boulangère du dimanche"));
    CHECK_FALSE(has(out, "__________"));
}

TEST_CASE("en: posts in tables of their own, a rank line and counts under a linked name and an avatar, 'Report Post' and 'Reply With Quote' links closing each") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Outboard stalls in gear - Small Boat Forums</title></head><body>
<table width="100%"><tr><td><a href="/"><img src="/logo.png" alt="Small Boat Forums"></a></td><td><a href="/faq">FAQ</a> <a href="/members">Members List</a> <a href="/calendar">Calendar</a> <a href="/search">Search</a></td></tr></table>
<table width="100%"><tr><td class="navbar"><a href="/">Small Boat Forums</a> &gt; <a href="/f/engines">Engines and Outboards</a><br><strong>Outboard stalls in gear</strong></td></tr></table>
<div id="posts"><table class="tborder" id="post2000" width="100%" cellspacing="0" cellpadding="6"><tr><td class="thead">03-02-2024, 07:41 PM</td><td class="thead" align="right">#1</td></tr>
<tr><td class="alt2" width="175"><a class="bigusername" href="/member/harbor_pete">harbor_pete</a><div class="smallfont">Senior Member</div><img src="/avatars/0.gif" width="64" height="64" alt=""><div class="smallfont">Join Date: Jun 2010<br>Posts: 3,118</div></td>
<td class="alt1" id="td_post_2000"><div id="post_message_2000">My outboard idles fine in the driveway on the flush muffs but stalls every time I shift into gear on the water. The plugs look clean and the fuel is fresh from this week.</div><div>__________________<br>Boston Whaler 13, Evinrude 40</div></td></tr>
<tr><td class="alt2"><a href="#">Report Post</a></td><td class="alt1" align="right"><a href="#">Reply With Quote</a></td></tr></table><br>
<table class="tborder" id="post2001" width="100%" cellspacing="0" cellpadding="6"><tr><td class="thead">03-02-2024, 08:15 PM</td><td class="thead" align="right">#2</td></tr>
<tr><td class="alt2" width="175"><a class="bigusername" href="/member/saltwater_sue">saltwater_sue</a><div class="smallfont">Moderator</div><img src="/avatars/1.gif" width="64" height="64" alt=""><div class="smallfont">Join Date: Feb 2008<br>Posts: 14,902</div></td>
<td class="alt1" id="td_post_2001"><div id="post_message_2001">Idle speed in gear is lower than in neutral. Set the idle while running in gear on the water, not on the muffs. Also check the idle air screw, it is often a quarter turn off after a carburetor cleaning.</div><div>__________________<br>Measure twice, wrench once.</div></td></tr>
<tr><td class="alt2"><a href="#">Report Post</a></td><td class="alt1" align="right"><a href="#">Reply With Quote</a></td></tr></table><br>
<table class="tborder" id="post2002" width="100%" cellspacing="0" cellpadding="6"><tr><td class="thead">03-03-2024, 11:02 AM</td><td class="thead" align="right">#3</td></tr>
<tr><td class="alt2" width="175"><a class="bigusername" href="/member/harbor_pete">harbor_pete</a><div class="smallfont">Senior Member</div><img src="/avatars/2.gif" width="64" height="64" alt=""><div class="smallfont">Join Date: Jun 2010<br>Posts: 3,118</div></td>
<td class="alt1" id="td_post_2002"><div id="post_message_2002">That was it. I raised the idle a little in gear and opened the air screw a quarter turn. It now runs smoothly at trolling speed and does not stall anymore.</div><div>__________________<br>Boston Whaler 13, Evinrude 40</div></td></tr>
<tr><td class="alt2"><a href="#">Report Post</a></td><td class="alt1" align="right"><a href="#">Reply With Quote</a></td></tr></table><br>
<table class="tborder" id="post2003" width="100%" cellspacing="0" cellpadding="6"><tr><td class="thead">03-03-2024, 01:30 PM</td><td class="thead" align="right">#4</td></tr>
<tr><td class="alt2" width="175"><a class="bigusername" href="/member/lakeguy">lakeguy</a><div class="smallfont">Junior Member</div><img src="/avatars/3.gif" width="64" height="64" alt=""><div class="smallfont">Join Date: Jan 2024<br>Posts: 7</div></td>
<td class="alt1" id="td_post_2003"><div id="post_message_2003">Good thread. Mine had the same problem last summer and it turned out to be a cracked fuel line that sucked air only when the motor was under load.</div></td></tr>
<tr><td class="alt2"><a href="#">Report Post</a></td><td class="alt1" align="right"><a href="#">Reply With Quote</a></td></tr></table><br></div>
<div class="smallfont" align="center">Powered by vBulletin · <a href="/privacy">Privacy</a></div></body></html>
)HTML");
    CHECK(has(out, "My outboard idles fine in the driveway"));
    CHECK(has(out, "Idle speed in gear is lower than in neutral"));
    CHECK(has(out, "That was it. I raised the idle"));
    CHECK(has(out, "Good thread. Mine had the same problem"));
    CHECK_FALSE(has(out, "Join Date: Feb 2008"));
    CHECK_FALSE(has(out, "Posts: 14,902"));
    CHECK_FALSE(has(out, "03-02-2024, 08:15 PM"));
    CHECK_FALSE(has(out, "Report Post"));
    CHECK_FALSE(has(out, "Reply With Quote"));
    CHECK_FALSE(has(out, "Measure twice, wrench once"));
    CHECK_FALSE(has(out, "Evinrude 40"));
}

TEST_CASE("left alone: a listing of tables, each a box of a linked name, links and a picture beside a description, keeps its names") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Unterkünfte am Lindensee</title></head><body>
<div class="nav"><a href="/">Lindensee</a> <a href="/freizeit">Freizeit</a> <a href="/anreise">Anreise</a></div>
<h1>Unterkünfte am Lindensee</h1>
<div class="liste"><table class="eintrag" width="100%"><tr><td class="kopf" width="200"><a href="/h/Gas"><b>Gasthof Zur Linde</b></a><br><a href="#d">Details</a><br><a href="#k">Karte</a><br><a href="#p">Preise</a><br><img src="/i/Gas.jpg" width="80" height="60"></td><td class="text">Familiengeführtes Haus am Marktplatz mit zwölf Zimmern, eigener Metzgerei und einem Biergarten unter alten Kastanien.</td></tr></table>
<table class="eintrag" width="100%"><tr><td class="kopf" width="200"><a href="/h/Hot"><b>Hotel Seeblick</b></a><br><a href="#d">Details</a><br><a href="#k">Karte</a><br><a href="#p">Preise</a><br><img src="/i/Hot.jpg" width="80" height="60"></td><td class="text">Modernes Hotel direkt am Ufer mit Sauna, Fahrradverleih und einem Frühstücksraum mit Blick über den ganzen See.</td></tr></table>
<table class="eintrag" width="100%"><tr><td class="kopf" width="200"><a href="/h/Pen"><b>Pension Waldesruh</b></a><br><a href="#d">Details</a><br><a href="#k">Karte</a><br><a href="#p">Preise</a><br><img src="/i/Pen.jpg" width="80" height="60"></td><td class="text">Ruhige Pension am Waldrand, ideal für Wanderer, mit Lunchpaketen und einem Trockenraum für nasse Schuhe und Jacken.</td></tr></table>
<table class="eintrag" width="100%"><tr><td class="kopf" width="200"><a href="/h/Lan"><b>Landhaus Birkenhof</b></a><br><a href="#d">Details</a><br><a href="#k">Karte</a><br><a href="#p">Preise</a><br><img src="/i/Lan.jpg" width="80" height="60"></td><td class="text">Ehemaliger Bauernhof mit Ferienwohnungen, Spielplatz und Streicheltieren, fünf Minuten zu Fuß vom Badestrand entfernt.</td></tr></table></div>
<div class="fuss"><a href="/impressum">Impressum</a></div></body></html>
)HTML");
    CHECK(has(out, "Gasthof Zur Linde"));
    CHECK(has(out, "Hotel Seeblick"));
    CHECK(has(out, "Landhaus Birkenhof"));
    CHECK(has(out, "Familiengeführtes Haus am Marktplatz"));
    CHECK(has(out, "Ruhige Pension am Waldrand"));
    CHECK_FALSE(has(out, "Impressum"));
}
