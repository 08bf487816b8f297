# except after except* on the same try is a SyntaxError at 'except'
try:
    pass
except* TypeError:
    pass
except ValueError:
    pass
