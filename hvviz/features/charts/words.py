"""The charts' words."""

from __future__ import annotations

from functools import partial

from hvviz.core.text import Text
from hvviz.core.words import translate

WORDS = {
    "panel.cost": Text("경로 비용", "Path cost"),
    "panel.scheduling": Text("CPU 스케줄링", "CPU scheduling"),
    "cost.heading": Text(
        "요청 하나의 모델 비용과, 막대 끝에 그 요청이 지나는 경계의 수입니다. 테두리를 두르고 \u201c◀ 지금\u201d을 붙인 막대가 화면의 경로입니다.",
        "What one request costs in the model, and at each bar's end the boundaries it crosses. "
        "The outlined bar marked \u201c◀ on screen\u201d is the path on screen.",
    ),
    "cost.illustrative": Text(
        "* 표시한 비용은 측정값이 아니라 설명을 위한 가정입니다. 순위는 입출력 방식과 비용 가정에 따라 바뀝니다.",
        "Costs marked * are assumptions for teaching, not measurements. The ranking moves with the I/O method and the costs.",
    ),
    "cost.plot_title": Text("예시 모델: 측정값이 아닙니다", "Illustrative model, not measurements"),
    "cost.crossings_label": Text("경계 {n}번", "{n} crossings"),
    "cost.on_screen": Text("◀ 지금", "◀ on screen"),
    "cost.cost": Text("요청당 비용 (μs)", "cost per request (μs)"),
    "cost.unit": Text("μs", "μs"),
    "cost.sliders": Text("경계 한 번의 비용 (μs, 마이크로초)", "One crossing's cost (μs)"),
    "cost.reset": Text("되돌리기", "Reset"),
    "cost.reset_tip": Text("모든 슬라이더를 내용에 적힌 비용으로 되돌립니다", "Put every slider back to the cost the content gives"),
    "sched.heading": Text(
        "물리 CPU(세로)마다 시간 조각(가로)을 누가 쓰는지 보여 줍니다. 색은 가상머신, 회색은 호스트의 일반 프로세스입니다.",
        "Who runs on each physical CPU (rows) in each time slice (columns). Colours are VMs; grey is the host's ordinary processes.",
    ),
    "sched.type1": Text("Type 1: 하이퍼바이저가 vCPU를 스케줄링", "Type 1: the hypervisor schedules vCPUs"),
    "sched.type2": Text("Type 2: 호스트 OS가 VMM 스레드를 스케줄링", "Type 2: the host OS schedules VMM threads"),
    "sched.guests": Text("가상머신 수", "Guests"),
    "sched.vcpus": Text("가상머신당 vCPU", "vCPUs per guest"),
    "sched.pcpus": Text("물리 CPU", "Physical CPUs"),
    "sched.host_processes": Text("호스트 프로세스 (Type 2)", "Host processes (Type 2)"),
    "sched.load": Text("부하 (실행하려는 확률)", "Load (chance to want the CPU)"),
    "sched.time": Text("시간 조각", "time slice"),
    "sched.host": Text("호스트 프로세스", "host processes"),
    "sched.idle": Text("유휴", "idle"),
    "sched.shares": Text("CPU 시간 몫:", "Share of CPU time:"),
    "sched.explain.type1": Text(
        "Type I에서는 하이퍼바이저 자신이 스케줄러입니다. 물리 CPU를 나눠 받는 것은 게스트들의 vCPU뿐입니다.",
        "In Type 1 the hypervisor itself is the scheduler, and only the guests' vCPUs compete for the physical CPUs.",
    ),
    "sched.explain.type2": Text(
        "Type II에서는 호스트 OS가 스케줄러입니다. VMM의 vCPU는 평범한 프로세스의 스레드라서 호스트의 다른 프로그램과 같은 CPU를 두고 경쟁합니다.",
        "In Type 2 the host OS is the scheduler. A VMM's vCPUs are threads of an ordinary process, so they compete with the host's other programs for the same CPUs.",
    ),
}

tr = partial(translate, WORDS)
