"""`python -m core map REPORT.txt --png out.png|--html out.html|--pdf out.pdf [--paper a4|16:9] [--title ...]
[--types ...] [--size ...] [--tiles] [--lang ar|en] [--view S,W,N,E]`."""
from __future__ import annotations

import sys
from dataclasses import replace

from core.cli import UsageError
from core.commands.export import add_input_arguments, load_input, parse_types, write_output


def register(sub) -> None:
    from core.briefing import SIZES
    p = sub.add_parser("map", help="briefing map of a report as PNG (headless Chromium) or standalone HTML")
    add_input_arguments(p)
    p.add_argument("--png", help="write the briefing map as a PNG picture")
    p.add_argument("--html", help="write the briefing map as one HTML file that opens offline")
    p.add_argument("--pdf", help="write the briefing map as a one-page PDF (headless Chromium)")
    p.add_argument("--paper", default="a4", choices=["a4", "16:9"], help="the PDF's page: A4 landscape or a 16:9 slide")
    p.add_argument("--labels", choices=["ar", "en"], help="language of the place names (default: the report's)")
    p.add_argument("--view", help="the frame as SOUTH,WEST,NORTH,EAST in degrees (default: fitted to the incidents)")
    p.add_argument("--title", default="Incidents")
    p.add_argument("--subtitle", default="", help="default: the number of incidents and the types shown")
    p.add_argument("--period", default="", help="date or date range shown on the map (default: the report's)")
    p.add_argument("--caption", default="", help="caption, e.g. the source of the report")
    p.add_argument("--size", default="1600x900", help=f"{', '.join(SIZES)} or WIDTHxHEIGHT (default 1600x900)")
    p.add_argument("--tiles", action="store_true", help="draw OpenStreetMap tiles (needs the internet)")
    p.set_defaults(run=run)


def run(args) -> int:
    from core.briefing import Briefing, briefing_html, parse_size, select
    from core.chromium import BrowserMissing, RenderError, check_browser, render_png
    from core.chromium import PAPERS, render_pdf
    if not (args.png or args.html or args.pdf):
        raise UsageError("say where to write the map: --png FILE, --html FILE and/or --pdf FILE")
    view = parse_view(args.view) if args.view else None
    try:
        parse_size(args.size)
    except ValueError as e:
        raise UsageError(str(e)) from None
    types = parse_types(args.types)
    if args.png or args.pdf:
        try:
            check_browser()
        except BrowserMissing as e:
            raise UsageError(str(e)) from None
    args.types = None
    loaded = load_input(args)
    b = Briefing(title=args.title, subtitle=args.subtitle, date=args.period or loaded.date or "",
                 types=types, caption=args.caption or f"Source: {loaded.source}", size=args.size,
                 tiles=args.tiles, view=view, lang=args.labels)
    chosen = select(loaded.incidents, types)
    page = briefing_html(loaded.incidents, b) if args.png or args.html else ""
    if args.html:
        write_output(args.html, page.encode("utf-8"))
    if args.png:
        try:
            png = render_png(page, b.frame, markers=len(chosen), tiles=b.tiles)
        except (BrowserMissing, RenderError) as e:
            raise UsageError(str(e)) from None
        write_output(args.png, png)
    if args.pdf:
        paged = replace(b, size=PAPERS[args.paper][0])
        try:
            pdf = render_pdf(briefing_html(loaded.incidents, paged), paged.frame, args.paper, markers=len(chosen),
                             tiles=b.tiles)
        except (BrowserMissing, RenderError) as e:
            raise UsageError(str(e)) from None
        write_output(args.pdf, pdf)
    print(f"briefing map of {len(chosen)} incidents: {', '.join(p for p in (args.png, args.html, args.pdf) if p)}",
          file=sys.stderr)
    return 0


def parse_view(text: str) -> tuple[float, float, float, float]:
    """'S,W,N,E' in degrees -> a frame, or a one-line UsageError."""
    try:
        s, w, n, e = (float(v) for v in text.split(","))
    except ValueError:
        raise UsageError(f"--view {text!r} is not SOUTH,WEST,NORTH,EAST in degrees") from None
    if not (-90 <= s < n <= 90 and -180 <= w < e <= 180):
        raise UsageError(f"--view {text!r}: south must be below north and west left of east")
    return s, w, n, e
