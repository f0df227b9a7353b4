"""`python -m core map REPORT.txt --png out.png|--html out.html [--title ...] [--types ...] [--size ...] [--tiles]`."""
from __future__ import annotations

import sys

from core.cli import UsageError
from core.commands.export import add_input_arguments, load_input, parse_types, write_output


def register(sub) -> None:
    from core.briefing import SIZES
    p = sub.add_parser("map", help="briefing map of a report as PNG (headless Chromium) or standalone HTML")
    add_input_arguments(p)
    p.add_argument("--png", help="write the briefing map as a PNG picture")
    p.add_argument("--html", help="write the briefing map as one HTML file that opens offline")
    p.add_argument("--title", default="Incidents")
    p.add_argument("--subtitle", default="", help="default: the number of incidents and the types shown")
    p.add_argument("--period", default="", help="date or date range shown on the map (default: the report's)")
    p.add_argument("--caption", default="", help="caption, e.g. the source of the report")
    p.add_argument("--size", default="1600x900", help=f"{', '.join(SIZES)} or WIDTHxHEIGHT (default 1600x900)")
    p.add_argument("--tiles", action="store_true", help="draw OpenStreetMap tiles (needs the internet)")
    p.set_defaults(run=run)


def run(args) -> int:
    from core.briefing import (Briefing, BrowserMissing, RenderError, briefing_html, check_browser, parse_size,
                               render_png, select)
    if not (args.png or args.html):
        raise UsageError("say where to write the map: --png FILE and/or --html FILE")
    try:
        parse_size(args.size)
    except ValueError as e:
        raise UsageError(str(e)) from None
    types = parse_types(args.types)
    if args.png:
        try:
            check_browser()
        except BrowserMissing as e:
            raise UsageError(str(e)) from None
    args.types = None
    loaded = load_input(args)
    b = Briefing(title=args.title, subtitle=args.subtitle, date=args.period or loaded.date or "",
                 types=types, caption=args.caption or f"Source: {loaded.source}", size=args.size,
                 tiles=args.tiles)
    chosen = select(loaded.incidents, types)
    page = briefing_html(loaded.incidents, b)
    if args.html:
        write_output(args.html, page.encode("utf-8"))
    if args.png:
        try:
            png = render_png(page, b.frame, markers=len(chosen), tiles=b.tiles)
        except (BrowserMissing, RenderError) as e:
            raise UsageError(str(e)) from None
        write_output(args.png, png)
    print(f"briefing map of {len(chosen)} incidents: {', '.join(p for p in (args.png, args.html) if p)}",
          file=sys.stderr)
    return 0
