"""The insights as one self-contained HTML page: inline CSS and SVG, nothing fetched.

Readable on a laptop and a phone (the charts scale with the page width). Every
number shown is also in ``afterword insights --json``.
"""

from __future__ import annotations

from html import escape

from afterword.daemon.insights.figures import Insights

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:52rem;
padding:1rem;color:#1d2430;line-height:1.45}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.6rem 0 .4rem}
.cards{display:flex;flex-wrap:wrap;gap:.6rem}.card{flex:1 1 10rem;border:1px solid #d6dbe3;
border-radius:.5rem;padding:.6rem .8rem}.card b{display:block;font-size:1.5rem}
svg{width:100%;height:auto;max-height:18rem}.note{color:#5a6472;font-size:.9rem}
.legend span{display:inline-block;margin-right:1rem}.swatch{display:inline-block;width:.8rem;
height:.8rem;margin-right:.3rem;vertical-align:middle}
"""
_SERIES = (("applied", "#7a8aa6"), ("interviewed", "#3b82c4"), ("offers", "#2f9e5b"),
           ("rejected", "#c4523b"))


def render(insights: Insights) -> str:
    """The whole page."""
    median = insights.median_business_days_to_rejection
    rate = insights.answer_rate
    cards = [
        ("applications", str(insights.applications), "applications-count"),
        ("rejected after applying", str(insights.rejected_after_applying), "after-applying"),
        ("rejected after an interview", str(insights.rejected_after_interview),
         "after-interview"),
        ("median business days to a rejection", "—" if median is None else f"{median:g}",
         "median-days"),
        ("feedback requests answered",
         f"{insights.feedback.answered} of {insights.feedback.drafts_written}"
         + ("" if rate is None else f" ({rate:.0%})"), "answer-rate"),
    ]
    card_html = "".join(f'<div class="card" id="{key}"><b>{escape(value)}</b>{escape(label)}'
                        "</div>" for label, value, key in cards)
    legend = "".join(f'<span><i class="swatch" style="background:{colour}"></i>{name}</span>'
                     for name, colour in _SERIES)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Afterword insights</title><style>{_STYLE}</style></head>
<body>
<h1>Your job search since {insights.since.isoformat()}</h1>
<p class="note">Computed on this computer from Afterword's own records; nothing was sent
anywhere.</p>
<div class="cards">{card_html}</div>
<h2>Applications by month, and how far they got</h2>
<div class="legend">{legend}</div>
{_funnel_chart(insights)}
<h2>Where rejections came</h2>
{_stage_chart(insights)}
<p class="note">Afterword sees the feedback requests it wrote as drafts, not whether you
sent them; an answer is a reply from the employer in the rejection's thread.</p>
{_reasons(insights)}
</body></html>
"""


def _funnel_chart(insights: Insights) -> str:
    months = insights.funnel
    if not months:
        return '<p class="note">No application in this period.</p>'
    peak = max(max(m.applied for m in months), 1)
    group, bar, height = 80, 16, 160
    width = max(len(months) * group + 20, 640)
    bars: list[str] = []
    for index, month in enumerate(months):
        x0 = 20 + index * group
        for offset, (name, colour) in enumerate(_SERIES):
            value = getattr(month, name)
            tall = round(value / peak * (height - 30))
            x = x0 + offset * bar
            bars.append(f'<rect class="bar {name}" data-month="{month.month}" data-value="{value}" '
                        f'x="{x}" y="{height - 20 - tall}" width="{bar - 2}" height="{tall}" '
                        f'fill="{colour}"><title>{month.month} {name}: {value}</title></rect>')
        bars.append(f'<text x="{x0}" y="{height - 5}" font-size="11">{month.month}</text>')
    return (f'<svg id="funnel" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="applications by month">{"".join(bars)}</svg>')


def _stage_chart(insights: Insights) -> str:
    parts = (("after applying", insights.rejected_after_applying, "#c4523b"),
             ("after an interview", insights.rejected_after_interview, "#e39b3b"))
    total = sum(value for _, value, _ in parts)
    if not total:
        return '<p class="note">No rejection in this period.</p>'
    x, shapes = 0.0, []
    for label, value, colour in parts:
        share = value / total * 800
        shapes.append(f'<rect class="stage" data-stage="{label}" data-value="{value}" x="{x:.1f}" '
                      f'y="0" width="{share:.1f}" height="28" fill="{colour}">'
                      f"<title>{label}: {value}</title></rect>")
        if share > 150:
            shapes.append(f'<text x="{x + 6:.1f}" y="19" font-size="14" fill="#fff">'
                          f"{escape(label)}: {value}</text>")
        x += share
    return (f'<svg id="stages" viewBox="0 0 800 28" role="img" aria-label="where rejections '
            f'came">{"".join(shapes)}</svg>')


def _reasons(insights: Insights) -> str:
    if not insights.recurring_reasons:
        return ""
    items = "".join(
        f'<li class="reason" data-tag="{escape(r.tag)}" data-count="{r.applications}">'
        f"<b>{escape(r.tag.replace('_', ' '))}</b>: {r.applications} applications, e.g. "
        f"“{escape(r.evidence)}”<br><span class=\"note\">Next step: {escape(r.next_step)}"
        "</span></li>" for r in insights.recurring_reasons)
    return f'<h2>Reasons that came back</h2><ul id="reasons">{items}</ul>'
