from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'chart.css'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield '/* The chart\'s look (hkit/render/html/svg_chart.py draws the shapes). Series differ by shape and\n   dash as well as by colour, so the chart reads in greyscale and for colour-blind readers. */\n.hk-chart {\n  --chart-bg: #ffffff;\n  --chart-text: #24292f;\n  --chart-grid: #d8dee4;\n  --chart-axis: #57606a;\n  --chart-figure: #24292f;\n  --chart-later: #8250df;\n  --chart-target: #cf222e;\n  --chart-plan: #0969da;\n  --chart-trend: #bc4c00;\n  --chart-band: rgba(188, 76, 0, 0.14);\n  --chart-now: #57606a;\n  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif;\n  font-size: 15px;\n}\n.hk-chart .bg { fill: var(--chart-bg); }\n.hk-chart text { fill: var(--chart-text); }\n.hk-chart .grid { fill: none; stroke: var(--chart-grid); stroke-width: 1; }\n.hk-chart .axis { fill: none; stroke: var(--chart-axis); stroke-width: 1; }\n.hk-chart .labels text, .hk-chart .now text { fill: var(--chart-axis); }\n.hk-chart .now line { stroke: var(--chart-now); stroke-width: 1; stroke-dasharray: 2 3; }\n.hk-chart .plan { fill: none; stroke: var(--chart-plan); stroke-width: 2; }\n.hk-chart .trend { fill: none; stroke: var(--chart-trend); stroke-width: 2.5; stroke-dasharray: 1 4; stroke-linecap: round; }\n.hk-chart .band { fill: var(--chart-band); stroke: none; }\n.hk-chart .target-line { stroke: var(--chart-target); stroke-width: 1.25; stroke-dasharray: 6 4; }\n.hk-chart .target { fill: var(--chart-target); stroke: var(--chart-bg); stroke-width: 1; }\n.hk-chart .target-label { fill: var(--chart-target); font-weight: 600; }\n.hk-chart .figure { fill: var(--chart-figure); stroke: var(--chart-bg); stroke-width: 1; }\n.hk-chart .later { fill: var(--chart-bg); stroke: var(--chart-later); stroke-width: 2; }\n.hk-chart .message { fill: var(--chart-axis); }\n.hk-chart .heading text { font-size: 17px; font-weight: 600; }\n.hk-chart .unit, .hk-chart .source text { fill: var(--chart-axis); }\n.hk-chart .source text { font-size: 12px; }\n'

blocks = {}
debug_info = ''
