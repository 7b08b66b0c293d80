"""Compose the notes panel's Markdown for a note (pure Python, no Qt).

Keeping this apart from the widget lets tests and exporters reuse the exact text the
panel shows.
"""

from __future__ import annotations

from typing import Iterator

from hvviz.features.notes.words import tr


def note_markdown(content, note, lang: str, context: str = "") -> str:
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


def context_for(content, layer_id: str | None, lang: str) -> str:
    """The line under a layer's note title: its stack's name, unless that is the note's title."""
    if layer_id is None:
        return ""
    context = content.stack_of(layer_id).title.get(lang)
    return "" if context == content.note_for(layer_id).title.get(lang) else context


def all_markdown(content, lang: str) -> Iterator[tuple[str, str]]:
    """(where, Markdown) for every note as the panel shows it: the checks look at exactly this."""
    for note in content.notes.values():
        yield f"notes.yaml: note `{note.id}`", note_markdown(content, note, lang, "")
