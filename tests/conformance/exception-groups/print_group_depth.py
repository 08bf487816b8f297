# groups nested deeper than max_group_depth (10) print "... (max_group_depth is 10)"
def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"d{n}", [deep(n - 1)])
try:
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
except ExceptionGroup as e:
    pass
raise ExceptionGroup("outer", [deep(12), ExceptionGroup("wide", [ValueError(i) for i in range(16)])])
