# break and continue through with and finally blocks, and a bare return through finally
class C:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
def f():
    out = []
    for i in range(3):
        with C():
            if i == 1:
                continue
            if i == 2:
                break
            out.append(i)
    while True:
        try:
            break
        finally:
            out.append("f")
    return out
def g():
    try:
        return
    finally:
        pass
print(f(), g())
