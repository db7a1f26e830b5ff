// Page kinds of issue 18, twelfth round (kinds10_util.hpp: each page as written and class-blind):
// question pages whose answers sit in a box of their own under a heading, the question in the box
// before it (en, ko, es HTML5, de div soup); product pages whose short description stands with
// the title and price and whose description is a tab panel under its own heading (en and ja
// WooCommerce, fr div soup, ru HTML5); event pages whose when-and-where lines stand in a box
// between the headline and the description (en, ar, de, ja). Written from how these systems
// mark pages up, not from any test data.

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("en: Q&A page, question box then an answers box under \"3 Answers\", accepted answer, votes, sidebar") {
    check({"k12_en_qa", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Why does my sourdough starter smell like nail polish remover? - Baking Q&amp;A</title></head>
<body class="question-page">
<header class="top-bar"><a class="logo" href="/">Baking Q&amp;A</a><ol class="top-nav"><li><a href="/questions">Questions</a></li><li><a href="/tags">Tags</a></li><li><a href="/users">Users</a></li></ol><a class="login" href="/login">Log in</a> <a class="signup" href="/signup">Sign up</a></header>
<div id="content">
<div id="question-header"><h1 itemprop="name"><a href="/q/812" class="question-hyperlink">Why does my sourdough starter smell like nail polish remover?</a></h1><a href="/ask" class="ask-btn">Ask Question</a></div>
<div class="question-meta">Asked <time datetime="2024-01-14">Jan 14</time> · Viewed 3k times</div>
<div id="mainbar">
<div class="question" id="question"><div class="post-layout"><div class="votecell"><button class="vote-up">Up vote</button><div class="vote-count">24</div><button class="vote-down">Down vote</button></div>
<div class="postcell"><div class="s-prose js-post-body"><p>I have been feeding my rye starter once a day for two weeks. It rises well, but for the last few days it has a sharp smell, a bit like acetone. Is it spoiled, or am I doing something wrong?</p></div>
<div class="post-taglist"><a class="post-tag" href="/tags/sourdough">sourdough</a> <a class="post-tag" href="/tags/fermentation">fermentation</a></div>
<div class="post-menu"><a href="/q/812/share">Share</a> <a href="/posts/812/edit">Improve this question</a> <button>Follow</button></div>
<div class="user-info">asked Jan 14 <a href="/u/5521">marta_b</a> 121 ● 5</div></div></div>
<div class="comments"><ul class="comments-list"><li class="comment"><span class="comment-copy">What flour and what temperature?</span> – <a class="comment-user" href="/u/77">kw</a> <span class="comment-date">Jan 14</span></li></ul><a class="js-add-link" href="#">Add a comment</a></div>
</div>
<div id="answers"><div id="answers-header"><h2>3 Answers</h2><div class="sort">Sorted by: <select><option>Highest score (default)</option></select></div></div>
<div class="answer accepted-answer" id="answer-813"><div class="post-layout"><div class="votecell"><div class="vote-count">41</div><div class="accepted-mark" title="The question owner accepted this as the best answer">Accepted</div></div>
<div class="answercell"><div class="s-prose js-post-body"><p>Your starter is hungry, not spoiled. When the yeast and bacteria run out of food, they start producing ethyl acetate and other solvents, which is the smell you are noticing.</p><p>Feed it twice a day, or feed it once with a larger ratio such as one part starter to five parts flour and water. Within three or four days the smell should turn mild and yoghurt-like again.</p></div>
<div class="post-menu"><a href="/a/813/share">Share</a> <a href="/posts/813/edit">Improve this answer</a> <button>Follow</button></div>
<div class="user-info">answered Jan 14 <a href="/u/91">Tomasz</a> 8,402 ● 3 ● 29</div></div></div></div>
<div class="answer" id="answer-815"><div class="post-layout"><div class="votecell"><div class="vote-count">6</div></div>
<div class="answercell"><div class="s-prose js-post-body"><p>Also check your kitchen temperature. Above 27 degrees a rye starter burns through its food very quickly.</p></div>
<div class="post-menu"><a href="/a/815/share">Share</a> <button>Follow</button></div>
<div class="user-info">answered Jan 15 <a href="/u/300">loafer</a> 412 ● 8</div></div></div></div>
<h2 class="your-answer">Your Answer</h2><form id="post-form"><textarea></textarea><button>Post Your Answer</button></form>
</div></div>
<div id="sidebar"><div class="hot-questions"><h4>Hot Network Questions</h4><ul><li><a href="/q/1">Can I proof dough in the fridge for three days?</a></li><li><a href="/q/2">Why did my macarons crack on top?</a></li><li><a href="/q/3">Is baking soda the same as bicarbonate?</a></li></ul></div></div>
</div>
<footer class="site-footer"><ul><li><a href="/tour">Tour</a></li><li><a href="/help">Help</a></li><li><a href="/legal/privacy">Privacy</a></li></ul><p>Site design / logo © 2024; user contributions licensed under CC BY-SA.</p></footer>
</body></html>)HTML",
           {"feeding my rye starter once a day for two weeks", "Your starter is hungry, not spoiled", "Within three or four days the smell should turn mild"},
           {"Hot Network Questions", "Post Your Answer", "Improve this answer", "Can I proof dough in the fridge", "user contributions licensed"}});
}

TEST_CASE("ko: Q&A page, question box holding its title, answers box with a chosen answer, answer form") {
    check({"k12_ko_qa", R"HTML(<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>전세 계약 만료 전에 이사하면 중개 수수료는 누가 내나요? : 생활 지식 Q&amp;A</title></head>
<body>
<div class="gnb"><a href="/" class="logo">생활 지식 Q&amp;A</a><ul><li><a href="/list">질문 목록</a></li><li><a href="/ranking">지식인 랭킹</a></li><li><a href="/login">로그인</a></li></ul></div>
<div class="container">
<div class="question-box"><h2 class="q-title">전세 계약 만료 전에 이사하면 중개 수수료는 누가 내나요?</h2><div class="q-info">질문자 도토리 · 2024.03.05 · 조회 1,204</div>
<div class="q-body"><p>계약 기간이 아직 5개월 남았는데 회사 때문에 다른 도시로 이사를 가야 합니다. 집주인이 새 세입자를 구하는 중개 수수료를 저더러 내라고 하는데, 원래 그런 건가요?</p></div>
<div class="q-tags"><a href="/tag/전세">#전세</a> <a href="/tag/이사">#이사</a></div></div>
<div class="answer-list"><h3>답변 2개</h3>
<div class="answer selected"><div class="badge">질문자 채택</div><div class="a-writer">부동산지기 · 답변 채택률 87%</div>
<div class="a-body"><p>법으로 정해진 것은 없지만, 계약 기간 중에 임차인 사정으로 나가는 경우에는 새 세입자를 들이는 중개 수수료를 기존 임차인이 부담하는 것이 일반적인 관행입니다.</p><p>다만 계약서에 특약이 있다면 그 내용이 우선합니다. 보증금 반환 시기도 새 세입자가 들어오는 날로 맞추는 경우가 많으니 미리 날짜를 협의해 두세요.</p></div>
<div class="a-actions"><button>추천 12</button> <button>신고</button></div></div>
<div class="answer"><div class="a-writer">익명 · 2024.03.06</div><div class="a-body"><p>저도 같은 경우였는데 반반 나눠서 냈어요. 집주인과 이야기해 보세요.</p></div><div class="a-actions"><button>추천 1</button></div></div>
</div>
<div class="answer-form"><h3>답변하기</h3><textarea></textarea><button>답변 등록</button></div>
</div>
<div class="aside"><h3>많이 본 질문</h3><ol><li><a href="/q/10">월세 세액공제 받는 방법</a></li><li><a href="/q/11">확정일자는 언제 받아야 하나요</a></li><li><a href="/q/12">관리비에 포함되는 항목</a></li></ol></div>
<div class="footer"><a href="/terms">이용약관</a> | <a href="/privacy">개인정보처리방침</a> | © 2024</div>
</body></html>)HTML",
           {"계약 기간이 아직 5개월 남았는데", "기존 임차인이 부담하는 것이 일반적인 관행입니다", "계약서에 특약이 있다면 그 내용이 우선합니다"},
           {"월세 세액공제 받는 방법", "답변 등록", "개인정보처리방침", "지식인 랭킹"}});
}

TEST_CASE("es: Q&A page in HTML5, question <article>, answers <section> under an <h2>, related aside") {
    check({"k12_es_qa", R"HTML(<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>¿Se puede plantar un aguacate en maceta? - Preguntas de Jardinería</title></head>
<body>
<header><a href="/">Preguntas de Jardinería</a><nav><a href="/preguntas">Preguntas</a> <a href="/etiquetas">Etiquetas</a> <a href="/entrar">Entrar</a></nav></header>
<main>
<h1>¿Se puede plantar un aguacate en maceta?</h1>
<article>
<p>Tengo un hueso de aguacate que germinó en un vaso de agua y ya tiene tres hojas. Vivo en un piso sin jardín y me gustaría saber si puede crecer en una maceta grande en el balcón o si acabará muriendo.</p>
<footer><a href="/etiqueta/frutales">frutales</a> <a href="/etiqueta/macetas">macetas</a> · preguntada por <a href="/u/12">lucia_m</a> el 3 de marzo</footer>
</article>
<section>
<h2>2 respuestas</h2>
<article>
<p>Sí, aunque rara vez dará fruto. Elige una maceta de al menos cuarenta litros con buen drenaje y un sustrato ligero, porque las raíces del aguacate se pudren con facilidad si el agua se queda estancada.</p>
<p>Ponlo en el lugar más luminoso del balcón y protégelo de las heladas en invierno; por debajo de cero grados las hojas se queman en una sola noche.</p>
<footer>respondida por <a href="/u/40">viverista</a> · <span>Respuesta aceptada</span></footer>
</article>
<article>
<p>El mío lleva seis años en maceta. Podarlo cada primavera lo mantiene compacto.</p>
<footer>respondida por <a href="/u/77">pablo</a></footer>
</article>
</section>
<form><h3>Tu respuesta</h3><textarea></textarea><button>Publicar respuesta</button></form>
</main>
<aside><h3>Preguntas relacionadas</h3><ul><li><a href="/q/5">¿Cada cuánto riego un limonero?</a></li><li><a href="/q/6">¿Por qué amarillean las hojas del olivo?</a></li></ul></aside>
<footer><a href="/privacidad">Privacidad</a> · <a href="/condiciones">Condiciones de uso</a></footer>
</body></html>)HTML",
           {"un hueso de aguacate que germinó en un vaso de agua", "Elige una maceta de al menos cuarenta litros", "protégelo de las heladas en invierno"},
           {"¿Cada cuánto riego un limonero?", "Condiciones de uso", "Publicar respuesta"}});
}

TEST_CASE("de: Q&A page in div soup, question and answers boxes, best answer label, similar questions") {
    check({"k12_de_qa", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Darf mein Vermieter den Schlüssel behalten? - Mietrecht Fragen</title></head>
<body>
<div><a href="/">Mietrecht Fragen</a> | <a href="/fragen">Alle Fragen</a> | <a href="/stellen">Frage stellen</a> | <a href="/login">Anmelden</a></div>
<div>
<div><h1>Darf mein Vermieter den Schlüssel behalten?</h1><div>Gefragt am 2. April 2024 von <a href="/u/8">Jonas_K</a></div>
<div><p>Bei meinem Einzug hat der Vermieter einen Wohnungsschlüssel behalten, angeblich für Notfälle. Ich fühle mich damit nicht wohl. Muss ich das hinnehmen, oder kann ich verlangen, dass er ihn herausgibt?</p></div></div>
<div><h2>2 Antworten</h2>
<div><div>Beste Antwort</div><p>Nein, das müssen Sie nicht hinnehmen. Mit der Übergabe der Wohnung steht Ihnen der alleinige Besitz zu, und dazu gehören alle Schlüssel. Ohne Ihre Zustimmung darf der Vermieter keinen Schlüssel zurückbehalten, auch nicht für Notfälle.</p><p>Fordern Sie ihn schriftlich mit einer Frist zur Herausgabe auf. Betritt er die Wohnung ohne Erlaubnis, kann das sogar ein Hausfriedensbruch sein.</p><div>Antwort von <a href="/u/3">RA_Weber</a> · 31 hilfreich</div></div>
<div><p>Bei uns stand das so im Mietvertrag, das war trotzdem unwirksam.</p><div>Antwort von <a href="/u/90">mieterin77</a> · 4 hilfreich</div></div>
</div>
<div><h3>Ihre Antwort</h3><form><textarea></textarea><button>Antwort senden</button></form></div>
</div>
<div><h3>Ähnliche Fragen</h3><ul><li><a href="/f/1">Wie lange darf die Nebenkostenabrechnung dauern?</a></li><li><a href="/f/2">Muss ich beim Auszug streichen?</a></li></ul></div>
<div><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></div>
</body></html>)HTML",
           {"Bei meinem Einzug hat der Vermieter einen Wohnungsschlüssel behalten", "Mit der Übergabe der Wohnung steht Ihnen der alleinige Besitz zu", "Fordern Sie ihn schriftlich mit einer Frist"},
           {"Wie lange darf die Nebenkostenabrechnung dauern", "Antwort senden", "Impressum"}});
}

TEST_CASE("en: WooCommerce product, short description in the summary, description tab panel, reviews, related") {
    check({"k12_en_product", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Walnut Pour-Over Stand – Hearth &amp; Grain</title><meta property="og:type" content="product"></head>
<body class="product-template-default single single-product postid-412 woocommerce woocommerce-page">
<div class="woocommerce-store-notice demo_store">Free shipping on orders over $60 this week only. <a href="#" class="woocommerce-store-notice__dismiss-link">Dismiss</a></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" class="custom-logo-link">Hearth &amp; Grain</a></div><nav id="site-navigation" class="main-navigation"><ul class="menu"><li><a href="/shop/">Shop</a></li><li><a href="/journal/">Journal</a></li><li><a href="/about/">About</a></li></ul></nav><div class="site-header-cart"><a class="cart-contents" href="/cart/">$0.00 0 items</a></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/shop/brewing/">Brewing</a> / Walnut Pour-Over Stand</nav>
<div id="product-412" class="product type-product status-publish instock product_cat-brewing has-post-title">
<div class="woocommerce-product-gallery images"><figure class="woocommerce-product-gallery__wrapper"><div class="woocommerce-product-gallery__image"><a href="/img/stand.jpg"><img src="/img/stand-600.jpg" alt=""></a></div></figure></div>
<div class="summary entry-summary">
<h1 class="product_title entry-title">Walnut Pour-Over Stand</h1>
<p class="price"><span class="woocommerce-Price-amount amount">$84.00</span></p>
<div class="woocommerce-product-details__short-description"><p>A single-cup stand turned from one piece of oiled black walnut, with a brass ring that holds any cone dripper steady over a mug up to eleven centimetres tall.</p></div>
<form class="cart" method="post"><div class="quantity"><input type="number" class="input-text qty text" value="1"></div><button type="submit" name="add-to-cart" class="single_add_to_cart_button button alt">Add to cart</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">HG-POS-01</span></span> <span class="posted_in">Category: <a href="/shop/brewing/">Brewing</a></span></div>
</div>
<div class="woocommerce-tabs wc-tabs-wrapper">
<ul class="tabs wc-tabs" role="tablist"><li class="description_tab active"><a href="#tab-description">Description</a></li><li class="additional_information_tab"><a href="#tab-additional_information">Additional information</a></li><li class="reviews_tab"><a href="#tab-reviews">Reviews (2)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description" role="tabpanel">
<h2>Description</h2>
<p>Each stand is cut from walnut offcuts left over from our furniture workshop, so the grain and colour vary from piece to piece. We finish the wood with three coats of hardwax oil, which keeps it from staining when the dripper overflows.</p>
<p>The brass ring is lathe-spun and left unlacquered. It will darken over the first months of use; a little citric acid brings back the shine if you prefer it bright.</p>
</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information" role="tabpanel" style="display:none">
<h2>Additional information</h2>
<table class="woocommerce-product-attributes shop_attributes"><tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label">Weight</th><td class="woocommerce-product-attributes-item__value"><p>0.9 kg</p></td></tr><tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label">Dimensions</th><td class="woocommerce-product-attributes-item__value"><p>14 × 14 × 19 cm</p></td></tr></table>
</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" role="tabpanel" style="display:none">
<div id="reviews" class="woocommerce-Reviews"><h2 class="woocommerce-Reviews-title">2 reviews for Walnut Pour-Over Stand</h2><ol class="commentlist"><li class="review"><div class="comment_container"><div class="star-rating">Rated 5 out of 5</div><p class="meta"><strong class="woocommerce-review__author">Dana</strong> – <time>March 2, 2024</time></p><div class="description"><p>Heavier than I expected and it does not wobble at all, even with a big ceramic cone.</p></div></div></li><li class="review"><div class="comment_container"><div class="star-rating">Rated 4 out of 5</div><p class="meta"><strong class="woocommerce-review__author">Luis</strong> – <time>April 9, 2024</time></p><div class="description"><p>Lovely object, the ring was a little tight for my plastic dripper at first.</p></div></div></li></ol></div>
</div>
</div>
<section class="related products"><h2>Related products</h2><ul class="products columns-3"><li class="product"><a href="/p/kettle/" class="woocommerce-LoopProduct-link"><h2 class="woocommerce-loop-product__title">Gooseneck Kettle</h2><span class="price">$59.00</span></a><a href="?add-to-cart=77" class="button">Add to cart</a></li><li class="product"><a href="/p/scale/" class="woocommerce-LoopProduct-link"><h2 class="woocommerce-loop-product__title">Brewing Scale</h2><span class="price">$38.00</span></a><a href="?add-to-cart=78" class="button">Add to cart</a></li><li class="product"><a href="/p/filters/" class="woocommerce-LoopProduct-link"><h2 class="woocommerce-loop-product__title">Paper Filters, 100</h2><span class="price">$7.00</span></a><a href="?add-to-cart=79" class="button">Add to cart</a></li></ul></section>
</div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 Hearth &amp; Grain · <a href="/privacy/">Privacy policy</a> · Built with WooCommerce</div></footer>
</body></html>)HTML",
           {"single-cup stand turned from one piece of oiled black walnut", "cut from walnut offcuts left over from our furniture workshop", "lathe-spun and left unlacquered"},
           {"Free shipping on orders over", "Gooseneck Kettle", "Privacy policy", "does not wobble at all", "Add to cart"}});
}

TEST_CASE("ja: WooCommerce product, short description, description tab, hidden specs and reviews, related") {
    check({"k12_ja_product", R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>有田焼 しのぎ マグカップ 藍 | うつわ日和</title><meta property="og:type" content="product"></head>
<body class="product-template-default single single-product woocommerce">
<div id="cookie-notice" class="cn-bottom"><span class="cn-text">当サイトではお客様の利便性向上のためクッキーを使用しています。</span><a href="#" class="cn-accept-cookie">同意する</a></div>
<header class="site-header"><a href="/" class="logo">うつわ日和</a><nav class="gnav"><ul><li><a href="/shop/">商品一覧</a></li><li><a href="/makers/">作り手</a></li><li><a href="/guide/">ご利用ガイド</a></li><li><a href="/contact/">お問い合わせ</a></li></ul></nav></header>
<main id="main" class="site-main">
<nav class="woocommerce-breadcrumb"><a href="/">ホーム</a> / <a href="/shop/mug/">マグカップ</a> / 有田焼 しのぎ マグカップ 藍</nav>
<div id="product-208" class="product type-product instock">
<div class="woocommerce-product-gallery"><img src="/img/mug.jpg" alt=""></div>
<div class="summary entry-summary">
<h1 class="product_title entry-title">有田焼 しのぎ マグカップ 藍</h1>
<p class="price"><span class="amount">¥3,850</span>（税込）</p>
<div class="woocommerce-product-details__short-description"><p>佐賀県有田町の窯元で一つずつ削り出した「しのぎ」模様のマグカップです。深い藍色の釉薬が削りの凹凸にたまり、光の当たり方で表情が変わります。</p></div>
<form class="cart"><input type="number" value="1"><button type="submit" class="single_add_to_cart_button button">カートに入れる</button></form>
<div class="product_meta"><span class="sku_wrapper">商品番号: <span class="sku">AR-SN-07</span></span><span class="posted_in">カテゴリー: <a href="/shop/mug/">マグカップ</a></span></div>
</div>
<div class="woocommerce-tabs wc-tabs-wrapper">
<ul class="tabs wc-tabs"><li class="description_tab"><a href="#tab-description">説明</a></li><li class="additional_information_tab"><a href="#tab-additional_information">追加情報</a></li><li class="reviews_tab"><a href="#tab-reviews">レビュー (1)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description">
<h2>説明</h2>
<p>しのぎとは、成形した器の表面を鉋で削り、稜線を連続させる技法です。この窯では職人が一本ずつ手で削るため、線の間隔や深さはひとつとして同じものがありません。</p>
<p>電子レンジと食器洗い乾燥機でお使いいただけます。ただし、急な温度変化はひびの原因になりますので、冷蔵庫から出してすぐに熱湯を注ぐことはお避けください。</p>
</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information" style="display:none">
<h2>追加情報</h2><table class="shop_attributes"><tr><th>重さ</th><td>280 g</td></tr><tr><th>サイズ</th><td>口径 8.5 cm × 高さ 9 cm</td></tr><tr><th>容量</th><td>320 ml</td></tr></table>
</div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews" style="display:none">
<div id="reviews"><h2>「有田焼 しのぎ マグカップ 藍」への1件のレビュー</h2><ol class="commentlist"><li class="review"><div class="star-rating">5つ星のうち5</div><p class="meta"><strong>みさき</strong> – 2024年3月4日</p><div class="description"><p>手に持ったときの削りの感触がとても気持ちいいです。毎朝使っています。</p></div></li></ol></div>
</div>
</div>
<section class="related products"><h2>関連商品</h2><ul class="products"><li class="product"><a href="/p/yunomi/"><h2 class="woocommerce-loop-product__title">有田焼 湯呑み 白磁</h2><span class="price">¥2,200</span></a><a href="?add-to-cart=31" class="button">カートに入れる</a></li><li class="product"><a href="/p/plate/"><h2 class="woocommerce-loop-product__title">しのぎ 取り皿 藍</h2><span class="price">¥1,980</span></a><a href="?add-to-cart=32" class="button">カートに入れる</a></li><li class="product"><a href="/p/bowl/"><h2 class="woocommerce-loop-product__title">飯碗 灰釉</h2><span class="price">¥2,640</span></a><a href="?add-to-cart=33" class="button">カートに入れる</a></li></ul></section>
</div>
</main>
<footer class="site-footer"><p><a href="/tokushoho/">特定商取引法に基づく表記</a> · <a href="/privacy/">プライバシーポリシー</a></p><p>© 2024 うつわ日和</p></footer>
</body></html>)HTML",
           {"一つずつ削り出した「しのぎ」模様のマグカップです", "成形した器の表面を鉋で削り", "急な温度変化はひびの原因になります"},
           {"クッキーを使用しています", "有田焼 湯呑み 白磁", "特定商取引法に基づく表記", "毎朝使っています", "カートに入れる"}});
}

TEST_CASE("fr: product page in div soup, lead under title and price, description panel, hidden reviews") {
    check({"k12_fr_product", R"HTML(<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Couverture en laine des Pyrénées – L'Atelier Lainier</title></head>
<body>
<div><a href="/">L'Atelier Lainier</a> <a href="/boutique">Boutique</a> <a href="/histoire">Notre histoire</a> <a href="/panier">Panier (0)</a></div>
<div><a href="/">Accueil</a> › <a href="/boutique/plaids">Plaids</a> › Couverture en laine des Pyrénées</div>
<div>
<div><img src="/img/couverture.jpg" alt=""></div>
<div><h1>Couverture en laine des Pyrénées</h1><div>129,00 €</div>
<div><p>Une couverture tissée dans notre atelier d'Ariège avec la laine de brebis des estives voisines, lavée à l'eau de source et jamais teinte.</p></div>
<form><select><option>140 × 200 cm</option><option>200 × 220 cm</option></select><button>Ajouter au panier</button></form><div>Réf. : ALP-COUV-02</div></div>
<div><ul><li><a href="#d">Description</a></li><li><a href="#a">Avis (3)</a></li></ul>
<div id="d"><h2>Description</h2><p>La laine est filée à moins de trente kilomètres de l'atelier, puis tissée sur un métier des années cinquante qui donne au tissu sa densité et son léger relief.</p><p>Un simple aérage au soleil suffit la plupart du temps. Si nécessaire, lavez-la à la main à l'eau froide avec un savon doux et séchez-la à plat.</p></div>
<div id="a" style="display:none"><h2>Avis (3)</h2><div><b>Claire</b><p>Très chaude et magnifique, elle ne gratte pas du tout.</p></div></div></div>
</div>
<div><h2>Vous aimerez aussi</h2><div><a href="/p/plaid">Plaid à carreaux 89,00 €</a></div><div><a href="/p/coussin">Housse de coussin 35,00 €</a></div><div><a href="/p/chaussettes">Chaussettes en laine 18,00 €</a></div></div>
<div><a href="/cgv">CGV</a> · <a href="/mentions">Mentions légales</a> · © 2024 L'Atelier Lainier</div>
</body></html>)HTML",
           {"Une couverture tissée dans notre atelier d'Ariège", "La laine est filée à moins de trente kilomètres", "lavez-la à la main à l'eau froide"},
           {"Ajouter au panier", "Housse de coussin", "Mentions légales", "elle ne gratte pas du tout"}});
}

TEST_CASE("ru: product page in HTML5 sections, lead beside the buy form, description panel, hidden reviews") {
    check({"k12_ru_product", R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Чайник чугунный «Тэцубин» 0,8 л — Чайная лавка</title></head>
<body>
<header><a href="/">Чайная лавка</a><nav><a href="/catalog">Каталог</a> <a href="/delivery">Доставка</a> <a href="/cart">Корзина</a></nav></header>
<main>
<nav><a href="/">Главная</a> / <a href="/catalog/posuda">Посуда</a> / Чайник чугунный «Тэцубин» 0,8 л</nav>
<section>
<figure><img src="/img/tetsubin.jpg" alt=""></figure>
<section><h1>Чайник чугунный «Тэцубин» 0,8 л</h1><p><b>4 900 ₽</b></p>
<p>Чугунный чайник с эмалированной внутренней поверхностью и ситечком из нержавеющей стали: держит тепло заваренного чая почти полчаса и подходит для любых сортов.</p>
<form><input type="number" value="1"><button>В корзину</button></form><p>Артикул: TB-08</p></section>
<section><nav><a href="#opisanie">Описание</a> <a href="#otzyvy">Отзывы (2)</a></nav>
<div id="opisanie"><h2>Описание</h2><p>Чайник отлит в песчаную форму вручную, поэтому рисунок на крышке у каждого экземпляра немного отличается. Эмаль внутри защищает чугун от ржавчины и не впитывает запахи.</p><p>Не ставьте чайник на открытый огонь и не оставляйте в нём воду после чаепития: просушите его, сняв крышку.</p></div>
<div id="otzyvy" hidden><h2>Отзывы</h2><p><b>Андрей:</b> Красивый и тяжёлый, чай остаётся горячим очень долго.</p></div>
</section>
</section>
<section><h2>С этим товаром покупают</h2><ul><li><a href="/p/cups">Набор пиал, 4 шт. — 1 800 ₽</a></li><li><a href="/p/tray">Чайный поднос — 2 300 ₽</a></li></ul></section>
</main>
<footer><a href="/oferta">Публичная оферта</a> · © 2024 Чайная лавка</footer>
</body></html>)HTML",
           {"Чугунный чайник с эмалированной внутренней поверхностью", "Чайник отлит в песчаную форму вручную", "Не ставьте чайник на открытый огонь"},
           {"В корзину", "Набор пиал", "Публичная оферта", "чай остаётся горячим очень долго"}});
}

TEST_CASE("en: event page, when/where lines between headline and description (8:30 pm – 10:30 pm), calendar links") {
    check({"k12_en_event", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Night Walk: Bats of the Old Canal | Greenway Events</title></head>
<body class="tribe-events-page-template single-tribe_events">
<header class="site-header"><a class="site-logo" href="/">Greenway</a><nav><ul class="menu"><li><a href="/events/">Events</a></li><li><a href="/volunteer/">Volunteer</a></li><li><a href="/shop/">Shop</a></li></ul></nav></header>
<main id="tribe-events-pg-template" class="tribe-events-pg-template"><div id="tribe-events-content" class="tribe-events-single">
<p class="tribe-events-back"><a href="/events/">« All Events</a></p>
<h1 class="tribe-events-single-event-title">Night Walk: Bats of the Old Canal</h1>
<div class="event-when-where"><p class="event-date">Friday, June 14, 2024, 8:30 pm – 10:30 pm</p><p class="event-venue">Lock Keeper's Cottage, Canal Lane, Stoke Bruerne</p><p class="event-cost">Tickets £6, members free</p></div>
<div class="tribe-events-single-event-description tribe-events-content">
<p>Join our bat recorder on a slow evening walk along the towpath, listening for pipistrelles and Daubenton's bats as they hunt low over the water. Each group carries a bat detector that turns their calls into clicks we can hear.</p>
<p>The walk is about three kilometres on a flat, unlit path. Bring a torch with a red filter if you have one and wear shoes you do not mind getting muddy. Suitable for children over eight.</p>
</div>
<div class="tribe-events-cal-links"><a class="tribe-events-gcal" href="https://www.google.com/calendar/">+ Google Calendar</a><a class="tribe-events-ical" href="?ical=1">+ iCal Export</a></div>
<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix">
<div class="tribe-events-meta-group tribe-events-meta-group-details"><h2 class="tribe-events-single-section-title">Details</h2><dl><dt>Date:</dt><dd><abbr class="tribe-events-start-date" title="2024-06-14">June 14</abbr></dd><dt>Time:</dt><dd><div class="tribe-events-start-time">8:30 pm - 10:30 pm</div></dd><dt>Cost:</dt><dd class="tribe-events-event-cost">£6</dd></dl></div>
<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title">Venue</h2><dl><dd class="tribe-venue">Lock Keeper's Cottage</dd><dd class="tribe-venue-location"><address class="tribe-events-address"><span class="tribe-street-address">Canal Lane</span>, <span class="tribe-locality">Stoke Bruerne</span></address></dd></dl></div></div>
<div id="tribe-events-footer"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="/event/pond-dipping/">« Pond Dipping for Families</a></li><li class="tribe-events-nav-next"><a href="/event/moth-trapping/">Moth Trapping Morning »</a></li></ul></div>
</div></main>
<footer class="site-footer"><p>Greenway Trust, registered charity 1012345 · <a href="/privacy/">Privacy</a></p></footer>
</body></html>)HTML",
           {"Join our bat recorder on a slow evening walk", "Bring a torch with a red filter", "June 14, 2024, 8:30 pm – 10:30 pm", "Lock Keeper's Cottage, Canal Lane"},
           {"Pond Dipping for Families", "Google Calendar", "registered charity", "Volunteer"}});
}

TEST_CASE("ar: event page, labelled date, time span, place and entry lines under the headline, upcoming events") {
    check({"k12_ar_event", R"HTML(<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>أمسية شعرية: أصوات من المدينة القديمة | بيت الثقافة</title></head>
<body>
<div class="header"><a class="logo" href="/">بيت الثقافة</a><ul class="nav"><li><a href="/events/">الفعاليات</a></li><li><a href="/library/">المكتبة</a></li><li><a href="/contact/">اتصل بنا</a></li></ul></div>
<div class="content"><div class="event">
<h1>أمسية شعرية: أصوات من المدينة القديمة</h1>
<div class="event-info"><div><b>التاريخ:</b> الخميس 16 مايو 2024</div><div><b>الوقت:</b> 7:00 – 9:30 مساءً</div><div><b>المكان:</b> القاعة الكبرى، شارع المتنبي</div><div><b>الدخول:</b> مجاني</div></div>
<div class="event-body"><p>يستضيف بيت الثقافة ثلاثة شعراء شباب يقرؤون قصائد كتبوها عن أزقة المدينة القديمة وأسواقها وبيوتها التي تغيّرت ملامحها خلال العقدين الأخيرين.</p><p>تعقب القراءات جلسة حوار مفتوحة مع الجمهور يديرها الناقد سامي الحداد، ويُختتم اللقاء بتوقيع المجموعة المشتركة الصادرة حديثاً عن دار النشر.</p></div>
<div class="event-actions"><a href="/cal/88.ics">أضف إلى التقويم</a> · <a href="https://wa.me/?text=">شارك عبر واتساب</a></div>
</div>
<div class="more-events"><h3>فعاليات قادمة</h3><ul><li><a href="/e/89">ورشة الخط العربي للمبتدئين</a></li><li><a href="/e/90">عرض فيلم وثائقي عن الحرف اليدوية</a></li></ul></div></div>
<div class="footer">© 2024 بيت الثقافة · <a href="/privacy/">سياسة الخصوصية</a></div>
</body></html>)HTML",
           {"ثلاثة شعراء شباب يقرؤون قصائد", "جلسة حوار مفتوحة مع الجمهور", "الخميس 16 مايو 2024", "القاعة الكبرى، شارع المتنبي"},
           {"ورشة الخط العربي للمبتدئين", "سياسة الخصوصية", "شارك عبر واتساب"}});
}

TEST_CASE("de: event page, date with a clock span, place, entry under the headline, description") {
    check({"k12_de_event", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Offene Sternwarte: Saturn im Fernrohr | Volkssternwarte Auenfeld</title></head>
<body>
<div class="kopf"><a href="/">Volkssternwarte Auenfeld</a> <a href="/termine">Termine</a> <a href="/verein">Verein</a> <a href="/kontakt">Kontakt</a></div>
<div class="inhalt"><div class="termin">
<h1>Offene Sternwarte: Saturn im Fernrohr</h1>
<div class="termin-daten"><p>Samstag, 21. September 2024, 20:30 – 23:00 Uhr</p><p>Sternwarte am Galgenberg, Zum Observatorium 4, 35112 Auenfeld</p><p>Eintritt frei, Spenden willkommen</p></div>
<div class="termin-text"><p>Bei klarem Himmel zeigen wir Ihnen an unserem großen Spiegelteleskop den Saturn mit seinen Ringen und, wenn die Luft ruhig ist, auch einige seiner Monde. Unsere Vereinsmitglieder erklären, was man sieht und wie das Teleskop funktioniert.</p><p>Bei bewölktem Himmel findet stattdessen ein Vortrag im Seminarraum statt. Bitte denken Sie an warme Kleidung, denn die Kuppel ist nicht beheizt.</p></div>
<div class="termin-aktionen"><a href="/ics/77">In den Kalender</a> · <a href="/termine">Alle Termine</a></div>
</div></div>
<div class="fuss"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></div>
</body></html>)HTML",
           {"Samstag, 21. September 2024, 20:30 – 23:00 Uhr", "Sternwarte am Galgenberg", "den Saturn mit seinen Ringen", "die Kuppel ist nicht beheizt"},
           {"In den Kalender", "Impressum"}});
}

TEST_CASE("ja: event page in <article>, 日時/会場 lines in a <section> under the <h1>, description") {
    check({"k12_ja_event", R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>親子で楽しむ 竹とんぼ教室 | みどり町公民館</title></head>
<body>
<header><a href="/">みどり町公民館</a><nav><a href="/events/">イベント</a> <a href="/rooms/">施設利用</a> <a href="/access/">アクセス</a></nav></header>
<main><article>
<h1>親子で楽しむ 竹とんぼ教室</h1>
<section><p>日時：2024年7月27日（土）10:00～12:00</p><p>会場：みどり町公民館 第二工作室</p><p>参加費：一組 500円（材料費）</p></section>
<section><p>地域の竹細工名人を講師に迎え、小刀と紙やすりを使って一人一本の竹とんぼを作ります。最後に中庭で飛ばし比べをして、いちばん長く飛んだ親子には記念品を差し上げます。</p><p>対象は小学三年生以上のお子さんと保護者です。刃物を使うため、必ず保護者の方と一緒にご参加ください。</p></section>
<p><a href="/form/88">申し込みフォーム</a> ・ <a href="/events/">イベント一覧へ戻る</a></p>
</article></main>
<footer><p>© みどり町公民館 <a href="/privacy/">個人情報の取り扱い</a></p></footer>
</body></html>)HTML",
           {"日時：2024年7月27日（土）10:00", "会場：みどり町公民館 第二工作室", "小刀と紙やすりを使って一人一本の竹とんぼを作ります", "必ず保護者の方と一緒にご参加ください"},
           {"申し込みフォーム", "個人情報の取り扱い"}});
}
