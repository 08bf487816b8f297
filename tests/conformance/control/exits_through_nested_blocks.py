# break, continue and return leaving nested with, try/except/finally and loops: what runs on the way out, in order
import sys

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("  exit", self.name, et.__name__ if et else None)
        return et is KeyError

def with_in_for_break():
    for i in range(3):
        with CM(f"w{i}"):
            for j in range(3):
                try:
                    if j == 1:
                        break
                finally:
                    print("  finally j", j)
            if i == 1:
                break
    return i

def return_from_handler_in_with():
    with CM("outer"):
        try:
            raise ValueError("v")
        except ValueError as e:
            with CM("inner"):
                return str(e)

def continue_from_handler():
    out = []
    for i in range(3):
        try:
            if i % 2:
                raise KeyError(i)
            out.append(i)
        except KeyError:
            out.append(-i)
            continue
        finally:
            out.append("f")
        out.append("after")
    return out

def suppressed_in_loop():
    for i in range(2):
        with CM(f"s{i}"):
            raise KeyError(i)
    return "suppressed both"

def generator_exits():
    for i in range(3):
        with CM(f"g{i}"):
            try:
                yield i
            finally:
                print("  gen finally", i)

def while_else_with_finally(n):
    while n:
        try:
            n -= 1
            if n == 5:
                break
        finally:
            print("  tick", n)
    else:
        print("  while else")
    return n

def nested_return_value():
    x = [object()]
    for _ in range(2):
        try:
            with CM("r"):
                try:
                    return x
                finally:
                    print("  refs in finally", sys.getrefcount(x))
        finally:
            print("  outer finally")

print(with_in_for_break())
print(return_from_handler_in_with())
print(continue_from_handler())
print(suppressed_in_loop())
g = generator_exits()
print(next(g), next(g))
del g
print(while_else_with_finally(3), while_else_with_finally(7))
r = nested_return_value()
print(sys.getrefcount(r))
