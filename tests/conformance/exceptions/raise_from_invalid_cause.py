# raise X from Y: a cause that is not an exception has its own message; a class whose __new__ returns a non-exception is refused
class D:
    def __init__(self, tag): self.tag = tag
    def __del__(self): print("freed", self.tag)
try:
    raise ValueError("v") from 3
except TypeError as e:
    print(e, e.__context__)
# the exception is released before the cause (do_raise's raise_error)
try:
    raise D("exc") from D("cause")
except TypeError as e:
    print(e)
try:
    raise ValueError("x") from D("cause2")
except TypeError as e:
    print(e)
class Weird(Exception):
    def __new__(cls, *a):
        return 42
try:
    raise Weird
except TypeError as e:
    print(e)
class Made(Exception):
    def __init__(self):
        print("Made() called")
        super().__init__("made")
try:
    raise KeyError("k") from Made
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
def main():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("lookup failed") from "text"
main()
