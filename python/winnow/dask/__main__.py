"""python3 -m winnow.dask --scheduler ADDR IN... -o OUT: the batch on a running Dask cluster."""
import argparse
import json
import logging
import sys

from .. import SiteProfile
from .._winnow import _Batch
from . import run


def parse_value(text):
    if text in ("true", "false"):
        return text == "true"
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    return text


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="python3 -m winnow.dask",
        description="Clean JSON Lines shards or folders of pages on a Dask cluster, as winnow --jsonl / "
                    "winnow -i DIR would on one machine; writes OUT/part-NNNNN.jsonl, one per input.")
    ap.add_argument("inputs", nargs="+", metavar="IN", help="JSON Lines file (plain or gzip) or folder of pages")
    ap.add_argument("-o", "--output", required=True, metavar="OUT", help="output folder")
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", metavar="ADDR", help="address of a running scheduler (tcp://host:8786)")
    where.add_argument("--local", type=int, metavar="N", help="start N local worker processes instead (127.0.0.1)")
    ap.add_argument("-f", "--format", choices=["xml", "text", "txt", "json", "markdown", "md", "audit"], default="xml")
    ap.add_argument("--comments", action="store_true",
                    help="keep reader comments apart, in <comments> (xml) / \"comments\" (json), as winnow --comments")
    ap.add_argument("--reference-date", metavar="YYYY-MM-DD",
                    help="the crawl date: later dates are not taken as publication dates (default: today)")
    prof = ap.add_mutually_exclusive_group()
    prof.add_argument("--no-site-profile", action="store_true", help="one pass, no learning")
    prof.add_argument("--load-profile", metavar="FILE", help="use this profile instead of learning one")
    ap.add_argument("--save-profile", metavar="FILE", help="save the learned profile")
    ap.add_argument("--option", action="append", default=[], metavar="NAME=VALUE",
                    help="a winnow.Cleaner option, e.g. --option nfkc=true (repeatable)")
    a = ap.parse_args(argv)
    options = {}
    for o in a.option:
        name, eq, value = o.partition("=")
        if not eq:
            ap.error(f"--option {o}: expected NAME=VALUE")
        options[name] = parse_value(value)
    if a.comments:
        options["comments"] = True
    if a.reference_date is not None:
        options["reference_date"] = a.reference_date
    try:
        _Batch(a.format, None, **options)  # a bad option or value: a usage error, before any cluster
    except (TypeError, ValueError) as e:
        ap.error(str(e))

    from distributed import Client, LocalCluster
    cluster = None
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.local, threads_per_worker=1, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        profile = SiteProfile.load(a.load_profile) if a.load_profile else None
        counts = run(a.inputs, a.output, client=client, format=a.format, profile=profile,
                     learn=not a.no_site_profile, save_profile=a.save_profile, **options)
    except KeyboardInterrupt:
        # As the CLI's interrupted runs: a line, not a traceback, and 128 + SIGINT. Each part is
        # written under a temporary name and renamed: those in OUT are complete, the rest absent.
        # The client's pending gathers end with AllExit, which asyncio would log once each.
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        sys.stderr.write("winnow.dask: interrupted: the parts in the output folder are complete, the others "
                         "were not written\n")
        return 130
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    json.dump(counts, sys.stdout)
    sys.stdout.write("\n")
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
