# yield from chains: close and throw reach the innermost generator; frames and refcounts
import sys
def leaf(tag):
    try:
        yield tag + "1"
        yield tag + "2"
        return tag + "-done"
    finally:
        print("leaf finally", tag)
def mid():
    r = yield from leaf("L")
    print("mid got", r)
    r2 = yield from leaf("M")
    return r2
def top():
    res = yield from mid()
    print("top got", res)
t = top()
print(next(t), next(t))
print(t.gi_yieldfrom.__name__, t.gi_yieldfrom.gi_yieldfrom.__name__)
print(next(t))
print(t.gi_yieldfrom.gi_yieldfrom.gi_frame.f_locals)
t.close()
print(t.gi_yieldfrom, t.gi_frame)
t2 = top(); next(t2)
try:
    t2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
