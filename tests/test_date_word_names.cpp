// A date word is a month's or weekday's name, not any word its first three letters begin: the
// signers of readers' posts ("Marta Weber - 3 March 2012") keep their names, so two posts by
// Marta and Martin Weber are two signers, not one.
#include <doctest/doctest.h>

#include <string>

#include "comments_updates.hpp"

using winnow::detail::undated_words;

TEST_CASE("names that begin like a month or a weekday stay in a signature line's words") {
    // en
    CHECK(undated_words("Marta Weber - 3 March 2012, 4:10 pm") == "marta weber");
    CHECK(undated_words("Martin Weber - 3 March 2012, 4:12 pm") == "martin weber");
    CHECK(undated_words("Mark Junior, 4 June 2013") == "mark junior");
    CHECK(undated_words("Monika Decker on Sept. 3, 2012 at 10:12") == "monika decker");
    CHECK(undated_words("Augustin Sunil, Tue 12 Feb 2019") == "augustin sunil");
    CHECK(undated_words("Frieda Novak - Friday, 2 Nov 2018 09:40") == "frieda novak");
    // de, fr, es
    CHECK(undated_words("Martina Junghans, 3. März 2024 um 10:12") == "martina junghans");
    CHECK(undated_words("Maryse Decaux le 3 mars 2024 à 10 h 12") == "maryse decaux");
    CHECK(undated_words("Marisol Juncal, 14 marzo 2024, 18:20") == "marisol juncal");
}

TEST_CASE("months and weekdays, written out or cut short, are still date words") {
    CHECK(undated_words("Thurs 3 Jan 2013 10:00") == "");
    CHECK(undated_words("Sept. 3, 2012 at 4:10 PM") == "");
    CHECK(undated_words("Wednesday, December 5, 2012") == "");
    CHECK(undated_words("Posted by Jane Roe on Mon, 12 Aug 2019 14:01 GMT") == "jane roe");
    CHECK(undated_words("14 marzo 2024, 18:20") == "");
}

// Weekdays of the other languages the date reader knows (date_words.cpp): a signature carrying
// one reads as its English twin does, its signer's name and nothing else.
TEST_CASE("weekday names outside English are date words in a signature line") {
    CHECK(undated_words("Frieda Novak - Friday, 2 Nov 2018 09:40") == "frieda novak");
    CHECK(undated_words("Anna Schmidt, Montag, 3. März 2025 um 10:12") == "anna schmidt");  // de
    CHECK(undated_words("Claire Dubois — mardi 4 mars 2025 à 08:15") == "claire dubois");  // fr
    CHECK(undated_words("Lucía Pérez, miércoles 5 de marzo de 2025, 18:20") == "lucía pérez");  // es
    CHECK(undated_words("Lucía Pérez, mié. 5 de marzo de 2025") == "lucía pérez");  // es, cut short
    CHECK(undated_words("Giulia Neri, giovedì 6 marzo 2025, 9:30") == "giulia neri");  // it
    CHECK(undated_words("João Lima, sexta-feira, 7 de março de 2025") == "joão lima");  // pt
    CHECK(undated_words("Sanne Visser, zaterdag 8 maart 2025, 11:05") == "sanne visser");  // nl
    CHECK(undated_words("Tomasz Nowak, wtorek, 11 marca 2025, 14:40") == "tomasz nowak");  // pl
    CHECK(undated_words("Иван Петров, понедельник, 3 марта 2025, 10:12") == "Иван Петров");  // ru (lowered in ASCII only)
    CHECK(undated_words("山田花子 2025/03/03(月曜日) 10:12") == "山田花子");  // ja
}

TEST_CASE("a weekday's name that is a person's name stays in the signature") {
    // A surname or a given name spelled as a weekday, joined to another name by a space.
    CHECK(undated_words("Anna Sonntag, 3. März 2025 um 10:12") == "anna sonntag");
    CHECK(undated_words("Plácido Domingo, 5 de marzo de 2025") == "plácido domingo");
    CHECK(undated_words("Domenica Rossi, 6 marzo 2025, 9:30") == "domenica rossi");
    // Short words no weekday is cut to: "mar" (sea), "sam", two letters ("sa", "Mo").
    CHECK(undated_words("Sam Mo, 3. März 2025") == "sam mo");
}
