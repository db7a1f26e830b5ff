// Post panels (issue 18): in a forum thread each post opens with its writer's panel (name,
// rank, join date, message count, avatar), a box of short lines beside or above the message, in
// the same slot of every post. The posts stay; the panels go, whatever their classes say. Polish
// in boxes of divs with hashed class names, Portuguese in an old table of rows with a cell per
// panel; a list of events whose entries open with a box of short unlinked lines (date, place,
// entry) keeps them: no link or picture names a writer.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

TEST_CASE("a thread's post panels go, the posts stay") {
    SUBCASE("pl, boxes of divs with hashed class names") {
        const std::string t = text_of(html_page("pl", "Router zrywa połączenie po aktualizacji | Forum Sieciowe", "<div class=\"a1\"><a href=\"/\">Forum Sieciowe</a> <a href=\"/f/routery\">Routery</a> <a href=\"/login\">Zaloguj</a></div><div class=\"a2\"><h1>Router zrywa połączenie po aktualizacji</h1><div class=\"a3\"><div class=\"b7 x0\" id=\"p0\"><div class=\"k2\"><div class=\"k3\"><img src=\"/av/marek_k.png\" width=\"64\" height=\"64\" alt=\"\"></div><div class=\"k4\"><a href=\"/u/marek_k\">marek_k</a></div><div class=\"k5\">Stały bywalec</div><div class=\"k6\">Dołączył: 03.2019</div><div class=\"k6\">Posty: 1 204</div></div><div class=\"m1\"><div class=\"m2\"><a href=\"#p0\">#1</a> · 10.03.2024</div><div class=\"m3\">Mam problem z nowym routerem: po aktualizacji oprogramowania co kilka godzin zrywa połączenie Wi-Fi, choć kablem wszystko działa. Próbowałem już zmienić kanał i szerokość pasma, bez skutku.</div></div></div><div class=\"b7 x1\" id=\"p1\"><div class=\"k2\"><div class=\"k3\"><img src=\"/av/ola_net.png\" width=\"64\" height=\"64\" alt=\"\"></div><div class=\"k4\"><a href=\"/u/ola_net\">ola_net</a></div><div class=\"k5\">Moderator</div><div class=\"k6\">Dołączył: 11.2015</div><div class=\"k6\">Posty: 8 517</div></div><div class=\"m1\"><div class=\"m2\"><a href=\"#p1\">#2</a> · 11.03.2024</div><div class=\"m3\">Sprawdź, czy w ustawieniach nie włączyło się oszczędzanie energii dla radia. Po tej aktualizacji u kilku osób przełącznik sam wrócił do ustawień fabrycznych i router usypia nadajnik.</div></div></div><div class=\"b7 x2\" id=\"p2\"><div class=\"k2\"><div class=\"k3\"><img src=\"/av/piotr77.png\" width=\"64\" height=\"64\" alt=\"\"></div><div class=\"k4\"><a href=\"/u/piotr77\">piotr77</a></div><div class=\"k5\">Nowy użytkownik</div><div class=\"k6\">Dołączył: 02.2024</div><div class=\"k6\">Posty: 12</div></div><div class=\"m1\"><div class=\"m2\"><a href=\"#p2\">#3</a> · 12.03.2024</div><div class=\"m3\">U mnie pomogło dopiero przywrócenie ustawień fabrycznych i ręczne skonfigurowanie sieci od nowa. Zajęło to pół godziny, ale od tygodnia połączenie jest stabilne.</div></div></div></div></div><div class=\"z9\">© Forum Sieciowe · Regulamin · Kontakt</div>"));
        CHECK(has(t, "Mam problem z nowym routerem"));
        CHECK(has(t, "Sprawdź, czy w ustawieniach"));
        CHECK(has(t, "U mnie pomogło dopiero"));
        CHECK_FALSE(has(t, "Stały bywalec"));
        CHECK_FALSE(has(t, "Posty: 8 517"));
        CHECK_FALSE(has(t, "Nowy użytkownik"));
    }
    SUBCASE("pt, an old table: the panel is the row's first cell") {
        const std::string t = text_of(html_page("pt", "Manchas de ferrugem em granito - Fórum Casa", "<table width=\"100%\"><tr><td><a href=\"/\">Fórum Casa</a> | <a href=\"/pesquisa\">Pesquisar</a> | <a href=\"/entrar\">Entrar</a></td></tr></table><table width=\"100%\" cellpadding=\"5\" border=\"0\"><tr><td colspan=\"2\"><b>Manchas de ferrugem em granito</b></td></tr><tr><td colspan=\"2\"><small>15-03-2024, 10:10</small></td></tr><tr><td valign=\"top\" width=\"160\"><a href=\"/membro/joaquim_r\"><b>joaquim_r</b></a><br><small>Membro</small><br><img src=\"/av/joaquim_r.gif\" width=\"60\" height=\"60\"><br><small>Registo: Jan 2020<br>Mensagens: 342</small></td><td valign=\"top\">Alguém sabe como tirar manchas de ferrugem de uma bancada de granito claro? Já tentei bicarbonato e vinagre, mas a mancha continua lá e tenho medo de estragar a pedra.</td></tr><tr><td colspan=\"2\"><small>16-03-2024, 10:11</small></td></tr><tr><td valign=\"top\" width=\"160\"><a href=\"/membro/ana.lu\"><b>ana.lu</b></a><br><small>Membro veterano</small><br><img src=\"/av/ana.lu.gif\" width=\"60\" height=\"60\"><br><small>Registo: Mai 2012<br>Mensagens: 5.876</small></td><td valign=\"top\">Não use vinagre no granito, o ácido ataca o polimento. Há produtos próprios para ferrugem em pedra natural que se vendem nas lojas de materiais de construção.</td></tr><tr><td colspan=\"2\"><small>17-03-2024, 10:12</small></td></tr><tr><td valign=\"top\" width=\"160\"><a href=\"/membro/tiago_m\"><b>tiago_m</b></a><br><small>Novo membro</small><br><img src=\"/av/tiago_m.gif\" width=\"60\" height=\"60\"><br><small>Registo: Mar 2024<br>Mensagens: 7</small></td><td valign=\"top\">Eu usei uma pasta de argila branca com água oxigenada, deixei atuar durante uma noite coberta com película, e a mancha desapareceu quase toda.</td></tr></table><table width=\"100%\"><tr><td>© Fórum Casa · Contacto</td></tr></table>"));
        CHECK(has(t, "Alguém sabe como tirar manchas"));
        CHECK(has(t, "Não use vinagre no granito"));
        CHECK(has(t, "Eu usei uma pasta de argila"));
        CHECK_FALSE(has(t, "Membro veterano"));
        CHECK_FALSE(has(t, "Mensagens: 5.876"));
        CHECK_FALSE(has(t, "joaquim_r"));
    }
}

TEST_CASE("entries that open with a box of short lines naming no writer keep them (a list of events)") {
    const std::string t = text_of(html_page("pl", "Wydarzenia marca", "<div class=\"a2\"><h1>Wydarzenia marca w trzech miastach</h1><ul class=\"a3\"><li class=\"e1\"><div class=\"e2\"><span>12.03.2024</span><br><span>Kraków, Rynek</span><br><span>Wstęp wolny</span></div><p>Koncert orkiestry kameralnej na otwarcie sezonu, z utworami Moniuszki i Szymanowskiego w nowych aranżacjach dla smyczków.</p></li><li class=\"e1\"><div class=\"e2\"><span>19.03.2024</span><br><span>Wrocław, Hala</span><br><span>Bilety w kasie</span></div><p>Pokaz filmów dokumentalnych o odbudowie miasta po wojnie, z rozmową z reżyserami po ostatniej projekcji wieczoru.</p></li><li class=\"e1\"><div class=\"e2\"><span>26.03.2024</span><br><span>Gdańsk, Stocznia</span><br><span>Wstęp wolny</span></div><p>Spacer z przewodnikiem po dawnych halach stoczniowych, zakończony wystawą zdjęć z archiwum miejskiego i rozmową z autorami.</p></li></ul></div>"));
    CHECK(has(t, "Kraków, Rynek"));
    CHECK(has(t, "Wrocław, Hala"));
    CHECK(has(t, "Gdańsk, Stocznia"));
    CHECK(has(t, "Koncert orkiestry kameralnej"));
}
