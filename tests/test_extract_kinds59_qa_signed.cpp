// Page kinds of issue 18 (kinds10_util.hpp: each page as written and class-blind): a question page
// without vote controls. The title asks (a question mark of its script), the question's box and
// each answer end or open in a writer line of one shape (the writer's link, unlinked words, a date),
// a count heading stands before the answers' box. The question and its answers are the text a
// reader copies; the writer lines, menus and footer are not. Negatives: a news article or blog post
// under an asking headline, its byline shaped like each comment's line, the comments under a count
// heading: the article is many times longer than any comment, and the comments stay out.
// Div soup (en), HTML5 with the line in a <header> first (de), named markup with list items (ja),
// right-to-left div soup with the heading inside the answers' box (ar). Written from how such sites
// mark pages up, not from any test data.

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("en: div soup, question box signed at its end, \"3 Answers\", three answers signed alike") {
    check({"k59_en_qa_signed", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Why does my sourdough starter smell like nail polish? - Bakers Ask</title></head>
<body>
<div><a href="/">Bakers Ask</a> <a href="/questions">Questions</a> <a href="/tags">Tags</a> <a href="/login">Log in</a></div>
<div>
<div><h1>Why does my sourdough starter smell like nail polish?</h1></div>
<div>
<div><p>My rye starter is about two weeks old. It rises well after each feeding, but by the next morning it smells sharply of acetone, like nail polish remover.</p>
<p>I feed it once a day with equal weights of flour and water and keep it on the kitchen counter. Is it spoiled, or is this normal for a young starter?</p>
<div><a href="/u/ottilie">ottilie</a> <span>asked May 3, 2024</span></div></div>
</div>
<h2>3 Answers</h2>
<div>
<div><p>Acetone smell means the yeast and bacteria are hungry: they have eaten everything and start producing other compounds. Your starter is fine.</p>
<p>Feed it twice a day, or feed it a larger amount (one part starter to five parts flour and water), and the smell will go away within a few days.</p>
<div><span>Accepted</span> <a href="/u/bernhard">bernhard</a> <span>answered May 3, 2024</span></div></div>
<div><p>A cooler spot helps as well. At warm room temperature a young starter runs out of food in well under a day, which is what you are smelling.</p>
<div><a href="/u/kaya">kaya</a> <span>answered May 4, 2024</span></div></div>
<div><p>Mine did the same in its second week. Switching to a little whole wheat flour in each feeding settled it down for good.</p>
<div><a href="/u/ferro">ferro</a> <span>answered May 6, 2024</span></div></div>
</div>
</div>
<div><p>© 2024 Bakers Ask · <a href="/privacy">Privacy</a></p></div>
</body></html>)HTML",
           {"it smells sharply of acetone", "normal for a young starter?", "the yeast and bacteria are hungry", "one part starter to five parts flour",
            "A cooler spot helps as well", "a little whole wheat flour in each feeding"},
           {"asked May 3, 2024", "answered May 4, 2024", "Log in", "Privacy"}});
}

TEST_CASE("de: HTML5, question and answers <article>s, the writer line a <header> opening each") {
    check({"k59_de_qa_header", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Warum tropft mein Wasserhahn nach dem Dichtungswechsel? | Heimwerkerfragen</title></head>
<body>
<header><a href="/">Heimwerkerfragen</a><nav><a href="/fragen">Fragen</a> <a href="/themen">Themen</a> <a href="/anmelden">Anmelden</a></nav></header>
<main>
<h1>Warum tropft mein Wasserhahn nach dem Dichtungswechsel?</h1>
<article><header><a href="/u/kroeger">M. Kröger</a> <time datetime="2024-02-11">gefragt am 11.02.2024</time></header>
<p>Ich habe an unserem alten Küchenhahn die Gummidichtung getauscht, weil er ständig tropfte. Seitdem tropft er nicht weniger, sondern sogar etwas mehr.</p>
<p>Die neue Dichtung hat dieselbe Größe wie die alte. Was habe ich falsch gemacht?</p></article>
<h2>2 Antworten</h2>
<section>
<article><header><a href="/u/installateur">Installateur_Berg</a> <time datetime="2024-02-11">beantwortet am 11.02.2024</time></header>
<p>Meistens ist nicht die Dichtung schuld, sondern der Ventilsitz darunter: Er ist nach Jahren voller Kalk und Riefen, und keine neue Dichtung liegt dort mehr dicht auf.</p>
<p>Mit einem Ventilsitzfräser aus dem Baumarkt lässt sich der Sitz in wenigen Minuten glätten.</p></article>
<article><header><a href="/u/sanne">Sanne</a> <time datetime="2024-02-12">beantwortet am 12.02.2024</time></header>
<p>Prüf auch, ob du die Spindel fest genug angezogen hast. Bei uns war sie nur handfest eingeschraubt, und das reichte nicht.</p></article>
</section>
</main>
<footer><p>© 2024 Heimwerkerfragen · <a href="/impressum">Impressum</a></p></footer>
</body></html>)HTML",
           {"die Gummidichtung getauscht", "Was habe ich falsch gemacht?", "sondern der Ventilsitz darunter", "Mit einem Ventilsitzfräser aus dem Baumarkt",
            "ob du die Spindel fest genug angezogen hast"},
           {"gefragt am 11.02.2024", "beantwortet am 12.02.2024", "Anmelden", "Impressum"}});
}

TEST_CASE("ja: named markup, the answers list items, a full-width question mark") {
    check({"k59_ja_qa_list", R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>観葉植物の葉先が茶色くなるのはなぜ？ - 園芸知恵袋</title></head>
<body>
<div class="site-head"><a href="/">園芸知恵袋</a> <a href="/q">質問一覧</a> <a href="/tags">カテゴリ</a> <a href="/login">ログイン</a></div>
<div class="wrap">
<div class="q-title"><h1>観葉植物の葉先が茶色くなるのはなぜ？</h1></div>
<div class="q-body">
<p>リビングでパキラを育てています。ここ一か月ほどで、新しい葉も古い葉も先の方から茶色く枯れてきました。</p>
<p>水やりは週に一回、鉢の底から流れ出るくらいにしています。置き場所が悪いのでしょうか。</p>
<div class="q-meta"><a href="/u/midori">みどり</a> <span>2024年5月8日 質問</span></div>
</div>
<h2 class="a-count">回答 3件</h2>
<ul class="answers">
<li class="answer"><p>葉先が茶色くなる一番の原因は空気の乾燥です。エアコンの風が直接当たる場所なら、少し離すだけでかなり改善します。</p>
<p>霧吹きで葉に水をかけるのも効果があります。</p>
<div class="a-meta"><a href="/u/engei">園芸歴三十年</a> <span>2024年5月8日 回答</span></div></li>
<li class="answer"><p>根詰まりの可能性もあります。二年以上植え替えていないなら、一回り大きい鉢に植え替えてみてください。</p>
<div class="a-meta"><a href="/u/taro">たろう</a> <span>2024年5月9日 回答</span></div></li>
<li class="answer"><p>うちのパキラも冬に同じ症状が出ましたが、窓際から部屋の中ほどに移したら新しい葉はきれいに育っています。</p>
<div class="a-meta"><a href="/u/kei">けい</a> <span>2024年5月11日 回答</span></div></li>
</ul>
</div>
<div class="site-foot"><p>© 2024 園芸知恵袋 · <a href="/terms">利用規約</a></p></div>
</body></html>)HTML",
           {"先の方から茶色く枯れてきました", "置き場所が悪いのでしょうか", "一番の原因は空気の乾燥です", "一回り大きい鉢に植え替えて", "窓際から部屋の中ほどに移したら"},
           {"2024年5月9日 回答", "質問一覧", "利用規約"}});
}

TEST_CASE("ar: right-to-left div soup, the count heading inside the answers' box") {
    check({"k59_ar_qa_div", R"HTML(<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>كيف أحافظ على الخبز طريًا لعدة أيام؟ - اسأل الطهاة</title></head>
<body>
<div><a href="/">اسأل الطهاة</a> <a href="/questions">الأسئلة</a> <a href="/tags">التصنيفات</a> <a href="/login">دخول</a></div>
<div>
<div><h1>كيف أحافظ على الخبز طريًا لعدة أيام؟</h1></div>
<div>
<p>أخبز في البيت رغيفين كل أسبوع، لكن الخبز يجف ويصبح قاسيًا بعد يوم واحد فقط، حتى لو وضعته في كيس بلاستيكي.</p>
<p>هل هناك طريقة لحفظه طريًا حتى نهاية الأسبوع دون أن يتعفن؟</p>
<div><a href="/u/salma">سلمى</a> <span>سألت في 14 مارس 2024</span></div>
</div>
<div>
<h2>3 إجابات</h2>
<div><p>أفضل طريقة هي تقطيع الرغيف بعد أن يبرد تمامًا ثم تجميد الشرائح، وإخراج ما تحتاجه كل صباح وتحميصه قليلًا.</p>
<div><a href="/u/chef-nader">الشيف نادر</a> <span>أجاب في 14 مارس 2024</span></div></div>
<div><p>أضيفي ملعقة من الزيت أو الحليب إلى العجين، فالدهون تبطئ جفاف الخبز بشكل واضح.</p>
<div><a href="/u/hala">هالة</a> <span>أجابت في 15 مارس 2024</span></div></div>
<div><p>لا تضعي الخبز في الثلاجة أبدًا، فالبرودة فوق الصفر تجعله يجف أسرع من حرارة الغرفة.</p>
<div><a href="/u/omar">عمر</a> <span>أجاب في 16 مارس 2024</span></div></div>
</div>
</div>
<div><p>© 2024 اسأل الطهاة · <a href="/privacy">الخصوصية</a></p></div>
</body></html>)HTML",
           {"الخبز يجف ويصبح قاسيًا", "حتى نهاية الأسبوع دون أن يتعفن", "ثم تجميد الشرائح", "فالدهون تبطئ جفاف الخبز", "لا تضعي الخبز في الثلاجة أبدًا"},
           {"أجابت في 15 مارس 2024", "التصنيفات", "الخصوصية"}});
}

// Negatives: an asking headline over an article signed like each comment under it.

TEST_CASE("en negative: a news article under an asking headline, its byline line shaped like each comment's") {
    check({"k59_en_news_asks", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Is the new river crossing worth the money? - Valley Post</title></head>
<body>
<div><a href="/">Valley Post</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></div>
<div>
<div><h1>Is the new river crossing worth the money?</h1></div>
<div>
<div><div><a href="/staff/ellis">Dana Ellis</a> <span>March 4, 2024</span></div>
<p>The county council voted seven to two on Tuesday night to build a second bridge over the river, ending a debate that has run for more than a decade.</p>
<p>The crossing will carry two lanes of traffic and a separate path for cyclists and walkers, and is expected to take three years to complete.</p>
<p>Opponents argued that the money would be better spent repairing the roads that already exist, several of which flood every winter.</p>
<p>Work on the foundations is due to start in the autumn, once the final design has been approved by the state's transport office.</p></div>
</div>
<h2>4 Comments</h2>
<div>
<div><div><a href="/u/riverfan">riverfan</a> <span>March 4, 2024 at 9:12 pm</span></div>
<p>About time. I have been stuck in the queue for the old bridge every morning for years.</p></div>
<div><div><a href="/u/mkelly">mkelly</a> <span>March 4, 2024 at 9:40 pm</span></div>
<p>Three years means five in practice. Remember how long the bypass took.</p></div>
<div><div><a href="/u/oldtown">oldtown</a> <span>March 5, 2024 at 7:03 am</span></div>
<p>This council spends its money on a bridge instead of drains.</p></div>
<div><div><a href="/u/cyclist22">cyclist22</a> <span>March 5, 2024 at 8:15 am</span></div>
<p>Glad to see a separate path for bikes, the old bridge is terrifying.</p></div>
</div>
</div>
<div><p>© 2024 Valley Post · <a href="/privacy">Privacy</a></p></div>
</body></html>)HTML",
           {"voted seven to two on Tuesday night", "a separate path for cyclists and walkers", "better spent repairing the roads", "Work on the foundations is due to start"},
           {"stuck in the queue for the old bridge", "Three years means five in practice", "a bridge instead of drains", "the old bridge is terrifying", "Privacy"}});
}

TEST_CASE("ru negative: a blog post under an asking headline in HTML5, signed in a footer like each reply") {
    check({"k59_ru_blog_asks", R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Стоит ли утеплять балкон своими руками? — Дом и дача</title></head>
<body>
<header><a href="/">Дом и дача</a><nav><a href="/remont">Ремонт</a> <a href="/sad">Сад</a> <a href="/kontakty">Контакты</a></nav></header>
<main>
<h1>Стоит ли утеплять балкон своими руками?</h1>
<article>
<p>Прошлой осенью мы решили утеплить балкон сами, не нанимая бригаду. На всё ушло три выходных и около сорока тысяч рублей на материалы.</p>
<p>Сначала мы заменили старое одинарное остекление на пластиковые окна с двойным стеклопакетом, а щели вокруг рам заполнили монтажной пеной.</p>
<p>Пол утеплили пенополистиролом толщиной пять сантиметров, сверху положили фанеру и ламинат. Стены обшили минеральной ватой и вагонкой.</p>
<p>Зимой на балконе держится около пятнадцати градусов даже в сильный мороз, и теперь там стоит рабочий стол.</p>
<footer><a href="/a/olga">Ольга Смирнова</a> <time datetime="2024-01-20">20 января 2024</time></footer>
</article>
<h2>3 комментария</h2>
<section>
<article><p>А пароизоляцию вы делали? Без неё вата быстро отсыреет.</p><footer><a href="/u/sergey">Сергей</a> <time datetime="2024-01-21">21 января 2024</time></footer></article>
<article><p>Сорок тысяч это очень скромно, у нас вышло вдвое дороже.</p><footer><a href="/u/marina">Марина</a> <time datetime="2024-01-22">22 января 2024</time></footer></article>
<article><p>Спасибо, как раз собираемся делать то же самое весной.</p><footer><a href="/u/dima">Дмитрий</a> <time datetime="2024-01-23">23 января 2024</time></footer></article>
</section>
</main>
<footer><p>© 2024 Дом и дача · <a href="/privacy">Конфиденциальность</a></p></footer>
</body></html>)HTML",
           {"решили утеплить балкон сами", "с двойным стеклопакетом", "пенополистиролом толщиной пять сантиметров", "теперь там стоит рабочий стол"},
           {"Без неё вата быстро отсыреет", "у нас вышло вдвое дороже", "собираемся делать то же самое весной", "Конфиденциальность"}});
}

TEST_CASE("es negative: a short opinion piece under an asking headline, one long comment among short ones, all signed alike") {
    check({"k59_es_opinion_asks", R"HTML(<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>¿Debe cerrarse el centro a los coches? - Diario del Puerto</title></head>
<body>
<div><a href="/">Diario del Puerto</a> <a href="/opinion">Opinión</a> <a href="/local">Local</a> <a href="/deportes">Deportes</a></div>
<div>
<div><h1>¿Debe cerrarse el centro a los coches?</h1></div>
<div>
<div><p>El ayuntamiento propone cerrar al tráfico las seis calles del casco antiguo a partir de septiembre, con excepción de residentes y carga y descarga.</p>
<p>Los comerciantes temen perder clientes; los vecinos, en cambio, llevan años pidiendo menos ruido y aceras más anchas para poder pasear.</p>
<p>La experiencia de otras ciudades de tamaño parecido dice que las ventas caen el primer año y se recuperan después, cuando el paseo atrae a más gente.</p>
<div><a href="/autor/rivas">Elena Rivas</a> <span>8 de mayo de 2024</span></div></div>
</div>
<h2>5 comentarios</h2>
<div>
<div><p>Por fin. Ya era hora de recuperar las calles.</p><div><a href="/u/pepe">pepe</a> <span>8 de mayo de 2024</span></div></div>
<div><p>Vivo en la calle Mayor desde hace treinta años y he visto cerrar la mitad de las tiendas sin que nadie hiciera nada. Cerrar al tráfico no las va a traer de vuelta: lo que falta es aparcamiento barato en las afueras y un autobús que pase cada diez minutos, no cada media hora como ahora, y eso nadie lo ha propuesto.</p><div><a href="/u/marisa">marisa_g</a> <span>8 de mayo de 2024</span></div></div>
<div><p>Los comerciantes siempre dicen lo mismo.</p><div><a href="/u/andres">andrés</a> <span>9 de mayo de 2024</span></div></div>
<div><p>¿Y las ambulancias cómo entran?</p><div><a href="/u/lucia">lucía</a> <span>9 de mayo de 2024</span></div></div>
<div><p>En Pontevedra funcionó muy bien.</p><div><a href="/u/xose">xosé</a> <span>10 de mayo de 2024</span></div></div>
</div>
</div>
<div><p>© 2024 Diario del Puerto · <a href="/privacidad">Privacidad</a></p></div>
</body></html>)HTML",
           {"cerrar al tráfico las seis calles del casco antiguo", "Los comerciantes temen perder clientes", "las ventas caen el primer año"},
           {"Ya era hora de recuperar las calles", "aparcamiento barato en las afueras", "siempre dicen lo mismo", "las ambulancias cómo entran", "funcionó muy bien", "Privacidad"}});
}

// Variants written after the first six passed: the question a <section> holding the title, the
// count heading alone in a box of its own, the region already holding both (its thread is the answers).

TEST_CASE("ko: HTML5 sections, the question holds the title, the heading boxed alone, the writer line a <p>") {
    check({"k59_ko_qa_sections", R"HTML(<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>전기차 배터리는 겨울에 왜 빨리 닳나요? - 자동차 지식in</title></head>
<body>
<header><a href="/">자동차 지식in</a><nav><a href="/qna">질문</a> <a href="/tags">태그</a> <a href="/login">로그인</a></nav></header>
<main>
<div>
<section><h1>전기차 배터리는 겨울에 왜 빨리 닳나요?</h1>
<p>작년 여름에 전기차를 샀는데, 요즘 아침 기온이 영하로 내려가니 주행 가능 거리가 삼분의 일 가까이 줄었습니다. 고장은 아닌지 걱정됩니다.</p>
<p><a href="/u/minsu">민수</a> · 2024.01.09 질문</p></section>
<div><h2>답변 3개</h2></div>
<div>
<section><p>리튬이온 배터리는 온도가 낮으면 내부 화학 반응이 느려져서 꺼낼 수 있는 에너지가 줄어듭니다. 고장이 아니라 정상적인 현상입니다.</p>
<p>충전기에 꽂아 둔 상태에서 출발 전에 예약 난방을 켜 두면 배터리가 데워져서 손실이 크게 줄어듭니다.</p>
<p><a href="/u/ev_master">EV마스터</a> · 2024.01.09 답변</p></section>
<section><p>히터 대신 열선 시트와 핸들 열선을 쓰면 전력 소모가 훨씬 적습니다. 실내 히터가 생각보다 전기를 많이 먹습니다.</p>
<p><a href="/u/jiyoung">지영</a> · 2024.01.10 답변</p></section>
<section><p>히트펌프가 달린 차종인지도 확인해 보세요. 히트펌프가 있으면 겨울 주행거리 감소가 확실히 덜합니다.</p>
<p><a href="/u/hyun">현</a> · 2024.01.12 답변</p></section>
</div>
</div>
</main>
<footer><p>© 2024 자동차 지식in · <a href="/privacy">개인정보처리방침</a></p></footer>
</body></html>)HTML",
           {"주행 가능 거리가 삼분의 일 가까이 줄었습니다", "내부 화학 반응이 느려져서", "출발 전에 예약 난방을 켜 두면", "열선 시트와 핸들 열선을 쓰면", "히트펌프가 달린 차종인지도"},
           {"2024.01.10 답변", "개인정보처리방침"}});
}

TEST_CASE("pt negative: the same markup, an article under an asking headline and a thread of short comments") {
    check({"k59_pt_news_sections", R"HTML(<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8"><title>Vale a pena trocar o carro por um elétrico? - Jornal da Serra</title></head>
<body>
<header><a href="/">Jornal da Serra</a><nav><a href="/economia">Economia</a> <a href="/cidade">Cidade</a> <a href="/esportes">Esportes</a></nav></header>
<main>
<div>
<section><h1>Vale a pena trocar o carro por um elétrico?</h1>
<p>Com a queda no preço das baterias, os carros elétricos mais baratos já custam pouco mais do que um modelo a gasolina equivalente, e a diferença tende a diminuir nos próximos anos.</p>
<p>Quem roda mais de mil quilômetros por mês recupera o investimento em cerca de cinco anos, segundo as contas da associação de consumidores, graças à energia mais barata e à manutenção simples.</p>
<p>O maior obstáculo continua sendo a recarga: nas cidades do interior há poucos pontos públicos, e quem mora em apartamento nem sempre consegue instalar um carregador na garagem.</p>
<p>Especialistas recomendam fazer as contas com o próprio consumo e verificar a rede de recarga do trajeto antes de decidir pela troca.</p>
<p><a href="/autor/carla">Carla Mendes</a> · 14.03.2024 Economia</p></section>
<div><h2>4 comentários</h2></div>
<div>
<section><p>Comprei o meu no ano passado e não volto atrás.</p><p><a href="/u/beto">beto</a> · 14.03.2024 comentário</p></section>
<section><p>Sem carregador no prédio não dá, infelizmente.</p><p><a href="/u/ana">ana_r</a> · 14.03.2024 comentário</p></section>
<section><p>E o preço da troca da bateria depois de oito anos?</p><p><a href="/u/joao">joão</a> · 15.03.2024 comentário</p></section>
<section><p>Aqui na serra a autonomia cai muito no inverno.</p><p><a href="/u/lu">lu</a> · 16.03.2024 comentário</p></section>
</div>
</div>
</main>
<footer><p>© 2024 Jornal da Serra · <a href="/privacidade">Privacidade</a></p></footer>
</body></html>)HTML",
           {"a queda no preço das baterias", "recupera o investimento em cerca de cinco anos", "O maior obstáculo continua sendo a recarga"},
           {"não volto atrás", "Sem carregador no prédio", "depois de oito anos", "a autonomia cai muito no inverno", "Privacidade"}});
}
