"""Pages of our own for the option tests (test_module.py, test_dask.py)."""


def thread_page(lang):
    """An article of three paragraphs and, after it, a thread of three dated readers' posts."""
    if lang == "en":
        title = "The old bridge reopens after two years of repairs"
        paras = ["Traffic crossed the old river bridge again on Monday morning, two years after engineers closed it "
                 "when they found cracks in two of its stone arches.",
                 "The repairs cost more than planned, the city said, because the foundations had to be rebuilt "
                 "from the riverbed up before the arches could be restored.",
                 "Buses will return to the bridge next week; cyclists get a lane of their own on the north side."]
        posts = [("Maria", "March 3, 2024", "About time! I have been driving around through the ring road every day."),
                 ("Tom", "March 3, 2024", "A separate lane for bikes is the best news in this whole story."),
                 ("Priya", "March 4, 2024", "Does anyone know whether the footpath on the south side is open too?")]
        section = "comments"
    else:
        title = "Die alte Brücke ist nach zwei Jahren Sanierung wieder offen"
        paras = ["Seit Montagmorgen rollt der Verkehr wieder über die alte Flussbrücke, zwei Jahre nachdem "
                 "Fachleute Risse in zwei ihrer Steinbögen gefunden und sie gesperrt hatten.",
                 "Die Sanierung war teurer als geplant, teilte die Stadt mit, weil zuerst die Fundamente vom "
                 "Flussbett an neu gebaut werden mussten.",
                 "Busse fahren ab nächster Woche wieder über die Brücke; Radfahrer bekommen eine eigene Spur."]
        posts = [("Jana", "3. März 2024", "Endlich! Ich bin jeden Tag über den Ring ausgewichen, das hat gedauert."),
                 ("Lukas", "3. März 2024", "Die eigene Radspur ist die beste Nachricht in diesem ganzen Artikel."),
                 ("Selin", "4. März 2024", "Weiß jemand, ob auch der Fußweg auf der Südseite wieder offen ist?")]
        section = "kommentare"
    thread = "".join(f'<article class="post"><header><b>{who}</b> – {day}</header><p>{text}</p></article>'
                     for who, day, text in posts)
    page = (f'<html lang="{lang}"><head><title>{title}</title></head><body><main><article class="story">'
            f'<h1>{title}</h1>' + "".join(f"<p>{p}</p>" for p in paras) +
            f'</article><section id="{section}">{thread}</section></main></body></html>')
    return page, paras, [text for _, _, text in posts]


def relative_page():
    """A German story whose only date is an age by the headline: "vor 2 Tagen"."""
    return ('<html lang="de"><head><title>Hochwasser an der Mosel</title></head><body><article>'
            '<h1>Hochwasser an der Mosel: Pegel sinkt langsam</h1>'
            '<div class="meta"><span class="author">Lokalredaktion</span> <span class="time">vor 2 Tagen</span></div>'
            '<p>Nach dem Hochwasser der vergangenen Woche sinkt der Pegel an der Mosel nur langsam; die Uferstraßen '
            'bleiben vorerst gesperrt, teilte die Stadtverwaltung mit.</p>'
            '<p>Die Schifffahrt soll frühestens am Wochenende wieder freigegeben werden, sobald die Schleusen '
            'geprüft sind.</p></article></body></html>')
