# Annotations at module and class level are evaluated and kept in __annotations__; a function's are not
import gc
x: int = 3
y: "str"
class A:
    a: int = 1
    __private: float = 2.0
    b: list
    def f(self):
        local: int = 5
        return local
print(__annotations__, A.__annotations__, A().f())
obj = A()
obj.a: int = 10
d = {}
d["k"]: str = "v"
print(sorted(vars(A)), obj.a, d)
for i in range(1):
    z: bool = True
print(__annotations__)
