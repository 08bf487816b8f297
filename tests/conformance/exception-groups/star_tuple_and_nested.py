# except* with a tuple of types, nested groups keep their structure, and a clause that matches nothing is skipped
try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), KeyError("c")]), OSError("d")])
except* (TypeError, OSError) as e:
    print(repr(e))
    print([type(x).__name__ for x in e.exceptions])
except* ZeroDivisionError:
    print("never")
except* LookupError as e:
    print("lookup", repr(e))
except* ValueError as e:
    print("value", repr(e), e.message)
print("done")
