# SyntaxError report: a name that starts a soft keyword (c of case) before another item gets no comma hint, as in pegen
x = [c 5]
