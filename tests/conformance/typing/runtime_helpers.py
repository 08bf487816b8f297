# typing.final, assert_type, reveal_type and assert_never: Python functions of typing, run as in 3.11
import typing, sys
from typing import final, assert_type, reveal_type, assert_never
def f(): pass
print(final(f) is f, f.__final__, sys.getrefcount(f))
@final
class C:
    @final
    def m(self): pass
print(C.__final__, C.m.__final__)
print(final(len) is len, final(3))
print(assert_type(5, str))
print(reveal_type([1]))
try:
    assert_never('x'*200)
except AssertionError as e: print(e)
print(type(final), final.__module__, final.__qualname__, final.__name__)
for call in (lambda: assert_type(1), lambda: final(), lambda: reveal_type(obj=1)):
    try: call()
    except TypeError as e: print(e)
