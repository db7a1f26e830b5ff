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
