# Warm BINARY_OP: the int and float forms free the right operand first (which freed block the next number takes), with 3.11's counters
def add_floats(n):
    out = []
    x = 1.5
    for i in range(n):
        L = [x * 3.0, x * 5.0]
        il, ir = id(L[0]), id(L[1])
        s = L.pop(0) + L.pop()
        m = x * 7.0
        out.append("L" if id(m) == il else "R" if id(m) == ir else "o")
        del s, m, L
    return "".join(out)
def sub_floats(n):
    out = []
    x = 1.5
    for i in range(n):
        L = [x * 3.0, x * 5.0]
        il, ir = id(L[0]), id(L[1])
        s = L.pop(0) - L.pop()
        m = x * 7.0
        out.append("L" if id(m) == il else "R" if id(m) == ir else "o")
        del s, m, L
    return "".join(out)
def div_floats(n):
    out = []
    x = 1.5
    for i in range(n):
        L = [x * 3.0, x * 5.0]
        il, ir = id(L[0]), id(L[1])
        s = L.pop(0) / L.pop()
        m = x * 7.0
        out.append("L" if id(m) == il else "R" if id(m) == ir else "o")
        del s, m, L
    return "".join(out)
def mul_ints(n):
    out = []
    x = 1000
    for i in range(n):
        L = [x * 3, x * 5]
        il, ir = id(L[0]), id(L[1])
        s = L.pop(0) * L.pop()
        m = x * 7
        out.append("L" if id(m) == il else "R" if id(m) == ir else "o")
        del s, m, L
    return "".join(out)
print(add_floats(12), sub_floats(12), div_floats(12), mul_ints(12))
print(add_floats(12))
class F(float):
    pass
def switching(n, switch):
    out = []
    x = 1.5
    for i in range(n):
        L = [F(x * 3.0) if switch <= i < switch + 60 else x * 3.0, x * 5.0]
        il, ir = id(L[0]), id(L[1])
        s = L.pop(0) + L.pop()
        m = x * 7.0
        out.append("L" if id(m) == il else "R" if id(m) == ir else "o")
        del s, m, L
    return "".join(out)
print(switching(160, 20))
def strs(n):
    s = ""
    t = ""
    for i in range(n):
        s = s + "a"
        t = s + "b"
    return len(s), len(t)
print(strs(20))
