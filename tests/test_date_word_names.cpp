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
