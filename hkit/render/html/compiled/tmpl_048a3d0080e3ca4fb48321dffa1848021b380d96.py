from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'chart_document.svg.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_c = resolve('c')
    l_0_ident = resolve('ident')
    l_0_chart = missing
    pass
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    included_template = environment.get_template('chart.svg.j2', 'chart_document.svg.j2')._get_default_module(context)
    l_0_chart = getattr(included_template, 'chart', missing)
    if l_0_chart is missing:
        l_0_chart = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'chart_document.svg.j2') does not export the requested name 'chart'", name='chart')
    context.vars['chart'] = l_0_chart
    context.exported_vars.discard('chart')
    yield escape(environment.finalize(context.call((undefined(name='chart') if l_0_chart is missing else l_0_chart), (undefined(name='c') if l_0_c is missing else l_0_c), (undefined(name='ident') if l_0_ident is missing else l_0_ident), standalone=True)))
    yield '\n'

blocks = {}
debug_info = '2=15'
