# exception chaining: __context__ and __cause__ keep the earlier exception (and its traceback) alive
import sys
class Payload:
    def __del__(self):
        print("payload freed")
def inner():
    p = Payload()
    raise KeyError("inner")
def outer():
    try:
        inner()
    except KeyError:
        raise ValueError("outer")
try:
    outer()
except ValueError as e:
    err = e
print(type(err.__context__).__name__, err.__cause__, err.__suppress_context__)
print(err.__context__.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as r:
    print(type(r.__cause__).__name__, r.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("no context") from None
except TypeError as t:
    print(t.__cause__, t.__context__ is not None, t.__suppress_context__)
print("dropping err")
del err
print("end")
