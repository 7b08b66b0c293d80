"""The command line: headless commands, and launching the window.

`--version`, `--list` and `--check-content` never import Qt, so they are quick and
work on a machine without a display.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from pathlib import Path

from hvviz import __version__
from hvviz.model.cache import load_content_cached
from hvviz.model.content import Content
from hvviz.model.i18n import LANGUAGES

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
        description="A visual explainer of hypervisors: Type I and Type II as animated, clickable layer stacks.",
    )
    parser.add_argument("--version", action="version", version=f"hvviz {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the interface and content (default: Korean, or the last one used)")
    parser.add_argument("--select", metavar="ID", help="open with this layer selected (see --list)")
    parser.add_argument("--product", metavar="ID", help="open on a product's tab (see --list)")
    parser.add_argument("--io", metavar="METHOD", help="with --product: show the guest's I/O path for this method")
    parser.add_argument("--step", metavar="N", type=int, help="open at step N of the lesson (from 1)")
    parser.add_argument("--present", action="store_true", help="open presenting the lesson, full screen")
    parser.add_argument("--screen", metavar="N", type=int, help="with two screens: the one (from 0) the audience sees")
    parser.add_argument("--export-pdf", metavar="FILE", type=Path, help="write the lesson as a PDF handout and exit")
    parser.add_argument("--export-png", metavar="DIR", type=Path, help="write one PNG per lesson step (at --size) and exit")
    parser.add_argument("--projector", action="store_true", help="the projector theme: light, high contrast, large labels")
    parser.add_argument("--content", metavar="DIR", type=Path, help="use another content folder")
    parser.add_argument("--list", action="store_true", help="print the stack and layer ids and exit")
    parser.add_argument(
        "--check-content", metavar="DIR", nargs="?", const="", default=None,
        help="check a content folder (default: the one in use), print every problem, exit 1 if there are any",
    )
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path, help="render the window headless to a PNG and exit")
    parser.add_argument("--size", metavar="WxH", type=_size, default=(1280, 720), help="window size for --screenshot (default 1280x720)")
    return parser


def _content_dir(args: argparse.Namespace) -> Path:
    if args.content is not None:
        return args.content
    from hvviz.resources import default_content_dir

    return default_content_dir()


def _load(folder: Path):
    """(content, []) or (None, errors); a cached load when the files are unchanged."""
    from hvviz.model.errors import ContentErrors

    try:
        return load_content_cached(folder), []
    except ContentErrors as err:
        return None, err.errors


def _print_errors(errors, stream) -> None:
    for error in errors:
        print(str(error), file=stream)
    print(f"{len(errors)} problem{'s' if len(errors) != 1 else ''} found.", file=stream)


def _summary(content: Content, folder: Path) -> str:
    layers = sum(len(stack.layers()) for stack in content.stacks)
    return (
        f"content OK: {len(content.stacks)} stacks, {layers} layers, {len(content.notes)} notes, "
        f"{len(content.analogies)} analogies, {len(content.products)} products, {len(content.sources)} sources in {folder}"
    )


def check_command(folder: Path) -> int:
    """--check-content: always the full check, never the cache."""
    from hvviz.model.loader import check_content

    content, errors = check_content(folder)
    if errors:
        _print_errors(errors, sys.stdout)
        return EXIT_ERROR
    print(_summary(content, folder))
    return EXIT_OK


def list_command(content: Content, lang: str) -> int:
    for stack in content.stacks:
        print(f"{stack.id}\t{stack.title.get(lang)}")
        for layer in stack.layers():
            print(f"  {layer.id}\t{layer.label.get(lang)}")
    products = content.product_tabs()
    if products:
        print("products (--product ID --io METHOD):")
        for product in products:
            print(f"  {product.id}\t{product.name.get(lang)}\t{' '.join(product.io_methods)}")
    return EXIT_OK


def _check_view_options(content: Content, args: argparse.Namespace) -> str | None:
    """A message if --product, --io or --select name something that does not exist."""
    if args.product is not None:
        products = [p.id for p in content.product_tabs()]
        if args.product not in products:
            close = difflib.get_close_matches(args.product, products, n=1)
            return f"no product tab has the id {args.product!r}" + (f"; did you mean {close[0]}?" if close else f" (one of: {', '.join(products)})")
        methods = content.products[args.product].io_methods
        if args.io is not None and args.io not in methods:
            return f"{args.product} has no I/O method {args.io!r} (one of: {', '.join(methods)})"
    elif args.io is not None:
        return "--io needs --product"
    if args.select is not None and not content.has_layer(args.select):
        known = [layer.id for stack in content.stacks for layer in stack.layers()]
        close = difflib.get_close_matches(args.select, known, n=1)
        return f"no layer has the id {args.select!r}" + (f"; did you mean {close[0]}?" if close else " (see hvviz --list)")
    return None


def export_command(content: Content, args: argparse.Namespace, lang: str) -> int:
    """--export-pdf / --export-png: the lesson, rendered off screen."""
    if not content.lesson:
        print("hvviz: this content has no lesson (content/lesson.yaml) to export", file=sys.stderr)
        return EXIT_ERROR
    from PySide6.QtCore import QSize

    from hvviz import export
    from hvviz.app import application, build_window

    application(offscreen=True)
    window = build_window(content, lang, theme="projector" if args.projector else "default")
    window.resize(QSize(*args.size))
    window.show()
    if args.export_pdf is not None:
        pages = export.export_pdf(window, args.export_pdf)
        print(f"wrote {args.export_pdf} ({pages} pages)")
    if args.export_png is not None:
        files = export.export_png(window, args.export_png, QSize(*args.size))
        print(f"wrote {len(files)} images to {args.export_png}")
    window.close()
    return EXIT_OK


def _has_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # the last line of defence: a message, never a traceback
        import tempfile
        import traceback

        log = Path(tempfile.gettempdir()) / "hvviz-error.log"
        with open(log, "a", encoding="utf-8") as out:
            out.write(traceback.format_exc() + "\n")
        print(f"hvviz: {type(err).__name__}: {err} (details in {log})", file=sys.stderr)
        return EXIT_ERROR


def _run(args: argparse.Namespace) -> int:
    if args.check_content is not None:
        folder = Path(args.check_content) if args.check_content else _content_dir(args)
        return check_command(folder)

    folder = _content_dir(args)
    content, errors = _load(folder)
    headless = args.list or args.screenshot is not None or not _has_display()
    if errors:
        if headless:
            print(f"hvviz: the content in {folder} has problems:", file=sys.stderr)
            _print_errors(errors, sys.stderr)
        else:
            from hvviz.app import show_content_errors

            _print_errors(errors, sys.stderr)
            show_content_errors(errors, args.lang or "ko")
        return EXIT_ERROR

    lang = args.lang or "ko"
    if args.list:
        return list_command(content, lang)
    problem = _check_view_options(content, args)
    if problem:
        print(f"hvviz: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if args.step is not None and not 1 <= args.step <= len(content.lesson):
        print(f"hvviz: --step must be from 1 to {len(content.lesson)}", file=sys.stderr)
        return EXIT_USAGE
    if args.export_pdf is not None or args.export_png is not None:
        return export_command(content, args, lang)
    if args.screenshot is not None:
        from PySide6.QtCore import QSize

        from hvviz.app import render_screenshot

        theme = "projector" if args.projector else "default"
        render_screenshot(content, args.screenshot, QSize(*args.size), lang, args.select, args.product, args.io, theme,
                          step=args.step)
        print(f"wrote {args.screenshot} ({args.size[0]}x{args.size[1]})")
        return EXIT_OK

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
                      step=args.step, present=args.present, screen=args.screen)
