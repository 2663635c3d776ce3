from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'chart.svg.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_chart = missing
    try:
        t_1 = environment.filters['plus']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'plus' found.")
    pass
    def macro(l_1_c, l_1_ident, l_1_standalone):
        t_2 = []
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        if l_1_ident is missing:
            l_1_ident = undefined("parameter 'ident' was not provided", name='ident')
        if l_1_standalone is missing:
            l_1_standalone = False
        pass
        t_2.append(
            '<svg ',
        )
        if l_1_standalone:
            pass
            t_2.extend((
                'xmlns="http://www.w3.org/2000/svg" width="',
                escape(environment.finalize(environment.getattr(l_1_c, 'width'))),
                '" height="',
                escape(environment.finalize(environment.getattr(l_1_c, 'height'))),
                '" ',
            ))
        t_2.extend((
            'class="hk-chart" viewBox="0 0 ',
            escape(environment.finalize(environment.getattr(l_1_c, 'width'))),
            ' ',
            escape(environment.finalize(environment.getattr(l_1_c, 'height'))),
            '" role="img" aria-labelledby="ct-',
            escape(environment.finalize(l_1_ident)),
            ' cd-',
            escape(environment.finalize(l_1_ident)),
            '">\n<title id="ct-',
            escape(environment.finalize(l_1_ident)),
            '">',
            escape(environment.finalize(environment.getattr(l_1_c, 'title'))),
            '</title>\n<desc id="cd-',
            escape(environment.finalize(l_1_ident)),
            '">',
            escape(environment.finalize(environment.getattr(l_1_c, 'desc'))),
            '</desc>\n',
        ))
        if l_1_standalone:
            pass
            t_2.append(
                '<style>\n',
            )
            template = environment.get_template('chart.css', 'chart.svg.j2')
            gen = template.root_render_func(template.new_context(context.get_all(), True, {'c': l_1_c, 'ident': l_1_ident, 'standalone': l_1_standalone, 'chart': l_0_chart}))
            try:
                for event in gen:
                    t_2.append(event)
            finally: gen.close()
            t_2.extend((
                '</style>\n<rect class="bg" width="',
                escape(environment.finalize(environment.getattr(l_1_c, 'width'))),
                '" height="',
                escape(environment.finalize(environment.getattr(l_1_c, 'height'))),
                '"/>\n',
            ))
        t_2.append(
            '<g class="heading">\n',
        )
        for l_2_t in environment.getattr(l_1_c, 'heading'):
            _loop_vars = {}
            pass
            t_2.extend((
                '<text x="14" y="',
                escape(environment.finalize(environment.getattr(l_2_t, 'at'))),
                '">',
                escape(environment.finalize(environment.getattr(l_2_t, 'label'))),
                '</text>\n',
            ))
        l_2_t = missing
        t_2.append(
            '</g>\n',
        )
        if environment.getattr(l_1_c, 'unit'):
            pass
            t_2.extend((
                '<text class="unit" x="14" y="',
                escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'unit'), 'at'))),
                '">',
                escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'unit'), 'label'))),
                '</text>\n',
            ))
        if environment.getattr(l_1_c, 'sources'):
            pass
            t_2.append(
                '<g class="source">\n',
            )
            for l_2_t in environment.getattr(l_1_c, 'sources'):
                _loop_vars = {}
                pass
                t_2.extend((
                    '<text x="14" y="',
                    escape(environment.finalize(environment.getattr(l_2_t, 'at'))),
                    '">',
                    escape(environment.finalize(environment.getattr(l_2_t, 'label'))),
                    '</text>\n',
                ))
            l_2_t = missing
            t_2.append(
                '</g>\n',
            )
        if environment.getattr(l_1_c, 'message'):
            pass
            t_2.extend((
                '<text class="message" x="',
                escape(environment.finalize((environment.getattr(l_1_c, 'width') // 2))),
                '" y="',
                escape(environment.finalize((environment.getattr(l_1_c, 'height') // 2))),
                '" text-anchor="middle">',
                escape(environment.finalize(environment.getattr(l_1_c, 'message'))),
                '</text>\n',
            ))
        else:
            pass
            t_2.extend((
                '<path class="grid" d="',
                escape(environment.finalize(environment.getattr(l_1_c, 'grid'))),
                '"/>\n<path class="axis" d="',
                escape(environment.finalize(environment.getattr(l_1_c, 'axis'))),
                '"/>\n<g class="labels" text-anchor="end">\n',
            ))
            for l_2_t in environment.getattr(l_1_c, 'y_ticks'):
                _loop_vars = {}
                pass
                t_2.extend((
                    '<text x="',
                    escape(environment.finalize(t_1(environment.getattr(l_1_c, 'left'), -6))),
                    '" y="',
                    escape(environment.finalize(t_1(environment.getattr(l_2_t, 'at'), 5))),
                    '">',
                    escape(environment.finalize(environment.getattr(l_2_t, 'label'))),
                    '</text>\n',
                ))
            l_2_t = missing
            t_2.append(
                '</g>\n<g class="labels" text-anchor="middle">\n',
            )
            for l_2_t in environment.getattr(l_1_c, 'x_ticks'):
                _loop_vars = {}
                pass
                t_2.extend((
                    '<text x="',
                    escape(environment.finalize(environment.getattr(l_2_t, 'at'))),
                    '" y="',
                    escape(environment.finalize(t_1(environment.getattr(l_1_c, 'bottom'), 22))),
                    '">',
                    escape(environment.finalize(environment.getattr(l_2_t, 'label'))),
                    '</text>\n',
                ))
            l_2_t = missing
            t_2.append(
                '</g>\n',
            )
            if environment.getattr(l_1_c, 'now'):
                pass
                t_2.extend((
                    '<g class="now">\n<line x1="',
                    escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'now'), 'at'))),
                    '" x2="',
                    escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'now'), 'at'))),
                    '" y1="',
                    escape(environment.finalize(t_1(environment.getattr(l_1_c, 'top'), -6))),
                    '" y2="',
                    escape(environment.finalize(environment.getattr(l_1_c, 'bottom'))),
                    '"/>\n',
                ))
                if environment.getattr(environment.getattr(l_1_c, 'now'), 'end'):
                    pass
                    t_2.extend((
                        '<text x="',
                        escape(environment.finalize(t_1(environment.getattr(environment.getattr(l_1_c, 'now'), 'at'), -4))),
                        '" y="',
                        escape(environment.finalize(t_1(environment.getattr(l_1_c, 'top'), -10))),
                        '" text-anchor="end">',
                        escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'now'), 'label'))),
                        '</text>\n',
                    ))
                else:
                    pass
                    t_2.extend((
                        '<text x="',
                        escape(environment.finalize(t_1(environment.getattr(environment.getattr(l_1_c, 'now'), 'at'), 4))),
                        '" y="',
                        escape(environment.finalize(t_1(environment.getattr(l_1_c, 'top'), -10))),
                        '">',
                        escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'now'), 'label'))),
                        '</text>\n',
                    ))
                t_2.append(
                    '</g>\n',
                )
            if environment.getattr(l_1_c, 'band'):
                pass
                t_2.extend((
                    '<polygon class="band" points="',
                    escape(environment.finalize(environment.getattr(l_1_c, 'band'))),
                    '"/>\n',
                ))
            for l_2_t in environment.getattr(l_1_c, 'targets'):
                _loop_vars = {}
                pass
                t_2.extend((
                    '<line class="target-line" x1="',
                    escape(environment.finalize(environment.getattr(l_2_t, 'line_from'))),
                    '" x2="',
                    escape(environment.finalize(environment.getattr(l_2_t, 'x'))),
                    '" y1="',
                    escape(environment.finalize(environment.getattr(l_2_t, 'y'))),
                    '" y2="',
                    escape(environment.finalize(environment.getattr(l_2_t, 'y'))),
                    '"/>\n',
                ))
            l_2_t = missing
            if environment.getattr(l_1_c, 'plan'):
                pass
                t_2.extend((
                    '<polyline class="plan" points="',
                    escape(environment.finalize(environment.getattr(l_1_c, 'plan'))),
                    '"/>\n',
                ))
            if environment.getattr(l_1_c, 'trend'):
                pass
                t_2.extend((
                    '<polyline class="trend" points="',
                    escape(environment.finalize(environment.getattr(l_1_c, 'trend'))),
                    '"/>\n',
                ))
            for l_2_t in environment.getattr(l_1_c, 'targets'):
                _loop_vars = {}
                pass
                t_2.extend((
                    '<path class="target" d="M',
                    escape(environment.finalize(environment.getattr(l_2_t, 'x'))),
                    ' ',
                    escape(environment.finalize(t_1(environment.getattr(l_2_t, 'y'), -7))),
                    'l7 7-7 7-7-7z"><title>',
                    escape(environment.finalize(environment.getattr(l_2_t, 'tooltip'))),
                    '</title></path>\n<text class="target-label" x="',
                    escape(environment.finalize(t_1(environment.getattr(l_2_t, 'line_from'), 6))),
                    '" y="',
                    escape(environment.finalize(t_1(environment.getattr(l_2_t, 'y'), -6))),
                    '">',
                    escape(environment.finalize(environment.getattr(l_2_t, 'label'))),
                    '</text>\n',
                ))
            l_2_t = missing
            for l_2_m in environment.getattr(l_1_c, 'later'):
                _loop_vars = {}
                pass
                t_2.extend((
                    '<circle class="later" cx="',
                    escape(environment.finalize(environment.getattr(l_2_m, 'x'))),
                    '" cy="',
                    escape(environment.finalize(environment.getattr(l_2_m, 'y'))),
                    '" r="4.5"><title>',
                    escape(environment.finalize(environment.getattr(l_2_m, 'label'))),
                    '</title></circle>\n',
                ))
            l_2_m = missing
            for l_2_m in environment.getattr(l_1_c, 'figures'):
                _loop_vars = {}
                pass
                t_2.extend((
                    '<circle class="figure" cx="',
                    escape(environment.finalize(environment.getattr(l_2_m, 'x'))),
                    '" cy="',
                    escape(environment.finalize(environment.getattr(l_2_m, 'y'))),
                    '" r="4.5"><title>',
                    escape(environment.finalize(environment.getattr(l_2_m, 'label'))),
                    '</title></circle>\n',
                ))
            l_2_m = missing
            t_2.append(
                '<g class="legend">\n',
            )
            for l_2_item in environment.getattr(l_1_c, 'legend'):
                l_2_x = l_2_y = missing
                _loop_vars = {}
                pass
                (l_2_x, l_2_y) = (environment.getattr(l_2_item, 'x'), environment.getattr(l_2_item, 'y'))
                _loop_vars.update({'x': l_2_x, 'y': l_2_y})
                if (environment.getattr(l_2_item, 'key') == 'figure'):
                    pass
                    t_2.extend((
                        '<circle class="figure" cx="',
                        escape(environment.finalize(t_1((undefined(name='x') if l_2_x is missing else l_2_x), 10))),
                        '" cy="',
                        escape(environment.finalize((undefined(name='y') if l_2_y is missing else l_2_y))),
                        '" r="4.5"/>\n',
                    ))
                elif (environment.getattr(l_2_item, 'key') == 'later'):
                    pass
                    t_2.extend((
                        '<circle class="later" cx="',
                        escape(environment.finalize(t_1((undefined(name='x') if l_2_x is missing else l_2_x), 10))),
                        '" cy="',
                        escape(environment.finalize((undefined(name='y') if l_2_y is missing else l_2_y))),
                        '" r="4.5"/>\n',
                    ))
                elif (environment.getattr(l_2_item, 'key') == 'band'):
                    pass
                    t_2.extend((
                        '<rect class="band" x="',
                        escape(environment.finalize((undefined(name='x') if l_2_x is missing else l_2_x))),
                        '" y="',
                        escape(environment.finalize(t_1((undefined(name='y') if l_2_y is missing else l_2_y), -6))),
                        '" width="20" height="12"/>\n',
                    ))
                elif (environment.getattr(l_2_item, 'key') == 'target'):
                    pass
                    t_2.extend((
                        '<path class="target" d="M',
                        escape(environment.finalize(t_1((undefined(name='x') if l_2_x is missing else l_2_x), 10))),
                        ' ',
                        escape(environment.finalize(t_1((undefined(name='y') if l_2_y is missing else l_2_y), -7))),
                        'l7 7-7 7-7-7z"/>\n',
                    ))
                else:
                    pass
                    t_2.extend((
                        '<line class="',
                        escape(environment.finalize(environment.getattr(l_2_item, 'key'))),
                        '" x1="',
                        escape(environment.finalize((undefined(name='x') if l_2_x is missing else l_2_x))),
                        '" x2="',
                        escape(environment.finalize(t_1((undefined(name='x') if l_2_x is missing else l_2_x), 20))),
                        '" y1="',
                        escape(environment.finalize((undefined(name='y') if l_2_y is missing else l_2_y))),
                        '" y2="',
                        escape(environment.finalize((undefined(name='y') if l_2_y is missing else l_2_y))),
                        '"/>\n',
                    ))
                t_2.extend((
                    '<text x="',
                    escape(environment.finalize(t_1((undefined(name='x') if l_2_x is missing else l_2_x), 26))),
                    '" y="',
                    escape(environment.finalize(t_1((undefined(name='y') if l_2_y is missing else l_2_y), 5))),
                    '">',
                    escape(environment.finalize(environment.getattr(l_2_item, 'label'))),
                    '</text>\n',
                ))
            l_2_item = l_2_x = l_2_y = missing
            t_2.append(
                '</g>\n',
            )
        t_2.append(
            '</svg>',
        )
        return concat(t_2)
    context.exported_vars.add('chart')
    context.vars['chart'] = l_0_chart = Macro(environment, macro, 'chart', ('c', 'ident', 'standalone'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=18&4=30&5=49&6=53&7=58&9=63&11=71&14=79&15=84&18=93&19=97&21=102&23=107&24=112&28=121&29=125&31=136&32=138&34=141&35=146&39=157&40=162&43=173&45=177&46=186&47=201&51=211&52=215&54=218&55=223&57=233&58=237&60=240&61=244&63=247&64=252&65=258&67=266&68=271&70=279&71=284&74=295&75=299&76=301&77=305&78=310&79=314&80=319&81=323&82=328&83=332&85=341&87=354'
