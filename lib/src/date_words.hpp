// Data for reading dates in many languages: month names (with their genitive and
// abbreviated forms) and the labels that say whether a date is the original publication or
// an update. The tables live in date_words.cpp; they are data, not rules about pages.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// Lower case of UTF-8 text (every script utf8proc knows), for matching against the tables.
std::string lower_utf8(std::string_view s);

// The month (1-12) a word names in one of about 25 languages ("Oct.", "outubro", "März",
// "listopada", "января", "2019年11月" is read elsewhere), or 0. Whole words only: a trailing
// period is dropped, prefixes do not count.
int month_from_word(std::string_view word);
// The weekday (Monday 1 to Sunday 7) a word names in one of the languages above besides English
// ("Montag", "mardi", "miércoles", "среду", "月曜日", "sáb."), or 0. Whole words and the listed
// short forms only, as month_from_word.
int weekday_from_word(std::string_view word);
// A month named by two words, neither a month alone (كانون الثاني, January); 0 otherwise.
int month_from_two_words(std::string_view first, std::string_view second);
// A month abbreviated as two letter groups parted by a full stop, as Thai writes them ("มี.ค.",
// March: the initials of its name's parts), given the two groups; 0 otherwise.
int month_from_dotted_pair(std::string_view first, std::string_view second);

// Whether text opens with the word "date" of a language and a colon ("Datum: 18.10.2021",
// "Date :", "Fecha:", "Дата:", "日期："): a line that names itself a date, as a class name can.
bool opens_with_date_word(std::string_view text);

// joined: the day a person joined a site ("Joined:", "Registriert:", "Membre depuis"), a forum
// member's panel: it dates the person, never the page.
enum class DateLabel { none, published, modified, joined };
// What a label just before a date says about it ("Veröffentlicht am", "mis à jour le",
// "Updated:"): the last label word found in the text, or none.
DateLabel label_in(std::string_view text_before_date);
// The label word text opens with (the whole word, its byte length in length), or none: for
// labels written after their date ("2021年5月8日 更新").
DateLabel label_opening(std::string_view text, std::size_t& length);

}  // namespace winnow::detail
