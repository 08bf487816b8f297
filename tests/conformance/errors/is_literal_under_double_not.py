# `not (not 7 is not n)` compiles as `7 is not n`: the inner `not` is folded first, so the outer one folds again and the warning names `is not`.
n = 7
print(not (not 7 is not n))
print(not (not n is 7))
print(not (not (not n is not 7)))
print(not (not [7] in [n]), not not n not in (7,))
if not (not n is 7):
    print("7 is one constant of the module")
while not (not n is 5):
    n = 5
print(n)
