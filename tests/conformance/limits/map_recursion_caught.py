# map recursion caught with except Exception
def f(n):
    return list(map(f, [n + 1]))
try:
    f(0)
except Exception as e:
    print("caught", type(e).__name__)
finally:
    print("finally")
