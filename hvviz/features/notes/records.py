"""The notes' content: what the notes panel says about a layer, the post's analogies, the
vendors' definitions and the sources everything cites."""

from __future__ import annotations

from hvviz.core.schema import ContentFile, Records, Value, flag, own_id, record, ref, refs, string, text

Source = record(
    "Source", "source", "A source cited by the content.", namespace="source",
    id=own_id("how the content cites it, such as `RH1`"),
    title=string("its title (plain text)"),
    url=string("its address (empty for the study post itself)", allow_empty=True),
    primary=flag("`true` for vendor or project documentation, kernel source or the original paper; `false` for "
                 "secondary pages", required=True),
)

Analogy = record(
    "Analogy", "analogy", "One of the post's analogies, with where it misleads and a better picture.", namespace="analogy",
    id=own_id("referred to by notes"),
    from_post=text("the post's analogy, retold", markdown=True),
    caveat=text("where it misleads, said kindly", markdown=True),
    better=text("a better picture", markdown=True),
    sources=refs("source", "ids in sources.yaml"),
)

Definition = record(
    "Definition", "definition", "A vendor's definition of a hypervisor, paraphrased.", namespace="definition",
    id=own_id("unique"),
    vendor=text("whose definition it is"),
    text=text("the definition, paraphrased", markdown=True),
    remark=text("a remark, such as where an empty definition of the post was completed from", required=False,
                markdown=True),
    quote=string("a short verbatim quote of the vendor's own words (in English)", required=False),
    quote_source=ref("source", "where the quote is from: an id in sources.yaml", required=False),
    sources=refs("source", "ids in sources.yaml", required=True),
)

Note = record(
    "Note", "note", "What the notes panel says about a layer.", namespace="note",
    id=own_id("referred to by layers (`note:`)"),
    title=text("heading"),
    summary=text("one line, shown in the caption bar"),
    what=text("what it does, in the source post's terms (Markdown)", markdown=True),
    plain=text("the same in plain words (Markdown)", markdown=True),
    correction=text("where the post is imprecise: a gentle correction, with its source (Markdown)", required=False, markdown=True),
    analogies=refs("analogy", "ids in analogies.yaml"),
    products=refs("product", "ids in products.yaml: where this layer appears in real products"),
    definitions=flag("`true` to show the vendors' definitions of a hypervisor"),
    sources=refs("source", "ids in sources.yaml"),
)

SOURCES_FILE = ContentFile("sources.yaml", "every source the content cites", (
    Records("sources", Source, "the sources"),
))
ANALOGIES_FILE = ContentFile("analogies.yaml", "the post's analogies", (
    Records("analogies", Analogy, "the analogies"),
), optional=True)
DEFINITIONS_FILE = ContentFile("definitions.yaml", "the vendors' definitions of a hypervisor", (
    Records("definitions", Definition, "the definitions, in the order shown", by_id=False),
), optional=True)
NOTES_FILE = ContentFile("notes.yaml", "what the notes panel says about a layer", (
    Value("home", ref("note", "the note shown when nothing is selected")),
    Records("notes", Note, "the notes"),
))
