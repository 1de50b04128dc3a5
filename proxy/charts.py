"""Server-drawn SVG line charts for the console (no JavaScript chart library, no matplotlib).

``line_chart`` takes named series of y values over shared x labels (days) and returns
one self-contained ``<svg>`` string. Every label is XML-escaped here, and every number
is formatted by this module, so the console may insert the result unescaped.
"""

from __future__ import annotations

from html import escape

__all__ = ["line_chart"]

COLORS = ("#b4232a", "#a86400", "#2456a6", "#1f7a3e")


def line_chart(x_labels: list[str], series: list[tuple[str, list[float]]], title: str,
               width: int = 640, height: int = 220, percent: bool = True) -> str:
    left, right, top, bottom = 48, 12, 28, 36
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max([v for _, ys in series for v in ys] + [0.0])
    y_max = peak * 1.1 if peak > 0 else 1.0
    n = len(x_labels)

    def x(i: int) -> float:
        return left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)

    def y(v: float) -> float:
        return top + plot_h - plot_h * v / y_max

    def fmt(v: float) -> str:
        return f"{v * 100:.1f}%" if percent else f"{v:g}"

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" class="chart">',
             f'<text x="{left}" y="16" font-size="13" font-weight="600">{escape(title)}</text>']
    for k in range(5):
        v = y_max * k / 4
        yy = y(v)
        parts.append(f'<line x1="{left}" y1="{yy:.1f}" x2="{width - right}" y2="{yy:.1f}" stroke="#e3e7ee"/>')
        parts.append(f'<text x="{left - 4}" y="{yy + 4:.1f}" font-size="10" text-anchor="end" '
                     f'fill="#5b6575">{escape(fmt(v))}</text>')
    step = max(1, n // 8)
    for i, label in enumerate(x_labels):
        if i % step == 0 or i == n - 1:
            parts.append(f'<text x="{x(i):.1f}" y="{height - bottom + 16}" font-size="10" text-anchor="middle" '
                         f'fill="#5b6575">{escape(label[5:] if len(label) == 10 else label)}</text>')
    for s, (name, ys) in enumerate(series):
        color = COLORS[s % len(COLORS)]
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(ys))
        if ys:
            parts.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{points}"/>')
            for i, v in enumerate(ys):
                parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="2.5" fill="{color}">'
                             f'<title>{escape(x_labels[i])}: {escape(fmt(v))}</title></circle>')
        lx = left + 10 + 150 * s
        parts.append(f'<rect x="{lx}" y="{height - 12}" width="10" height="3" fill="{color}"/>'
                     f'<text x="{lx + 14}" y="{height - 8}" font-size="11">{escape(name)}</text>')
    if not x_labels:
        parts.append(f'<text x="{left + plot_w / 2:.0f}" y="{top + plot_h / 2:.0f}" text-anchor="middle" '
                     f'fill="#5b6575">无数据 No data</text>')
    parts.append("</svg>")
    return "".join(parts)
