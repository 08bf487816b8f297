# recursion through __eq__ (a comparison level and a frame each time), through __str__ and __format__
import sys
class Eq:
    def __eq__(self, other):
        return self == other
try:
    Eq() == Eq()
except RecursionError as e:
    print(e)
class S:
    def __str__(self):
        return "S" + str(self)
try:
    print(S())
except RecursionError as e:
    print(e)
class F:
    def __format__(self, spec):
        return f"{self}"
try:
    f"{F()}"
except RecursionError as e:
    print(e)
