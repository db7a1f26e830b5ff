#include "date_words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string>
#include <unordered_map>
#include <vector>

#include <utf8proc.h>

namespace winnow::detail {

namespace {

struct MonthWord {
    std::string_view word;
    int month;
};

// Month names by language, lower case: full names, genitive or locative forms where dates use
// them, and the usual abbreviations. One name per entry so a reader can check a language at a
// glance. Where one spelling means different months in two languages (Croatian "listopad" is
// October, Czech and Polish November) it is left out.
constexpr MonthWord kMonths[] = {
    // English
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6}, {"july", 7},
    {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9},
    {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
    // French
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
    {"décembre", 12}, {"decembre", 12}, {"janv", 1}, {"févr", 2}, {"fév", 2}, {"avr", 4}, {"juil", 7},
    {"déc", 12},
    // German
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"feber", 2}, {"märz", 3}, {"maerz", 3}, {"juni", 6},
    {"juli", 7}, {"oktober", 10}, {"dezember", 12}, {"jän", 1}, {"mär", 3}, {"mrz", 3}, {"okt", 10},
    {"dez", 12},
    // Spanish
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
    {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11},
    {"diciembre", 12}, {"ene", 1}, {"abr", 4}, {"ago", 8}, {"dic", 12},
    // Portuguese
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"marco", 3}, {"maio", 5}, {"junho", 6},
    {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12}, {"fev", 2},
    {"set", 9}, {"out", 10},
    // Italian
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6}, {"luglio", 7},
    {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12}, {"gen", 1}, {"mag", 5}, {"giu", 6},
    {"lug", 7}, {"ott", 10},
    // Dutch
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8}, {"mrt", 3},
    // Swedish, Danish, Norwegian
    {"augusti", 8}, {"maj", 5}, {"marts", 3}, {"desember", 12}, {"des", 12},
    // Finnish (nominative and partitive)
    {"tammikuu", 1}, {"tammikuuta", 1}, {"helmikuu", 2}, {"helmikuuta", 2}, {"maaliskuu", 3},
    {"maaliskuuta", 3}, {"huhtikuu", 4}, {"huhtikuuta", 4}, {"toukokuu", 5}, {"toukokuuta", 5},
    {"kesäkuu", 6}, {"kesäkuuta", 6}, {"heinäkuu", 7}, {"heinäkuuta", 7}, {"elokuu", 8},
    {"elokuuta", 8}, {"syyskuu", 9}, {"syyskuuta", 9}, {"lokakuu", 10}, {"lokakuuta", 10},
    {"marraskuu", 11}, {"marraskuuta", 11}, {"joulukuu", 12}, {"joulukuuta", 12},
    // Polish (nominative and genitive)
    {"styczeń", 1}, {"stycznia", 1}, {"luty", 2}, {"lutego", 2}, {"marzec", 3}, {"marca", 3},
    {"kwiecień", 4}, {"kwietnia", 4}, {"maja", 5}, {"czerwiec", 6}, {"czerwca", 6}, {"lipiec", 7},
    {"lipca", 7}, {"sierpień", 8}, {"sierpnia", 8}, {"wrzesień", 9}, {"września", 9},
    {"październik", 10}, {"października", 10}, {"listopad", 11}, {"listopada", 11}, {"grudzień", 12},
    {"grudnia", 12},
    // Czech
    {"leden", 1}, {"ledna", 1}, {"únor", 2}, {"února", 2}, {"březen", 3}, {"března", 3}, {"duben", 4},
    {"dubna", 4}, {"květen", 5}, {"května", 5}, {"červen", 6}, {"června", 6}, {"červenec", 7},
    {"července", 7}, {"srpen", 8}, {"srpna", 8}, {"září", 9}, {"říjen", 10}, {"října", 10},
    {"listopadu", 11}, {"prosinec", 12}, {"prosince", 12},
    // Slovak
    {"január", 1}, {"januára", 1}, {"február", 2}, {"februára", 2}, {"marec", 3}, {"apríl", 4},
    {"apríla", 4}, {"máj", 5}, {"mája", 5}, {"jún", 6}, {"júna", 6}, {"júl", 7}, {"júla", 7},
    {"augusta", 8}, {"septembra", 9}, {"október", 10}, {"októbra", 10}, {"novembra", 11},
    {"decembra", 12},
    // Hungarian
    {"március", 3}, {"április", 4}, {"május", 5}, {"június", 6}, {"július", 7}, {"augusztus", 8},
    {"szeptember", 9}, {"febr", 2}, {"márc", 3}, {"ápr", 4}, {"szept", 9},
    // Romanian
    {"ianuarie", 1}, {"februarie", 2}, {"martie", 3}, {"aprilie", 4}, {"iunie", 6}, {"iulie", 7},
    {"septembrie", 9}, {"octombrie", 10}, {"noiembrie", 11}, {"decembrie", 12},
    // Turkish
    {"ocak", 1}, {"şubat", 2}, {"mart", 3}, {"nisan", 4}, {"mayıs", 5}, {"haziran", 6}, {"temmuz", 7},
    {"ağustos", 8}, {"eylül", 9}, {"ekim", 10}, {"kasım", 11}, {"aralık", 12},
    // Russian (nominative and genitive)
    {"январь", 1}, {"января", 1}, {"февраль", 2}, {"февраля", 2}, {"март", 3}, {"марта", 3},
    {"апрель", 4}, {"апреля", 4}, {"май", 5}, {"мая", 5}, {"июнь", 6}, {"июня", 6}, {"июль", 7},
    {"июля", 7}, {"август", 8}, {"августа", 8}, {"сентябрь", 9}, {"сентября", 9}, {"октябрь", 10},
    {"октября", 10}, {"ноябрь", 11}, {"ноября", 11}, {"декабрь", 12}, {"декабря", 12}, {"янв", 1},
    {"фев", 2}, {"апр", 4}, {"июн", 6}, {"июл", 7}, {"авг", 8}, {"сен", 9}, {"сент", 9}, {"окт", 10},
    {"ноя", 11}, {"дек", 12},
    // Ukrainian
    {"січень", 1}, {"січня", 1}, {"лютий", 2}, {"лютого", 2}, {"березень", 3}, {"березня", 3},
    {"квітень", 4}, {"квітня", 4}, {"травень", 5}, {"травня", 5}, {"червень", 6}, {"червня", 6},
    {"липень", 7}, {"липня", 7}, {"серпень", 8}, {"серпня", 8}, {"вересень", 9}, {"вересня", 9},
    {"жовтень", 10}, {"жовтня", 10}, {"листопада", 11}, {"грудень", 12}, {"грудня", 12},
    // Bulgarian
    {"януари", 1}, {"февруари", 2}, {"април", 4}, {"юни", 6}, {"юли", 7}, {"септември", 9},
    {"октомври", 10}, {"ноември", 11}, {"декември", 12},
    // Greek (nominative and genitive)
    {"ιανουάριος", 1}, {"ιανουαρίου", 1}, {"φεβρουάριος", 2}, {"φεβρουαρίου", 2}, {"μάρτιος", 3},
    {"μαρτίου", 3}, {"απρίλιος", 4}, {"απριλίου", 4}, {"μάιος", 5}, {"μαΐου", 5}, {"ιούνιος", 6},
    {"ιουνίου", 6}, {"ιούλιος", 7}, {"ιουλίου", 7}, {"αύγουστος", 8}, {"αυγούστου", 8},
    {"σεπτέμβριος", 9}, {"σεπτεμβρίου", 9}, {"οκτώβριος", 10}, {"οκτωβρίου", 10}, {"νοέμβριος", 11},
    {"νοεμβρίου", 11}, {"δεκέμβριος", 12}, {"δεκεμβρίου", 12},
    // Croatian (genitive is the dated form)
    {"siječnja", 1}, {"veljače", 2}, {"ožujka", 3}, {"travnja", 4}, {"svibnja", 5}, {"lipnja", 6},
    {"srpnja", 7}, {"kolovoza", 8}, {"rujna", 9}, {"studenoga", 11}, {"studenog", 11}, {"prosinca", 12},
    // Serbian and Bosnian (Latin), Slovenian
    {"februar", 2}, {"avgust", 8}, {"septembar", 9}, {"oktobar", 10}, {"novembar", 11},
    {"decembar", 12}, {"junij", 6}, {"julij", 7},
    // Catalan
    {"gener", 1}, {"febrer", 2}, {"març", 3}, {"maig", 5}, {"juny", 6}, {"juliol", 7}, {"agost", 8},
    {"setembre", 9}, {"desembre", 12},
    // Indonesian and Malay
    {"maret", 3}, {"agustus", 8}, {"mac", 3}, {"ogos", 8}, {"disember", 12},
    // Lithuanian (genitive), Latvian, Estonian
    {"sausio", 1}, {"vasario", 2}, {"kovo", 3}, {"balandžio", 4}, {"gegužės", 5}, {"birželio", 6},
    {"liepos", 7}, {"rugpjūčio", 8}, {"rugsėjo", 9}, {"spalio", 10}, {"lapkričio", 11},
    {"gruodžio", 12}, {"janvāris", 1}, {"februāris", 2}, {"aprīlis", 4}, {"maijs", 5}, {"jūnijs", 6},
    {"jūlijs", 7}, {"augusts", 8}, {"septembris", 9}, {"oktobris", 10}, {"novembris", 11},
    {"decembris", 12}, {"jaanuar", 1}, {"veebruar", 2}, {"märts", 3}, {"aprill", 4}, {"juuni", 6},
    {"juuli", 7}, {"oktoober", 10}, {"detsember", 12},
    // Hindi (both spellings of the conjunct where papers use both)
    {"जनवरी", 1}, {"फ़रवरी", 2}, {"फरवरी", 2}, {"मार्च", 3}, {"अप्रैल", 4}, {"मई", 5}, {"जून", 6},
    {"जुलाई", 7}, {"अगस्त", 8}, {"सितंबर", 9}, {"सितम्बर", 9}, {"अक्टूबर", 10}, {"अक्तूबर", 10},
    {"नवंबर", 11}, {"नवम्बर", 11}, {"दिसंबर", 12}, {"दिसम्बर", 12},
    // Arabic: the Egyptian and Gulf names, and the one-word Levantine names (not "آب", August,
    // which is Persian for water)
    {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"ابريل", 4}, {"إبريل", 4}, {"مايو", 5},
    {"يونيو", 6}, {"يونيه", 6}, {"يوليو", 7}, {"يوليه", 7}, {"أغسطس", 8}, {"اغسطس", 8}, {"سبتمبر", 9},
    {"أكتوبر", 10}, {"اكتوبر", 10}, {"نوفمبر", 11}, {"ديسمبر", 12}, {"شباط", 2}, {"آذار", 3},
    {"نيسان", 4}, {"أيار", 5}, {"حزيران", 6}, {"تموز", 7}, {"أيلول", 9},
    // Hebrew, bare and with the prefix ב ("in") that dates write before the month ("3 במרץ 2021")
    {"ינואר", 1}, {"פברואר", 2}, {"מרץ", 3}, {"מרס", 3}, {"אפריל", 4}, {"מאי", 5}, {"יוני", 6},
    {"יולי", 7}, {"אוגוסט", 8}, {"ספטמבר", 9}, {"אוקטובר", 10}, {"נובמבר", 11}, {"דצמבר", 12},
    {"בינואר", 1}, {"בפברואר", 2}, {"במרץ", 3}, {"במרס", 3}, {"באפריל", 4}, {"במאי", 5}, {"ביוני", 6},
    {"ביולי", 7}, {"באוגוסט", 8}, {"בספטמבר", 9}, {"באוקטובר", 10}, {"בנובמבר", 11}, {"בדצמבר", 12},
    // Thai (years are Buddhist era, see date_text.cpp)
    {"มกราคม", 1}, {"กุมภาพันธ์", 2}, {"มีนาคม", 3}, {"เมษายน", 4}, {"พฤษภาคม", 5}, {"มิถุนายน", 6},
    {"กรกฎาคม", 7}, {"สิงหาคม", 8}, {"กันยายน", 9}, {"ตุลาคม", 10}, {"พฤศจิกายน", 11}, {"ธันวาคม", 12},
};

// Weekday names by language, lower case, besides English (extract_lines.cpp reads English names
// and their cuts of three letters or more): full names, the forms dates use ("в среду", "maanantaina"),
// and the short forms of three letters or more that are no common word or name of their language
// ("mié", "sáb"; not French "mer" (sea), "jeu" (game), "sam", nor two-letter ones like "Mo", "sa").
// Each is the weekday's number, Monday 1 to Sunday 7.
constexpr MonthWord kWeekdays[] = {
    // French
    {"lundi", 1}, {"mardi", 2}, {"mercredi", 3}, {"jeudi", 4}, {"vendredi", 5}, {"samedi", 6}, {"dimanche", 7},
    // German
    {"montag", 1}, {"dienstag", 2}, {"mittwoch", 3}, {"donnerstag", 4}, {"freitag", 5}, {"samstag", 6},
    {"sonnabend", 6}, {"sonntag", 7},
    // Spanish
    {"lunes", 1}, {"martes", 2}, {"miércoles", 3}, {"miercoles", 3}, {"jueves", 4}, {"viernes", 5},
    {"sábado", 6}, {"sabado", 6}, {"domingo", 7}, {"mié", 3}, {"sáb", 6},
    // Portuguese (the "-feira" days whole: "segunda" alone is "second", "quinta" a farm; Saturday and
    // Sunday are the Spanish words)
    {"segunda-feira", 1}, {"terça-feira", 2}, {"terca-feira", 2}, {"quarta-feira", 3}, {"quinta-feira", 4},
    {"sexta-feira", 5},
    // Italian
    {"lunedì", 1}, {"lunedi", 1}, {"martedì", 2}, {"martedi", 2}, {"mercoledì", 3}, {"mercoledi", 3},
    {"giovedì", 4}, {"giovedi", 4}, {"venerdì", 5}, {"venerdi", 5}, {"sabato", 6}, {"domenica", 7},
    // Dutch
    {"maandag", 1}, {"dinsdag", 2}, {"woensdag", 3}, {"donderdag", 4}, {"vrijdag", 5}, {"zaterdag", 6},
    {"zondag", 7},
    // Swedish, Danish, Norwegian
    {"måndag", 1}, {"tisdag", 2}, {"onsdag", 3}, {"torsdag", 4}, {"fredag", 5}, {"lördag", 6}, {"söndag", 7},
    {"mandag", 1}, {"tirsdag", 2}, {"lørdag", 6}, {"søndag", 7},
    // Finnish (nominative and essive, "maanantaina": on Monday)
    {"maanantai", 1}, {"maanantaina", 1}, {"tiistai", 2}, {"tiistaina", 2}, {"keskiviikko", 3},
    {"keskiviikkona", 3}, {"torstai", 4}, {"torstaina", 4}, {"perjantai", 5}, {"perjantaina", 5},
    {"lauantai", 6}, {"lauantaina", 6}, {"sunnuntai", 7}, {"sunnuntaina", 7},
    // Polish
    {"poniedziałek", 1}, {"wtorek", 2}, {"środa", 3}, {"środę", 3}, {"czwartek", 4}, {"piątek", 5},
    {"sobota", 6}, {"sobotę", 6}, {"niedziela", 7}, {"niedzielę", 7},
    // Czech, Slovak
    {"pondělí", 1}, {"úterý", 2}, {"středa", 3}, {"čtvrtek", 4}, {"pátek", 5}, {"neděle", 7},
    {"pondelok", 1}, {"utorok", 2}, {"streda", 3}, {"štvrtok", 4}, {"piatok", 5}, {"nedeľa", 7},
    // Hungarian
    {"hétfő", 1}, {"kedd", 2}, {"szerda", 3}, {"csütörtök", 4}, {"péntek", 5}, {"szombat", 6},
    {"vasárnap", 7},
    // Romanian
    {"marți", 2}, {"marţi", 2}, {"miercuri", 3}, {"vineri", 5}, {"sâmbătă", 6}, {"duminică", 7},
    // Turkish
    {"pazartesi", 1}, {"salı", 2}, {"çarşamba", 3}, {"perşembe", 4}, {"cuma", 5}, {"cumartesi", 6},
    // Russian (nominative and the accusative of "в среду")
    {"понедельник", 1}, {"вторник", 2}, {"среда", 3}, {"среду", 3}, {"четверг", 4}, {"пятница", 5},
    {"пятницу", 5}, {"суббота", 6}, {"субботу", 6}, {"воскресенье", 7},
    // Ukrainian, Bulgarian
    {"понеділок", 1}, {"вівторок", 2}, {"середа", 3}, {"четвер", 4}, {"пʼятниця", 5}, {"субота", 6},
    {"неділя", 7}, {"понеделник", 1}, {"сряда", 3}, {"петък", 5}, {"събота", 6}, {"неделя", 7},
    // Greek
    {"δευτέρα", 1}, {"τρίτη", 2}, {"τετάρτη", 3}, {"πέμπτη", 4}, {"παρασκευή", 5}, {"σάββατο", 6},
    {"κυριακή", 7},
    // Catalan
    {"dilluns", 1}, {"dimarts", 2}, {"dimecres", 3}, {"dijous", 4}, {"divendres", 5}, {"dissabte", 6},
    {"diumenge", 7},
    // Indonesian and Malay
    {"senin", 1}, {"selasa", 2}, {"rabu", 3}, {"kamis", 4}, {"jumat", 5}, {"sabtu", 6},
    // Japanese, Korean, Chinese: the full name and its short form in Japanese ("月曜")
    {"月曜日", 1}, {"火曜日", 2}, {"水曜日", 3}, {"木曜日", 4}, {"金曜日", 5}, {"土曜日", 6}, {"日曜日", 7},
    {"月曜", 1}, {"火曜", 2}, {"水曜", 3}, {"木曜", 4}, {"金曜", 5}, {"土曜", 6}, {"日曜", 7},
    {"월요일", 1}, {"화요일", 2}, {"수요일", 3}, {"목요일", 4}, {"금요일", 5}, {"토요일", 6}, {"일요일", 7},
    {"星期一", 1}, {"星期二", 2}, {"星期三", 3}, {"星期四", 4}, {"星期五", 5}, {"星期六", 6}, {"星期日", 7},
    {"星期天", 7},
};

struct LabelWord {
    std::string_view word;
    DateLabel label;
};

// Words that label a date as the first publication or as a later change, lower case. Matched as
// substrings of the few words before a date, so inflected forms share a stem where they can.
constexpr LabelWord kLabels[] = {
    {"publish", DateLabel::published}, {"posted", DateLabel::published}, {"released", DateLabel::published},
    {"publié", DateLabel::published}, {"publie le", DateLabel::published}, {"veröffentlicht", DateLabel::published},
    {"erschienen", DateLabel::published}, {"publiziert", DateLabel::published}, {"publicad", DateLabel::published},
    {"publicaç", DateLabel::published}, {"pubblicat", DateLabel::published}, {"gepubliceerd", DateLabel::published},
    {"geplaatst", DateLabel::published}, {"opublikowan", DateLabel::published}, {"publikováno", DateLabel::published},
    {"publicerad", DateLabel::published}, {"publiceret", DateLabel::published}, {"publisert", DateLabel::published},
    {"julkaistu", DateLabel::published}, {"közzétéve", DateLabel::published}, {"publicat", DateLabel::published},
    {"yayınlan", DateLabel::published}, {"опубликован", DateLabel::published}, {"опубліковано", DateLabel::published},
    {"δημοσιεύ", DateLabel::published}, {"objavljeno", DateLabel::published}, {"פורסם", DateLabel::published},
    // A page's creation is its publication, as meta names and class names read it ("created")
    {"created", DateLabel::published}, {"erstellt", DateLabel::published}, {"veröffentlichung", DateLabel::published},
    {"créé", DateLabel::published}, {"creado", DateLabel::published}, {"creato", DateLabel::published},
    {"criado", DateLabel::published}, {"aangemaakt", DateLabel::published}, {"utworzon", DateLabel::published},
    {"создан", DateLabel::published}, {"vytvořen", DateLabel::published}, {"skapad", DateLabel::published},
    {"oprettet", DateLabel::published}, {"luotu", DateLabel::published}, {"oluşturul", DateLabel::published},
    {"updated", DateLabel::modified}, {"modified", DateLabel::modified}, {"revised", DateLabel::modified},
    {"aktualisiert", DateLabel::modified}, {"geändert", DateLabel::modified}, {"aktualisierung", DateLabel::modified},
    {"mis à jour", DateLabel::modified}, {"mise à jour", DateLabel::modified}, {"modifié", DateLabel::modified},
    {"actualizad", DateLabel::modified}, {"actualización", DateLabel::modified}, {"atualizad", DateLabel::modified},
    {"aggiornat", DateLabel::modified}, {"bijgewerkt", DateLabel::modified}, {"gewijzigd", DateLabel::modified},
    {"zaktualizowan", DateLabel::modified}, {"aktualizováno", DateLabel::modified}, {"uppdaterad", DateLabel::modified},
    {"opdateret", DateLabel::modified}, {"oppdatert", DateLabel::modified}, {"päivitetty", DateLabel::modified},
    {"frissítve", DateLabel::modified}, {"actualizat", DateLabel::modified}, {"güncellen", DateLabel::modified},
    {"обновлен", DateLabel::modified}, {"оновлено", DateLabel::modified}, {"ενημερώθηκε", DateLabel::modified},
    {"ažurirano", DateLabel::modified}, {"עודכן", DateLabel::modified}, {"aktualizacj", DateLabel::modified}, {"güncelle", DateLabel::modified},
    {"cập nhật", DateLabel::modified}, {"تحديث", DateLabel::modified}, {"अपडेट", DateLabel::modified},
    {"संशोधित", DateLabel::modified}, {"อัปเดต", DateLabel::modified}, {"更新", DateLabel::modified},
    {"수정", DateLabel::modified}, {"업데이트", DateLabel::modified},
    // A page's last edit, as wikis and CMS footers state it ("was last edited on", "zuletzt am …
    // geändert", "Dernière modification", "laatst bewerkt", "por última vez")
    {"last edited", DateLabel::modified}, {"zuletzt am", DateLabel::modified}, {"zuletzt bearbeitet", DateLabel::modified},
    {"modification", DateLabel::modified}, {"laatst bewerkt", DateLabel::modified}, {"última vez", DateLabel::modified},
    {"modificat", DateLabel::modified}, {"отредактирован", DateLabel::modified}, {"изменено", DateLabel::modified},
    {"изменена", DateLabel::modified},
    // Labels of scripts without word spaces or with marks inside the stem
    {"公開", DateLabel::published}, {"掲載", DateLabel::published}, {"投稿", DateLabel::published},
    {"发布", DateLabel::published}, {"發布", DateLabel::published}, {"发表", DateLabel::published},
    {"發表", DateLabel::published}, {"입력", DateLabel::published}, {"게시", DateLabel::published},
    {"등록", DateLabel::published}, {"đăng", DateLabel::published}, {"نشر", DateLabel::published},
    {"نُشر", DateLabel::published}, {"प्रकाशित", DateLabel::published}, {"เผยแพร่", DateLabel::published},
    // When a forum member joined the site (the panel beside each post)
    {"joined", DateLabel::joined}, {"member since", DateLabel::joined}, {"registered", DateLabel::joined},
    {"registriert", DateLabel::joined}, {"mitglied seit", DateLabel::joined}, {"dabei seit", DateLabel::joined},
    {"inscrit", DateLabel::joined}, {"inscription", DateLabel::joined}, {"membre depuis", DateLabel::joined},
    {"registrad", DateLabel::joined}, {"miembro desde", DateLabel::joined}, {"membro desde", DateLabel::joined},
    {"iscritt", DateLabel::joined}, {"registrat", DateLabel::joined}, {"lid sinds", DateLabel::joined},
    {"geregistreerd", DateLabel::joined}, {"dołączył", DateLabel::joined}, {"zarejestrowan", DateLabel::joined},
    {"зарегистрирован", DateLabel::joined}, {"регистрация", DateLabel::joined}, {"зареєстрован", DateLabel::joined},
    {"medlem sedan", DateLabel::joined}, {"registrerad", DateLabel::joined}, {"üyelik", DateLabel::joined},
    {"注册时间", DateLabel::joined}, {"註冊時間", DateLabel::joined}, {"가입일", DateLabel::joined},
};

constexpr std::size_t kLongestLabel = [] {
    std::size_t n = 0;
    for (const auto& l : kLabels) n = std::max(n, l.word.size());
    return n;
}();

// For each byte, the labels whose word starts with it, later table entries first.
using LabelsByFirstByte = std::array<std::vector<std::uint8_t>, 256>;
static_assert(std::size(kLabels) <= 256);
const LabelsByFirstByte& labels_by_first_byte() {
    // Built once, read-only afterwards: safe to share between threads.
    static const LabelsByFirstByte table = [] {
        LabelsByFirstByte t;
        for (std::size_t k = std::size(kLabels); k-- > 0;)
            t[static_cast<unsigned char>(kLabels[k].word[0])].push_back(static_cast<std::uint8_t>(k));
        return t;
    }();
    return table;
}

}  // namespace

std::string lower_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
        if (n <= 0) {
            out += s[i++];
            continue;
        }
        utf8proc_uint8_t buf[4];
        const auto m = utf8proc_encode_char(utf8proc_tolower(cp), buf);
        out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(m));
        i += static_cast<std::size_t>(n);
    }
    return out;
}

int month_from_word(std::string_view word) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (word.size() < 3 || word.size() > 30) return 0;
    // Built once, read-only afterwards: safe to share between threads.
    static const std::unordered_map<std::string_view, int> table = [] {
        std::unordered_map<std::string_view, int> t;
        for (const auto& m : kMonths) t.emplace(m.word, m.month);
        return t;
    }();
    const std::string w = lower_utf8(word);
    const auto it = table.find(w);
    return it == table.end() ? 0 : it->second;
}

int weekday_from_word(std::string_view word) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (word.size() < 3 || word.size() > 30) return 0;
    static const std::unordered_map<std::string_view, int> table = [] {
        std::unordered_map<std::string_view, int> t;
        for (const auto& d : kWeekdays) t.emplace(d.word, d.month);
        return t;
    }();
    const std::string w = lower_utf8(word);
    const auto it = table.find(w);
    return it == table.end() ? 0 : it->second;
}

DateLabel label_opening(std::string_view text, std::size_t& length) {
    // Each label compares with the text's opening cut to the label's length and lowered. A cut
    // of one length is lowered once, and an ASCII first byte rules out every label that starts
    // with another letter before any cut is made (lowering keeps an ASCII byte ASCII).
    const auto first = text.empty() ? 0x80u : static_cast<unsigned char>(text[0]);
    const char first_lower = static_cast<char>(first >= 'A' && first <= 'Z' ? first + 32 : first);
    std::array<std::string, kLongestLabel + 1> lowered;
    std::array<bool, kLongestLabel + 1> done{};
    for (const auto& l : kLabels) {
        const std::size_t n = l.word.size();
        if (text.size() < n || (first < 0x80 && l.word[0] != first_lower)) continue;
        if (!done[n]) {
            lowered[n] = lower_utf8(text.substr(0, n));
            done[n] = true;
        }
        if (lowered[n] != l.word) continue;
        // The whole word: a stem stands for its inflected forms ("aktualisiert", "güncellendi").
        std::size_t end = n;
        while (end < text.size()) {
            utf8proc_int32_t cp = 0;
            const auto step = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + end),
                                               static_cast<utf8proc_ssize_t>(text.size() - end), &cp);
            const auto cat = step > 0 ? utf8proc_category(cp) : UTF8PROC_CATEGORY_CN;
            if (cat < UTF8PROC_CATEGORY_LU || cat > UTF8PROC_CATEGORY_ME) break;
            end += static_cast<std::size_t>(step);
        }
        length = end;
        return l.label;
    }
    return DateLabel::none;
}

int month_from_two_words(std::string_view first, std::string_view second) {
    // The Levantine names of the Syriac calendar's paired months: كانون (Kanun) and تشرين
    // (Tishrin), first and second; "the first" is written with and without its hamza.
    const bool kanun = first == "كانون", tishrin = first == "تشرين";
    if (!kanun && !tishrin) return 0;
    const bool one = second == "الأول" || second == "الاول", two = second == "الثاني";
    if (!one && !two) return 0;
    return kanun ? (one ? 12 : 1) : (one ? 10 : 11);
}

int month_from_dotted_pair(std::string_view first, std::string_view second) {
    // Thai: each month's standard abbreviation, the initial consonants (with a vowel where two
    // months share one) of its compound name, "มกราคม" → "ม.ค.". Years beside them are Buddhist
    // era (date_text.cpp).
    struct Pair {
        std::string_view first, second;
        int month;
    };
    static constexpr Pair kThai[] = {{"ม", "ค", 1},  {"ก", "พ", 2},  {"มี", "ค", 3},  {"เม", "ย", 4},
                                     {"พ", "ค", 5},  {"มิ", "ย", 6}, {"ก", "ค", 7},   {"ส", "ค", 8},
                                     {"ก", "ย", 9},  {"ต", "ค", 10}, {"พ", "ย", 11},  {"ธ", "ค", 12}};
    for (const Pair& p : kThai)
        if (p.first == first && p.second == second) return p.month;
    return 0;
}

bool opens_with_date_word(std::string_view text) {
    // "date" in the languages of the month table that write it as one word before a colon.
    static constexpr std::string_view kDateWords[] = {"date", "datum", "fecha", "data", "dato", "dátum", "datums",
                                                      "tarih", "päiväys", "дата", "ημερομηνία", "日期", "日付", "날짜"};
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n')) text.remove_prefix(1);
    // Most runs open with another letter: answered without lowering a copy.
    if (text.empty()) return false;
    const auto first = static_cast<unsigned char>(text.front() | 0x20);
    if (first < 0x80 && first != 'd' && first != 'f' && first != 't' && first != 'p') return false;
    const std::string head = lower_utf8(text.substr(0, std::min<std::size_t>(text.size(), 32)));
    for (std::string_view w : kDateWords) {
        if (!std::string_view(head).starts_with(w)) continue;
        std::string_view rest = std::string_view(head).substr(w.size());
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        if (rest.starts_with(":") || rest.starts_with("\xEF\xBC\x9A")) return true;   // ":" or the full-width "："
    }
    return false;
}

DateLabel label_in(std::string_view text) {
    // The label found last in the text wins, and of labels found at the same place the later in
    // the table. From the end back, only the labels whose word starts with the byte there are
    // compared (one rfind per label was a compare at every place, for every label).
    const std::string t = lower_utf8(text);
    const LabelsByFirstByte& by_first = labels_by_first_byte();
    for (std::size_t p = t.size(); p-- > 0;)
        for (const std::uint8_t k : by_first[static_cast<unsigned char>(t[p])]) {
            const std::string_view w = kLabels[k].word;
            if (t.size() - p >= w.size() && std::string_view(t).substr(p, w.size()) == w) return kLabels[k].label;
        }
    return DateLabel::none;
}

}  // namespace winnow::detail
