"""The lesson: the whole topic as steps, each saying what is on screen and what is said."""

from __future__ import annotations

from hvviz.core.schema import ContentFile, Records, own_id, record, ref, refs, text

LessonStep = record(
    "LessonStep", "lesson step", "One step of the lecture: what is on screen, what is said.", namespace="step",
    id=own_id("unique"),
    title=text("a short name for the step (presenter view, PDF pages)"),
    stacks=refs("stack", "the stacks on screen, left to right; for a product, exactly its tab's stacks "
                         "(`[type1, kvm, type2]`)", required=True, min_items=1),
    reveal=refs("layer", "only these layers are drawn, to build a stack up step by step; by default all of them",
                required=False, default=None),
    select=ref("layer", "a layer selected (it must be drawn); the notes panel shows its note", required=False),
    io=ref("method", "an I/O method whose path plays (the stacks must be a product's tab)", required=False),
    caption=text("what the room reads, one or two short sentences"),
    notes=text("the speaker notes (Markdown), shown in the presenter view and the PDF handout", markdown=True),
)

LESSON_FILE = ContentFile("lesson.yaml", "the lecture: `F5` presents it", (
    Records("steps", LessonStep, "the lesson, in order", attr="lesson", by_id=False),
))
