// An article set in sibling sections (extract_sections.cpp): a wiki's mobile skin, a docs
// generator or an HTML5 template closes a box after each heading, the headings standing between
// the boxes, each box numbered in its class ("sect-0", "sect-1 fold"). One section outscored the
// box holding them all, and the article came out as that section: on 790d619 the German (div
// soup), French (HTML5 <section>s) and Japanese (a docs page of <div>s under <h3>s) pages lost
// their headings and the sections after the longest; the Spanish one (a table cell holding the
// sections) passed already. What stays out: a section of links under a heading, a readers'
// thread under one, the page's chrome.
#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("de: div soup, a lead box and sections after <h2>s, a link section and a footer after") {
    check({"de_sections", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Die Schwebefähre Rendsburg – Technikpfad</title></head>
<body><div class="k1x"><a href="/">Technikpfad</a> <a href="/bruecken">Brücken</a> <a href="/faehren">Fähren</a> <a href="/karte">Karte</a></div>
<div class="m2q"><h1>Die Schwebefähre Rendsburg</h1><div class="p9z">
<div class="s3v-0"><p>Unter der Eisenbahnhochbrücke über den Nord-Ostsee-Kanal hängt eine Gondel an Stahlseilen und trägt Fußgänger, Radfahrer und Autos von einem Ufer zum anderen.</p></div>
<h2>Geschichte</h2><div class="s3v-1 ks3v"><p>Die Fähre wurde 1913 zusammen mit der Brücke in Betrieb genommen. Sie sollte die alte Drehbrücke ersetzen, die bei jedem Schiff geöffnet werden musste und den Verkehr auf beiden Seiten aufhielt.</p>
<p>Gebaut wurde sie von der Maschinenfabrik Augsburg-Nürnberg nach Plänen des Ingenieurs Friedrich Voß, der auch die Hochbrücke selbst entworfen hatte. Die Gondel hing an zwölf Seilen unter einem Laufwagen, der auf den Schienen unter dem Brückenträger rollte.</p>
<p>Mehr als hundert Jahre lang pendelte die Gondel fast ohne Unterbrechung, bis sie 2016 mit einem Frachter zusammenstieß und schwer beschädigt wurde.</p></div>
<h2>Der Neubau</h2><div class="s3v-2 ks3v"><p>Die neue Gondel ist eine Nachbildung der alten, fährt aber elektrisch und wird von einem Führerstand auf der Plattform aus gesteuert.</p></div>
<h2>Weiterlesen</h2><div class="s3v-3 ks3v"><ul><li><a href="/b/1">Die Hochbrücke Hochdonn</a></li><li><a href="/b/2">Die Kanalfähre Sehestedt</a></li><li><a href="/b/3">Der Kiel-Holtenauer Leuchtturm</a></li></ul></div>
</div></div>
<div class="f7w">© 2024 Technikpfad · <a href="/impressum">Impressum</a></div></body></html>)HTML",
                 {"hängt eine Gondel an Stahlseilen", "1913 zusammen mit der Brücke", "Mehr als hundert Jahre lang pendelte", "Der Neubau",
                  "fährt aber elektrisch"},
                 {"Die Hochbrücke Hochdonn", "Die Kanalfähre Sehestedt", "Impressum"}});
}

TEST_CASE("fr: HTML5 <section>s parted by <h2>s, a readers' thread under the last heading") {
    check({"fr_sections", R"HTML(<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Le four banal de Saint-Véran</title></head>
<body><header><a href="/">Patrimoine alpin</a><nav><a href="/villages">Villages</a> <a href="/fours">Fours</a> <a href="/contact">Contact</a></nav></header>
<main><h1>Le four banal de Saint-Véran</h1><div class="b4">
<section class="c8-0"><p>Au centre du village le plus haut d'Europe, le four banal cuit encore le pain une fois par an, le premier dimanche d'août, pour la fête du hameau.</p></section>
<h2>Un four pour tous</h2><section class="c8-1 kc8"><p>Sous l'Ancien Régime, les habitants devaient cuire leur pain dans le four du seigneur et lui verser une redevance. Après la Révolution, la commune racheta le bâtiment et chaque famille y eut son jour de cuisson.</p><p>Le bâtiment actuel date de 1641. Ses murs de pierre sèche font près d'un mètre d'épaisseur et sa voûte de briques réfractaires a été refaite à l'identique en 1987 par les compagnons du village voisin.</p><p>Le four appartenait à tout le monde et à personne : chacun apportait son bois, surveillait sa fournée et repartait avec des pains qui devaient durer tout l'hiver, durcis au grenier.</p></section>
<h2>La cuisson</h2><section class="c8-2 kc8"><p>Il faut chauffer le four pendant deux jours avec du bois de mélèze avant que la voûte n'atteigne la bonne température. On enfourne alors une centaine de tourtes de seigle.</p></section>
<h2>Vos réactions</h2><section class="c8-3 kc8"><div class="r1"><b>Odile</b> <span>3 août 2024</span><p>Nous y étions cette année, le pain était délicieux et l'ambiance formidable.</p></div><div class="r1"><b>Marc</b> <span>5 août 2024</span><p>Dommage que le four ne serve qu'une fois par an, il faudrait le rallumer plus souvent.</p></div><div class="r1"><b>Jeanne</b> <span>9 août 2024</span><p>Mon grand-père y cuisait encore dans les années cinquante, merci pour ce bel article.</p></div></section>
</div></main><footer>© 2024 Patrimoine alpin</footer></body></html>)HTML",
                 {"le four banal cuit encore le pain", "Un four pour tous", "la commune racheta le bâtiment", "La cuisson", "une centaine de tourtes de seigle"},
                 {"le pain était délicieux", "il faudrait le rallumer", "Mon grand-père y cuisait"}});
}

TEST_CASE("ja: a docs page of <div> sections under <h3>s, sidebar of links") {
    check({"ja_sections", R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>バックアップの復元 | 取扱説明書</title></head>
<body><div class="z1"><a href="/">取扱説明書</a></div><div class="z2"><ul><li><a href="/a">はじめに</a></li><li><a href="/b">初期設定</a></li><li><a href="/c">バックアップの作成</a></li><li><a href="/d">バックアップの復元</a></li><li><a href="/e">困ったときは</a></li></ul></div>
<div class="z3"><h1>バックアップの復元</h1><div class="z4">
<div class="z5-0"><p>本体の故障や買い替えの際には、作成しておいたバックアップからデータを復元できます。復元には三十分ほどかかることがあります。</p></div>
<h3>準備するもの</h3><div class="z5-1 kz5"><p>バックアップを保存したカードと、充電済みの本体を用意してください。復元中に電源が切れると、データが失われるおそれがあります。</p><p>カードの空き容量が足りない場合は、先に不要な写真や動画を別の場所に移してください。パソコンに接続してデータを確認することもできます。</p><p>古い機種で作成したバックアップは、新しい機種でもそのまま使えます。ただし一部のアプリの設定は引き継がれないことがあります。</p></div>
<h3>復元の手順</h3><div class="z5-2 kz5"><p>設定画面から「復元」を選び、画面の指示に従ってカードを挿入します。完了すると本体が自動的に再起動します。</p></div>
</div></div><div class="z6">© 2024 サンプル電機株式会社</div></body></html>)HTML",
                 {"作成しておいたバックアップからデータを復元できます", "準備するもの", "充電済みの本体を用意してください", "復元の手順", "本体が自動的に再起動します"},
                 {"困ったときは", "サンプル電機株式会社"}});
}

TEST_CASE("es: a table layout, the sections in the content cell, a menu cell beside it") {
    check({"es_sections", R"HTML(<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>El acueducto de los Milagros - Mérida monumental</title></head>
<body><table width="100%"><tr><td width="180" valign="top"><a href="/">Inicio</a><br><a href="/teatro">Teatro romano</a><br><a href="/puente">Puente romano</a><br><a href="/museo">Museo</a></td>
<td valign="top"><h1>El acueducto de los Milagros</h1>
<div class="t1-0"><p>Los arcos de granito y ladrillo del acueducto de los Milagros llevaban a la ciudad el agua del embalse de Proserpina, a cinco kilómetros al norte.</p></div>
<h2>Construcción</h2><div class="t1-1 kt1"><p>Se levantó en el siglo primero y alternaba hiladas de sillares con bandas de ladrillo rojo, una técnica que daba a los pilares su aspecto rayado.</p><p>Los pilares alcanzan casi veinticinco metros de altura donde el valle del Albarregas es más profundo, y en lo alto corría el canal cubierto que llevaba el agua hasta los depósitos de la ciudad.</p><p>Cuando las cigüeñas anidan en primavera sobre los arcos, el monumento se convierte en la estampa más fotografiada de la ciudad, sobre todo al atardecer desde el paseo del río.</p></div>
<h2>El nombre</h2><div class="t1-2 kt1"><p>Los emeritenses de siglos posteriores lo llamaron de los Milagros porque les parecía un prodigio que siguiera en pie después de tanto tiempo.</p></div>
</td></tr><tr><td colspan="2">Ayuntamiento de Mérida · <a href="/aviso">Aviso legal</a></td></tr></table></body></html>)HTML",
                 {"llevaban a la ciudad el agua del embalse", "Construcción", "alternaba hiladas de sillares", "El nombre", "les parecía un prodigio"},
                 {"Aviso legal", "Puente romano"}});
}
