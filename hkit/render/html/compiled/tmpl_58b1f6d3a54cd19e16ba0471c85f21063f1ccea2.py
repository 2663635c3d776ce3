from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'icons.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_icon = missing
    pass
    def macro(l_1_status):
        t_1 = []
        if l_1_status is missing:
            l_1_status = undefined("parameter 'status' was not provided", name='status')
        pass
        t_1.append(
            '<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">',
        )
        if (l_1_status == 'target_achieved'):
            pass
            t_1.append(
                '<circle cx="8" cy="8" r="7.5"/><path class="cut" d="M4.5 8.3l2.4 2.4 4.6-5"/>',
            )
        elif (l_1_status == 'substantial_progress'):
            pass
            t_1.append(
                '<circle cx="8" cy="8" r="7"/>',
            )
        elif (l_1_status == 'moderate_progress'):
            pass
            t_1.append(
                '<circle class="hollow" cx="8" cy="8" r="6.5"/><path class="half" d="M8 1.5a6.5 6.5 0 0 0 0 13z"/>',
            )
        elif (l_1_status == 'limited_progress'):
            pass
            t_1.append(
                '<circle class="hollow" cx="8" cy="8" r="6.5"/>',
            )
        elif (l_1_status == 'deterioration'):
            pass
            t_1.append(
                '<path d="M1 3h14L8 15z"/>',
            )
        elif (l_1_status == 'missed'):
            pass
            t_1.append(
                '<path class="hollow" d="M2.5 2.5l11 11m0-11l-11 11"/>',
            )
        else:
            pass
            t_1.append(
                '<path class="hollow" d="M2 8h12"/>',
            )
        t_1.append(
            '</svg>',
        )
        return concat(t_1)
    context.exported_vars.add('icon')
    context.vars['icon'] = l_0_icon = Macro(environment, macro, 'icon', ('status',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=12&5=20&7=25&9=30&11=35&13=40&15=45'
