# tuple's and sets' operator dunders, None.__bool__ and list.__reversed__ called directly, with NotImplemented or the operator's own TypeError as their slots give.
print(None.__bool__(), [1, 2].__reversed__().__next__(), list([1, 2, 3].__reversed__()))
print((1,).__add__((2,)), (1, 2).__mul__(2), (1,).__rmul__(3), (1,).__mul__(0))
for f in [lambda: (1,).__add__([2]), lambda: (1,).__mul__("a"), lambda: (1,).__mul__(1.5)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print({1}.__or__({2}), {1, 2}.__and__({2}), {1, 2}.__sub__({2}), {1}.__xor__({2}), {1}.__or__([2]), {1}.__ror__({3}), frozenset({1}).__or__({2}))
print({1}.__rsub__({1, 2}), set.__or__({1}, {2}))
