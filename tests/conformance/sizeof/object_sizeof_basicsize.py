# object.__sizeof__ is tp_basicsize + tp_itemsize * ob_size: it leaves out a list's array, a dict's table, a str's characters, and counts an int's signed digits
import sys, collections
class L(list): pass
class D(dict): pass
class S(set): pass
class Ls(list): __slots__ = ('a', 'b')
class I(int): pass
class St(str): pass
class K: pass
class Slotted: __slots__ = ('x', 'y', 'z')
objs = [[1, 2, 3], [], L([1]), Ls(), {}, {1: 2}, D(a=1), set(), {1, 2, 3, 4, 5, 6, 7, 8, 9}, frozenset([1]), S([1]),
        bytearray(b"abc"), bytearray(), "abc", "é", "\u1234x", St("ab"), 0, 1, 10**30, -5, -(2**40), True, False, I(5),
        collections.deque([1, 2]), collections.OrderedDict(a=1), collections.defaultdict(int), K, Slotted, int,
        b"abcd", (1, 2, 3), 1.5, None, range(3), K(), Slotted()]
for o in objs:
    print(type(o).__name__, object.__sizeof__(o), type(o).__sizeof__(o), sys.getsizeof(o))
