// Article paragraphs for the noise property test, written for it (not taken from any corpus):
// one short article per language, each paragraph with its own vocabulary, so the generator can
// surround real prose with noise and measure what of the prose survives.
#pragma once
#include <string_view>
#include <vector>

namespace winnow::test {

struct ArticleText {
    std::string_view lang;
    std::vector<std::string_view> paragraphs;
};

inline const std::vector<ArticleText>& article_texts() {
    static const std::vector<ArticleText> texts{
        {"en",
         {"The harbour town spent most of the winter arguing about a new ferry schedule, which would add an early crossing for workers who commute to the island factories.",
          "Fishermen complained that the larger boats would churn up the narrow channel, while shop owners hoped the extra passengers would bring more trade in the quiet months.",
          "An engineer hired by the council measured the tides for six weeks and concluded that the channel could take two more crossings a day without dredging.",
          "At a crowded meeting in the school hall, the harbour master promised to publish the measurements so that anyone could check the figures before the vote.",
          "The schedule was finally approved in March, with a clause that it will be reviewed after one year of operation and changed if the fishermen report damage."}},
        {"de",
         {"Die kleine Gemeinde am Rand des Mittelgebirges hat im vergangenen Jahr ihre alte Mühle restauriert und darin ein Museum für das Handwerk der Region eröffnet.",
          "Freiwillige haben über zwei Winter hinweg die morschen Balken ersetzt, das Mahlwerk gereinigt und die Wasserräder nach alten Zeichnungen wieder aufgebaut.",
          "Der Bürgermeister betonte bei der Eröffnung, dass ohne die Spenden der Bewohner und die Hilfe eines pensionierten Zimmermanns nichts davon möglich gewesen wäre.",
          "Schulklassen aus den umliegenden Dörfern besuchen die Mühle inzwischen regelmäßig und lernen dort, wie früher Getreide zu Mehl verarbeitet wurde.",
          "Im Sommer soll ein kleines Café im ehemaligen Lagerhaus öffnen, dessen Einnahmen den Unterhalt des Gebäudes in den kommenden Jahren sichern sollen."}},
        {"fr",
         {"Dans la vallée, les producteurs de fromage ont décidé cette année de regrouper leurs caves d'affinage afin de partager les frais d'entretien et de surveillance.",
          "Chaque famille garde pourtant sa propre recette, transmise depuis plusieurs générations, et les meules portent toujours la marque de la ferme d'origine.",
          "Le technicien de la coopérative contrôle la température et l'humidité deux fois par jour, et note tout dans un cahier que les éleveurs consultent le soir.",
          "Les premiers résultats sont encourageants : les pertes ont diminué de moitié et plusieurs restaurants de la ville voisine ont passé des commandes régulières.",
          "Les anciens restent prudents et rappellent qu'un été trop chaud pourrait suffire à ruiner une saison entière, malgré les nouvelles installations."}},
        {"es",
         {"El pueblo costero recuperó este verano su antiguo mercado de pescado, cerrado durante casi una década por falta de dinero para reparar el tejado.",
          "Los vecinos organizaron rifas y conciertos para reunir fondos, y una empresa local de construcción ofreció trabajar a precio de coste durante los fines de semana.",
          "Ahora los puestos abren cada mañana antes del amanecer, cuando llegan las barcas con sardinas, pulpo y los primeros boquerones de la temporada.",
          "Los restaurantes del paseo marítimo compran directamente a los pescadores, lo que ha reducido los precios y ha devuelto la vida a las calles del centro.",
          "El alcalde quiere ampliar el horario en invierno, aunque algunos comerciantes dudan de que haya suficientes clientes cuando se marchan los turistas."}},
        {"ru",
         {"В небольшом северном городе этой осенью открыли библиотеку в здании бывшей пожарной части, которое много лет стояло пустым и постепенно разрушалось.",
          "Жители сами собирали книги по квартирам, а студенты местного техникума сделали стеллажи из досок, оставшихся после ремонта крыши.",
          "Заведующая библиотекой рассказывает, что чаще всего берут детективы и книги по садоводству, а по вечерам в читальном зале собираются школьники.",
          "Зимой здесь планируют проводить встречи с писателями и уроки для пожилых людей, которые хотят научиться пользоваться компьютером.",
          "Городские власти обещали выделить деньги на отопление, но окончательное решение примут только после утверждения бюджета в декабре."}},
        {"pl",
         {"W niewielkiej wsi na Podlasiu mieszkańcy postanowili odnowić drewniany kościół, który od lat wymagał pilnej naprawy dachu i fundamentów.",
          "Prace prowadzi miejscowy cieśla razem z kilkoma uczniami szkoły zawodowej, którzy uczą się tradycyjnych metod łączenia belek bez gwoździ.",
          "Pieniądze pochodzą głównie ze zbiórki parafialnej oraz z niewielkiej dotacji wojewódzkiego konserwatora zabytków, przyznanej wiosną.",
          "Starsi mieszkańcy przynoszą stare fotografie, dzięki którym można odtworzyć kształt okien i kolor ścian sprzed ponad stu lat.",
          "Jeśli pogoda pozwoli, remont zakończy się przed zimą, a na otwarcie zaproszono chór z sąsiedniego miasteczka."}},
        {"tr",
         {"Karadeniz kıyısındaki küçük kasabada çay üreticileri bu yıl hasadı geleneksel yöntemlerle yapmaya karar verdi ve makineleri depoda bıraktı.",
          "Kooperatif başkanı, elle toplanan yaprakların daha yüksek fiyata satıldığını ve yurt dışından gelen siparişlerin son iki yılda arttığını söylüyor.",
          "Genç işçilerin çoğu şehirden yaz tatili için dönen üniversite öğrencileri, yaşlı üreticiler ise onlara hangi yaprakların seçileceğini öğretiyor.",
          "Yağmurlu geçen ilkbahar nedeniyle hasat iki hafta gecikti, ancak yaprakların kalitesinin geçen yıldan daha iyi olduğu belirtiliyor.",
          "Belediye, sonbaharda kasaba meydanında çay festivali düzenlemeyi ve ziyaretçilere fabrikaları gezdirmeyi planlıyor."}},
        {"id",
         {"Di sebuah desa di lereng gunung, para petani kopi mulai menanam pohon pelindung di antara tanaman mereka untuk mengurangi dampak musim kemarau yang panjang.",
          "Penyuluh pertanian dari kabupaten datang setiap bulan untuk mengukur kelembapan tanah dan mencatat hasil panen di setiap kebun yang ikut program.",
          "Menurut kepala desa, hasil panen tahun lalu memang sedikit menurun, tetapi biji kopi yang dihasilkan lebih besar dan harganya lebih tinggi di pasar.",
          "Beberapa pemuda yang dulu merantau ke kota kini kembali dan membuka tempat pengolahan kopi sederhana di rumah orang tua mereka.",
          "Pemerintah daerah berencana membangun jalan baru menuju desa tersebut agar truk pengangkut tidak lagi terjebak lumpur saat musim hujan."}},
        {"ja",
         {"山あいの小さな町では、去年の春から古い木造校舎を改修して地域の図書館として使う計画が進められている。",
          "改修には町の大工や高校生が参加し、傷んだ床板を張り替えたり、窓枠を昔の形に合わせて作り直したりしている。",
          "町長は完成後に子どもたちが放課後に集まれる場所にしたいと話し、夜間も開館できるよう照明の工事を追加した。",
          "卒業生から寄せられた古い写真や文集は一つの部屋にまとめて展示され、訪れた人が自由に閲覧できるようになる予定だ。",
          "工事は秋に終わる見込みで、開館記念の式典には町の合唱団と近くの小学校の児童が招かれることになっている。"}},
    };
    return texts;
}

}  // namespace winnow::test
