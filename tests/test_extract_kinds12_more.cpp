// Page kinds of issue 18, twelfth round, more kinds (kinds10_util.hpp: as written and
// class-blind): podcast episodes whose transcript is the text (en, de), recipe cards of two
// plugins' layouts, ingredients and timed steps (en, ru), job postings (en, zh), release notes
// (en, ja), glossaries as definition lists (en, el), and last round's open kinds in English: a
// landing page's hero and closing section, a code host's README box, a WordPress post under a
// cookie bar and a body class naming the post. These pass on the base; they hold what the base
// gets right. Written from how these systems mark pages up, not from any test data.

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("en: podcast episode, player links, show notes with chapters, transcript, more episodes, support box") {
    check({"k12_en_podcast", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Episode 48: Why bridges hum | The Load Path</title><meta property="og:type" content="article"></head>
<body class="single single-podcast">
<div class="topbar"><a class="brand" href="/">The Load Path</a><nav class="nav"><a href="/episodes/">Episodes</a><a href="/about/">About</a><a href="/support/">Support the show</a></nav></div>
<main class="container">
<article class="episode">
<header class="episode-header"><p class="episode-number">Episode 48</p><h1 class="episode-title">Why bridges hum</h1><p class="episode-meta"><time datetime="2024-05-02">May 2, 2024</time> · 41 min</p></header>
<div class="player"><audio controls src="/audio/ep48.mp3"></audio><div class="player-links"><a href="/audio/ep48.mp3">Download</a> <a href="https://podcasts.apple.com/">Apple Podcasts</a> <a href="https://open.spotify.com/">Spotify</a> <a href="/feed.xml">RSS</a></div></div>
<section class="show-notes"><h2>Show notes</h2>
<p>Structural engineer Priya Raman joins us to talk about vortex shedding, tuned mass dampers and the footbridge that swayed on its opening day.</p>
<ul><li>00:00 Introduction</li><li>03:40 What makes a cable sing</li><li>18:15 The opening-day sway</li><li>32:50 Listener questions</li></ul>
<p>Links: <a href="https://example.org/damper">Priya's paper on dampers</a> · <a href="https://example.org/wind">Wind tunnel footage</a></p>
</section>
<section class="transcript"><h2>Transcript</h2>
<p><strong>Host:</strong> Priya, you told me before we started recording that every bridge has a voice. What did you mean by that?</p>
<p><strong>Priya Raman:</strong> Wind flowing past a cable does not pass smoothly. It peels off in little whirlpools, first on one side and then on the other, and each whirlpool gives the cable a tiny push. When those pushes match the cable's own rhythm, you hear it hum.</p>
<p><strong>Host:</strong> And that hum is harmless?</p>
<p><strong>Priya Raman:</strong> Usually it is just noise. The trouble starts when the deck itself finds a rhythm that people walking on it reinforce without noticing, which is exactly what happened on that footbridge on its first afternoon.</p>
<p><strong>Host:</strong> So the crowd was part of the structure.</p>
<p><strong>Priya Raman:</strong> In a sense, yes. Pedestrians adjust their steps to the sway, the sway grows with their steps, and within minutes a bridge designed for thousands of people is moving more than anyone is comfortable with. The fix was a set of dampers that absorb that energy before it builds up.</p>
</section>
</article>
<section class="more-episodes"><h2>More episodes</h2><ul><li><a href="/ep47/">Episode 47: The tunnel that leaked sand</a></li><li><a href="/ep46/">Episode 46: Concrete that heals itself</a></li><li><a href="/ep45/">Episode 45: How tall can timber go?</a></li></ul></section>
<div class="support-box"><h3>Enjoying the show?</h3><p>The Load Path is listener-supported. Become a member for ad-free episodes.</p><a class="btn" href="/support/">Join now</a></div>
</main>
<footer class="footer"><p>© 2024 The Load Path · <a href="/privacy/">Privacy</a></p></footer>
</body></html>)HTML",
           {"every bridge has a voice", "It peels off in little whirlpools", "the crowd was part of the structure", "Pedestrians adjust their steps to the sway", "a set of dampers that absorb that energy"},
           {"The tunnel that leaked sand", "Become a member for ad-free episodes", "Apple Podcasts"}});
}

TEST_CASE("de: podcast episode, consent layer, show notes, transcript with speaker names, donation box") {
    check({"k12_de_podcast", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Folge 112: Wie Moore Klima speichern – Erdreich Podcast</title></head>
<body class="podcast-episode">
<div class="consent-layer"><p>Wir verwenden Cookies und externe Player. Mit Klick auf „Akzeptieren“ stimmen Sie der Verarbeitung zu.</p><button>Akzeptieren</button><button>Ablehnen</button></div>
<header class="kopf"><a href="/" class="marke">Erdreich</a><ul class="menue"><li><a href="/folgen">Alle Folgen</a></li><li><a href="/team">Team</a></li><li><a href="/unterstuetzen">Unterstützen</a></li></ul></header>
<div class="inhalt">
<div class="folge">
<span class="folgennummer">Folge 112</span>
<h1>Wie Moore Klima speichern</h1>
<div class="folgen-meta">18. April 2024 · 52 Minuten</div>
<div class="abspieler"><audio controls src="/a/112.mp3"></audio><a href="/a/112.mp3">Herunterladen</a> · <a href="https://open.spotify.com/">Spotify</a> · <a href="/feed">RSS-Feed</a></div>
<div class="shownotes"><p>Wir sprechen mit der Moorforscherin Katrin Albers über Torfmoose, Wiedervernässung und darüber, warum ein trockengelegtes Moor mehr Treibhausgas ausstößt als ein Kohlekraftwerk gleicher Fläche.</p>
<p>Kapitel: 00:00 Begrüßung · 05:12 Was ist eigentlich Torf? · 24:30 Wiedervernässung in der Praxis · 44:05 Eure Fragen</p></div>
<div class="transkript"><h2>Transkript</h2>
<p><b>Moderator:</b> Frau Albers, wenn man über ein Moor läuft, federt der Boden. Was passiert da unter unseren Füßen?</p>
<p><b>Katrin Albers:</b> Sie laufen auf einem Schwamm aus abgestorbenen Pflanzen, der zu neunzig Prozent aus Wasser besteht. Weil kein Sauerstoff hinkommt, werden die Pflanzenreste nicht zersetzt, und der Kohlenstoff bleibt über Jahrtausende gebunden.</p>
<p><b>Moderator:</b> Und wenn man das Wasser abpumpt?</p>
<p><b>Katrin Albers:</b> Dann kommt Luft an den Torf, Mikroorganismen beginnen ihn abzubauen, und der gespeicherte Kohlenstoff entweicht als Kohlendioxid. Ein Hektar entwässertes Moor kann so jedes Jahr so viel ausstoßen wie mehrere Autos.</p>
<p><b>Moderator:</b> Lässt sich das rückgängig machen?</p>
<p><b>Katrin Albers:</b> Teilweise. Wenn wir Gräben schließen und den Wasserstand wieder anheben, stoppt der Abbau fast sofort. Bis wieder neuer Torf wächst, vergehen allerdings Jahrhunderte, ein Millimeter im Jahr ist schon viel.</p>
</div>
</div>
<div class="weitere"><h3>Weitere Folgen</h3><ul><li><a href="/f/111">Folge 111: Der Regenwurm als Ingenieur</a></li><li><a href="/f/110">Folge 110: Böden in der Stadt</a></li><li><a href="/f/109">Folge 109: Humus aufbauen</a></li></ul></div>
<div class="spenden"><h3>Erdreich unterstützen</h3><p>Dieser Podcast ist werbefrei und wird von seinen Hörerinnen und Hörern finanziert.</p><a href="/unterstuetzen">Jetzt unterstützen</a></div>
</div>
<div class="fuss"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></div>
</body></html>)HTML",
           {"Was passiert da unter unseren Füßen", "Sie laufen auf einem Schwamm aus abgestorbenen Pflanzen", "Mikroorganismen beginnen ihn abzubauen", "Wenn wir Gräben schließen"},
           {"Der Regenwurm als Ingenieur", "wird von seinen Hörerinnen und Hörern finanziert", "Wir verwenden Cookies", "Impressum"}});
}

TEST_CASE("en: recipe card plugin inside a post, times, ingredients, steps, notes, nutrition, comments") {
    check({"k12_en_recipe", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Brown Butter Oat Scones | Small Oven Kitchen</title></head>
<body class="post-template-default single single-post">
<header class="site-header"><a class="site-title" href="/">Small Oven Kitchen</a><nav class="nav-primary"><ul class="menu"><li><a href="/recipes/">Recipes</a></li><li><a href="/baking/">Baking</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<div class="site-inner"><main class="content"><article class="post type-post entry">
<header class="entry-header"><h1 class="entry-title">Brown Butter Oat Scones</h1><p class="entry-meta">By <span class="entry-author-name">Nell Avery</span> · <time class="entry-time">February 9, 2024</time></p></header>
<div class="entry-content">
<p>These scones started as a way to use up the last of a bag of oats, and they have become the thing I bake every Saturday. Browning the butter first gives them a nutty depth that plain butter never quite manages.</p>
<p>The dough is wetter than a classic scone dough, so do not be tempted to add more flour. Chill it for twenty minutes and it will cut cleanly.</p>
<div class="wprm-recipe-snippet"><a href="#recipe" class="wprm-recipe-jump">Jump to Recipe</a> <a href="/print/88" class="wprm-recipe-print">Print Recipe</a></div>
<div id="recipe" class="wprm-recipe-container"><div class="wprm-recipe wprm-recipe-template-basic">
<h2 class="wprm-recipe-name">Brown Butter Oat Scones</h2>
<div class="wprm-recipe-summary"><span>Nutty, tender scones with toasted oats and a crackly sugar top.</span></div>
<div class="wprm-recipe-times-container"><div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Prep Time</span> <span class="wprm-recipe-details">20 minutes</span></div><div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Cook Time</span> <span class="wprm-recipe-details">18 minutes</span></div><div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Servings</span> <span class="wprm-recipe-details">8 scones</span></div></div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Ingredients</h3><ul class="wprm-recipe-ingredients"><li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">115</span> <span class="wprm-recipe-ingredient-unit">g</span> <span class="wprm-recipe-ingredient-name">unsalted butter</span></li><li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">90</span> <span class="wprm-recipe-ingredient-unit">g</span> <span class="wprm-recipe-ingredient-name">rolled oats</span></li><li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">220</span> <span class="wprm-recipe-ingredient-unit">g</span> <span class="wprm-recipe-ingredient-name">plain flour</span></li><li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">2</span> <span class="wprm-recipe-ingredient-unit">tsp</span> <span class="wprm-recipe-ingredient-name">baking powder</span></li><li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">160</span> <span class="wprm-recipe-ingredient-unit">ml</span> <span class="wprm-recipe-ingredient-name">cold buttermilk</span></li></ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">Instructions</h3><ul class="wprm-recipe-instructions"><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Melt the butter in a small pan and cook it until it smells of toffee and the solids turn brown, about 5 minutes. Pour it into a bowl and freeze for 15 minutes.</div></li><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Toast the oats in the same pan until golden, then mix them with the flour and baking powder.</div></li><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Rub the firm brown butter into the dry mix, stir in the buttermilk and pat the dough into a round two centimetres thick.</div></li><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Cut into eight wedges and bake at 200°C for 18 minutes, until the tops are deep golden.</div></li></ul></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header">Notes</h3><div class="wprm-recipe-notes"><span>The unbaked wedges freeze well; bake them from frozen and add three minutes.</span></div></div>
<div class="wprm-nutrition-label-container"><span class="wprm-nutrition-label-text-nutrition-container">Calories: 312kcal | Carbohydrates: 34g | Protein: 6g | Fat: 17g</span></div>
</div></div>
</div>
<div class="share-buttons"><a href="https://pinterest.com/pin">Pin it</a> <a href="https://facebook.com/share">Share</a></div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">12 comments</h2><ol class="comment-list"><li class="comment"><div class="comment-author"><b class="fn">Helen</b></div><div class="comment-content"><p>Made these with spelt flour and they were wonderful, thank you!</p></div></li></ol></div>
</main>
<aside class="sidebar"><section class="widget"><h3 class="widgettitle">Hi, I'm Nell</h3><p>I bake in a flat with an oven the size of a shoebox.</p></section><section class="widget"><h3 class="widgettitle">Popular</h3><ul><li><a href="/r/focaccia/">Overnight Focaccia</a></li><li><a href="/r/babka/">Chocolate Babka</a></li></ul></section></aside></div>
<footer class="site-footer"><p>© 2024 Small Oven Kitchen · <a href="/privacy/">Privacy</a></p></footer>
</body></html>)HTML",
           {"use up the last of a bag of oats", "Chill it for twenty minutes", "unsalted butter", "cold buttermilk", "smells of toffee and the solids turn brown", "bake at 200°C for 18 minutes", "freeze well; bake them from frozen"},
           {"Jump to Recipe", "spelt flour and they were wonderful", "Overnight Focaccia", "oven the size of a shoebox"}});
}

TEST_CASE("ru: recipe card of another plugin, times, ingredients, numbered steps, notes, comments, sidebar") {
    check({"k12_ru_recipe", R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Сырники из творога на сковороде — Домашняя кухня</title></head>
<body class="single single-post">
<div class="cookie-bar"><p>Мы используем файлы cookie, чтобы сайт работал лучше.</p><button>Хорошо</button></div>
<header class="header"><a class="logo" href="/">Домашняя кухня</a><ul class="menu"><li><a href="/zavtraki/">Завтраки</a></li><li><a href="/vypechka/">Выпечка</a></li><li><a href="/supy/">Супы</a></li></ul></header>
<div class="wrapper"><div class="main"><div class="post">
<h1 class="post-title">Сырники из творога на сковороде</h1>
<div class="post-meta">Автор: Ольга Климова · 12 марта 2024</div>
<div class="post-content">
<p>Хорошие сырники получаются только из сухого творога. Если творог влажный, отожмите его через марлю, иначе придётся добавлять много муки, и сырники выйдут плотными.</p>
<div class="tasty-recipes"><div class="tasty-recipes-entry-header"><h2 class="tasty-recipes-title">Сырники</h2><div class="tasty-recipes-details"><ul><li class="prep-time"><span class="tasty-recipes-label">Подготовка:</span> <span class="tasty-recipes-prep-time">10 минут</span></li><li class="cook-time"><span class="tasty-recipes-label">Приготовление:</span> <span class="tasty-recipes-cook-time">15 минут</span></li><li class="yield"><span class="tasty-recipes-label">Порций:</span> <span class="tasty-recipes-yield">4</span></li></ul></div></div>
<div class="tasty-recipes-ingredients"><h3>Ингредиенты</h3><ul><li>500 г творога 9%</li><li>2 яйца</li><li>3 ст. л. муки и ещё немного для обваливания</li><li>2 ст. л. сахара</li><li>щепотка соли</li></ul></div>
<div class="tasty-recipes-instructions"><h3>Приготовление</h3><ol><li id="instruction-step-1">Разомните творог вилкой, добавьте яйца, сахар и соль и хорошо перемешайте.</li><li id="instruction-step-2">Всыпьте муку и замесите мягкое тесто, которое чуть липнет к рукам.</li><li id="instruction-step-3">Сформуйте небольшие шайбы толщиной полтора сантиметра и обваляйте их в муке.</li><li id="instruction-step-4">Жарьте на среднем огне по 3–4 минуты с каждой стороны до золотистой корочки.</li></ol></div>
<div class="tasty-recipes-notes"><h3>Примечания</h3><p>Подавайте со сметаной или вареньем. Готовые сырники можно заморозить.</p></div>
</div>
</div>
<div class="share"><a href="https://vk.com/share.php">ВКонтакте</a> <a href="https://t.me/share">Telegram</a></div>
</div>
<div class="comments"><h3>Комментарии (3)</h3><div class="comment"><b>Ирина</b><p>Добавила ванилин, получилось очень вкусно, спасибо за рецепт!</p></div></div>
</div>
<div class="sidebar"><h3>Популярные рецепты</h3><ul><li><a href="/r/blini/">Блины на молоке</a></li><li><a href="/r/borsch/">Борщ с фасолью</a></li></ul></div></div>
<div class="footer">© 2024 Домашняя кухня · <a href="/privacy/">Политика конфиденциальности</a></div>
</body></html>)HTML",
           {"только из сухого творога", "500 г творога 9%", "щепотка соли", "Разомните творог вилкой", "Жарьте на среднем огне", "Готовые сырники можно заморозить"},
           {"файлы cookie", "Добавила ванилин", "Блины на молоке", "Политика конфиденциальности"}});
}

TEST_CASE("en: job posting, meta list, company line, duties and requirements lists, apply box, similar jobs") {
    check({"k12_en_job", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Field Ecologist (12-month contract) – Riverlands Trust Careers</title></head>
<body class="job-template-default single single-job_listing">
<header class="site-header"><a href="/" class="logo">Riverlands Trust</a><nav class="main-nav"><ul><li><a href="/about/">About us</a></li><li><a href="/projects/">Projects</a></li><li><a href="/jobs/">Jobs</a></li><li><a href="/donate/">Donate</a></li></ul></nav></header>
<main class="site-main"><div class="single_job_listing">
<h1 class="entry-title">Field Ecologist (12-month contract)</h1>
<ul class="job-listing-meta meta"><li class="job-type full-time">Full Time</li><li class="location"><a class="google_map_link" href="https://maps.google.com/?q=Hexham">Hexham</a></li><li class="date-posted"><time datetime="2024-04-03">Posted 2 weeks ago</time></li><li class="salary">£29,000 – £32,000</li></ul>
<div class="job_listing-company company"><img class="company_logo" src="/logo.png" alt="Riverlands Trust"><p class="name"><a class="website" href="https://example.org">Website</a> <strong>Riverlands Trust</strong></p></div>
<div class="job_description">
<p>We are looking for a field ecologist to lead our river restoration surveys across the upper Tyne catchment. You will plan and carry out surveys of invertebrates, fish and riparian plants before and after each restoration scheme.</p>
<h3>What you will do</h3>
<ul><li>Run kick-sample and electrofishing surveys with volunteer teams from April to October.</li><li>Identify invertebrates to family level and enter the results into our monitoring database.</li><li>Write short reports for landowners explaining what changed on their stretch of river.</li></ul>
<h3>What we are looking for</h3>
<ul><li>A degree in ecology or a related subject, or equivalent field experience.</li><li>Confidence working outdoors in all weathers and a full driving licence.</li></ul>
<p>The post is based at our Hexham office with regular travel across the catchment. We offer 28 days of annual leave plus bank holidays and a 6% employer pension contribution.</p>
</div>
<div class="job_application application"><input type="button" class="application_button button" value="Apply for job"><div class="application_details"><p>To apply, email your CV and a cover letter to <a href="mailto:jobs@example.org">jobs@example.org</a> by 30 April 2024.</p></div></div>
</div>
<div class="related-jobs"><h2>Similar jobs</h2><ul class="job_listings"><li class="job_listing"><a href="/jobs/volunteer-coordinator/"><h3>Volunteer Coordinator</h3><div class="location">Kendal</div><ul class="meta"><li class="job-type part-time">Part Time</li><li class="date">3 days ago</li></ul></a></li><li class="job_listing"><a href="/jobs/gis-officer/"><h3>GIS Officer</h3><div class="location">Remote</div><ul class="meta"><li class="job-type full-time">Full Time</li><li class="date">1 week ago</li></ul></a></li></ul></div>
</main>
<footer class="site-footer"><p>Riverlands Trust is a registered charity no. 1100000. <a href="/privacy/">Privacy</a> · <a href="/cookies/">Cookies</a></p></footer>
</body></html>)HTML",
           {"lead our river restoration surveys across the upper Tyne catchment", "What you will do", "Run kick-sample and electrofishing surveys", "A degree in ecology or a related subject", "28 days of annual leave", "email your CV and a cover letter"},
           {"Volunteer Coordinator", "GIS Officer", "registered charity no", "Donate"}});
}

TEST_CASE("zh: job posting, salary tags, description and requirement sections, company card, similar jobs") {
    check({"k12_zh_job", R"HTML(<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>高级前端开发工程师 - 云帆科技 招聘</title></head>
<body>
<div class="header"><a class="logo" href="/">云帆科技</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/about">关于我们</a></li><li><a href="/jobs">加入我们</a></li><li><a href="/contact">联系我们</a></li></ul></div>
<div class="main"><div class="job-detail">
<div class="job-head"><h1 class="job-name">高级前端开发工程师</h1><div class="job-tags"><span class="salary">25-40K·14薪</span><span>上海·徐汇区</span><span>3-5年</span><span>本科</span></div><a class="btn-apply" href="/apply/88">立即投递</a></div>
<div class="job-sec"><h3>职位描述</h3><div class="text"><p>负责公司数据可视化平台的前端架构设计与核心模块开发，与产品和设计团队紧密合作，把复杂的业务数据转化为清晰易用的交互界面。</p><ol><li>负责图表组件库的设计、开发与性能优化；</li><li>推动前端工程化建设，完善自动化测试与持续集成流程；</li><li>指导初级工程师，参与代码评审与技术方案讨论。</li></ol></div></div>
<div class="job-sec"><h3>任职要求</h3><div class="text"><ol><li>精通 TypeScript，熟悉 React 或 Vue 的原理与生态；</li><li>有大数据量渲染优化经验者优先，熟悉 Canvas 或 WebGL 者尤佳；</li><li>良好的沟通能力，能够独立推动跨团队项目落地。</li></ol></div></div>
<div class="job-sec"><h3>工作地址</h3><div class="text"><p>上海市徐汇区漕溪北路 88 号 12 楼</p></div></div>
</div>
<div class="sider"><div class="company-card"><h3>云帆科技</h3><p>数据智能 · 150-499人 · B轮</p></div><div class="similar"><h3>相似职位</h3><ul><li><a href="/job/91">前端开发工程师 20-30K</a></li><li><a href="/job/92">可视化开发工程师 25-35K</a></li><li><a href="/job/93">Node.js 开发工程师 20-35K</a></li></ul></div></div></div>
<div class="footer"><p>© 2024 云帆科技 版权所有 <a href="https://beian.miit.gov.cn/">沪ICP备00000000号</a></p></div>
</body></html>)HTML",
           {"负责公司数据可视化平台的前端架构设计与核心模块开发", "负责图表组件库的设计、开发与性能优化", "精通 TypeScript", "良好的沟通能力"},
           {"可视化开发工程师 25-35K", "版权所有", "联系我们"}});
}

TEST_CASE("en: changelog, versions under headings with Added/Fixed lists, side table of contents") {
    check({"k12_en_changelog", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Changelog – Tidepool</title></head>
<body>
<nav class="navbar"><a class="navbar-brand" href="/">Tidepool</a><ul class="navbar-nav"><li><a href="/docs/">Docs</a></li><li><a href="/changelog/">Changelog</a></li><li><a href="/pricing/">Pricing</a></li><li><a href="https://github.com/">GitHub</a></li></ul></nav>
<div class="container"><div class="row"><div class="col-md-3 sidebar"><ul class="toc"><li><a href="#v3-2-0">3.2.0</a></li><li><a href="#v3-1-1">3.1.1</a></li><li><a href="#v3-1-0">3.1.0</a></li></ul></div>
<div class="col-md-9 content">
<h1>Changelog</h1>
<p>All notable changes to Tidepool are listed here. We follow semantic versioning; breaking changes only arrive in major releases.</p>
<div class="release" id="v3-2-0"><h2>3.2.0 <small>2024-05-14</small></h2>
<h3>Added</h3><ul><li>Scheduled exports can now be sent to any S3-compatible bucket, not only the built-in storage.</li><li>A dark theme for the dashboard, following the operating system's setting by default.</li></ul>
<h3>Fixed</h3><ul><li>Charts no longer shift by one day when the browser and the workspace use different time zones.</li><li>Importing a CSV file with a byte order mark no longer drops the first column name.</li></ul></div>
<div class="release" id="v3-1-1"><h2>3.1.1 <small>2024-04-22</small></h2>
<h3>Fixed</h3><ul><li>The login page accepted a password reset link twice; links now expire after their first use.</li></ul></div>
<div class="release" id="v3-1-0"><h2>3.1.0 <small>2024-04-02</small></h2>
<h3>Changed</h3><ul><li>Workspace owners can now transfer ownership without contacting support.</li><li>The API rate limit rose from 60 to 120 requests per minute on paid plans.</li></ul></div>
</div></div></div>
<footer class="footer"><div class="container"><p>© 2024 Tidepool Labs · <a href="/terms/">Terms</a> · <a href="/privacy/">Privacy</a> · <a href="/status/">Status</a></p></div></footer>
</body></html>)HTML",
           {"All notable changes to Tidepool are listed here", "sent to any S3-compatible bucket", "no longer shift by one day", "links now expire after their first use", "rose from 60 to 120 requests per minute"},
           {"Pricing", "Tidepool Labs", "Status"}});
}

TEST_CASE("ja: release notes, versions in sections with 新機能/不具合の修正 lists, side banner") {
    check({"k12_ja_changelog", R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>リリースノート | カケイボ</title></head>
<body>
<div class="l-header"><a class="p-logo" href="/">カケイボ</a><ul class="p-gnav"><li><a href="/features/">機能</a></li><li><a href="/price/">料金</a></li><li><a href="/news/">お知らせ</a></li><li><a href="/login/">ログイン</a></li></ul></div>
<div class="l-main"><div class="p-page">
<h1 class="p-page__title">リリースノート</h1>
<p class="p-page__lead">カケイボの主な変更点をお知らせします。アプリは各ストアから最新版に更新してご利用ください。</p>
<section class="p-release"><h2 class="p-release__version">バージョン 5.4.0（2024年5月20日）</h2><h3>新機能</h3><ul><li>レシートを撮影すると、店名と金額を自動で読み取って支出に登録できるようになりました。</li><li>家族で共有している家計簿に、メンバーごとの予算を設定できるようになりました。</li></ul><h3>不具合の修正</h3><ul><li>月末をまたぐ定期支出が二重に登録されることがある問題を修正しました。</li></ul></section>
<section class="p-release"><h2 class="p-release__version">バージョン 5.3.2（2024年4月30日）</h2><h3>不具合の修正</h3><ul><li>一部の端末でグラフの色が正しく表示されない問題を修正しました。</li><li>銀行口座の連携が途中で止まることがある問題を修正しました。</li></ul></section>
</div>
<div class="p-side"><div class="p-banner"><a href="/premium/">プレミアムプラン 初月無料</a></div><h3>カテゴリー</h3><ul><li><a href="/news/cat/info/">お知らせ</a></li><li><a href="/news/cat/maintenance/">メンテナンス</a></li></ul></div></div>
<div class="l-footer"><ul><li><a href="/terms/">利用規約</a></li><li><a href="/privacy/">プライバシーポリシー</a></li></ul><small>© 2024 Kakeibo Inc.</small></div>
</body></html>)HTML",
           {"カケイボの主な変更点をお知らせします", "店名と金額を自動で読み取って", "メンバーごとの予算を設定できる", "二重に登録されることがある問題を修正しました", "銀行口座の連携が途中で止まる"},
           {"プレミアムプラン 初月無料", "利用規約", "メンテナンス"}});
}

TEST_CASE("en: glossary as a definition list under an A–Z bar, cookie banner, footer") {
    check({"k12_en_glossary", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Glossary of sailing terms – Harbour Sailing Club</title></head>
<body>
<div id="cookie-consent" class="cc-window"><span class="cc-message">This website uses cookies to ensure you get the best experience.</span><a class="cc-btn cc-dismiss">Got it!</a></div>
<div class="header"><a href="/" class="brand">Harbour Sailing Club</a><ul class="menu"><li><a href="/courses/">Courses</a></li><li><a href="/racing/">Racing</a></li><li><a href="/membership/">Membership</a></li><li><a href="/learn/">Learn</a></li></ul></div>
<div class="page"><div class="breadcrumbs"><a href="/">Home</a> » <a href="/learn/">Learn</a> » Glossary</div>
<h1>Glossary of sailing terms</h1>
<p>New members often ask what the instructors are shouting about. These are the words you will hear most in your first season.</p>
<div class="az"><a href="#a">A</a> <a href="#b">B</a> <a href="#c">C</a> <a href="#g">G</a> <a href="#j">J</a> <a href="#l">L</a></div>
<dl class="glossary">
<dt id="a">Abeam</dt><dd>At right angles to the boat's centreline, level with the middle of the boat.</dd>
<dt id="b">Bear away</dt><dd>To turn the bow away from the wind, so the sails fill and the boat speeds up.</dd>
<dt id="c">Close-hauled</dt><dd>Sailing as close to the wind as the boat can manage, with the sails pulled in tight.</dd>
<dt id="g">Gybe</dt><dd>To turn the stern through the wind so the boom swings across. Done carelessly, it is the manoeuvre most likely to hurt someone.</dd>
<dt id="j">Jib</dt><dd>The smaller triangular sail set in front of the mast.</dd>
<dt id="l">Luff</dt><dd>The front edge of a sail; also, to turn towards the wind until the sail starts to flap.</dd>
</dl>
<p class="back"><a href="/learn/">Back to Learn</a></p>
</div>
<div class="footer"><p>Harbour Sailing Club · Quay Road · <a href="/contact/">Contact</a> · <a href="/privacy/">Privacy</a></p></div>
</body></html>)HTML",
           {"what the instructors are shouting about", "Abeam", "At right angles to the boat's centreline", "Bear away", "the manoeuvre most likely to hurt someone", "The front edge of a sail"},
           {"uses cookies to ensure", "Membership", "Quay Road"}});
}

TEST_CASE("el: glossary as a definition list, letter bar, tools sidebar") {
    check({"k12_el_glossary", R"HTML(<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><title>Γλωσσάριο οικονομικών όρων | Οδηγός Καταναλωτή</title></head>
<body>
<div class="top"><a href="/" class="logo">Οδηγός Καταναλωτή</a><ul class="menu"><li><a href="/daneia/">Δάνεια</a></li><li><a href="/logariasmoi/">Λογαριασμοί</a></li><li><a href="/glossari/">Γλωσσάριο</a></li></ul></div>
<div class="wrap"><div class="main">
<h1>Γλωσσάριο οικονομικών όρων</h1>
<p>Οι όροι που συναντάτε πιο συχνά σε συμβάσεις δανείων και λογαριασμών, εξηγημένοι με απλά λόγια.</p>
<div class="letters"><a href="#alpha">Α</a> <a href="#epsilon">Ε</a> <a href="#sigma">Σ</a> <a href="#tau">Τ</a></div>
<dl>
<dt id="alpha">Ανατοκισμός</dt><dd>Ο υπολογισμός τόκων πάνω σε τόκους που δεν πληρώθηκαν, ώστε το χρέος να μεγαλώνει γρηγορότερα.</dd>
<dt id="epsilon">Εγγυητής</dt><dd>Το πρόσωπο που δεσμεύεται να πληρώσει το δάνειο αν ο οφειλέτης δεν μπορεί να το αποπληρώσει.</dd>
<dt id="sigma">Σταθερό επιτόκιο</dt><dd>Επιτόκιο που μένει ίδιο για όλη τη διάρκεια που ορίζει η σύμβαση, όποια κι αν είναι η πορεία των αγορών.</dd>
<dt id="tau">ΣΕΠΕ</dt><dd>Το συνολικό ετήσιο πραγματικό επιτόκιο, που περιλαμβάνει τόκους και έξοδα και επιτρέπει τη σύγκριση προσφορών.</dd>
</dl>
</div>
<div class="side"><h3>Χρήσιμα εργαλεία</h3><ul><li><a href="/calc/">Υπολογιστής δόσης</a></li><li><a href="/compare/">Σύγκριση λογαριασμών</a></li></ul></div></div>
<div class="foot">© 2024 Οδηγός Καταναλωτή · <a href="/oroi/">Όροι χρήσης</a></div>
</body></html>)HTML",
           {"εξηγημένοι με απλά λόγια", "Ανατοκισμός", "τόκων πάνω σε τόκους", "Εγγυητής", "επιτρέπει τη σύγκριση προσφορών"},
           {"Υπολογιστής δόσης", "Όροι χρήσης", "Λογαριασμοί"}});
}

TEST_CASE("en: landing page, hero lead and buttons, feature cards, testimonial, closing pricing section") {
    check({"k12_en_landing", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ledgerly – Bookkeeping for small charities</title></head>
<body>
<header class="nav"><a class="logo" href="/">Ledgerly</a><nav><a href="/features">Features</a> <a href="/pricing">Pricing</a> <a href="/login">Log in</a> <a class="btn" href="/signup">Start free trial</a></nav></header>
<main>
<section class="hero"><div class="hero-inner"><h1>Bookkeeping built for small charities</h1><p class="hero-lead">Ledgerly keeps restricted and unrestricted funds apart for you, so your year-end report to the regulator takes an afternoon instead of a month.</p><a class="btn btn-primary" href="/signup">Start your free trial</a> <a class="btn" href="/demo">Watch the demo</a></div></section>
<section class="features"><h2>Everything a treasurer needs</h2><div class="grid">
<div class="card"><h3>Fund accounting</h3><p>Tag every donation and grant with its fund once, and every report splits the figures the way your trustees expect.</p></div>
<div class="card"><h3>Gift Aid claims</h3><p>Ledgerly checks donor declarations as they come in and builds the claim file for you at the end of each quarter.</p></div>
<div class="card"><h3>Bank feeds</h3><p>Transactions arrive from your bank every morning, already matched to the suppliers and donors you have seen before.</p></div>
</div></section>
<section class="quote"><blockquote><p>We used to spend the whole of January on the annual accounts. This year the independent examiner had everything by the second week.</p><cite>Treasurer, a village hall trust</cite></blockquote></section>
<section class="closing"><h2>Free for charities under £25,000 a year</h2><p>Small charities pay nothing, for as long as their income stays under the threshold. Larger ones pay a flat monthly fee with no charge per user, because volunteers come and go.</p></section>
</main>
<footer class="footer"><p>© 2024 Ledgerly Ltd · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
</body></html>)HTML",
           {"keeps restricted and unrestricted funds apart", "Tag every donation and grant with its fund once", "builds the claim file for you", "We used to spend the whole of January", "Small charities pay nothing"},
           {"Start free trial", "Watch the demo", "Ledgerly Ltd"}});
}

TEST_CASE("en: code host repository page, file list, README box of markdown, about sidebar") {
    check({"k12_en_readme", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>GitHub - tmaier/quietlog: A logger that stays out of your way</title></head>
<body class="logged-out env-production page-responsive">
<header class="Header-old header-logged-out"><a class="mr-lg-3" href="/">GitHub</a><nav><ul><li><a href="/features">Product</a></li><li><a href="/solutions">Solutions</a></li><li><a href="/pricing">Pricing</a></li></ul></nav><a href="/login" class="HeaderMenu-link">Sign in</a> <a href="/signup" class="HeaderMenu-link">Sign up</a></header>
<main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 mb-5"><div class="d-flex"><strong itemprop="name" class="mr-2"><a href="/tmaier/quietlog">quietlog</a></strong><span class="Label Label--secondary">Public</span></div>
<ul class="pagehead-actions"><li><a class="btn-sm btn" href="/login?return_to=notifications">Notifications</a></li><li><a class="btn-sm btn" href="/login?return_to=fork">Fork 12</a></li><li><a class="btn-sm btn" href="/login?return_to=star">Star 240</a></li></ul>
<nav class="UnderlineNav js-repo-nav"><ul class="UnderlineNav-body"><li><a class="UnderlineNav-item selected" href="/tmaier/quietlog">Code</a></li><li><a class="UnderlineNav-item" href="/tmaier/quietlog/issues">Issues 3</a></li><li><a class="UnderlineNav-item" href="/tmaier/quietlog/pulls">Pull requests 1</a></li><li><a class="UnderlineNav-item" href="/tmaier/quietlog/actions">Actions</a></li></ul></nav></div>
<div class="container-xl clearfix new-discussion-timeline px-3 px-md-4 px-lg-5"><div class="repository-content"><div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end">
<div class="Layout-main">
<div class="Box mb-3"><div class="Box-header"><a href="/tmaier/quietlog/commits/main">tmaier</a> <a href="/tmaier/quietlog/commit/1a2b3c">Drop Python 3.7 support</a> <relative-time datetime="2024-03-01">Mar 1, 2024</relative-time> <a href="/tmaier/quietlog/commits/main">84 commits</a></div>
<div class="js-details-container"><div role="grid" class="Details-content--hidden-not-important"><div role="row" class="Box-row"><a class="js-navigation-open Link--primary" href="/tree/main/quietlog">quietlog</a> <a class="Link--secondary" href="/commit/1a2">Drop Python 3.7 support</a> <span>last month</span></div><div role="row" class="Box-row"><a class="js-navigation-open Link--primary" href="/tree/main/tests">tests</a> <a class="Link--secondary" href="/commit/9f8">Test the JSON formatter</a> <span>2 months ago</span></div><div role="row" class="Box-row"><a class="js-navigation-open Link--primary" href="/blob/main/README.md">README.md</a> <a class="Link--secondary" href="/commit/7e6">Document levels</a> <span>2 months ago</span></div><div role="row" class="Box-row"><a class="js-navigation-open Link--primary" href="/blob/main/pyproject.toml">pyproject.toml</a> <a class="Link--secondary" href="/commit/1a2">Drop Python 3.7 support</a> <span>last month</span></div></div></div></div>
<div id="readme" class="Box md js-code-block-container Box--responsive"><div class="Box-header d-flex"><h2 class="Box-title"><a href="#readme">README.md</a></h2></div>
<div class="Box-body px-5 pb-5"><article class="markdown-body entry-content container-lg" itemprop="text">
<h1 dir="auto">quietlog</h1>
<p dir="auto">quietlog is a small logging library for command-line tools. It prints nothing unless something goes wrong, and when it does, it prints the last fifty lines of context that led up to the error.</p>
<h2 dir="auto">Installation</h2>
<div class="highlight highlight-source-shell"><pre>pip install quietlog</pre></div>
<h2 dir="auto">Usage</h2>
<p dir="auto">Create a logger once at the top of your program and log as much as you like. The messages are kept in a ring buffer in memory and only written out when an error is logged or the program exits with a failure.</p>
<div class="highlight highlight-source-python"><pre>from quietlog import Logger
log = Logger(keep=50)
log.info("starting")</pre></div>
<h2 dir="auto">License</h2>
<p dir="auto">MIT. See the LICENSE file for the full text.</p>
</article></div></div>
</div>
<div class="Layout-sidebar"><div class="BorderGrid"><div class="BorderGrid-cell"><h2 class="mb-3 h4">About</h2><p class="f4 my-3">A logger that stays out of your way</p><div class="my-3"><a href="/topics/logging" class="topic-tag">logging</a> <a href="/topics/cli" class="topic-tag">cli</a></div><a href="#readme-ov-file" class="Link--muted">Readme</a> <a href="#MIT-1-ov-file" class="Link--muted">MIT license</a> <a href="/stargazers" class="Link--muted">240 stars</a></div><div class="BorderGrid-cell"><h2 class="h4 mb-3">Releases 6</h2><a href="/releases/tag/v1.4.0">v1.4.0 Latest Feb 12, 2024</a></div><div class="BorderGrid-cell"><h2 class="h4 mb-3">Languages</h2><ul><li>Python 98.1%</li><li>Shell 1.9%</li></ul></div></div></div>
</div></div></div></main>
<footer class="footer"><ul><li>© 2024 GitHub, Inc.</li><li><a href="/site/terms">Terms</a></li><li><a href="/site/privacy">Privacy</a></li><li><a href="/security">Security</a></li><li><a href="https://www.githubstatus.com/">Status</a></li></ul></footer>
</body></html>)HTML",
           {"a small logging library for command-line tools", "Installation", "pip install quietlog", "kept in a ring buffer in memory", "MIT. See the LICENSE file"},
           {"Drop Python 3.7 support", "Test the JSON formatter", "Python 98.1%", "Pull requests", "GitHub, Inc."}});
}

TEST_CASE("en: WordPress post, cookie law bar, body class naming the post, post navigation, widgets") {
    check({"k12_en_wpcookie", R"HTML(<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Repairing a dry stone wall after frost | Fellside Notes</title></head>
<body class="post-template-default single single-post postid-2231 single-format-standard wp-embed-responsive has-sidebar">
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits. By clicking "Accept", you consent to the use of ALL the cookies.<a role="button" class="cli_settings_button">Cookie settings</a><a role="button" id="cookie_action_close_header" class="cli-plugin-button">ACCEPT</a></span></div>
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Fellside Notes</a></p><p class="site-description">Walls, hedges and the people who mend them</p></div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/walls/">Walls</a></li><li><a href="/hedges/">Hedges</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2231" class="post-2231 post type-post status-publish format-standard hentry category-walls">
<header class="entry-header"><h1 class="entry-title">Repairing a dry stone wall after frost</h1><div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2024-02-20">February 20, 2024</time></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/tom/">Tom Airey</a></span></span></div></header>
<div class="entry-content">
<p>Every February the same thing happens: water gets into the hearting of an old wall, freezes, and pushes the face stones out. By March there is a belly in the wall, and by April a gap.</p>
<p>The first job is to take the wall down further than you think you need to, until you reach stones that are still tight. Lay the stones out on the ground in the order they came off, face stones on one side and hearting on the other.</p>
<p>When you rebuild, every stone should be set with its length into the wall, not along it, and each course should cross the joints of the one below. Pack the hearting by hand as you go; a wall that is hollow in the middle will fail again in the next hard winter.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/walls/" rel="category tag">Walls</a></span></footer>
</article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/hedge-laying/" rel="prev">Hedge laying in the Midland style</a></div><div class="nav-next"><a href="/through-stones/" rel="next">What through stones are for</a></div></div></nav>
</main></div>
<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" class="search-form"><input type="search" class="search-field"><input type="submit" class="search-submit" value="Search"></form></section><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/through-stones/">What through stones are for</a></li><li><a href="/hedge-laying/">Hedge laying in the Midland style</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div>
</body></html>)HTML",
           {"water gets into the hearting of an old wall", "take the wall down further than you think", "each course should cross the joints"},
           {"We use cookies on our website", "Cookie settings", "Hedge laying in the Midland style", "Proudly powered by WordPress", "Walls, hedges and the people"}});
}
