"""Compose the notes panel's Markdown for a note (pure Python, no Qt).

Keeping this apart from the widget lets tests and exporters reuse the exact text the
panel shows.
"""

from __future__ import annotations

from hvviz.model.content import Content, Note
from hvviz.ui_text import tr


def note_markdown(content: Content, note: Note, lang: str, context: str = "") -> str:
    """The whole note in Markdown; `context` (the stack's name) goes under the title."""
    parts = [f"# {note.title.get(lang)}"]
    if context:
        parts.append(f"*{context}*")
    parts.append(f"**{note.summary.get(lang)}**")
    parts.append(f"## {tr('notes.what', lang)}\n\n{note.what.get(lang).strip()}")
    parts.append(f"## {tr('notes.plain', lang)}\n\n{note.plain.get(lang).strip()}")
    if note.correction is not None:
        parts.append(f"## {tr('notes.correction', lang)}\n\n{note.correction.get(lang).strip()}")
    for analogy_id in note.analogies:
        analogy = content.analogies[analogy_id]
        parts.append(
            f"## {tr('notes.analogy', lang)}\n\n"
            f"**{tr('notes.from_post', lang)}:** {analogy.from_post.get(lang).strip()}\n\n"
            f"**{tr('notes.caveat', lang)}:** {analogy.caveat.get(lang).strip()}\n\n"
            f"**{tr('notes.better', lang)}:** {analogy.better.get(lang).strip()}"
        )
    if note.products:
        lines = []
        for product_id in note.products:
            product = content.products[product_id]
            kind = tr(f"type.{product.hypervisor_type}", lang)
            lines.append(f"- **{product.name.get(lang)}** ({kind}): {product.summary.get(lang).strip()}")
        parts.append(f"## {tr('notes.products', lang)}\n\n" + "\n".join(lines))
    if note.definitions and content.definitions:
        lines = []
        for definition in content.definitions:
            line = f"- **{definition.vendor.get(lang)}**: {definition.text.get(lang).strip()}"
            if definition.quote is not None:
                line += f" \u201c{definition.quote.strip()}\u201d"
                if definition.quote_source is not None and content.sources[definition.quote_source].url:
                    line += f" <{content.sources[definition.quote_source].url}>"
            if definition.remark is not None:
                line += f" *({definition.remark.get(lang).strip()})*"
            if definition.sources:
                line += " [" + ", ".join(definition.sources) + "]"
            lines.append(line)
        parts.append(f"## {tr('notes.definitions', lang)}\n\n" + "\n".join(lines))
    if note.sources:
        lines = []
        for source_id in note.sources:
            source = content.sources[source_id]
            quality = tr("notes.primary" if source.primary else "notes.secondary", lang)
            link = f" <{source.url}>" if source.url else ""
            lines.append(f"- **[{source.id}]** {source.title} ({quality}){link}")
        parts.append(f"## {tr('notes.sources', lang)}\n\n" + "\n".join(lines))
    return "\n\n".join(parts) + "\n"


def io_path_markdown(content: Content, product_id: str, method_id: str, step: int, lang: str) -> str:
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
        parts.append(f"## {tr('notes.sources', lang)}\n\n" + "\n".join(lines))
    return "\n\n".join(parts) + "\n"
