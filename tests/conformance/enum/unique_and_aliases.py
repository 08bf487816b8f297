# @unique refuses aliases with CPython's message; without it, aliases resolve to the first member
from enum import Enum, unique

class Status(Enum):
    ACTIVE = 1
    RUNNING = 1
    STOPPED = 0
    HALTED = 0

print(Status.RUNNING, Status.HALTED is Status.STOPPED, len(Status), len(Status.__members__))
try:
    @unique
    class Strict(Enum):
        ONE = 1
        UNO = 1
        TWO = 2
        DOS = 2
except ValueError as e:
    print(e)

@unique
class Fine(Enum):
    A = 1
    B = 2

print(list(Fine))
