"""The I/O path as the notes panel shows it, in Markdown (Qt-free)."""

from __future__ import annotations

from typing import Iterator

from hvviz.features.io_path.words import tr


def io_path_markdown(content, product_id: str, method_id: str, step: int, lang: str) -> str:
    """The I/O path as a numbered list (the step reached in bold), then the answer and sources."""
    product = content.products[product_id]
    method = content.io_methods[method_id]
    path = content.io_paths[(product_id, method_id)]
    parts = [
        f"# {tr('io.heading', lang, product=product.name.get(lang), method=method.name.get(lang))}",
        method.summary.get(lang).strip(),
    ]
    if path.not_applicable is not None:
        parts.append(f"## {tr('io.not_applicable', lang)}\n\n{path.not_applicable.get(lang).strip()}")
    else:
        parts.append(tr("io.request", lang))
        lines = []
        for index, io_step in enumerate(path.steps):
            layer = content.layer(io_step.layer).label.get(lang)
            text = f"{io_step.label.get(lang)} ({layer})"
            lines.append(f"{index + 1}. **{text}**" if index == step else f"{index + 1}. {text}")
        parts.append(f"## {tr('io.steps', lang)}\n\n" + "\n".join(lines))
    parts.append(f"## {tr('io.answer', lang)}\n\n{path.answer.get(lang).strip()}")
    if path.sources:
        lines = [f"- **[{sid}]** {content.sources[sid].title}" for sid in path.sources]
        parts.append(f"## {tr('io.sources', lang)}\n\n" + "\n".join(lines))
    return "\n\n".join(parts) + "\n"


def all_markdown(content, lang: str) -> Iterator[tuple[str, str]]:
    """(where, Markdown) for every path at every step: the checks look at exactly this."""
    for (product, method), path in content.io_paths.items():
        for step in range(-1, len(path.steps) + 1):
            yield f"io_paths.yaml: path `{product}` / `{method}`", io_path_markdown(content, product, method, step, lang)
