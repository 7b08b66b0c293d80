"""Look-alike regression: key scenes rendered by `--screenshot` match approved images.

Updating an approved image is an explicit act: `pytest --update-approved`, then review the
PNGs under tests/approved/ before committing them.
"""

from __future__ import annotations


import pytest
from conftest import REPO
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from hvviz.app import render_screenshot

APPROVED = REPO / "tests" / "look" / "approved"
SCENES = {
    "both-ko": ("ko", None),
    "host-os-selected-en": ("en", "type2.host"),
    "hypervisor-linked-ko": ("ko", "type1.hypervisor"),
}
#: mean difference per channel (0-255) allowed after scaling both images down
TOLERANCE = 2.5


def _small(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_RGB32).scaled(
        320, 180, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def mean_difference(a: QImage, b: QImage) -> float:
    a, b = _small(a), _small(b)
    total = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += abs(pa.red() - pb.red()) + abs(pa.green() - pb.green()) + abs(pa.blue() - pb.blue())
    return total / (a.width() * a.height() * 3)


@pytest.mark.parametrize("name", sorted(SCENES))
def test_scene_looks_as_approved(name, tmp_path, content, request):
    """The rendered scene matches its approved image within the tolerance."""
    lang, select = SCENES[name]
    actual_path = tmp_path / f"{name}.png"
    render_screenshot(content, actual_path, QSize(1280, 720), lang, select)
    approved_path = APPROVED / f"{name}.png"
    if request.config.getoption("--update-approved"):
        APPROVED.mkdir(exist_ok=True)
        approved_path.write_bytes(actual_path.read_bytes())
        pytest.skip(f"updated {approved_path}")
    assert approved_path.exists(), f"no approved image; run pytest --update-approved and review {approved_path}"
    difference = mean_difference(QImage(str(actual_path)), QImage(str(approved_path)))
    assert difference <= TOLERANCE, f"{name} differs from the approved image by {difference:.2f}; see {actual_path}"


def test_the_comparison_notices_a_real_change(content, tmp_path):
    """The check can fail: the same scene with another layer selected is told apart."""
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    render_screenshot(content, a, QSize(1280, 720), "ko", None)
    render_screenshot(content, b, QSize(1280, 720), "ko", "type1.hw")
    assert mean_difference(QImage(str(a)), QImage(str(b))) > TOLERANCE
