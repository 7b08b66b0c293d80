"""A small, documented CPU scheduling simulation (Qt-free).

Time advances in fixed slices. In each slice every virtual CPU (and, in Type 2, every
ordinary host process) wants to run with probability `load`. The scheduler hands the
physical CPUs to runnable entities in round-robin order, so everyone who waits goes first
next time.

- **Type 1**: the hypervisor is the scheduler, and the only things it schedules are the
  guests' vCPUs.
- **Type 2**: the host OS is the scheduler. A VMM's vCPUs are threads of an ordinary
  process, so they compete with the host's other processes for the same CPUs.

It is a teaching model, not a simulator of any real scheduler: real ones weigh priorities,
co-schedule the vCPUs of one guest, and migrate work between CPUs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Mapping


MODES = ("type1", "type2")


@dataclass(frozen=True)
class Entity:
    """Something the scheduler runs: a guest's vCPU, or a host process (`guest` is None)."""

    name: str
    guest: int | None


@dataclass(frozen=True)
class Slice:
    cpu: int
    start: int
    entity: Entity


@dataclass(frozen=True)
class Schedule:
    mode: str
    pcpus: int
    slices: tuple[Slice, ...]
    ticks: int
    entities: tuple[Entity, ...]

    def share(self, guest: int | None) -> float:
        """The fraction of all CPU time that went to `guest` (None: host processes)."""
        used = sum(1 for s in self.slices if s.entity.guest == guest)
        return used / (self.pcpus * self.ticks)

    def idle(self) -> float:
        return 1 - len(self.slices) / (self.pcpus * self.ticks)


def check_parameters(values: Mapping[str, float], ranges: Mapping) -> dict[str, float]:
    """The parameters, each inside its range from the content; anything else is refused."""
    out = {}
    for name, allowed in ranges.items():
        value = float(values.get(name, allowed.default))
        if not allowed.min <= value <= allowed.max:
            raise ValueError(f"{name} must be from {allowed.min:g} to {allowed.max:g}, not {value:g}")
        out[name] = value
    return out


def simulate(mode: str, guests: int, vcpus: int, pcpus: int, host_processes: int, load: float,
             ticks: int = 40, seed: int = 7) -> Schedule:
    """Run the model for `ticks` slices; the same inputs always give the same schedule."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    if guests < 1 or vcpus < 1 or pcpus < 1 or host_processes < 0 or not 0 < load <= 1:
        raise ValueError("guests, vcpus and pcpus must be at least 1, host_processes at least 0, load in (0, 1]")
    entities = [Entity(f"VM{g + 1} vCPU{v}", g) for g in range(guests) for v in range(vcpus)]
    if mode == "type2":
        entities += [Entity(f"host process {p + 1}", None) for p in range(host_processes)]
    rng = random.Random(seed)
    queue = list(entities)
    slices = []
    for tick in range(ticks):
        runnable = [e for e in queue if rng.random() < load]
        chosen = runnable[:pcpus]
        for cpu, entity in enumerate(chosen):
            slices.append(Slice(cpu, tick, entity))
        # those that ran go to the back of the queue: round robin
        queue = [e for e in queue if e not in chosen] + chosen
    return Schedule(mode, pcpus, tuple(slices), ticks, tuple(entities))
