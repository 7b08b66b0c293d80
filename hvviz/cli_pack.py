"""The command line's pack commands: which pack, listing, checking, and a copy to edit.

None of these imports Qt."""

from __future__ import annotations

import argparse
import difflib
import shutil
import sys
from pathlib import Path

from hvviz.core import queries
from hvviz.core.pack import MANIFEST, find_packs, is_pack
from hvviz.core.resources import DEFAULT_PACK, packs_dir

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def bundled_pack(pack_id: str) -> Path | None:
    """A bundled pack's folder by id (its folder is named after it)."""
    folder = packs_dir() / pack_id
    return folder if is_pack(folder) else None


def pack_folder(args: argparse.Namespace) -> Path | None:
    """The pack to open: --content DIR, else --pack ID, else the default; None (after saying why) if
    --pack names no bundled pack."""
    if args.content is not None:
        return args.content
    if args.pack is None:
        return packs_dir() / DEFAULT_PACK
    folder = bundled_pack(args.pack)
    if folder is None:
        known = [f.name for f in find_packs(packs_dir())]
        close = difflib.get_close_matches(args.pack, known, n=1)
        print(f"hvviz: no bundled pack has the id {args.pack!r}" + (f"; did you mean {close[0]}?" if close else "")
              + f" (the packs: {', '.join(known)})", file=sys.stderr)
    return folder


def load(folder: Path):
    """(content, []) or (None, errors); a cached load when nothing it depends on changed."""
    from hvviz.core.errors import ContentErrors
    from hvviz.features import load_pack

    try:
        return load_pack(folder), []
    except ContentErrors as err:
        return None, err.errors


def print_errors(errors, stream) -> None:
    for error in errors:
        print(str(error), file=stream)
    print(f"{len(errors)} problem{'s' if len(errors) != 1 else ''} found.", file=stream)


def report_load_errors(folder: Path, errors, headless: bool, lang: str | None) -> int:
    print(f"hvviz: the content in {folder} has problems:", file=sys.stderr)
    print_errors(errors, sys.stderr)
    if not headless:
        from hvviz.app import application
        from hvviz.shell.dialogs import show_content_errors

        application()
        show_content_errors(errors, lang or "ko")
    return EXIT_ERROR


def folders_to_check(args: argparse.Namespace) -> list[Path] | None:
    if args.check_content:
        return [Path(args.check_content)]
    if args.content is not None or args.pack is not None:
        folder = pack_folder(args)
        return [folder] if folder is not None else None
    return find_packs(packs_dir())


def summary(content) -> str:
    layers = sum(len(stack.layers()) for stack in content.stacks)
    return (f"content OK: {len(content.stacks)} stacks, {layers} layers, {len(content.notes)} notes, "
            f"{len(content.analogies)} analogies, {len(content.products)} products, {len(content.sources)} sources "
            f"in {content.pack.folder}")


def check_command(folders: list[Path]) -> int:
    """--check-content: every check the test suite runs on content, never the cache."""
    from hvviz.core.content_checks import glyph_problems, markdown_problems
    from hvviz.core.resources import font_paths
    from hvviz.features import all_features, check_pack
    from hvviz.shell.words import WORDS

    status = EXIT_OK
    for folder in folders:
        content, errors = check_pack(folder)
        if content is not None:
            words = [WORDS] + [feature.words for feature in all_features()]
            errors = glyph_problems(content, words, font_paths()) + markdown_problems(content, all_features())
        if errors:
            print(f"{folder}:")
            print_errors(errors, sys.stdout)
            status = EXIT_ERROR
        else:
            print(summary(content))
    return status


def list_command(content, lang: str) -> int:
    for stack in content.stacks:
        print(f"{stack.id}\t{stack.title.get(lang)}")
        for layer in stack.layers():
            print(f"  {layer.id}\t{layer.label.get(lang)}")
    products = queries.product_tabs(content)
    if products:
        print("products (--product ID --io METHOD):")
        for product in products:
            print(f"  {product.id}\t{product.name.get(lang)}\t{' '.join(product.io_methods)}")
    print("packs (--pack ID):")
    for folder in find_packs(packs_dir()):
        marker = " (in use)" if folder.resolve() == content.pack.folder.resolve() else ""
        print(f"  {folder.name}\t{folder}{marker}")
    return EXIT_OK


def check_view_options(content, args: argparse.Namespace) -> str | None:
    """A message if --product, --io, --select or --step name something that does not exist."""
    if args.product is not None:
        products = [p.id for p in queries.product_tabs(content)]
        if args.product not in products:
            close = difflib.get_close_matches(args.product, products, n=1)
            return f"no product tab has the id {args.product!r}" + (f"; did you mean {close[0]}?" if close else f" (one of: {', '.join(products)})")
        methods = content.products[args.product].io_methods
        if args.io is not None and args.io not in methods:
            return f"{args.product} has no I/O method {args.io!r} (one of: {', '.join(methods)})"
    elif args.io is not None:
        return "--io needs --product"
    if args.select is not None and not content.has_layer(args.select):
        close = difflib.get_close_matches(args.select, queries.all_layer_ids(content), n=1)
        return f"no layer has the id {args.select!r}" + (f"; did you mean {close[0]}?" if close else " (see hvviz --list)")
    if args.step is not None and not 1 <= args.step <= len(content.lesson):
        return f"--step must be from 1 to {len(content.lesson)}"
    return None


def new_pack_command(source: Path, target: Path) -> int:
    """--new-pack DIR: a copy of a pack to edit, and what to do next."""
    if not is_pack(source):
        print(f"hvviz: {source} has no {MANIFEST}, so there is no pack to copy", file=sys.stderr)
        return EXIT_ERROR
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        print(f"hvviz: {target} already exists and is not an empty folder; choose a new folder", file=sys.stderr)
        return EXIT_ERROR
    try:
        shutil.copytree(source, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".*", "__pycache__"))
        _schema_beside(source, target)
    except OSError as err:
        print(f"hvviz: cannot copy the pack to {target}: {err.strerror or err}", file=sys.stderr)
        return EXIT_ERROR
    print(f"copied the pack {source.name} to {target}\n"
          f"edit its YAML files (content/README.md says what each holds), then:\n"
          f"  hvviz --content {target} --watch      # opens it, and reloads on every save\n"
          f"  hvviz --check-content {target}        # checks it")
    return EXIT_OK


def _schema_beside(source: Path, target: Path) -> None:
    """The copy's editor completion: the content schema goes into the copy, and each file's
    `yaml-language-server` line points at it there."""
    schema = source.parent / "content.schema.json"
    if not schema.is_file():
        return
    shutil.copy(schema, target / schema.name)
    for path in target.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("$schema=../content.schema.json", "$schema=content.schema.json", 1), encoding="utf-8")
