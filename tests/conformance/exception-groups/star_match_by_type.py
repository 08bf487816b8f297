# except* splits a group by type: each clause gets its part, the unmatched rest is re-raised as a group
def run():
    try:
        raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
    except* ValueError as e:
        print("value:", repr(e), e.exceptions)
    except* TypeError as e:
        print("type:", repr(e))
try:
    run()
except ExceptionGroup as rest:
    print("rest:", repr(rest), rest.exceptions)
