"""The command line: headless commands, and launching the window.

`--version`, `--list`, `--check-content` and `--new-pack` never import Qt, so they are quick
and work on a machine without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from hvviz import __version__
from hvviz.core.text import LANGUAGES

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, such as 1280x720, not {text!r}") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"{text} is outside 320x240 to 7680x4320")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hvviz",
        description="A visual explainer of hypervisors: Type 1 and Type 2 as animated, clickable layer stacks.",
    )
    add = parser.add_argument
    add("--version", action="version", version=f"hvviz {__version__}")
    add("--lang", choices=LANGUAGES, help="language of the interface and content (default: Korean, or the last one used)")
    add("--pack", metavar="ID", help="open a bundled content pack (see --list)")
    add("--content", metavar="DIR", type=Path, help="open the content pack in this folder")
    add("--new-pack", metavar="DIR", type=Path, help="copy the bundled pack (or --pack ID) to DIR, to edit it, and exit")
    add("--watch", action="store_true", help="reload the pack whenever one of its files is saved")
    add("--select", metavar="ID", help="open with this layer selected (see --list)")
    add("--product", metavar="ID", help="open on a product's tab (see --list)")
    add("--io", metavar="METHOD", help="with --product: show the guest's I/O path for this method")
    add("--step", metavar="N", type=int, help="open at step N of the lesson (from 1)")
    add("--present", action="store_true", help="open presenting the lesson, full screen")
    add("--screen", metavar="N", type=int, help="with two screens: the one (from 0) the audience sees")
    add("--export-pdf", metavar="FILE", type=Path, help="write the lesson as a PDF handout and exit")
    add("--export-png", metavar="DIR", type=Path, help="write one PNG per lesson step (at --size) and exit")
    add("--projector", action="store_true", help="the projector theme: light, high contrast, large labels")
    add("--list", action="store_true", help="print the packs, and the stacks, layers and products of the one in use, and exit")
    add("--check-content", metavar="DIR", nargs="?", const="", default=None,
        help="check every bundled pack, or the one in DIR; print every problem with file, line and column; exit 1 if any")
    add("--screenshot", metavar="FILE.png", type=Path, help="render the window headless to a PNG and exit")
    add("--size", metavar="WxH", type=_size, default=(1280, 720), help="window size for --screenshot (default 1280x720)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `hvviz --list | head`: the reader has stopped, and that is fine
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so Python's own flush at exit stays quiet
        except OSError:
            pass
        return EXIT_OK
    except Exception as err:  # the last line of defence: a message, never a traceback
        import tempfile
        import traceback

        log = Path(tempfile.gettempdir()) / "hvviz-error.log"
        with open(log, "a", encoding="utf-8") as out:
            out.write(traceback.format_exc() + "\n")
        print(f"hvviz: {type(err).__name__}: {err} (details in {log})", file=sys.stderr)
        return EXIT_ERROR


def _run(args: argparse.Namespace) -> int:
    from hvviz import cli_pack

    if args.check_content is not None:
        folders = cli_pack.folders_to_check(args)
        return cli_pack.check_command(folders) if folders is not None else EXIT_USAGE
    folder = cli_pack.pack_folder(args)
    if folder is None:
        return EXIT_USAGE
    if args.new_pack is not None:
        return cli_pack.new_pack_command(folder, args.new_pack)
    content, errors = cli_pack.load(folder)
    headless = args.list or args.screenshot is not None or args.export_pdf is not None or args.export_png is not None
    if errors:
        return cli_pack.report_load_errors(folder, errors, headless or not _has_display(), args.lang)
    lang = args.lang or "ko"
    if args.list:
        return cli_pack.list_command(content, lang)
    problem = cli_pack.check_view_options(content, args)
    if problem:
        print(f"hvviz: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if args.export_pdf is not None or args.export_png is not None:
        return _export(content, args, lang)
    theme = "projector" if args.projector else "default"
    if args.screenshot is not None:
        from PySide6.QtCore import QSize

        from hvviz.app import render_screenshot

        render_screenshot(content, args.screenshot, QSize(*args.size), lang, args.select, args.product, args.io, theme,
                          step=args.step)
        print(f"wrote {args.screenshot} ({args.size[0]}x{args.size[1]})")
        return EXIT_OK
    return _launch(content, args)


def _export(content, args: argparse.Namespace, lang: str) -> int:
    """--export-pdf / --export-png: the lesson, rendered off screen."""
    if not content.lesson:
        print("hvviz: this pack has no lesson (lesson.yaml) to export", file=sys.stderr)
        return EXIT_ERROR
    from hvviz.app import application
    from hvviz.features.export._qt.pdf_handout import export_pdf
    from hvviz.features.export._qt.png_slides import export_png
    from hvviz.gui.korean_font import register_fonts

    application(offscreen=True)
    family = register_fonts()
    try:
        if args.export_pdf is not None:
            pages = export_pdf(content, family, lang, args.export_pdf)
            print(f"wrote {args.export_pdf} ({pages} pages)")
        if args.export_png is not None:
            files = export_png(content, family, lang, "projector" if args.projector else "default", args.export_png, args.size)
            print(f"wrote {len(files)} images to {args.export_png}")
    except OSError as err:
        print(f"hvviz: {err}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _has_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _launch(content, args: argparse.Namespace) -> int:
    if not _has_display():
        print("hvviz: no display found. Run it in a desktop session, or use --screenshot FILE.png.", file=sys.stderr)
        return EXIT_ERROR
    from hvviz.platform_check import xcb_problem

    problem = xcb_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_ERROR
    from hvviz.app import run_window

    return run_window(content, args.lang, args.select, args.product, args.io, "projector" if args.projector else None,
                      step=args.step, present=args.present, screen=args.screen, watch=args.watch)
