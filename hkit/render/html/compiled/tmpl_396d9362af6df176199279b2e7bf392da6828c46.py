from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_chart = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    included_template = environment.get_template('chart.svg.j2', 'report.html.j2')._get_default_module(context)
    l_0_chart = getattr(included_template, 'chart', missing)
    if l_0_chart is missing:
        l_0_chart = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'report.html.j2') does not export the requested name 'chart'", name='chart')
    context.vars['chart'] = l_0_chart
    context.exported_vars.discard('chart')
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n<meta name="generator" content="hkit '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'version')))
    yield '">\n<title>'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '</title>\n<style>\n'
    template = environment.get_template('chart.css', 'report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'chart': l_0_chart}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('report.css', 'report.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'chart': l_0_chart}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '</style>\n</head>\n<body>\n<header>\n<h1>'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '</h1>\n<dl class="meta">\n<div><dt>Figures up to</dt><dd>'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'first'), 'figures_as_of')))
    yield '</dd></div>\n<div><dt>Written on</dt><dd><time datetime="'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'first'), 'written_on')))
    yield '">'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'first'), 'written_on')))
    yield '</time></dd></div>\n<div><dt>File</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'file')))
    yield '</dd></div>\n<div><dt>As of</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'as_of')))
    yield '</dd></div>\n<div><dt>Method</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'method')))
    yield '</dd></div>\n<div><dt>hkit</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'version')))
    yield '</dd></div>\n</dl>\n</header>\n<main>\n<section class="first" aria-labelledby="h-findings">\n<div>\n<h2 id="h-findings">Key findings</h2>\n'
    if environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'first'), 'findings'):
        pass
        yield '<ol class="findings">\n'
        for l_1_f in environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'first'), 'findings'):
            _loop_vars = {}
            pass
            yield '<li class="st st-'
            yield escape(environment.finalize(environment.getattr(l_1_f, 'status')))
            yield '"><a href="#'
            yield escape(environment.finalize(environment.getattr(l_1_f, 'anchor')))
            yield '">'
            yield escape(environment.finalize(environment.getattr(l_1_f, 'ident')))
            yield ' · '
            yield escape(environment.finalize(environment.getattr(l_1_f, 'milestone')))
            yield '</a> '
            yield escape(environment.finalize(environment.getattr(l_1_f, 'words')))
            yield '</li>\n'
        l_1_f = missing
        yield '</ol>\n'
        if environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'first'), 'more'):
            pass
            yield '<p class="more">And '
            yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'first'), 'more')))
            yield ' more '
            yield escape(environment.finalize(('row' if (environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'first'), 'more') == 1) else 'rows')))
            yield " below on track: each indicator's section below says it in a sentence.</p>\n"
    else:
        pass
        yield '<p>Every row is on track or has met its target.</p>\n'
    yield '</div>\n<div>\n<details class="words" open>\n<summary>What the status words mean</summary>\n<dl>\n'
    for l_1_w in environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'first'), 'statuses'):
        l_1_icons = resolve('icons')
        _loop_vars = {}
        pass
        yield '<div class="st st-'
        yield escape(environment.finalize(environment.getattr(l_1_w, 'status')))
        yield '"><dt>'
        yield escape(environment.finalize(environment.getitem((undefined(name='icons') if l_1_icons is missing else l_1_icons), environment.getattr(l_1_w, 'status'))))
        yield '<span>'
        yield escape(environment.finalize(environment.getattr(l_1_w, 'words')))
        yield '</span></dt><dd>'
        yield escape(environment.finalize(environment.getattr(l_1_w, 'meaning')))
        yield '</dd></div>\n'
    l_1_w = l_1_icons = missing
    yield '</dl>\n</details>\n<p class="take"><a download="'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'first'), 'csv_name')))
    yield '" href="'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'first'), 'csv_href')))
    yield '">Download the data (CSV)</a>: every row of this page, the same columns as <code>hkit gap --format csv</code>.</p>\n</div>\n</section>\n<section class="overview" aria-labelledby="h-overview">\n<h2 id="h-overview">Status overview</h2>\n<ul class="counts" aria-label="Rows by status">\n'
    for (l_1_cell, l_1_n) in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'counts'):
        l_1_icons = resolve('icons')
        _loop_vars = {}
        pass
        yield '<li class="st st-'
        yield escape(environment.finalize(environment.getattr(l_1_cell, 'status')))
        yield '">'
        yield escape(environment.finalize(environment.getitem((undefined(name='icons') if l_1_icons is missing else l_1_icons), environment.getattr(l_1_cell, 'status'))))
        yield '<span>'
        yield escape(environment.finalize(environment.getattr(l_1_cell, 'words')))
        yield ': <strong>'
        yield escape(environment.finalize(l_1_n))
        yield '</strong></span></li>\n'
    l_1_cell = l_1_n = l_1_icons = missing
    yield '</ul>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'matrix'):
        pass
        yield '<div class="table-wrap" tabindex="0">\n<table class="matrix">\n<caption>Status of each indicator at each milestone'
        if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'overview'):
            pass
            yield ' ('
            yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'overview')))
            yield " method; each indicator's section has every method's verdict)"
        yield '</caption>\n<thead>\n<tr><th scope="col">Indicator</th>'
        for l_1_column in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'columns'):
            _loop_vars = {}
            pass
            yield '<th scope="col">'
            yield escape(environment.finalize(l_1_column))
            yield '</th>'
        l_1_column = missing
        yield '</tr>\n</thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_row, l_1_loop in LoopContext(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'matrix'), undefined):
            _loop_vars = {}
            pass
            yield '<tr>\n<th scope="row"><a class="id" href="#'
            yield escape(environment.finalize(environment.getattr(l_1_row, 'anchor')))
            yield '">'
            yield escape(environment.finalize(environment.getattr(l_1_row, 'ident')))
            yield '</a> '
            yield escape(environment.finalize(environment.getattr(l_1_row, 'name')))
            yield '</th>\n'
            l_2_loop = missing
            for l_2_cell, l_2_loop in LoopContext(environment.getattr(l_1_row, 'cells'), undefined):
                l_2_icons = resolve('icons')
                _loop_vars = {}
                pass
                if l_2_cell:
                    pass
                    yield '<td class="st st-'
                    yield escape(environment.finalize(environment.getattr(l_2_cell, 'status')))
                    yield '" data-label="'
                    yield escape(environment.finalize(environment.getitem(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'columns'), environment.getattr(l_2_loop, 'index0'))))
                    yield '"><a class="status" href="#'
                    yield escape(environment.finalize(environment.getattr(l_1_row, 'anchor')))
                    yield '">'
                    yield escape(environment.finalize(environment.getitem((undefined(name='icons') if l_2_icons is missing else l_2_icons), environment.getattr(l_2_cell, 'status'))))
                    yield '<span>'
                    yield escape(environment.finalize(environment.getattr(l_2_cell, 'words')))
                    yield '</span></a></td>\n'
                else:
                    pass
                    yield '<td class="none" data-label="'
                    yield escape(environment.finalize(environment.getitem(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'columns'), environment.getattr(l_2_loop, 'index0'))))
                    yield '">—</td>\n'
            l_2_loop = l_2_cell = l_2_icons = missing
            yield '</tr>\n'
        l_1_loop = l_1_row = missing
        yield '</tbody>\n</table>\n</div>\n'
    else:
        pass
        yield '<p>No indicator to show: none has a row for the milestones and indicators asked for.</p>\n'
    yield '</section>\n'
    l_1_loop = missing
    for l_1_s, l_1_loop in LoopContext(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'sections'), undefined):
        _loop_vars = {}
        pass
        yield '<section class="indicator" id="'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'anchor')))
        yield '" aria-labelledby="h-'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'anchor')))
        yield '">\n<h2 id="h-'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'anchor')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'ident')))
        yield ' '
        yield escape(environment.finalize(environment.getattr(l_1_s, 'name')))
        yield '</h2>\n<p class="facts">'
        yield escape(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_1_s, 'facts'), ' · ')))
        yield '</p>\n<ul class="summary" aria-label="'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'ident')))
        yield ' in a sentence per milestone">\n'
        for (l_2_milestone, l_2_words) in environment.getattr(l_1_s, 'summaries'):
            _loop_vars = {}
            pass
            yield '<li><strong>'
            yield escape(environment.finalize(l_2_milestone))
            yield '</strong> '
            yield escape(environment.finalize(l_2_words))
            yield '</li>\n'
        l_2_milestone = l_2_words = missing
        yield '</ul>\n'
        if environment.getattr(l_1_s, 'note'):
            pass
            yield '<p class="note">'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'note')))
            yield '</p>\n'
        yield '<div class="layout">\n<figure class="chart">\n'
        yield escape(environment.finalize(context.call((undefined(name='chart') if l_0_chart is missing else l_0_chart), environment.getattr(l_1_s, 'chart'), environment.getattr(l_1_s, 'anchor'), _loop_vars=_loop_vars)))
        yield "\n<figcaption>Figures (●), targets (◆, with a dashed line at their level), the plan's path (solid) and the current pace (dotted)"
        if environment.getattr(environment.getattr(l_1_s, 'chart'), 'band'):
            pass
            yield ' with its 80% band (shaded)'
        if environment.getattr(l_1_s, 'paths'):
            pass
            yield "; the table of the chart's data below holds the same numbers"
        yield '.</figcaption>\n</figure>\n<div class="table-wrap" tabindex="0">\n<table class="headline">\n<caption>Headline numbers</caption>\n<thead>\n<tr><td></td>'
        for l_2_column in environment.getattr(l_1_s, 'columns'):
            _loop_vars = {}
            pass
            yield '<th scope="col" class="num">'
            yield escape(environment.finalize(l_2_column))
            yield '</th>'
        l_2_column = missing
        yield '</tr>\n</thead>\n<tbody>\n'
        for (l_2_name, l_2_cells) in environment.getattr(l_1_s, 'lines'):
            _loop_vars = {}
            pass
            yield '<tr><th scope="row">'
            yield escape(environment.finalize(l_2_name))
            yield '</th>'
            for l_3_cell in l_2_cells:
                l_3_icons = resolve('icons')
                _loop_vars = {}
                pass
                if environment.getattr(l_3_cell, 'status'):
                    pass
                    yield '<td class="st st-'
                    yield escape(environment.finalize(environment.getattr(l_3_cell, 'status')))
                    yield '"><span class="status">'
                    yield escape(environment.finalize(environment.getitem((undefined(name='icons') if l_3_icons is missing else l_3_icons), environment.getattr(l_3_cell, 'status'))))
                    yield '<span>'
                    yield escape(environment.finalize(environment.getattr(l_3_cell, 'words')))
                    yield '</span></span></td>'
                else:
                    pass
                    yield '<td class="num">'
                    yield escape(environment.finalize(environment.getattr(l_3_cell, 'words')))
                    yield '</td>'
            l_3_cell = l_3_icons = missing
            yield '</tr>\n'
        l_2_name = l_2_cells = missing
        yield '</tbody>\n</table>\n</div>\n</div>\n<div class="layout data">\n'
        if environment.getattr(l_1_s, 'paths'):
            pass
            yield '<div class="table-wrap paths-wrap" tabindex="0">\n<table class="paths">\n<caption>The chart\'s data, year by year</caption>\n<thead>\n<tr>'
            l_2_loop = missing
            for l_2_name, l_2_loop in LoopContext(environment.getattr(l_1_s, 'paths_header'), undefined):
                _loop_vars = {}
                pass
                yield '<th scope="col"'
                if (not environment.getattr(l_2_loop, 'first')):
                    pass
                    yield ' class="num"'
                yield '>'
                yield escape(environment.finalize(l_2_name))
                yield '</th>'
            l_2_loop = l_2_name = missing
            yield '</tr>\n</thead>\n<tbody>\n'
            for l_2_cells in environment.getattr(l_1_s, 'paths'):
                _loop_vars = {}
                pass
                yield '<tr><th scope="row">'
                yield escape(environment.finalize(environment.getitem(l_2_cells, 0)))
                yield '</th>'
                for l_3_cell in l_2_cells[1:]:
                    _loop_vars = {}
                    pass
                    yield '<td class="num">'
                    yield escape(environment.finalize(l_3_cell))
                    yield '</td>'
                l_3_cell = missing
                yield '</tr>\n'
            l_2_cells = missing
            yield '</tbody>\n</table>\n</div>\n'
        yield '<div class="table-wrap" tabindex="0">\n<table class="sources">\n<caption>Figures and their sources</caption>\n<thead>\n<tr><th scope="col">Year</th><th scope="col" class="num">Figure</th><th scope="col">Source</th><th scope="col">Grade</th></tr>\n</thead>\n<tbody>\n'
        for l_2_f in environment.getattr(l_1_s, 'sources'):
            _loop_vars = {}
            pass
            yield '<tr'
            if (not environment.getattr(l_2_f, 'used')):
                pass
                yield ' class="later"'
            yield '>\n<th scope="row">'
            yield escape(environment.finalize(environment.getattr(l_2_f, 'year')))
            if (not environment.getattr(l_2_f, 'used')):
                pass
                yield ' (later)'
            yield '</th>\n<td class="num">'
            yield escape(environment.finalize(environment.getattr(l_2_f, 'value')))
            yield '</td>\n<td>'
            if environment.getattr(l_2_f, 'url'):
                pass
                yield '<a href="'
                yield escape(environment.finalize(environment.getattr(l_2_f, 'url')))
                yield '">'
                yield escape(environment.finalize(environment.getattr(l_2_f, 'title')))
                yield '</a>'
            else:
                pass
                yield escape(environment.finalize(environment.getattr(l_2_f, 'title')))
            if environment.getattr(l_2_f, 'published'):
                pass
                yield '<br><small>'
                yield escape(environment.finalize(environment.getattr(l_2_f, 'published')))
                yield '</small>'
            if environment.getattr(l_2_f, 'note'):
                pass
                yield '<br><small>'
                yield escape(environment.finalize(environment.getattr(l_2_f, 'note')))
                yield '</small>'
            yield '</td>\n<td class="grade">'
            if environment.getattr(l_2_f, 'official'):
                pass
                yield escape(environment.finalize(environment.getattr(l_2_f, 'grade')))
            else:
                pass
                yield '<span class="mark" aria-hidden="true">† </span>'
                yield escape(environment.finalize(environment.getattr(l_2_f, 'grade')))
            yield '</td>\n</tr>\n'
        l_2_f = missing
        yield '</tbody>\n</table>\n</div>\n</div>\n'
        if environment.getattr(l_1_s, 'notes'):
            pass
            yield '<ul class="notes" aria-label="Notes on '
            yield escape(environment.finalize(environment.getattr(l_1_s, 'ident')))
            yield '">\n'
            for l_2_note in environment.getattr(l_1_s, 'notes'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(environment.finalize(l_2_note))
                yield '</li>\n'
            l_2_note = missing
            yield '</ul>\n'
        yield '</section>\n'
    l_1_loop = l_1_s = missing
    yield '<section class="method" aria-labelledby="h-method">\n<h2 id="h-method">Method and notes</h2>\n'
    for l_1_m in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'methods'):
        _loop_vars = {}
        pass
        yield '<h3>'
        yield escape(environment.finalize(environment.getattr(l_1_m, 'key')))
        yield '</h3>\n<p>'
        yield escape(environment.finalize(environment.getattr(l_1_m, 'source')))
        yield '. '
        yield escape(environment.finalize(environment.getattr(l_1_m, 'measure')))
        yield '</p>\n<div class="table-wrap" tabindex="0">\n<table>\n<caption>Classes of '
        yield escape(environment.finalize(environment.getattr(l_1_m, 'key')))
        if environment.getattr(l_1_m, 'without_target'):
            pass
            yield ' (with a target)'
        yield '</caption>\n<thead><tr><th scope="col">When</th><th scope="col">Class</th></tr></thead>\n<tbody>\n'
        for l_2_k in environment.getattr(l_1_m, 'classes'):
            l_2_icons = resolve('icons')
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_2_k, 'when')))
            yield '</td><td class="st st-'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_2_k, 'status'), 'value')))
            yield '"><span class="status">'
            yield escape(environment.finalize(environment.getitem((undefined(name='icons') if l_2_icons is missing else l_2_icons), environment.getattr(environment.getattr(l_2_k, 'status'), 'value'))))
            yield '<span>'
            yield escape(environment.finalize(environment.getattr(l_2_k, 'words')))
            yield '</span></span></td></tr>\n'
        l_2_k = l_2_icons = missing
        yield '</tbody>\n</table>\n</div>\n'
        if environment.getattr(l_1_m, 'without_target'):
            pass
            yield '<div class="table-wrap" tabindex="0">\n<table>\n<caption>Classes of '
            yield escape(environment.finalize(environment.getattr(l_1_m, 'key')))
            yield ' without a target (thresholds scaled down near a natural limit)</caption>\n<thead><tr><th scope="col">When</th><th scope="col">Class</th></tr></thead>\n<tbody>\n'
            for l_2_k in environment.getattr(l_1_m, 'without_target'):
                l_2_icons = resolve('icons')
                _loop_vars = {}
                pass
                yield '<tr><td>'
                yield escape(environment.finalize(environment.getattr(l_2_k, 'when')))
                yield '</td><td class="st st-'
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_2_k, 'status'), 'value')))
                yield '"><span class="status">'
                yield escape(environment.finalize(environment.getitem((undefined(name='icons') if l_2_icons is missing else l_2_icons), environment.getattr(environment.getattr(l_2_k, 'status'), 'value'))))
                yield '<span>'
                yield escape(environment.finalize(environment.getattr(l_2_k, 'words')))
                yield '</span></span></td></tr>\n'
            l_2_k = l_2_icons = missing
            yield '</tbody>\n</table>\n</div>\n'
    l_1_m = missing
    yield '<p>'
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'settled')))
    yield '</p>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'notes'):
        pass
        yield '<ul class="notes" aria-label="Notes on the whole page">\n'
        for l_1_note in environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'notes'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(l_1_note))
            yield '</li>\n'
        l_1_note = missing
        yield '</ul>\n'
    yield '</section>\n</main>\n<footer>\n<p>Written by hkit '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'version')))
    yield ' from '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'file')))
    yield '. Every figure names its source; † marks a source that is not official.</p>\n</footer>\n</body>\n</html>\n'

blocks = {}
debug_info = '3=19&10=26&11=28&13=30&14=36&19=43&21=45&22=47&23=51&24=53&25=55&26=57&33=59&35=62&36=66&39=78&40=81&50=89&51=94&55=104&61=108&62=113&65=123&68=126&70=132&73=141&75=145&76=152&77=156&78=159&80=172&92=183&93=187&94=191&95=197&96=199&97=201&98=205&101=211&102=214&106=217&107=219&113=226&116=234&117=238&124=262&129=266&132=278&133=282&146=295&147=299&148=303&149=308&150=310&151=331&158=341&159=344&160=346&161=350&169=357&170=361&171=363&174=367&177=372&178=377&183=387&186=390&189=392&190=397&197=409&198=411&200=414&201=418&208=423'
