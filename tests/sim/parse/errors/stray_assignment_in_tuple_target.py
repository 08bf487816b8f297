# Of a bare tuple target, the last item is read as a named expression with the `=` after it.
a, b = c if d else e = 4
