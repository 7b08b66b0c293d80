"""The charts' content: what each kind of boundary crossing costs, and the ranges of the CPU
scheduling simulation."""

from __future__ import annotations

from hvviz.core.schema import ContentFile, Records, Table, flag, number, own_id, record, refs, text

SCHEDULING_PARAMETERS = ("guests", "vcpus", "pcpus", "host_processes", "load")


def _check_crossing(fields, raw, what, reader) -> bool:
    cost, low, high = fields.get("cost"), fields.get("min"), fields.get("max")
    if None not in (cost, low, high) and not low <= cost <= high:
        reader.error(raw.mark, f"{what} `{fields.get('id')}`: cost {cost:g} is outside its range {low:g} to {high:g}",
                     "min <= cost <= max")
        return False
    return True


def _check_range(fields, raw, what, reader) -> bool:
    default, low, high = fields.get("default"), fields.get("min"), fields.get("max")
    if None not in (default, low, high) and not low <= default <= high:
        reader.error(raw.mark, f"{what}: default {default:g} is outside {low:g} to {high:g}", "min <= default <= max")
        return False
    return True


Crossing = record(
    "Crossing", "crossing", "A kind of boundary a request crosses, and its modelled cost in microseconds.",
    namespace="crossing", check=_check_crossing,
    id=own_id("referred to by the steps of io_paths.yaml"),
    name=text("its name, beside its slider"),
    cost=number("its cost in microseconds per crossing", low=0),
    min=number("the slider's lowest value", low=0),
    max=number("the slider's highest value", low=0),
    illustrative=flag("`true` unless a source gives the figure", required=True),
    sources=refs("source", "ids in sources.yaml"),
)

ParameterRange = record(
    "ParameterRange", "scheduling parameter", "The range of one parameter of the scheduling simulation.",
    check=_check_range,
    min=number("its lowest value", low=0),
    max=number("its highest value", low=0),
    default=number("its value at the start", low=0),
)

COSTS_FILE = ContentFile("costs.yaml", "the cost model behind the charts", (
    Records("crossings", Crossing, "the kinds of boundary a request crosses"),
    Table("scheduling", ParameterRange, SCHEDULING_PARAMETERS,
          "the ranges of the CPU scheduling simulation: " + ", ".join(SCHEDULING_PARAMETERS)),
))
