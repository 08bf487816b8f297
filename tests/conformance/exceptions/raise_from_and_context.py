# raise from sets __cause__; raising in a handler sets __context__.
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad key") from e
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("quiet") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__)
