# What cannot be copied raises CPython's TypeError; copy.Error is the module's own exception class.
import copy
import sys

def numbers():
    yield 1

for thing in (numbers(), sys, {}.keys()):
    for copier in (copy.copy, copy.deepcopy):
        try:
            copier(thing)
        except TypeError as e:
            print(copier.__name__, type(thing).__name__, "->", e)

print(copy.Error.__name__, copy.error is copy.Error, issubclass(copy.Error, Exception))
try:
    raise copy.Error("custom")
except copy.Error as e:
    print("caught:", e)
try:
    copy.copy()
except TypeError as e:
    print(e)

class Grow:
    def __init__(self, owner):
        self.owner = owner

    def __deepcopy__(self, memo):
        self.owner["added"] = 1
        return Grow(None)

growing = {"a": 1}
growing["grow"] = Grow(growing)
growing["z"] = 2
try:
    copy.deepcopy(growing)
except RuntimeError as e:
    print("RuntimeError:", e)
