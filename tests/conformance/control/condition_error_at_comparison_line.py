# An error inside a multi-line condition is reported at the comparison's line, as python3 reports it
def check(d):
    if (d["a"] is None
            or d["b"] > 1):
        return 1
    return 0
print(check({"a": 1, "b": 2}))
check({"a": 1})
