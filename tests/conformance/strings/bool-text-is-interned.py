# str(), repr() and format() of a bool give its interned name (bool_repr), so the results are one object
import sys
print(str(True) is str(True), repr(False) is repr(False), f"{True}" is f"{True}", format(False) is str(False))
print(str(None) is str(None), repr(...) is repr(...), str(True), repr(False), f"{True!r:>6}|{False:d}")
