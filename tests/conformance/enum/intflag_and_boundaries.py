# IntFlag members are ints: operations with ints, unknown bits kept (KEEP); Flag boundaries CONFORM and EJECT
from enum import IntFlag, Flag, CONFORM, EJECT, STRICT, KEEP, FlagBoundary

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 6, m + 1, m | 8, repr(m | 8), Mode(9), repr(Mode(9)))
print(repr(~Mode.READ), Mode.READ & 4, isinstance(m, int), list(Mode(7)))

class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2

class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2

print(repr(Conform(7)), Eject(7), type(Eject(7)).__name__, repr(Eject(3)))
print(list(FlagBoundary), STRICT, repr(KEEP))
