# Code constants are ordinary objects in 3.11: the AST arena and each code object's co_consts hold them
import sys

a = 1000
print("a = 1000:", sys.getrefcount(a))
b = a
print("b = a:", sys.getrefcount(a))
del b
print("del b:", sys.getrefcount(a))

pi = 3.14159
print("float:", sys.getrefcount(pi))
greeting = "hello, world"
print("str with a space:", sys.getrefcount(greeting))
neg = -1000
print("folded -1000:", sys.getrefcount(neg))
power = 2 ** 40
print("folded 2 ** 40:", sys.getrefcount(power))

def f():
    return 1000

def g():
    x = 1000
    return sys.getrefcount(x)

# f's and g's co_consts hold the same 1000 as the module's (one constant per module).
print("f() is a:", f() is a)
print("in g:", g())
print("after calls:", sys.getrefcount(a))

squares = [n * 1000 for n in range(3)]
print("runtime int:", sys.getrefcount(squares[1]))
same = 999 + 1
print("999 + 1 folded to the same constant:", same is a, sys.getrefcount(a))
made = int("1000")
print("int('1000'):", made is a, sys.getrefcount(made))

k = lambda: 4096.5
print("lambda's constant:", sys.getrefcount(k()))
