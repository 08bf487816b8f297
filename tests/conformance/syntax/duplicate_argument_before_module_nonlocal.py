# SyntaxError report: a duplicate argument (visit) is told before a module-level nonlocal on an earlier line (analysis after the visit)
nonlocal x
def f(a, a): pass
