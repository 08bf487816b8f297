# Warm BINARY_SUBSCR's dict form releases the key before the dict; a failed lookup releases the key alone, the dict after the traceback entry
import sys
class K:
    def __init__(s, name): s.name = name
    def __hash__(s): return 1
    def __eq__(s, o): return True
    def __del__(s): print("del", s.name, end="; ")
def hit():
    for i in range(10):
        v = {K("dictkey"): 1}[K("sub")]
        print(v)
hit()
class Miss(K):
    def __eq__(s, o): return False
    __hash__ = K.__hash__
def miss():
    for i in range(10):
        try:
            {Miss("dictkey"): 1}[Miss("sub")]
        except KeyError as e:
            print("KeyError", type(e.args[0]).__name__, sys.getrefcount(e.args[0]), end="; ")
            del e
        print()
miss()
class Bad:
    def __hash__(s): raise TypeError("no hash")
    def __del__(s): print("del Bad", end="; ")
class Held(dict):
    pass
def bad():
    for i in range(10):
        try:
            {1: 2}[Bad()]
        except TypeError as e:
            print("TypeError", e, end="; ")
        print()
bad()
def mixed(items):
    return [c[0] for c in items]
print(mixed([[1], (2,), {0: 3}] * 5 + [[4]] * 60)[-3:])
