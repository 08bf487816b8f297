# Equal constants anywhere in a module are one object (compile.c's constant cache): ints, floats, strs and tuples, across functions.
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2)
def f():
    return (1, 2)
print(f() is t1)
a = 1000
b = 1000
print(a is b)
def g():
    return 1000
print(g() is a)
s1 = "hello world"
s2 = "hello world"
print(s1 is s2)
x = 1.5
y = 1.5
print(x is y, 0.0 is -0.0, 1 is 1.0 if False else (1 == 1.0))
nested = ((1000, "k"), 2)
print(nested[0][0] is a, nested[0] is ((1000, "k"), 0)[0])
computed = int("1000")
print(computed is a, computed == a)
