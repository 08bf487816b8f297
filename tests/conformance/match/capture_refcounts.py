# Captured names hold the subject's parts: refcounts inside the case body and after it, at module level and in a function.
import sys

class Thing:
    pass

t = Thing()
pair = [t, Thing()]
print("before:", sys.getrefcount(t))
match pair:
    case [first, second]:
        print("in body, first:", sys.getrefcount(first))
        print("second is pair[1]:", second is pair[1])
print("after:", sys.getrefcount(t))
del first
print("after del first:", sys.getrefcount(t))

def f(subject):
    match subject:
        case [a, b] as whole:
            print("a:", sys.getrefcount(a), "whole:", sys.getrefcount(whole))
            return a
    return None

got = f(pair)
print("returned is t:", got is t, sys.getrefcount(t))
del got
print("after f:", sys.getrefcount(t), sys.getrefcount(pair))

def g(subject):
    match subject:
        case (x, y) if sys.getrefcount(x) > 0:
            print("guard saw x bound:", sys.getrefcount(x))
    print("end of g:", sys.getrefcount(subject))

g((t, 1))
print("final:", sys.getrefcount(t))
