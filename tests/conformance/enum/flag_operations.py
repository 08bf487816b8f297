# Flag: |, &, ^ and ~ make (and cache) composite members; iteration, len, in and bool over a flag value
from enum import Flag, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, rw.name, rw.value)
print(list(rw), len(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)))
print(~Perm.R, ~Perm.RW, repr(~(Perm.R | Perm.W | Perm.X)))
print(rw & Perm.W, rw ^ Perm.R, (Perm.R | Perm.X) & Perm.W)
print(Perm(5), Perm(7), list(Perm), len(Perm))
print((Perm.R | Perm.W) is (Perm.W | Perm.R), Perm(3) is Perm.RW)
try:
    Perm(8)
except ValueError as e:
    print(e)
try:
    Perm.R | 1
except TypeError as e:
    print(e)
try:
    1 in Perm.R
except TypeError as e:
    print(e)
