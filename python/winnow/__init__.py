"""winnow: clean structured XML, text or JSON from scraped web pages.

    import winnow
    xml = winnow.clean(page_bytes, url="https://example.org/a")      # one page
    cleaner = winnow.Cleaner(nfkc=True)                               # reusable, thread-safe
    doc = cleaner.clean(page_bytes, format="dict")
    profile = winnow.SiteProfile()                                    # batch: learn, then clean
    for page, url in pages: profile.learn(page, url=url)
    cleaner = winnow.Cleaner(profile=profile)

winnow.dask runs the batch (learn profiles, clean, write JSON Lines) on a Dask cluster.
docs/python.md is the manual.
"""
from ._winnow import Cleaner, Error, SiteProfile, __version__, clean

__all__ = ["Cleaner", "Error", "SiteProfile", "clean", "__version__"]
