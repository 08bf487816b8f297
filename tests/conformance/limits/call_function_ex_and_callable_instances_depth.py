# recursion through callable instances, CALL_FUNCTION_EX and builtins called with *args, at a low limit
import sys
sys.setrecursionlimit(120)
def depth_of(make):
    n = 0
    def go():
        nonlocal n
        n += 1
        make(go)
    try:
        go()
    except RecursionError as e:
        return n, str(e)
class F:
    def __call__(self, go):
        go()
f = F()
def star(go):
    args = (go,)
    f(*args)
def kwstar(go):
    kw = {"go": go}
    f(**kw)
def plain_star(go):
    args = (go,)
    (lambda g: g())(*args)
def builtin_star(go):
    args = ([go],)
    list(map(lambda g: g(), *args))
def sorted_star(go):
    args = ([1, 2],)
    sorted(*args, key=lambda x: go() if x == 1 else x)
for make in (lambda go: f(go), star, kwstar, plain_star, builtin_star, sorted_star):
    print(depth_of(make))
