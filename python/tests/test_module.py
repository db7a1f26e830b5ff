"""The winnow Python module against the CLI: same output, errors as winnow.Error, threads."""
import concurrent.futures
import glob
import json
import os
import threading
import time

import pytest

import winnow
from conftest import SAMPLES, run_cli
from pages import relative_page, thread_page


def sample_paths():
    paths = sorted(glob.glob(os.path.join(SAMPLES, "*.html")) + glob.glob(os.path.join(SAMPLES, "*.txt")))
    assert len(paths) >= 5
    return paths


@pytest.mark.parametrize("path", sample_paths(), ids=os.path.basename)
def test_samples_equal_cli(cli, path):
    with open(path, "rb") as f:
        data = f.read()
    assert winnow.clean(data) == run_cli(cli, path).decode("utf-8")
    assert winnow.clean(data, format="text") == run_cli(cli, "--format", "text", path).decode("utf-8")
    url = "https://news.example.org/2024/story.html"
    assert winnow.clean(data, url=url, format="json", report=True) == \
        run_cli(cli, "--format", "json", "--report", "--url", url, path).decode("utf-8")
    d = winnow.clean(data, format="dict")
    assert d == json.loads(run_cli(cli, "--format", "json", path))


def test_options_reach_the_library(cli):
    path = os.path.join(SAMPLES, "alibaba-ai-investment.txt")
    with open(path, "rb") as f:
        data = f.read()
    assert winnow.clean(data, input="text", fold_typography=True, nfkc=True) == \
        run_cli(cli, "--input", "text", "--fold-typography", "--nfkc", path).decode("utf-8")
    # str input is already decoded: taken as UTF-8 whatever the page declares.
    page = "<html><head><meta charset='windows-1251'><title>Über</title></head><body><article><p>" + \
        "Größe und Café — ein Absatz mit genug Wörtern, damit er als Inhalt gilt. " * 3 + "</p></article></body></html>"
    assert "Größe und Café" in winnow.clean(page, format="text")
    c = winnow.Cleaner(input="html", pretty=False)
    assert "\n  " not in c.clean(page)
    assert c.clean(page, input="text", format="text") != c.clean(page, format="text")


def test_bad_input_raises_error():
    page = b"<html><body><p>" + b"word " * 1000 + b"</p></body></html>"
    with pytest.raises(winnow.Error, match="size limit|too large|bytes"):
        winnow.clean(page, max_input_bytes=100)
    with pytest.raises(winnow.Error):
        winnow.Cleaner(max_input_bytes=100).clean(page, format="dict")
    assert issubclass(winnow.Error, ValueError)
    with pytest.raises(TypeError, match="unknown option 'colour'"):
        winnow.clean(page, colour=True)
    with pytest.raises(TypeError, match="bytes or str"):
        winnow.clean(42)
    with pytest.raises(TypeError):
        winnow.clean(page, promo="yes")
    with pytest.raises(ValueError, match="format"):
        winnow.clean(page, format="yaml")
    with pytest.raises(ValueError, match="input"):
        winnow.clean(page, input="pdf")
    with pytest.raises(winnow.Error, match="site profile"):
        winnow.SiteProfile.loads("not a profile\n")
    with pytest.raises(winnow.Error):
        winnow.SiteProfile().learn(page, max_input_bytes=100)


@pytest.mark.parametrize("lang", ["en", "de", "ru", "ja"])
def test_sliced_buffers_are_read_as_their_bytes(lang):
    # A memoryview sliced with a step is not one run of memory: view[::2] skips every other byte
    # and view[::-1] starts at its last byte. The page cleaned is the view's bytes, as bytes(view).
    words = {"en": "The council met on Tuesday and agreed the budget for the harbour. ",
             "de": "Der Rat tagte am Dienstag und beschloss den Haushalt für den Hafen. ",
             "ru": "Совет собрался во вторник и утвердил бюджет для гавани города. ",
             "ja": "議会は火曜日に開かれ、港の予算を承認した。"}[lang]
    page = ("<html><body><article><h1>%s</h1><p>%s</p></article></body></html>" % (words[:20], words * 8)).encode()
    c = winnow.Cleaner()
    # Each byte doubled: view[::2] is the page itself, and the bytes between are never read.
    doubled = bytearray(len(page) * 2)
    doubled[0::2] = page
    doubled[1::2] = b"\xff" * len(page)
    assert c.clean(memoryview(doubled)[::2], format="text") == c.clean(page, format="text")
    backwards = bytearray(page[::-1])
    assert c.clean(memoryview(backwards)[::-1], format="text") == c.clean(page, format="text")
    assert winnow.SiteProfile().learn(memoryview(doubled)[::2], url="https://example.org/a") == "example.org"


def test_threads_equal_one_thread(shb_dev):
    pages, _ = shb_dev
    cleaner = winnow.Cleaner()
    one = [cleaner.clean(p) for _, p in pages]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        many = list(pool.map(cleaner.clean, [p for _, p in pages]))
    assert many == one
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        many = list(pool.map(lambda p: winnow.clean(p, format="dict"), [p for _, p in pages]))
    assert many == [json.loads(cleaner.clean(p, format="json")) for _, p in pages]


def test_gil_is_released(shb_dev):
    """While one thread cleans a page, another one keeps running Python."""
    pages, _ = shb_dev
    big = max((p for _, p in pages), key=len)
    cleaner = winnow.Cleaner()
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.0005)

    t = threading.Thread(target=tick)
    t.start()
    try:
        time.sleep(0.01)
        n0 = len(ticks)
        for _ in range(20):
            cleaner.clean(big)
        n1 = len(ticks)
    finally:
        done.set()
        t.join()
    # With the GIL held during clean(), the ticker could run only between the 20 calls.
    assert n1 - n0 > 50


def learn_folder(folder, names):
    p = winnow.SiteProfile()
    for n in names:
        with open(os.path.join(folder, n), "rb") as f:
            import gzip
            p.learn(gzip.decompress(f.read()))
    return p


def test_profile_learn_and_merge_equal_cli(cli, shb_dev, tmp_path):
    pages, folder = shb_dev
    names = [n for n, _ in pages]
    halves = names[::2], names[1::2]
    profiles = []
    for i, half in enumerate(halves):
        d = tmp_path / f"in{i}"
        d.mkdir()
        for n in half:
            os.symlink(os.path.join(folder, n), d / n)
        saved = tmp_path / f"cli{i}.profile"
        run_cli(cli, "-q", "-i", str(d), "-o", str(tmp_path / f"out{i}"), "--learn-only", "--save-profile", str(saved))
        p = learn_folder(folder, half)
        assert p.dumps() == saved.read_text(encoding="utf-8")  # learned as the CLI learns
        assert winnow.SiteProfile.load(saved) == p
        profiles.append(p)
    run_cli(cli, "--merge-profiles", str(tmp_path / "merged.profile"), str(tmp_path / "cli0.profile"),
            str(tmp_path / "cli1.profile"))
    merged = winnow.SiteProfile()
    merged.merge(profiles[0])
    merged.merge(profiles[1])
    assert merged.dumps() == (tmp_path / "merged.profile").read_text(encoding="utf-8")
    whole = learn_folder(folder, names)
    assert whole == merged  # merging is learning all at once
    merged.save(tmp_path / "py.profile")
    assert (tmp_path / "py.profile").read_bytes() == (tmp_path / "merged.profile").read_bytes()
    import pickle
    assert pickle.loads(pickle.dumps(merged)) == merged
    assert sum(1 for line in merged.dumps().splitlines() if line) > 2  # not an empty profile


def test_profile_drops_site_chrome():
    """A block on every page of a site is dropped with the profile, kept without it."""
    chrome = "Subscribe to our weekly letter and never miss a story from the newsroom again."
    bodies = [
        "The harbour authority approved the new ferry timetable after months of consultation with residents.",
        "Die Stadtbibliothek verlängert ihre Öffnungszeiten am Wochenende, wie der Gemeinderat beschloss.",
        "La municipalité a inauguré un nouveau parc au bord de la rivière, ouvert à tous dès samedi.",
        "El ayuntamiento presentó el plan de carriles bici que conectará los barrios del norte y del sur.",
    ]

    def page(i, body):
        return (f"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}</h1>"
                f"<p>{body} {body}</p><p>{chrome}</p><p>{body}</p></article></body></html>")

    profile = winnow.SiteProfile()
    for i, body in enumerate(bodies):
        assert profile.learn(page(i, body), url=f"https://Local.Example/{i}") == "local.example"
    assert profile.pages_of("local.example") == 4
    assert profile.learn(page(9, bodies[0])) is None and profile.without_host == 1
    with_profile = winnow.Cleaner(profile=profile).clean(page(0, bodies[0]), url="https://local.example/0",
                                                         format="text")
    without = winnow.Cleaner().clean(page(0, bodies[0]), url="https://local.example/0", format="text")
    assert chrome in without and chrome not in with_profile
    assert bodies[0] in with_profile


# ---------------------------------------------------------------- options the CLI has too

@pytest.mark.parametrize("lang", ["en", "de"])
def test_comments_off_by_default_on_with_the_option(cli, tmp_path, lang):
    page, paras, posts = thread_page(lang)
    plain = winnow.clean(page)
    assert "<comments>" not in plain and all(p not in plain for p in posts)
    assert all(p in plain for p in paras)
    assert winnow.clean(page, comments=False) == plain

    xml = winnow.clean(page, comments=True)
    body, _, rest = xml.partition("</body>")
    assert all(p in body for p in paras) and all(p not in body for p in posts)
    comments = rest[rest.index("<comments>"):rest.index("</comments>")]
    assert all(p in comments for p in posts)
    d = winnow.Cleaner(comments=True).clean(page, format="dict")
    assert all(any(p in b.get("text", "") for b in d["comments"]) for p in posts)
    assert "comments" not in winnow.clean(page, format="dict")
    # As the CLI's --comments.
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert xml == run_cli(cli, "--comments", str(path)).decode("utf-8")


def test_reference_date_dates_relative_ages(cli, tmp_path):
    import datetime
    page = relative_page()
    assert winnow.clean(page, format="dict")["meta"].get("published", "") == ""  # no reference: no day
    d = winnow.clean(page, format="dict", reference_date="2024-03-10")
    assert d["meta"]["published"] == "2024-03-08"
    assert winnow.clean(page, format="dict", reference_date=datetime.date(2024, 3, 1))["meta"]["published"] == \
        "2024-02-28"  # leap year
    c = winnow.Cleaner(reference_date="2024-03-10")
    assert c.clean(page, format="dict")["meta"]["published"] == "2024-03-08"
    # Per page, over the cleaner's (a WARC record's own date).
    assert c.clean(page, format="dict", reference_date="2023-01-01")["meta"]["published"] == "2022-12-30"
    assert c.clean(page, format="dict", reference_date=None)["meta"]["published"] == "2024-03-08"
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert winnow.clean(page, reference_date="2024-03-10") == \
        run_cli(cli, "--reference-date", "2024-03-10", str(path)).decode("utf-8")
    # The upper bound of a plausible date: a day after the reference date is not the publication.
    later = page.replace("vor 2 Tagen", "15.06.2024")
    assert winnow.clean(later, format="dict", reference_date="2024-07-01")["meta"]["published"] == "2024-06-15"
    assert winnow.clean(later, format="dict", reference_date="2024-03-10")["meta"].get("published", "") == ""


@pytest.mark.parametrize("bad", ["2024-13-01", "2024-02-30", "2023-02-29", "10.03.2024", "2024-3-10", "", "yesterday"])
def test_bad_reference_date_raises_value_error_naming_it(bad):
    page = relative_page()
    with pytest.raises(ValueError, match="reference_date.*" + repr(bad)):
        winnow.clean(page, reference_date=bad)
    with pytest.raises(ValueError, match=repr(bad)):
        winnow.Cleaner().clean(page, reference_date=bad)
    with pytest.raises(ValueError, match=repr(bad)):
        winnow.SiteProfile().learn(page, reference_date=bad)


def test_option_values_are_checked():
    page = relative_page()
    with pytest.raises(TypeError, match="reference_date"):
        winnow.clean(page, reference_date=20240310)
    for name, value in [("max_millis", -1), ("max_millis", 2**32), ("max_nodes", 2**70), ("site_min_share", 1.5),
                        ("site_min_share", float("nan")), ("max_input_bytes", 0)]:
        with pytest.raises(ValueError, match=name):
            winnow.Cleaner(**{name: value})
    for name, value in [("comments", 1), ("text_runs", "no"), ("site_min_share", "0.3"), ("max_nodes", 1.0),
                        ("front_matter", None), ("input", 3)]:
        with pytest.raises(TypeError, match=name):
            winnow.Cleaner(**{name: value})
    with pytest.raises(TypeError, match="url"):
        winnow.clean(page, url=b"https://example.org/")
    with pytest.raises(TypeError, match="unknown option 'front_matter'"):
        winnow.SiteProfile().learn(page, front_matter=True)  # learning writes nothing
    assert winnow.clean(page, site_min_share=1, max_millis=0, format="text")  # 0: no time budget


def test_text_runs_and_formats_equal_cli(cli, tmp_path):
    page, _, _ = thread_page("en")
    long_code = "<pre>" + "x = compute(x) + 1\n" * 4000 + "</pre>"
    page = page.replace("</article><section", long_code + "</article><section")
    assert winnow.clean(page, text_runs=False) == winnow.clean(page)  # the same result, slower
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    url = "https://news.example.org/bridge"
    for fmt, args in [("markdown", ["-f", "markdown"]), ("md", ["-f", "md"]), ("audit", ["-f", "audit"]),
                      ("txt", ["-f", "txt"])]:
        assert winnow.clean(page, url=url, format=fmt) == run_cli(cli, *args, "--url", url, str(path)).decode("utf-8")
    md = winnow.clean(page, url=url, format="markdown", front_matter=True, comments=True)
    assert md == run_cli(cli, "-f", "markdown", "--front-matter", "--comments", "--url", url, str(path)).decode("utf-8")
    assert md.startswith("---\n") and "title:" in md.split("\n---\n")[0]
    assert not winnow.clean(page, format="markdown").startswith("---\n")


def test_long_jsonl_lines_fail_as_in_the_cli(cli):
    """A line past --max-size fails the same way in the module's batch (the Dask engine's) as in
    `winnow --jsonl`; one longer than the limit only through needless escapes is a page in both."""
    from winnow._winnow import _Batch
    limit = 20_000
    page = "<html><body><article><h1>Мост</h1>" + "".join(
        f"<p>Старый мост через реку &amp; город {i}.</p>" for i in range(150)) + "</article></body></html>"
    escaped = json.dumps({"url": "https://m.example/esc", "html": page}).replace("<", "\\u003c").replace(">", "\\u003e")
    big = json.dumps({"url": "https://m.example/big", "html": "<p>" + "y" * (3 * limit) + "</p>"})
    assert len(escaped) > limit > len(page.encode())
    lines = [escaped.encode(), big.encode()]
    want = run_cli(cli, "--jsonl", "--no-site-profile", "--max-size", str(limit), stdin=b"\n".join(lines) + b"\n", rc=1)
    got, counts = _Batch("xml", None, max_input_bytes=limit).clean_lines(lines, 1)
    assert got == want
    assert counts["failed"] == 1


@pytest.mark.parametrize("lang", ["en", "de"])
def test_surrogate_escaped_str_is_cleaned_as_its_bytes(lang):
    """A str from bytes.decode("utf-8", "surrogateescape") (a page in another charset, or UTF-8
    with a few bad bytes) is cleaned as the bytes it came from, not refused."""
    page = thread_page(lang)[0].replace("<p>", "<p>Café · ", 1)
    for raw in (page.encode("latin-1", "replace"),                              # no UTF-8 at all
                page.encode("utf-8").replace(b"<p>", b"<p>\xff\xfe", 1)):      # UTF-8, two bad bytes
        text = raw.decode("utf-8", "surrogateescape")
        assert any("\udc80" <= ch <= "\udcff" for ch in text)
        assert winnow.clean(text, url="https://example.org/a") == winnow.clean(raw, url="https://example.org/a")
        profile = winnow.SiteProfile()
        assert profile.learn(text, url="https://example.org/a") == "example.org"


def test_lone_surrogates_in_str_arguments():
    """Other lone surrogates (U+D800.., as from a JSON "\\ud800" escape) are read as U+FFFD; an
    argument that takes names (format, input, option names) refuses them with ValueError or
    TypeError naming the argument, never with pybind11's cast message."""
    page = thread_page("en")[0]
    want = winnow.clean(page.replace("Traffic", "\ufffdTraffic"), format="text")
    assert winnow.clean(page.replace("Traffic", "\ud800Traffic"), format="text") == want
    assert winnow.clean(page, url="https://example.org/\udc80", format="dict")["meta"]["url"] == \
        "https://example.org/\ufffd"
    winnow.clean(page, charset="\udc80")  # an unknown charset: detected instead
    profile = winnow.SiteProfile()
    assert profile.pages_of("\udc80") == 0 and profile.pages_with("a\ud800", "\udc80") == 0
    refused = [
        (ValueError, "format", lambda: winnow.clean(page, format="\udc80")),
        (ValueError, "format", lambda: winnow.Cleaner().clean(page, format="x\ud800")),
        (ValueError, "input", lambda: winnow.clean(page, input="\udc80")),
        (ValueError, "input", lambda: winnow.Cleaner(input="\udc80")),
        (ValueError, "input", lambda: profile.learn(page, url="https://example.org/", input="\udc80")),
        (ValueError, "reference_date", lambda: winnow.clean(page, reference_date="\udc80")),
        (ValueError, "reference_date", lambda: winnow.Cleaner().clean(page, reference_date="2024-01-0\udc80")),
        (TypeError, "unknown option", lambda: winnow.clean(page, **{"\udc80": True})),
        (winnow.Error, "site profile", lambda: winnow.SiteProfile.loads("\udc80")),
        (TypeError, "format", lambda: winnow.clean(page, format=1)),
        (TypeError, "host", lambda: profile.pages_of(b"example.org")),
    ]
    for kind, name, call in refused:
        with pytest.raises(kind) as e:
            call()
        assert name in str(e.value) and "cast" not in str(e.value) and "incompatible" not in str(e.value)
