import datetime
from typing import Any, Literal, overload

__version__: str

InputKind = Literal["auto", "html", "text"]
Data = bytes | bytearray | memoryview | str
Day = str | datetime.date  # "YYYY-MM-DD"
StrFormat = Literal["xml", "text", "txt", "json", "markdown", "md", "audit"]

class Error(ValueError):
    """A page could not be cleaned; the message says why."""

class SiteProfile:
    """Blocks that recur across many pages of each site, learned page by page."""
    without_host: int
    def __init__(self) -> None: ...
    def learn(self, data: Data, *, url: str | None = None, charset: str | None = None,
              input: InputKind = "auto", **options: Any) -> str | None: ...
    def merge(self, other: SiteProfile) -> None: ...
    def pages_of(self, host: str) -> int: ...
    def pages_with(self, host: str, text: str) -> int: ...
    def dumps(self) -> str: ...
    def save(self, path: str | bytes | Any) -> None: ...
    @staticmethod
    def loads(text: str) -> SiteProfile: ...
    @staticmethod
    def load(path: str | bytes | Any) -> SiteProfile: ...

class Cleaner:
    """A reusable cleaner; clean() may run in many threads at once (the GIL is released)."""
    def __init__(self, *, profile: SiteProfile | None = None, input: InputKind = "auto",
                 keep_links: bool = True, comments: bool = False, reference_date: Day | None = None,
                 preclean: bool = True, text_runs: bool = True, nfkc: bool = ...,
                 repair_mojibake: bool = ..., fold_typography: bool = ...,
                 repeated_blocks: bool = ..., promo: bool = ..., garbage: bool = ...,
                 link_residue: bool = ..., site_boilerplate: bool = ...,
                 site_min_share: float = ..., site_min_pages: int = ...,
                 max_input_bytes: int = ..., max_dom_depth: int = ..., max_nodes: int = ...,
                 max_attributes: int = ..., max_text_run: int = ..., max_millis: int = ...,
                 report: bool = False, pretty: bool = True, front_matter: bool = False) -> None: ...
    @overload
    def clean(self, data: Data, *, url: str | None = None, charset: str | None = None,
              input: InputKind | None = None, format: StrFormat = "xml",
              reference_date: Day | None = None) -> str: ...
    @overload
    def clean(self, data: Data, *, url: str | None = None, charset: str | None = None,
              input: InputKind | None = None, format: Literal["dict"],
              reference_date: Day | None = None) -> dict[str, Any]: ...

@overload
def clean(data: Data, *, url: str | None = None, charset: str | None = None, input: InputKind = "auto",
          format: StrFormat = "xml", **options: Any) -> str: ...
@overload
def clean(data: Data, *, url: str | None = None, charset: str | None = None, input: InputKind = "auto",
          format: Literal["dict"], **options: Any) -> dict[str, Any]: ...
