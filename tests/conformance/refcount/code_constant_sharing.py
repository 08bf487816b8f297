# Functions with equal co_consts share one tuple, so a constant they both use is counted once for the pair
import sys

LIMIT = 5000

def first():
    return 5000

def second():
    return 5000

print("module + one shared co_consts tuple:", sys.getrefcount(LIMIT))

def third(x):
    if x:
        return 5000
    return None

print("a third function with other constants:", sys.getrefcount(LIMIT))

class Config:
    size = 5000
    label = "config size"
    def describe(self):
        return "config size"

print("class body and method:", sys.getrefcount(LIMIT), sys.getrefcount(Config.label))

words = [f"item {n}" for n in range(2)]
print("f-string part:", sys.getrefcount(" and "), words)

def outer():
    def inner():
        return 4999 + 1
    return inner

print("folded in a nested function:", sys.getrefcount(LIMIT), outer()() is LIMIT)
gen = (n * 5000 for n in range(2))
print("generator expression:", sys.getrefcount(LIMIT), list(gen))
print("lambda:", (lambda: 5000)() is LIMIT, sys.getrefcount(LIMIT))
