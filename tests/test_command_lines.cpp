// A command line of a shell or a build file pasted into prose (filters/command_lines.cpp): a
// command, then options, paths, file names and shell operators close together. The round that
// showed it pasted only one shape (a Dockerfile's "RUN apt-get … && rm -rf …"); these cases are
// written for this test in other shapes: a Containerfile's COPY with lower-case arguments, pip,
// npm chained with "&&", docker run, make, a script run by its path; English, Spanish, Russian
// and Hindi articles; inside, after and between sentences and as blocks, in HTML and text.
// Look-alikes kept: prose naming a flag or a path, a path in Cyrillic prose, an article about
// Docker quoting one command in <code> and in <pre>, a sentence naming an exception, a shell
// session or script the author shows as text (prompts, variables).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "garbage_fresh_util.hpp"

using namespace winnow::test::garbage_fresh;

namespace {

const Article kEnglish{"en", "The mill turns again", " ",
    {{"The villagers repaired the old water mill over the winter.", "It ground its first flour in March."},
     {"Every Saturday the pupils come to watch the wheel turn.", "The miller explains how the stones are set."},
     {"Next year the village wants to open a small museum beside it.", "The council has promised a grant for the roof."}}};

const Article kSpanish{"es", "El molino vuelve a moler", " ",
    {{"Los vecinos repararon el viejo molino de agua durante el invierno.", "En marzo molió su primera harina."},
     {"Cada sábado los alumnos vienen a ver girar la rueda.", "El molinero explica cómo se ajustan las piedras."},
     {"El año próximo el pueblo quiere abrir un pequeño museo al lado.", "El ayuntamiento prometió una ayuda para el tejado."}}};

const Article kRussian{"ru", "Мельница снова работает", " ",
    {{"Жители деревни за зиму отремонтировали старую водяную мельницу.", "В марте она смолола первую муку."},
     {"Каждую субботу школьники приходят посмотреть, как вращается колесо.", "Мельник объясняет, как устанавливают жернова."},
     {"В следующем году деревня хочет открыть рядом небольшой музей.", "Совет обещал деньги на ремонт крыши."}}};

const Article kHindi{"hi", "पनचक्की फिर से चली", " ",
    {{"गांव के लोगों ने सर्दियों में पुरानी पनचक्की की मरम्मत की।", "मार्च में इसने पहला आटा पीसा।"},
     {"हर शनिवार बच्चे पहिया घूमते देखने आते हैं।", "चक्कीवाला बताता है कि पत्थर कैसे लगाए जाते हैं।"},
     {"अगले साल गांव इसके पास एक छोटा संग्रहालय खोलना चाहता है।", "पंचायत ने छत के लिए अनुदान का वादा किया है।"}}};

const std::vector<Debris> kDebris{
    {"en docker RUN inside", &kEnglish, true, At::inside,
     "RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg && rm -rf /var/lib/apt/lists/*", {"apt-get", "/var/lib"}},
    {"en containerfile COPY lower-case args after", &kEnglish, true, At::after, "COPY --chown=app:app ./src /app/src", {"--chown", "/app/src"}},
    {"es pip between", &kSpanish, true, At::between, "RUN pip install --no-cache-dir -r requirements.txt", {"pip install", "requirements"}},
    {"es npm chained inside (text)", &kSpanish, false, At::inside, "npm install --save-dev eslint && npm run lint", {"npm", "eslint"}},
    {"ru docker run after", &kRussian, true, At::after, "docker run -d -p 8080:80 -v /srv/data:/data nginx:alpine", {"docker", "/srv/data"}},
    {"ru make block", &kRussian, true, At::block, "make -j4 && sudo make install PREFIX=/usr/local", {"make", "/usr/local"}},
    {"hi script by path inside", &kHindi, true, At::inside, "chmod +x ./deploy.sh && ./deploy.sh --env production", {"deploy", "chmod"}},
    {"hi RUN block (text)", &kHindi, false, At::block,
     "RUN apt-get update && apt-get install -y libxml2-dev && rm -rf /var/lib/apt/lists/*", {"apt-get", "/var/lib"}},
};

const std::vector<Lookalike> kLookalikes{
    {"en flag and path named in prose", &kEnglish, true, At::after, "Use the -v flag to see more, or --help for the options, and edit /etc/hosts later."},
    {"es path in prose", &kSpanish, true, At::after, "El archivo está en /etc/hosts y el programa lo lee al arrancar."},
    {"ru paths in Cyrillic prose", &kRussian, true, At::after, "Настройки лежат в /etc/nginx/nginx.conf, а журналы пишутся в /var/log/nginx."},
    {"en exception named", &kEnglish, true, At::after, "The program raised a NullPointerException and the page stayed blank."},
    {"en docker article quotes a command in code", &kEnglish, true, At::block,
     "<p>To build it, run <code>docker build -t mill-app .</code> in the project folder.</p>", "To build it, run docker build -t mill-app . in the project folder."},
    {"en shell session the author shows, prompts", &kEnglish, true, At::block,
     "$ sudo mkdir -p /srv/mill $ sudo chown -R miller /srv/mill $ cd /srv/mill && ./start.sh --port 8080"},
    {"es script the author shows, variables (text)", &kSpanish, false, At::block,
     "for f in `ls /srv/fotos` do ./reducir.sh -q $f -o /srv/web done"},
    {"en docker article quotes a command in pre", &kEnglish, true, At::block,
     "<pre>RUN apt-get update &amp;&amp; apt-get install -y curl</pre>", "RUN apt-get update && apt-get install -y curl"},
};

}  // namespace

TEST_CASE("a shell's or a build file's command line in prose is cut") {
    const DebrisTally t = tally_debris(kDebris);
    INFO(t.report);
    CHECK(t.cut + t.partly == t.all);
    CHECK(t.cut == t.all);
}

TEST_CASE("prose naming a flag or a path, and commands quoted as code, stay") {
    const LookalikeTally t = tally_lookalikes(kLookalikes);
    INFO(t.report);
    CHECK(t.kept == t.all);
}
