# an uncaught group with notes on the group and on an item, raised from a cause
def check(x):
    if x < 0:
        e = ValueError(f"negative: {x}")
        e.add_note(f"while checking {x}")
        raise e
errors = []
for x in [-1, 2, -3]:
    try:
        check(x)
    except ValueError as e:
        errors.append(e)
g = ExceptionGroup("checks failed", errors)
g.add_note("2 of 3 failed")
raise g from KeyError("source")
