# Exits through nested blocks: continue/break/return across try/except/finally and with, finally overriding, else clauses in loops.
def t1():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        except ValueError:
            return "never"
        finally:
            print("fin", i)
    return "t1 done"
print(t1())
def t2():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(t2())
def t3():
    for i in range(2):
        try:
            try:
                raise KeyError(i)
            except KeyError:
                if i == 0:
                    continue
                return f"ret {i}"
            finally:
                print("f1", i)
        finally:
            print("f2", i)
print(t3())
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None)
def t4():
    with CM(1):
        try:
            with CM(2):
                return "from with"
        finally:
            print("fin t4")
print(t4())
def t5():
    while True:
        try:
            return "while-ret"
        finally:
            print("t5 finally")
            break
    return "after break"
print(t5())
def t6():
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            raise TypeError("b")
        except TypeError as e2:
            return (repr(e), repr(e2))
        finally:
            print("nested fin")
    finally:
        print("outer fin")
print(t6())
def t7(items):
    out = []
    for x in items:
        try:
            if x < 0:
                raise ValueError(x)
            out.append(x)
        except ValueError as err:
            out.append(("neg", err.args[0]))
            continue
        else:
            out.append("ok")
        finally:
            out.append("f")
    return out
print(t7([1, -1, 2]))
def t8():
    try:
        return 1
    finally:
        return 2
print(t8())
def t9():
    for i in range(3):
        with CM(i):
            if i == 1:
                break
    return i
print(t9())
