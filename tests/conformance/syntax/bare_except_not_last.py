# SyntaxError report: a bare except before another handler: carets to the end of its first line
try:
    pass
except:
    pass
except ValueError:
    pass
