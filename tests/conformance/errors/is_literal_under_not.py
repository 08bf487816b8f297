# `not a is not 5` compiles as `a is 5`: the AST optimizer folds `not` into an identity or membership test, and the warning names the folded test.
a = 1000
items = [[1], [2]]
print(not a is not 5)
print(not a is 5)
print(not [1] in items, not [3] not in items)
print(not (a is None), not a == 5)
if not a is not 1000:
    print("1000 is one constant of the module")
while not a is 5:
    a = 5
print(a)
