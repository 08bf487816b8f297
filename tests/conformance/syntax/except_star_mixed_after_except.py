# except* after except on the same try is a SyntaxError over 'except*'
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
