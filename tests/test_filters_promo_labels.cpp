// Boxes cut from one template (promo.cpp, labelled_template_boxes): short paragraphs opened by
// the same label, whose rest changes each time and closes on a way out of its own, go; labels
// the article uses for its own text (a source closing on a link that names it, an update, an
// interview's questions) stay.
// Italian and Dutch, HTML and plain text.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

using namespace winnow;

namespace {

const char* kParas[] = {
    "Il comune ha approvato ieri sera il piano per le nuove piste ciclabili, che collegheranno i quartieri "
    "periferici al centro storico entro la fine del prossimo anno.",
    "I lavori partiranno dalla zona della stazione, dove ogni mattina migliaia di pendolari arrivano in treno e "
    "proseguono a piedi o in autobus verso gli uffici.",
    "Le associazioni dei ciclisti chiedono che le piste siano separate dalle auto con cordoli veri e non soltanto "
    "con una striscia di vernice sull'asfalto.",
    "Il costo previsto è di dodici milioni di euro, in gran parte coperti da fondi europei destinati alla mobilità "
    "sostenibile nelle città medie."};

std::string italian_page(const std::string& after0, const std::string& after2) {
    std::string s = "<!doctype html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>t</title></head><body><main>\n"
                    "<article><h1>Piste ciclabili in città</h1>\n";
    for (int k = 0; k < 4; ++k) {
        s += std::string("<p>") + kParas[k] + "</p>\n";
        if (k == 0) s += after0 + "\n";
        if (k == 2) s += after2 + "\n";
    }
    return s + "</article></main></body></html>\n";
}

std::string cleaned_text(const std::string& input, InputKind kind = InputKind::automatic) {
    Options o;
    o.input = kind;
    const Result r = clean(input, o);
    REQUIRE(r.ok());
    return to_text(r.document);
}

}  // namespace

TEST_CASE("boxes opened by one label whose rest and link change every time go; the article stays") {
    const std::string out = cleaned_text(italian_page(
        "<p>Offerta lampo: lampada da scrivania a led, 29 euro. <a href=\"https://negozio.example/p/11\">Compra</a></p>",
        "<p>Offerta lampo: zaino impermeabile da città, 45 euro. <a href=\"https://negozio.example/p/508\">Compra</a></p>"));
    CHECK(out.find("Offerta lampo") == std::string::npos);
    for (const char* p : kParas) CHECK(out.find(std::string(p).substr(0, 40)) != std::string::npos);

    // Plain text: the address written out is the way out.
    const std::string text = cleaned_text(
        "Fietsen langs de kust\n\n"
        "De provincie heeft het nieuwe fietspad langs de duinen geopend, na twee jaar werk aan bruggen, tunnels en "
        "rustplaatsen voor wandelaars en fietsers.\n\n"
        "Tip van de redactie: vijf wandelingen langs de kust, lees verder: https://krant.example/5-wandelingen\n\n"
        "Het pad is vier meter breed en volgt grotendeels de oude tramlijn, waarvan nog enkele haltes als schuilhut "
        "zijn bewaard gebleven.\n\n"
        "Tip van de redactie: negen musea voor regenachtige dagen, lees verder: https://krant.example/9-musea\n\n"
        "Volgend voorjaar komt er een verbinding met het station, zodat dagjesmensen hun fiets in de trein kunnen "
        "meenemen.\n",
        InputKind::text);
    CHECK(text.find("Tip van de redactie") == std::string::npos);
    CHECK(text.find("oude tramlijn") != std::string::npos);
}

TEST_CASE("labels the article uses for its own text stay: a linked source, an update closing on a named link, questions") {
    // A source under each figure: its closing link names what it points at, another name each time.
    const std::string sources = cleaned_text(italian_page(
        "<p>Fonte: elaborazione su dati Istat, anno 2024. <a href=\"https://istat.example/t1\">Tavola 1</a></p>",
        "<p>Fonte: elaborazione su dati Istat, anno 2023. <a href=\"https://istat.example/t7\">Tavola 7</a></p>"));
    CHECK(sources.find("Tavola 1") != std::string::npos);
    CHECK(sources.find("Tavola 7") != std::string::npos);
    // The link is a name inside the sentence, not set apart from it.
    const std::string updates = cleaned_text(italian_page(
        "<p>Aggiornamento: la giunta ha pubblicato il testo integrale del <a href=\"https://comune.example/d/1\">piano</a></p>",
        "<p>Aggiornamento: i lavori sono stati affidati alla <a href=\"https://comune.example/d/2\">ditta vincitrice</a></p>"));
    CHECK(updates.find("testo integrale") != std::string::npos);
    CHECK(updates.find("stati affidati") != std::string::npos);
    // Questions without a way out.
    const std::string questions = cleaned_text(italian_page("<p>Domanda: quanto costerà ogni chilometro di pista?</p>",
                                                            "<p>Domanda: chi pagherà la manutenzione delle piste?</p>"));
    CHECK(questions.find("ogni chilometro") != std::string::npos);
    CHECK(questions.find("la manutenzione") != std::string::npos);
}
